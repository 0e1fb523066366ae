import CNcursesw
import Glibc

/// The real terminal, over ncursesw. The only type (with its extensions) that imports curses.
///
/// Start it with `start(environment:)`; call `shutdown()` before printing anything else.
/// Signals: SIGINT, SIGTERM and SIGHUP are recorded and reported as `.end` by `nextEvent`
/// (`receivedSignal` says which, so the app can exit with 128 + signal); a second one while
/// the first is still pending restores the terminal and exits at once. Ctrl-Z is handled by
/// ncurses' own SIGTSTP handler; on SIGCONT the screen is repainted whole and `nextEvent`
/// reports a `.resize` so the app renders afresh. Fatal signals restore the terminal and
/// re-raise, leaving the Swift backtrace on a clean screen.
public final class CursesTerminal: Terminal {
  /// The colour depth in use.
  public let colorDepth: ColorDepth
  /// The quit signal (SIGINT, SIGTERM, SIGHUP) that made `nextEvent` report `.end`, if any.
  public internal(set) var receivedSignal: Int32?

  let screen: OpaquePointer
  var previous: Canvas?
  var needsFullRepaint = true
  var cursorShown = false
  var pairs: [ColorPairKey: Int16] = [:]
  var pairsExhausted = false
  var hasDefaultColors = true
  var isShutDown = false
  var isSuspended = false
  var earlyFailures = 0

  init(screen: OpaquePointer, colorDepth: ColorDepth) {
    self.screen = screen
    self.colorDepth = colorDepth
  }

  deinit { shutdown() }

  // MARK: - Start

  /// Sets a UTF-8 locale, opens the terminal named by `environment["TERM"]` on
  /// stdin/stdout, and enters full-screen mode (cbreak, no echo, keypad, hidden cursor).
  /// Throws `TerminalError` when stdin/stdout are not terminals, no UTF-8 locale exists, or
  /// `TERM` is missing, unknown or names a terminal that cannot move its cursor (`dumb`) —
  /// never exits the process.
  public static func start(environment: [String: String]) throws -> CursesTerminal {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
    try setUTF8Locale()
    guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.missingTERM }
    // Our handlers go in first, so ncurses leaves SIGINT/SIGTERM to us (it only takes
    // signals still at their default). SIGTSTP and SIGWINCH stay with ncurses.
    cnc_install_quit_handlers()
    guard let screen = term.withCString({ cnc_newterm($0) }) else {
      cnc_restore_quit_handlers()
      throw TerminalError.unknownTerminal(term)
    }
    guard cnc_can_address_cursor() != 0 else {
      endwin()
      delscreen(screen)
      cnc_restore_quit_handlers()
      throw TerminalError.cannotAddressCursor(term)
    }
    cnc_install_crash_handlers()
    checkKeyCodes()
    let window = cnc_stdscr()
    // The first refresh clears the whole screen: notes printed just before (the --demo copy's
    // path) must not show through cells the first frame leaves blank.
    clearok(window, true)
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    set_escdelay(25)
    curs_set(0)
    cnc_disable_flow_control()
    def_prog_mode()
    // COLORS is only known after start_color, which NO_COLOR means we never call.
    let wantsColor = ColorDepth.allowsColor(environment) && has_colors()
    if wantsColor { start_color() }
    let depth = ColorDepth.choose(hasColors: wantsColor, colors: Int(cnc_colors()), environment: environment)
    let terminal = CursesTerminal(screen: screen, colorDepth: depth)
    terminal.startColors()
    return terminal
  }

  /// `setlocale(LC_ALL, "")`, falling back to C.UTF-8; throws unless the codeset is UTF-8.
  static func setUTF8Locale() throws {
    if !isUTF8(setlocale(LC_ALL, "")) {
      guard isUTF8(setlocale(LC_ALL, "C.UTF-8")) else {
        let current = setlocale(LC_ALL, nil).map { String(cString: $0) } ?? "unknown"
        throw TerminalError.noUTF8Locale(current: current)
      }
    }
  }

  static func isUTF8(_ name: UnsafeMutablePointer<CChar>?) -> Bool {
    guard name != nil, let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let value = String(cString: codeset).lowercased()
    return value == "utf-8" || value == "utf8"
  }

  /// KeyDecoder spells the key codes out; make sure they match this curses.
  static func checkKeyCodes() {
    assert(KeyDecoder.Code.up == KEY_UP && KeyDecoder.Code.down == KEY_DOWN)
    assert(KeyDecoder.Code.left == KEY_LEFT && KeyDecoder.Code.right == KEY_RIGHT)
    assert(KeyDecoder.Code.home == KEY_HOME && KeyDecoder.Code.end == KEY_END)
    assert(KeyDecoder.Code.previousPage == KEY_PPAGE && KeyDecoder.Code.nextPage == KEY_NPAGE)
    assert(KeyDecoder.Code.backTab == KEY_BTAB && KeyDecoder.Code.deleteChar == KEY_DC)
    assert(KeyDecoder.Code.backspace == KEY_BACKSPACE && KeyDecoder.Code.enter == KEY_ENTER)
    assert(KeyDecoder.Code.f0 == KEY_F0 && KeyDecoder.Code.resize == cnc_key_resize())
    assert(KeyDecoder.Code.find == KEY_FIND && KeyDecoder.Code.select == KEY_SELECT)
  }

  // MARK: - Terminal

  /// The screen size in cells.
  public var size: (width: Int, height: Int) {
    (Int(getmaxx(cnc_stdscr())), Int(getmaxy(cnc_stdscr())))
  }

  /// Leaves full-screen mode (for `$EDITOR`); the terminal is as it was before `start`.
  public func suspend() {
    guard !isShutDown, !isSuspended else { return }
    def_prog_mode()
    endwin()
    isSuspended = true
  }

  /// Returns to full-screen mode after `suspend()`; the next `present` repaints everything.
  public func resume() {
    guard !isShutDown, isSuspended else { return }
    isSuspended = false
    reset_prog_mode()
    _ = cnc_sync_size()
    repaintWhole()
  }

  /// Restores the terminal for good: endwin, free the screen, put signal handlers back.
  /// Safe to call more than once.
  public func shutdown() {
    guard !isShutDown else { return }
    isShutDown = true
    if !isSuspended { endwin() }
    delscreen(screen)
    cnc_restore_quit_handlers()
  }

  /// Clears curses' idea of the screen so the next refresh redraws it all, and makes the
  /// next `present` paint every cell.
  func repaintWhole() {
    needsFullRepaint = true
    clearok(cnc_curscr(), true)
    wrefresh(cnc_stdscr())
  }
}
