import ConvocaCore
import Foundation

/// Where the command line writes: data to stdout, messages to stderr; colour only on a
/// terminal and never with NO_COLOR.
enum Output {
  static let isTerminal: Bool = isatty(STDOUT_FILENO) == 1

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

  /// Writes `s` and a newline to stdout. Output is buffered here (not in stdio, whose errors
  /// `print` ignores) and every write is checked: a full disk, a file-size limit (SIGXFSZ is
  /// ignored in main) or a closed pipe ends the command with one line on stderr and exit 1,
  /// never a silently truncated listing that exits 0.
  static func line(_ s: String) {
    buffer.append(contentsOf: s.utf8)
    buffer.append(0x0A)
    if buffer.count >= 1 << 16 || isTerminal { flush() }
  }

  /// Writes bytes as they are (an export file) to stdout, through the same checked buffer.
  static func raw(_ bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    flush()
  }

  nonisolated(unsafe) private static var buffer: [UInt8] = []

  /// Writes what `line` buffered; on failure reports it and exits 1 (see `line`).
  static func flush() {
    var done = 0
    while done < buffer.count {
      let n = buffer.withUnsafeBytes { b in
        b.baseAddress.map { write(STDOUT_FILENO, $0 + done, b.count - done) } ?? 0
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        let code = n < 0 ? errno : EIO
        buffer.removeAll()
        error("convoca: " + Strings.cliOutputFailed(IOError.explain(code)))
        finish(1)
      }
      done += n
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes stdout (an unwritable stdout turns a success into exit 1), removes the demo copy,
  /// and exits.
  static func finish(_ code: Int32) -> Never {
    if code == 0 { flush() }
    GlobalOptions.removeDemoCopy()
    Foundation.exit(code)
  }

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
    var text = ParserWords.translated(Convoca.fullMessage(for: failure))
    if code == .success {
      if !text.isEmpty { line(text) }
      finish(code.rawValue)
    }
    buffer.removeAll()
    let message = ParserWords.translated(Convoca.message(for: failure))
    if !message.isEmpty, let r = text.range(of: message) {
      text.replaceSubrange(r, with: TerminalText.sanitize(message))
    }
    if !text.isEmpty {
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) { error(String(line)) }
    }
    finish(code.rawValue)
  }

  /// Wraps text in an ANSI style when colour is on.
  static func paint(_ s: String, _ code: String) -> String {
    useColor && !code.isEmpty ? "\u{1B}[" + code + "m" + s + "\u{1B}[0m" : s
  }
}

extension Strings {
  static var warningWord: String { t("cli.warning", "warning") }
  static func cliOutputFailed(_ why: String) -> String {
    t("cli.outputFailed", "cannot write the output: {0}", why)
  }
}
