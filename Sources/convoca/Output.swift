import ConvocaCore
import Foundation

/// Where the command line writes: data to stdout, messages to stderr; colour only on a
/// terminal and never with NO_COLOR.
enum Output {
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  static var useColor: Bool {
    isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
      && ProcessInfo.processInfo.environment["TERM"] != "dumb"
  }

  /// The width to fit: the terminal's, else $COLUMNS, else 120.
  static var width: Int {
    var ws = winsize()
    if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
    if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n > 0 { return n }
    return 120
  }

  static func line(_ s: String) { print(s) }

  static func warn(_ s: String) {
    FileHandle.standardError.write(Data(("convoca: " + Strings.warningWord + ": " + s + "\n").utf8))
  }

  static func note(_ s: String) {
    FileHandle.standardError.write(Data(("convoca: " + s + "\n").utf8))
  }

  /// Wraps text in an ANSI style when colour is on.
  static func paint(_ s: String, _ code: String) -> String {
    useColor && !code.isEmpty ? "\u{1B}[" + code + "m" + s + "\u{1B}[0m" : s
  }
}

extension Strings {
  static var warningWord: String { t("cli.warning", "warning") }
}
