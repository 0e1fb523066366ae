import Glibc

extension CursesTerminal {
  /// Writes the OSC 52 sequence for `text` straight to the terminal, between frames (curses
  /// has flushed its own output by then). Terminals that do not know it ignore it.
  public func copyToClipboard(_ text: String) {
    guard !isShutDown, !isSuspended else { return }
    writeRaw(OSC52.sequence(text))
  }

  /// Writes bytes straight to the terminal, between frames.
  func writeRaw(_ bytes: [UInt8]) {
    var written = 0
    while written < bytes.count {
      let n = bytes[written...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return }
      written += n
    }
  }
}
