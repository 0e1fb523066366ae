import Foundation

/// Hands out one shared `String` for repeated values (funder, owner, programme, area…) while
/// a file loads, so 100,000 records naming the same funder hold one copy of its name instead of
/// 100,000: less memory and fewer allocations. Keyed by a hash of the raw bytes, so a hit costs
/// no allocation at all.
struct StringInterner {
  private var table: [UInt64: String] = [:]

  /// The shared string for `bytes` (plain ASCII/UTF-8 without escapes).
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String? {
    guard bytes.count <= 64 else { return nil }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    if let s = table[h] {
      var s = s
      let same = s.withUTF8 { u in
        guard u.count == bytes.count else { return false }
        guard let a = u.baseAddress, let b = bytes.baseAddress else { return u.count == 0 }
        return memcmp(a, b, u.count) == 0
      }
      if same { return s }
      return nil
    }
    let s: String
    if ascii {
      s = String(decoding: bytes, as: UTF8.self)
    } else {
      guard let v = String(validating: bytes, as: UTF8.self) else { return nil }
      s = v
    }
    if table.count < 4096 { table[h] = s }
    return s
  }
}
