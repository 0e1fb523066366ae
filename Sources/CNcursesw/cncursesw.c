#include "cncursesw.h"
#include <signal.h>
#include <string.h>

static const int cnc_fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define CNC_NSIG (sizeof(cnc_fatal_signals) / sizeof(cnc_fatal_signals[0]))
static struct sigaction cnc_previous[CNC_NSIG];

static void cnc_on_fatal(int sig) {
  endwin();
  for (unsigned i = 0; i < CNC_NSIG; i++) {
    if (cnc_fatal_signals[i] == sig) {
      sigaction(sig, &cnc_previous[i], NULL);
    }
  }
  raise(sig);
}

void cnc_install_crash_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_handler = cnc_on_fatal;
  sigemptyset(&action.sa_mask);
  for (unsigned i = 0; i < CNC_NSIG; i++) {
    sigaction(cnc_fatal_signals[i], &action, &cnc_previous[i]);
  }
}
