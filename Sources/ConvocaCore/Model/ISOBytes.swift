/// `CalendarDate.description` and `Timestamp.description` written straight into a byte buffer,
/// for compaction: no `String` per number (`pad` builds three or six of them per instant).
/// `description` stays the reference; tests compare the two over the whole writable range.
enum ISOBytes {
  /// Writes `YYYY-MM-DD` at `p[0..<10]`; `year` must be in 0...9999.
  @inline(__always)
  static func writeDate(_ year: Int, _ month: Int, _ day: Int, _ p: UnsafeMutableBufferPointer<UInt8>) {
    p[0] = UInt8(truncatingIfNeeded: 0x30 + year / 1000)
    p[1] = UInt8(truncatingIfNeeded: 0x30 + year / 100 % 10)
    p[2] = UInt8(truncatingIfNeeded: 0x30 + year / 10 % 10)
    p[3] = UInt8(truncatingIfNeeded: 0x30 + year % 10)
    p[4] = UInt8(ascii: "-")
    p[5] = UInt8(truncatingIfNeeded: 0x30 + month / 10)
    p[6] = UInt8(truncatingIfNeeded: 0x30 + month % 10)
    p[7] = UInt8(ascii: "-")
    p[8] = UInt8(truncatingIfNeeded: 0x30 + day / 10)
    p[9] = UInt8(truncatingIfNeeded: 0x30 + day % 10)
  }

  /// Writes two digits of `v` (0...99) at `p[at]`, `p[at + 1]`.
  @inline(__always)
  static func writeTwo(_ v: Int, _ p: UnsafeMutableBufferPointer<UInt8>, at: Int) {
    p[at] = UInt8(truncatingIfNeeded: 0x30 + v / 10)
    p[at + 1] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
  }

  /// Runs `body` on a 32-byte scratch buffer on the stack.
  @inline(__always)
  static func withScratch<R>(_ body: (UnsafeMutableBufferPointer<UInt8>) -> R) -> R {
    var t: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &t) { body($0.bindMemory(to: UInt8.self)) }
  }
}

extension CalendarDate {
  /// Appends exactly the bytes of `description` to `bytes`.
  public func appendISO(to bytes: inout [UInt8]) { appendISO(to: &bytes, quoted: false) }

  /// `appendISO`, in double quotes when `quoted` (a JSON string: nothing in it needs escaping).
  func appendISO(to bytes: inout [UInt8], quoted: Bool) {
    let (y, m, d) = components
    guard (0...9999).contains(y) else {
      if quoted { bytes.append(UInt8(ascii: "\"")) }
      bytes.append(contentsOf: description.utf8)
      if quoted { bytes.append(UInt8(ascii: "\"")) }
      return
    }
    ISOBytes.withScratch { p in
      p[0] = UInt8(ascii: "\"")
      ISOBytes.writeDate(y, m, d, UnsafeMutableBufferPointer(rebasing: p[1...]))
      p[11] = UInt8(ascii: "\"")
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: quoted ? p[0..<12] : p[1..<11]))
    }
  }
}

extension Timestamp {
  /// Appends exactly the bytes of `description` to `bytes`.
  public func appendISO(to bytes: inout [UInt8]) { appendISO(to: &bytes, quoted: false) }

  /// `appendISO`, in double quotes when `quoted` (a JSON string: nothing in it needs escaping).
  func appendISO(to bytes: inout [UInt8], quoted: Bool) {
    let day = utcDate
    let (y, m, d) = day.components
    // Outside these years `description` pads differently (or the day count was clamped).
    guard (0...9999).contains(y) else {
      if quoted { bytes.append(UInt8(ascii: "\"")) }
      bytes.append(contentsOf: description.utf8)
      if quoted { bytes.append(UInt8(ascii: "\"")) }
      return
    }
    let rest = Int(seconds - Int64(day.daysSinceEpoch) * 86_400)
    ISOBytes.withScratch { p in
      p[0] = UInt8(ascii: "\"")
      ISOBytes.writeDate(y, m, d, UnsafeMutableBufferPointer(rebasing: p[1...]))
      p[11] = UInt8(ascii: "T")
      ISOBytes.writeTwo(rest / 3600, p, at: 12)
      p[14] = UInt8(ascii: ":")
      ISOBytes.writeTwo(rest / 60 % 60, p, at: 15)
      p[17] = UInt8(ascii: ":")
      ISOBytes.writeTwo(rest % 60, p, at: 18)
      p[20] = UInt8(ascii: "Z")
      p[21] = UInt8(ascii: "\"")
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: quoted ? p[0..<22] : p[1..<21]))
    }
  }
}
