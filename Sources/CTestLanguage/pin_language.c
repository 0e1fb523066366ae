// The test suite asserts on English text, so it pins the language before any Swift code runs:
// Convoca picks its string table once, from CONVOCA_LANG, then LANG (Strings.translation).
// A constructor is the one hook that runs before Swift Testing starts any test, whatever the
// machine's locale (`LANG=es_CO.UTF-8 swift test` passes like `LANG=C.UTF-8 swift test`).
// Tests of the Spanish table pass it explicitly. Linked only into the test targets.
#include <stdlib.h>

__attribute__((constructor)) static void convoca_tests_pin_english(void) {
  setenv("CONVOCA_LANG", "en", 1);
}
