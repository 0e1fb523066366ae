import ConvocaCore
import Foundation

/// The progress bar of a long export (issue 10, item 8): after a second, on stderr, when
/// stderr is a terminal — a bar, the count and the rate; nothing otherwise. Cleared when done.
final class ExportProgress {
  let total: Int
  let started = Date()
  let enabled = isatty(STDERR_FILENO) == 1
  private var shown = false
  private var lastDraw = Date.distantPast

  init(total: Int) { self.total = total }

  /// Called with the count of rows done.
  func update(_ done: Int) {
    guard enabled else { return }
    let now = Date()
    let elapsed = now.timeIntervalSince(started)
    guard elapsed >= 1, now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    shown = true
    let width = 30
    let filled = total > 0 ? min(width, done * width / total) : width
    let rate = Int(Double(done) / max(elapsed, 0.001))
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    let text = "[" + bar + "] " + Strings.cliProgress(done, total, rate)
    FileHandle.standardError.write(Data(("\r" + TerminalText.sanitize(text) + "\u{1B}[K").utf8))
  }

  /// Clears the bar, if one was drawn.
  func finish() {
    guard shown else { return }
    shown = false
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}

extension Strings {
  static func cliProgress(_ done: Int, _ total: Int, _ rate: Int) -> String {
    t("cli.progress", "{0} of {1} ({2}/s)", String(done), String(total), String(rate))
  }
}
