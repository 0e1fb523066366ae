#ifndef CNCURSESW_H
#define CNCURSESW_H

// Swift's importer defines neither _XOPEN_SOURCE nor _GNU_SOURCE, so without this the
// wide-character half of curses (cchar_t, get_wch, setcchar, ...) stays hidden.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>

// Swift 6 refuses to read C globals; these accessors hand their values over.
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline WINDOW *cnc_curscr(void) { return curscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline int cnc_color_pair(int n) { return (int)COLOR_PAIR(n); }

// Whether the current terminal can move the cursor anywhere (terminfo `cup`): without it
// (TERM=dumb, hard-copy types) a full-screen program draws one line.
static inline int cnc_can_address_cursor(void) {
  const char *s = tigetstr("cup");
  return s != NULL && s != (const char *)-1;
}

// Attributes are macros Swift does not import.
static inline unsigned int cnc_attr_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int cnc_attr_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int cnc_attr_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int cnc_attr_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int cnc_attr_italic(void) { return (unsigned int)A_ITALIC; }
static inline unsigned int cnc_attr_normal(void) { return (unsigned int)A_NORMAL; }

// Key codes, so Swift can check KeyDecoder's copies of them.
static inline int cnc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cnc_key_resize(void) { return KEY_RESIZE; }

int wcwidth(wchar_t c);

/// newterm(term, stdout, stdin): Swift cannot read the stdio globals. Returns NULL for an
/// unknown terminal type (unlike initscr, which exits the process).
SCREEN *cnc_newterm(const char *term);

/// Draws one cell: `count` wide characters (a spacing one then zero-width ones) at row y,
/// column x, with attributes and colour pair. Returns -2 if setcchar refused the characters,
/// else what mvwadd_wch returned (ERR in the bottom-right corner, where it still draws).
int cnc_put_cell(int y, int x, const wchar_t *chars, int count, attr_t attrs, short pair);

/// Turns off XON/XOFF flow control on the terminal, so Ctrl-S and Ctrl-Q reach the app as
/// keys instead of freezing the screen. Call before def_prog_mode().
void cnc_disable_flow_control(void);

/// Compares curses' idea of the screen size with the terminal's (TIOCGWINSZ) and resizes
/// curses if they differ (after the process was stopped, SIGWINCH may have gone elsewhere).
/// Returns 1 if the size changed.
int cnc_sync_size(void);

/// Installs handlers for fatal signals (SEGV, BUS, ILL, TRAP, ABRT, FPE) that restore the
/// terminal with endwin(), put the previous handler back and re-raise.
void cnc_install_crash_handlers(void);

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that record the signal for the event loop
/// (see cnc_take_quit_signal). A second one arriving before the loop took the first means
/// the loop is stuck: the handler restores the terminal and exits with 128 + signal.
/// Also installs a SIGCONT handler that records that the process was continued.
void cnc_install_quit_handlers(void);

/// Puts back the handlers cnc_install_quit_handlers replaced.
void cnc_restore_quit_handlers(void);

/// The quit signal received and not yet taken (0 if none); clears it.
int cnc_take_quit_signal(void);

/// 1 if SIGCONT arrived since the last call (the screen may have been overwritten while the
/// process was stopped); clears it.
int cnc_take_continued(void);

#endif
