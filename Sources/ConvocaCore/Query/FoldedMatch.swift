#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Matching a folded needle against a record's unfolded field without allocating: ASCII text
/// is compared in place, other text is folded into a reused scratch buffer.
enum FoldedMatch {
  /// Whether folded `s` contains `needle` (already folded).
  static func contains(_ s: String, _ needle: [UInt8], scratch: inout [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { hay in asciiContains(hay, needle) }
    if let f = fast, let r = f { return r }
    scratch.removeAll(keepingCapacity: true)
    TextFolding.fold(s, into: &scratch)
    return TextFolding.contains(scratch, needle)
  }

  /// Whether folded `s` starts with `needle` (already folded).
  static func hasPrefix(_ s: String, _ needle: [UInt8], scratch: inout [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { hay in asciiHasPrefix(hay, needle) }
    if let f = fast, let r = f { return r }
    scratch.removeAll(keepingCapacity: true)
    TextFolding.fold(s, into: &scratch)
    return scratch.starts(with: needle)
  }

  /// Nil when `hay` is not all ASCII.
  private static func asciiContains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool? {
    for c in hay where c >= 0x80 { return nil }
    let n = needle.count
    let h = hay.count
    if n > h { return false }
    return needle.withUnsafeBufferPointer { nb in
      var start = 0
      while start <= h - n {
        var k = 0
        while k < n, lower(hay[start + k]) == nb[k] { k += 1 }
        if k == n { return true }
        start += 1
      }
      return false
    }
  }

  /// Decides from the leading ASCII bytes alone when it can; nil when folding is needed.
  private static func asciiHasPrefix(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool? {
    var k = 0
    while k < needle.count {
      guard k < hay.count else { return false }
      let c = hay[k]
      if c >= 0x80 { return nil }
      if lower(c) != needle[k] { return false }
      k += 1
    }
    return true
  }

  @inline(__always) private static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
}

/// A folded needle prepared for scanning folded text: `memchr` looks for its rarest byte (by
/// a rough frequency table for Latin text), `memcmp` checks the rest.
struct NeedleSearch: Sendable {
  let bytes: [UInt8]
  /// Offset in the needle of the byte `memchr` looks for.
  let pivot: Int

  init(_ needle: [UInt8]) {
    bytes = needle
    var best = 0
    var bestRank = Int.max
    for (i, b) in needle.enumerated() {
      let r = NeedleSearch.rank(b)
      if r < bestRank {
        bestRank = r
        best = i
      }
    }
    pivot = best
  }

  /// Lower is rarer. Common letters, space and newline are frequent; digits, punctuation and
  /// non-ASCII bytes rare.
  static func rank(_ b: UInt8) -> Int {
    if let i = common.firstIndex(of: b) { return 1000 - i * 10 }
    return 0
  }

  private static let common: [UInt8] = Array(" eaoinsrtlcdumpbgvhf\nyqjkwzx".utf8)

  func contains(_ hay: [UInt8]) -> Bool {
    hay.withUnsafeBufferPointer { contains($0) }
  }

  /// Whether the needle occurs in `hp`. Sixteen start positions are tried at once: the
  /// needle's rarest byte and its first or last byte are compared as 16-byte vectors, and
  /// only positions where both agree are compared whole. Written by hand because neither the
  /// standard library nor any listed package searches bytes this way, and glibc's `memmem` is
  /// hidden from Swift; `memchr` on one byte stopped at every common letter.
  func contains(_ hp: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    if n == 0 { return true }
    let h = hp.count
    if n > h { return false }
    return bytes.withUnsafeBufferPointer { np in
      guard let hb = hp.baseAddress, let nb = np.baseAddress else { return false }
      if n == 1 { return memchr(hb, Int32(nb[0]), h) != nil }
      let a = pivot
      let b = pivot == n - 1 ? 0 : n - 1
      let wantA = SIMD16<UInt8>(repeating: nb[a])
      let wantB = SIMD16<UInt8>(repeating: nb[b])
      // Start positions run from 0 to `last`; a block covers `start...start + 15`, and its
      // furthest read, `start + 15 + max(a, b)`, stays within the haystack.
      let last = h - n
      var start = 0
      while start + 15 <= last {
        let x = UnsafeRawPointer(hb + start + a).loadUnaligned(as: SIMD16<UInt8>.self)
        let y = UnsafeRawPointer(hb + start + b).loadUnaligned(as: SIMD16<UInt8>.self)
        let both = (x .== wantA) .& (y .== wantB)
        if any(both) {
          for k in 0..<16 where both[k] && memcmp(hb + start + k, nb, n) == 0 { return true }
        }
        start += 16
      }
      while start <= last {
        if hb[start + a] == nb[a], hb[start + b] == nb[b], memcmp(hb + start, nb, n) == 0 { return true }
        start += 1
      }
      return false
    }
  }
}
