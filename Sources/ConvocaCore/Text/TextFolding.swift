import Foundation

/// Text folded for matching: lower case, diacritics removed ("Medellín" → "medellin"), kept
/// as UTF-8 bytes so a search is a byte scan.
public struct FoldedText: Hashable, Sendable {
  /// The folded UTF-8 bytes.
  public let bytes: [UInt8]

  /// Folds one string.
  public init(_ s: String) { bytes = TextFolding.fold(s) }

  /// Wraps bytes that are already folded.
  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// The search key of an opportunity: title, funder, program, description, tags and notes,
  /// separated by newlines so a phrase never spans two fields.
  public init(searchable o: Opportunity) {
    var out: [UInt8] = []
    out.reserveCapacity(
      o.title.utf8.count + o.funder.utf8.count + o.program.utf8.count + o.description.utf8.count + 8)
    FoldedText.appendSearchable(o, to: &out)
    bytes = out
  }

  /// Appends the search key of `o` to `out` (what `init(searchable:)` holds).
  static func appendSearchable(_ o: Opportunity, to out: inout [UInt8]) {
    TextFolding.fold(o.title, into: &out)
    out.append(0x0A)
    TextFolding.fold(o.funder, into: &out)
    out.append(0x0A)
    TextFolding.fold(o.program, into: &out)
    out.append(0x0A)
    TextFolding.fold(o.description, into: &out)
    for t in o.tags {
      out.append(0x0A)
      TextFolding.fold(t, into: &out)
    }
    for n in o.notes {
      out.append(0x0A)
      TextFolding.fold(n.text, into: &out)
    }
  }

}

/// Case and diacritic folding, fast for the common case: ASCII is lowered byte by byte and
/// other characters go through a table built once from Foundation's folding.
public enum TextFolding {
  /// Folds a string to lower-case, accent-free UTF-8.
  public static func fold(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    fold(s, into: &out)
    return out
  }

  /// Folds a string to lower-case, accent-free text.
  public static func folded(_ s: String) -> String { String(decoding: fold(s), as: UTF8.self) }

  /// Appends the folded form of `s` to `out`.
  public static func fold(_ s: String, into out: inout [UInt8]) {
    var s = s
    let start = out.count
    // Fast path, ASCII: copy, then lower in place (a loop the compiler vectorises).
    let done: Bool = s.withUTF8 { buf in
      out.append(contentsOf: buf)
      return out.withUnsafeMutableBufferPointer { p in
        var high: UInt8 = 0
        for i in start..<p.count {
          let c = p[i]
          high |= c
          p[i] = c &- 0x41 < 26 ? c | 0x20 : c
        }
        return high < 0x80
      }
    }
    if done { return }
    out.removeSubrange(start...)
    for scalar in s.unicodeScalars {
      let v = scalar.value
      if v < 0x80 {
        let c = UInt8(v)
        out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
      } else if v < 0x3000, let mapped = table[Int(v)] {
        out.append(contentsOf: mapped)
      } else {
        out.append(contentsOf: slowFold(scalar))
      }
    }
  }

  // Folded UTF-8 for U+0000–U+2FFF (Latin, Greek, Cyrillic, combining marks, punctuation):
  // built once, shared read-only.
  private static let table: [[UInt8]?] = {
    var t = [[UInt8]?](repeating: nil, count: 0x3000)
    for v in 0x80..<0x3000 {
      guard let scalar = Unicode.Scalar(v) else { continue }
      t[v] = slowFold(scalar)
    }
    return t
  }()

  private static func slowFold(_ scalar: Unicode.Scalar) -> [UInt8] {
    // Combining marks vanish (they are the accents once decomposed).
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return []
    default: break
    }
    let f = String(Character(scalar)).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return Array(f.lowercased().utf8)
  }

  /// Whether `needle` occurs in `hay` (both already folded).
  public static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
    let n = needle.count
    if n == 0 { return true }
    let h = hay.count
    if n > h { return false }
    return hay.withUnsafeBufferPointer { hp in
      needle.withUnsafeBufferPointer { np in
        guard let hb = hp.baseAddress, let nb = np.baseAddress else { return false }
        // memchr for the first byte, then memcmp (glibc's memmem is hidden from Swift
        // without _GNU_SOURCE).
        let first = Int32(nb.pointee)
        var start = 0
        let last = h - n
        while start <= last {
          guard let hit = memchr(hb + start, first, last - start + 1) else { return false }
          let at = hb.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(hb + at, nb, n) == 0 { return true }
          start = at + 1
        }
        return false
      }
    }
  }
}
