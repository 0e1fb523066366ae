import ConvocaCore
import Foundation

/// The progress bar of a long export or import (issue 10, item 8): after a second, on stderr,
/// when stderr is a terminal — a bar, the counts and the rate (`ProgressText`); nothing
/// otherwise. Cleared when done.
final class ProgressBar {
  var total: Int
  let started = Date()
  let enabled = isatty(STDERR_FILENO) == 1
  /// Seconds before the bar appears: 1, or `CONVOCA_PROGRESS_AFTER` (a test or a script that
  /// wants it at once sets 0).
  let after: Double = ProgressBar.delay(ProcessInfo.processInfo.environment["CONVOCA_PROGRESS_AFTER"])
  private var shown = false
  private var lastDraw = Date.distantPast

  /// A bar for `total` items (0 when a file's bytes measure the progress instead).
  init(total: Int = 0) { self.total = total }

  /// Called with the count of items done.
  func update(_ done: Int) {
    guard let elapsed = due() else { return }
    draw(ProgressText.items(done: done, total: total, elapsed: elapsed))
  }

  /// Called as a feed is read: records, bytes read, the file's size.
  func update(records: Int, bytes: Int, size: Int?) {
    guard let elapsed = due() else { return }
    draw(ProgressText.file(records: records, bytes: bytes, size: size, elapsed: elapsed))
  }

  /// The seconds since the start, when it is time to draw (after a second, ten times a second).
  private func due() -> Double? {
    guard enabled else { return nil }
    let now = Date()
    let elapsed = now.timeIntervalSince(started)
    guard elapsed >= after, now.timeIntervalSince(lastDraw) >= 0.1 else { return nil }
    lastDraw = now
    return elapsed
  }

  /// The delay a setting asks for: a number of seconds from 0 to 60, else 1.
  static func delay(_ setting: String?) -> Double {
    guard let s = setting, let v = Double(s), v.isFinite, (0...60).contains(v) else { return 1 }
    return v
  }

  private func draw(_ text: String) {
    shown = true
    FileHandle.standardError.write(Data(("\r" + TerminalText.sanitize(text) + "\u{1B}[K").utf8))
  }

  /// Clears the bar, if one was drawn.
  func finish() {
    guard shown else { return }
    shown = false
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
