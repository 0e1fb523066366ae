/// Range tables for terminal cell widths, after Unicode's EastAsianWidth.txt (Wide and
/// Fullwidth) and the zero-width conventions terminals share. Emoji are handled separately
/// through `Unicode.Scalar.Properties.isEmojiPresentation`, so the emoji blocks are not listed.
enum CellWidthTable {
  /// East Asian Wide (W) and Fullwidth (F) ranges, sorted, as flat lo, hi pairs.
  static let wide: [UInt32] = [
    0x1100, 0x115F,  // Hangul Jamo initial consonants
    0x2329, 0x232A,  // angle brackets
    0x2E80, 0x2E99,  // CJK radicals supplement
    0x2E9B, 0x2EF3,
    0x2F00, 0x2FD5,  // Kangxi radicals
    0x2FF0, 0x2FFF,  // ideographic description characters
    0x3000, 0x303E,  // ideographic space, CJK symbols and punctuation
    0x3041, 0x3096,  // Hiragana
    0x3099, 0x30FF,  // Hiragana/Katakana marks, Katakana
    0x3105, 0x312F,  // Bopomofo
    0x3131, 0x318E,  // Hangul compatibility jamo
    0x3190, 0x31E5,  // Kanbun, Bopomofo extended, CJK strokes
    0x31EF, 0x321E,  // Katakana phonetic extensions, enclosed CJK
    0x3220, 0x3247,
    0x3250, 0x4DBF,  // enclosed CJK, CJK compatibility, CJK extension A
    0x4E00, 0xA48C,  // CJK unified ideographs, Yi syllables
    0xA490, 0xA4C6,  // Yi radicals
    0xA960, 0xA97C,  // Hangul Jamo extended A
    0xAC00, 0xD7A3,  // Hangul syllables
    0xF900, 0xFAFF,  // CJK compatibility ideographs
    0xFE10, 0xFE19,  // vertical forms
    0xFE30, 0xFE52,  // CJK compatibility forms, small forms
    0xFE54, 0xFE66,
    0xFE68, 0xFE6B,
    0xFF01, 0xFF60,  // fullwidth ASCII forms
    0xFFE0, 0xFFE6,  // fullwidth signs
    0x16FE0, 0x16FE4,  // ideographic symbols
    0x16FF0, 0x16FF1,
    0x17000, 0x187F7,  // Tangut
    0x18800, 0x18CD5,  // Tangut components, Khitan
    0x18D00, 0x18D08,
    0x1AFF0, 0x1AFF3,  // Kana extended B
    0x1AFF5, 0x1AFFB,
    0x1AFFD, 0x1AFFE,
    0x1B000, 0x1B122,  // Kana supplement, Kana extended A
    0x1B132, 0x1B132,
    0x1B150, 0x1B152,  // small Kana
    0x1B155, 0x1B155,
    0x1B164, 0x1B167,
    0x1B170, 0x1B2FB,  // Nushu
    0x1D300, 0x1D356,  // Tai Xuan Jing symbols
    0x1F200, 0x1F202,  // enclosed ideographic supplement
    0x1F210, 0x1F23B,
    0x1F240, 0x1F248,
    0x1F250, 0x1F251,
    0x1F260, 0x1F265,
    0x20000, 0x2FFFD,  // CJK extensions B–F, compatibility supplement
    0x30000, 0x3FFFD,  // CJK extensions G, H
  ]

  /// Zero-width ranges beyond combining marks and format characters, as flat lo, hi pairs.
  static let zero: [UInt32] = [
    0x1160, 0x11FF,  // Hangul Jamo medial vowels and final consonants (join the initial)
    0x200B, 0x200F,  // zero width space, ZWNJ, ZWJ, LRM, RLM
    0x2060, 0x2064,  // word joiner, invisible operators
    0xD7B0, 0xD7FF,  // Hangul Jamo extended B
    0xFE00, 0xFE0F,  // variation selectors
    0xFEFF, 0xFEFF,  // zero width no-break space (BOM)
    0xE0000, 0xE0FFF,  // tags, variation selectors supplement
  ]

  /// Whether `v` lies in one of the flat lo, hi pairs of `table` (binary search).
  static func contains(_ table: [UInt32], _ v: UInt32) -> Bool {
    guard let first = table.first, v >= first else { return false }
    var lo = 0
    var hi = table.count / 2 - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      if v < table[2 * mid] {
        hi = mid - 1
      } else if v > table[2 * mid + 1] {
        lo = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// Whether `v` is a variation selector (VS1–VS16 or the supplement VS17–VS256).
  static func isVariationSelector(_ v: UInt32) -> Bool {
    (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v)
  }

  /// The cell width of one scalar on its own: 0, 1 or 2.
  static func width(_ u: Unicode.Scalar) -> Int {
    let v = u.value
    if v < 0x7F { return v >= 0x20 ? 1 : 0 }
    if v <= 0x9F { return 0 }
    if v < 0x300 { return 1 }
    if contains(zero, v) { return 0 }
    let p = u.properties
    switch p.generalCategory {
    case .nonspacingMark, .enclosingMark, .control, .lineSeparator, .paragraphSeparator: return 0
    case .format: return 0
    default: break
    }
    if contains(wide, v) || p.isEmojiPresentation { return 2 }
    return 1
  }
}
