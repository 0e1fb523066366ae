import Foundation

/// The normalised forms duplicates are compared by: titles and funders folded (case and
/// accents), punctuation and repeated spaces removed, common short words dropped; URLs
/// without scheme, `www.`, fragment and trailing slash, the host in lower case.
public enum DuplicateKey {
  /// Words that say nothing about which call it is (English, Spanish, French, Portuguese).
  static let stopWords: Set<String> = [
    "a", "an", "and", "at", "by", "de", "del", "des", "da", "das", "do", "dos", "du", "e", "el", "en", "et",
    "for", "in", "la", "las", "le", "les", "los", "of", "on", "or", "para", "por", "the", "to", "with", "y",
  ]

  /// The words of `s`, folded, without punctuation or stop words
  /// ("The Mayors' Challenge — 2027!" → `["mayors", "challenge", "2027"]`).
  public static func words(_ s: String) -> [String] {
    let folded = TextFolding.fold(s)
    var out: [String] = []
    var word: [UInt8] = []
    func flush() {
      guard !word.isEmpty else { return }
      let w = String(decoding: word, as: UTF8.self)
      if !stopWords.contains(w) { out.append(w) }
      word.removeAll(keepingCapacity: true)
    }
    if !folded.contains(where: { $0 >= 0x80 }) {
      for b in folded {
        // ASCII letters and digits make words; any other byte separates them.
        if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) { word.append(b) } else { flush() }
      }
    } else {
      // Letters and digits of any script make words; punctuation and spaces (a dash, « »)
      // separate them.
      for scalar in String(decoding: folded, as: UTF8.self).unicodeScalars {
        let p = scalar.properties
        if p.isAlphabetic || p.numericType != nil {
          word.append(contentsOf: String(scalar).utf8)
        } else {
          flush()
        }
      }
    }
    flush()
    return out
  }

  /// A title or funder normalised: its `words` joined by single spaces.
  public static func text(_ s: String) -> String { words(s).joined(separator: " ") }

  /// A URL normalised for comparison: `HTTPS://www.Example.org/calls/7/#apply` →
  /// `example.org/calls/7`. Empty for an empty URL.
  public static func url(_ s: String) -> String {
    // Byte by byte: Foundation's trimming and searching cost a second over 100,000 records.
    var b = Array(s.utf8)
    while let l = b.last, l == 0x20 || l == 0x09 { b.removeLast() }
    var lo = 0
    while lo < b.count, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
    var hi = b[lo...].firstIndex(of: UInt8(ascii: "#")) ?? b.count
    if let c = b[lo..<hi].firstIndex(of: UInt8(ascii: ":")), c + 2 < hi, b[c + 1] == 0x2F, b[c + 2] == 0x2F {
      lo = c + 3
    }
    let slash = b[lo..<hi].firstIndex(of: UInt8(ascii: "/")) ?? hi
    for k in lo..<slash where b[k] >= 0x41 && b[k] <= 0x5A { b[k] |= 0x20 }
    if slash - lo >= 4, b[lo] == 0x77, b[lo + 1] == 0x77, b[lo + 2] == 0x77, b[lo + 3] == 0x2E { lo += 4 }
    while hi > slash, b[hi - 1] == 0x2F { hi -= 1 }
    return String(decoding: b[lo..<max(lo, hi)], as: UTF8.self)
  }

  /// How alike two normalised titles are, 0…1: the Dice coefficient of their character
  /// bigrams (robust to a typo or a word more).
  public static func similarity(_ a: String, _ b: String) -> Double {
    similarity(bigrams(a), bigrams(b))
  }

  /// The sorted character bigrams of a normalised title, each packed into an integer.
  static func bigrams(_ s: String) -> [UInt32] {
    let bytes = Array(s.utf8)
    guard bytes.count > 1 else { return bytes.map { UInt32($0) } }
    var out: [UInt32] = []
    out.reserveCapacity(bytes.count - 1)
    for i in 0..<bytes.count - 1 { out.append(UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1])) }
    out.sort()
    return out
  }

  /// The Dice coefficient of two sorted bigram lists.
  static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 1 }
    var i = 0
    var j = 0
    var common = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        common += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return Double(2 * common) / Double(a.count + b.count)
  }
}
