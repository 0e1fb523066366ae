/// A key press, decoded by the backend.
public enum Key: Hashable, Sendable {
  /// A printable character (including space).
  case char(Character)
  /// A character typed with Ctrl (`ctrl("r")` for Ctrl-R), lower-case.
  case ctrl(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)
}

/// Something the terminal reports besides keys.
public enum TerminalEvent: Hashable, Sendable {
  case key(Key)
  /// The terminal changed size.
  case resize(width: Int, height: Int)
  /// No input arrived within the poll interval (time to check the file for others' changes).
  case tick
  /// Input ended (no TTY, or the terminal went away).
  case end
}

/// What the app loop needs from a terminal. `CursesTerminal` is the real one (the only type
/// that imports ncurses); `TestTerminal` (in ConvocaTestSupport) records frames for tests.
public protocol Terminal: AnyObject {
  /// The current size in cells.
  var size: (width: Int, height: Int) { get }
  /// Shows a frame, painting only the cells that differ from the previous one.
  func present(_ canvas: Canvas)
  /// Waits up to `timeoutMilliseconds` for the next event.
  func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent
  /// Leaves full-screen mode so another program (an editor) can use the terminal.
  func suspend()
  /// Comes back after `suspend()`, repainting everything.
  func resume()
  /// Restores the terminal for good.
  func shutdown()
  /// Puts `text` on the clipboard of the terminal (OSC 52), when the terminal allows it.
  func copyToClipboard(_ text: String)
}
