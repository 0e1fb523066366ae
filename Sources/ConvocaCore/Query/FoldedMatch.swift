/// Matching a folded needle against a record's unfolded field without allocating for the
/// common (ASCII) case; other text is folded on the spot.
enum FoldedMatch {
  /// Whether folded `s` contains `needle` (already folded).
  static func contains(_ s: String, _ needle: [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { hay in asciiContains(hay, needle) }
    if let f = fast, let r = f { return r }
    return TextFolding.contains(TextFolding.fold(s), needle)
  }

  /// Whether folded `s` starts with `needle` (already folded).
  static func hasPrefix(_ s: String, _ needle: [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    let fast: Bool?? = s.utf8.withContiguousStorageIfAvailable { hay in asciiHasPrefix(hay, needle) }
    if let f = fast, let r = f { return r }
    return TextFolding.fold(s).starts(with: needle)
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

  private static func asciiHasPrefix(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool? {
    for c in hay where c >= 0x80 { return nil }
    if needle.count > hay.count { return false }
    for k in 0..<needle.count where lower(hay[k]) != needle[k] { return false }
    return true
  }

  @inline(__always) private static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
}
