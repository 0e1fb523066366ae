#!/usr/bin/env bash
# Builds `convoca` once, then runs every Tests/e2e/test_*.py (each file a script that exits
# non-zero on failure and ends with its own "N passed, N failed" line, which is added up; a
# file without that line counts as one test). Prints the total "N passed, N failed" and
# exits non-zero if anything failed.
# The built binary's path is passed to the tests as CONVOCA_BIN.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

if ! swift build --product convoca >/tmp/convoca-e2e-build.$$ 2>&1; then
  tail -40 /tmp/convoca-e2e-build.$$
  rm -f /tmp/convoca-e2e-build.$$
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
rm -f /tmp/convoca-e2e-build.$$
CONVOCA_BIN="$(swift build --show-bin-path)/convoca"
export CONVOCA_BIN
export SWIFT_BACKTRACE=enable=no

passed=0
failed=0
for test in "$here"/test_*.py; do
  [ -e "$test" ] || continue
  name="$(basename "$test")"
  out="$(mktemp)"
  python3 "$test" 2>&1 | tee "$out"
  status=${PIPESTATUS[0]}
  summary="$(tail -n 1 "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' || true)"
  rm -f "$out"
  if [ -n "$summary" ]; then
    p="${summary%% passed*}"
    f="${summary#*passed, }"
    f="${f%% failed}"
    passed=$((passed + p))
    failed=$((failed + f))
    # A crash after the summary still counts.
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
  elif [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
  if [ "$status" -eq 0 ]; then echo "PASS $name"; else echo "FAIL $name"; fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
