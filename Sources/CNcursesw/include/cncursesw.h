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
#include <wchar.h>

// Swift 6 refuses to read C globals; these accessors hand their values over.
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline int cnc_lines(void) { return LINES; }
static inline int cnc_cols(void) { return COLS; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pair(int n) { return (int)COLOR_PAIR(n); }

// Attributes are macros Swift does not import.
static inline unsigned int cnc_attr_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int cnc_attr_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int cnc_attr_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int cnc_attr_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int cnc_attr_italic(void) { return (unsigned int)A_ITALIC; }
static inline unsigned int cnc_attr_normal(void) { return (unsigned int)A_NORMAL; }

int wcwidth(wchar_t c);

/// Installs handlers for fatal signals (SEGV, BUS, ILL, TRAP, ABRT, FPE) that restore the
/// terminal with endwin(), put the previous handler back and re-raise.
void cnc_install_crash_handlers(void);

#endif
