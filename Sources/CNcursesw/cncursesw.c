#include "cncursesw.h"
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

// MARK: - Fatal signals

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

// MARK: - Quit signals and SIGCONT

static const int cnc_quit_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGCONT};
#define CNC_NQUIT (sizeof(cnc_quit_signals) / sizeof(cnc_quit_signals[0]))
static struct sigaction cnc_quit_previous[CNC_NQUIT];
static int cnc_quit_installed = 0;
static volatile sig_atomic_t cnc_pending_quit = 0;
static volatile sig_atomic_t cnc_continued = 0;

static void cnc_on_quit(int sig) {
  if (sig == SIGCONT) {
    cnc_continued = 1;
    return;
  }
  if (cnc_pending_quit != 0) {
    // The loop has not taken the first one: it is stuck. Restore the terminal and go.
    endwin();
    _exit(128 + sig);
  }
  cnc_pending_quit = sig;
}

void cnc_install_quit_handlers(void) {
  if (cnc_quit_installed) return;
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_handler = cnc_on_quit;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a blocking read returns EINTR so the loop sees the flag at once.
  action.sa_flags = 0;
  for (unsigned i = 0; i < CNC_NQUIT; i++) {
    sigaction(cnc_quit_signals[i], &action, &cnc_quit_previous[i]);
  }
  cnc_quit_installed = 1;
}

void cnc_restore_quit_handlers(void) {
  if (!cnc_quit_installed) return;
  for (unsigned i = 0; i < CNC_NQUIT; i++) {
    sigaction(cnc_quit_signals[i], &cnc_quit_previous[i], NULL);
  }
  cnc_quit_installed = 0;
}

int cnc_take_quit_signal(void) {
  int sig = cnc_pending_quit;
  cnc_pending_quit = 0;
  return sig;
}

int cnc_take_continued(void) {
  int c = cnc_continued;
  cnc_continued = 0;
  return c;
}

// MARK: - Screen

SCREEN *cnc_newterm(const char *term) { return newterm(term, stdout, stdin); }

int cnc_put_cell(int y, int x, const wchar_t *chars, int count, attr_t attrs, short pair) {
  wchar_t buffer[CCHARW_MAX + 1];
  if (count < 1) return -2;
  if (count > CCHARW_MAX) count = CCHARW_MAX;
  memcpy(buffer, chars, (size_t)count * sizeof(wchar_t));
  buffer[count] = L'\0';
  cchar_t cell;
  if (setcchar(&cell, buffer, attrs, pair, NULL) == ERR) return -2;
  return mvwadd_wch(stdscr, y, x, &cell);
}

void cnc_disable_flow_control(void) {
  struct termios t;
  if (tcgetattr(STDIN_FILENO, &t) != 0) return;
  t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
  tcsetattr(STDIN_FILENO, TCSANOW, &t);
}

int cnc_sync_size(void) {
  struct winsize ws;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
  if (ws.ws_row == LINES && ws.ws_col == COLS) return 0;
  resize_term(ws.ws_row, ws.ws_col);
  return 1;
}
