import CNcursesw
import Glibc

// MARK: - Reading events

extension CursesTerminal {
  /// How many `ERR`s, each well before the timeout, mean input is gone (EOF, no TTY).
  static let failuresMeaningEnd = 20

  /// Waits up to `timeoutMilliseconds` (negative: forever) for a key, a resize or a signal.
  /// Returns `.tick` on timeout, `.end` when input is gone or a quit signal arrived.
  public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
    guard !isShutDown else { return .end }
    while true {
      if let event = pendingSignalEvent() { return event }
      let window = cnc_stdscr()
      wtimeout(window, Int32(clamping: timeoutMilliseconds))
      let started = monotonicMilliseconds()
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      if let event = pendingSignalEvent() { return event }
      if status == cnc_key_code_yes() {
        earlyFailures = 0
        if Int32(bitPattern: code) == cnc_key_resize() { return resized() }
        if let key = KeyDecoder.decode(code: Int32(bitPattern: code), isKeyCode: true) { return .key(key) }
        continue
      }
      if status == OK {
        earlyFailures = 0
        if let key = KeyDecoder.decode(code: Int32(bitPattern: code), isKeyCode: false) { return .key(key) }
        continue
      }
      // ERR: a timeout, an interrupted wait, or input that is gone.
      let elapsed = monotonicMilliseconds() - started
      if timeoutMilliseconds >= 0, elapsed >= timeoutMilliseconds / 2 {
        earlyFailures = 0
        return .tick
      }
      earlyFailures += 1
      if isatty(STDIN_FILENO) != 1 || earlyFailures >= Self.failuresMeaningEnd { return .end }
      if timeoutMilliseconds == 0 { return .tick }
      // Back off a little so a dead input never spins the CPU.
      usleep(UInt32(min(50, 2 * earlyFailures)) * 1000)
      if timeoutMilliseconds > 0 { return .tick }
    }
  }

  /// `.end` for a quit signal, `.resize` after the process was continued, else nil.
  func pendingSignalEvent() -> TerminalEvent? {
    let sig = cnc_take_quit_signal()
    if sig != 0 {
      receivedSignal = sig
      return .end
    }
    if cnc_take_continued() != 0, !isSuspended {
      _ = cnc_sync_size()
      repaintWhole()
      let (width, height) = size
      return .resize(width: width, height: height)
    }
    return nil
  }

  /// After `KEY_RESIZE` (curses has already resized its windows): repaint all next time.
  func resized() -> TerminalEvent {
    needsFullRepaint = true
    let (width, height) = size
    return .resize(width: width, height: height)
  }

  func monotonicMilliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
  }
}
