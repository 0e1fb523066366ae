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
    error("convoca: " + Strings.warningWord + ": " + s)
  }

  static func note(_ s: String) {
    error("convoca: " + s)
  }

  /// The one way text reaches stderr: `s` sanitised as a single line (ESC, CR, LF, C1, bidi
  /// controls… become inert marks; see `TerminalText`), then a newline. Messages echo what
  /// was typed or read from the file, so they are as untrusted as the data.
  static func error(_ s: String) {
    FileHandle.standardError.write(Data((TerminalText.sanitize(s) + "\n").utf8))
  }

  /// Reports a failure the way swift-argument-parser's `exit(withError:)` would — "Error: …",
  /// then any help and usage lines, the same exit code — but with the message sanitised as one
  /// line (it quotes arguments and data) and every other line sanitised too. Help requested
  /// with --help goes to stdout as usual.
  static func exit(withError failure: Swift.Error) -> Never {
    let code = Convoca.exitCode(for: failure)
    var text = Convoca.fullMessage(for: failure)
    if code == .success {
      if !text.isEmpty { print(text) }
      Foundation.exit(code.rawValue)
    }
    let message = Convoca.message(for: failure)
    if !message.isEmpty, let r = text.range(of: message) {
      text.replaceSubrange(r, with: TerminalText.sanitize(message))
    }
    if !text.isEmpty {
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) { error(String(line)) }
    }
    Foundation.exit(code.rawValue)
  }

  /// Wraps text in an ANSI style when colour is on.
  static func paint(_ s: String, _ code: String) -> String {
    useColor && !code.isEmpty ? "\u{1B}[" + code + "m" + s + "\u{1B}[0m" : s
  }
}

extension Strings {
  static var warningWord: String { t("cli.warning", "warning") }
}
