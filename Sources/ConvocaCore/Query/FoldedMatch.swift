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

  func contains(_ hp: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = bytes.count
    if n == 0 { return true }
    let h = hp.count
    if n > h { return false }
    do {
      return bytes.withUnsafeBufferPointer { np in
        guard let hb = hp.baseAddress, let nb = np.baseAddress else { return false }
        let target = Int32(nb[pivot])
        // Candidate pivot positions run from `pivot` to `h - n + pivot`.
        var at = pivot
        let last = h - n + pivot
        while at <= last {
          guard let hit = memchr(hb + at, target, last - at + 1) else { return false }
          let p = hb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(hb + (p - pivot), nb, n) == 0 { return true }
          at = p + 1
        }
        return false
      }
    }
  }
}
