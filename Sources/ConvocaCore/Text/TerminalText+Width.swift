extension TerminalText {
  /// The number of terminal cells `s` occupies, summed per grapheme cluster
  /// (see `width(of:)`). Printable ASCII takes a fast path: its width is its UTF-8 count.
  ///
  /// Measure sanitised text: control characters count 0 here, but a terminal would act on them.
  public static func width(_ s: String) -> Int {
    if isPrintableASCII(s) { return s.utf8.count }
    var total = 0
    for ch in s { total += width(of: ch) }
    return total
  }

  /// The number of terminal cells one grapheme cluster occupies: usually 0, 1 or 2.
  ///
  /// The cluster's first scalar decides: East Asian Wide or Fullwidth (CJK, Hangul, Kana,
  /// fullwidth forms…) and emoji with default emoji presentation are 2; combining marks,
  /// zero-width characters, format characters, variation selectors and controls are 0;
  /// everything else is 1. An emoji-capable base followed by VS16 (U+FE0F) or by a skin-tone
  /// modifier is 2, so "❤️" and "1️⃣" are 2 and a ZWJ sequence such as 👩‍👩‍👧 is one 2-cell cluster.
  /// Combining marks and other scalars after the base add nothing; a leading prepended format
  /// character (U+0600…) is skipped so the scalar after it is the base, and a skin-tone
  /// modifier after a base it cannot modify shows as its own 2-cell swatch. The result is
  /// then at most 2 except for such swatches.
  public static func width(of c: Character) -> Int {
    var it = c.unicodeScalars.makeIterator()
    guard var base = it.next() else { return 0 }
    // A prepended format character (U+0600 ARABIC NUMBER SIGN…) takes no cell; what follows
    // it in the cluster is the real base.
    while base.value >= 0x300, base.properties.generalCategory == .format, let next = it.next() {
      base = next
    }
    var w = CellWidthTable.width(base)
    var extra = 0
    while let u = it.next() {
      switch u.value {
      case 0xFE0F:
        if w == 1 && base.properties.isEmoji { w = 2 }
      case 0x1F3FB...0x1F3FF:
        // A skin tone widens its modifier base; after anything else it shows as a swatch.
        if base.properties.isEmojiModifierBase { w = max(w, 2) } else { extra += 2 }
      default:
        break
      }
    }
    return w + extra
  }
}

extension TerminalText {
  /// `s` with every grapheme cluster whose width terminals disagree on — an emoji ZWJ sequence,
  /// a flag, a keycap, an emoji with VS16, a skin tone or tag characters — drawn as its first
  /// character padded with spaces to the width `width(of:)` gives it. Terminals that measure
  /// code point by code point (xterm, VTE, tmux) would otherwise show such a cluster wider
  /// than `width(_:)` says and push a table row onto a second line. The width of the result
  /// equals `width(s)`; everything else is left as it is (escape sequences included, so a
  /// painted line can go through). For text printed by the command line; the full-screen
  /// tracker does the same per cell (`CellGlyph`). Expects sanitised text.
  public static func portable(_ s: String) -> String {
    if isPrintableASCII(s) { return s }
    guard s.unicodeScalars.contains(where: isDisputed) else { return s }
    var out = String()
    out.reserveCapacity(s.utf8.count)
    for ch in s {
      guard ch.unicodeScalars.contains(where: isDisputed) else {
        out.append(ch)
        continue
      }
      let w = width(of: ch)
      guard w > 0, let first = ch.unicodeScalars.first else { continue }
      let firstWidth = width(of: Character(first))
      if firstWidth >= 1 && firstWidth <= w && !isDisputed(first) {
        out.unicodeScalars.append(first)
        out += String(repeating: " ", count: w - firstWidth)
      } else if (0x1F1E6...0x1F1FF).contains(first.value) {
        // A flag (or a lone regional indicator): its letters, "CO" for 🇨🇴.
        for u in ch.unicodeScalars.prefix(w) {
          out.unicodeScalars.append(Unicode.Scalar(u.value - 0x1F1E6 + 0x41) ?? replacementMark)
        }
        out += String(repeating: " ", count: max(0, w - min(w, ch.unicodeScalars.count)))
      } else {
        out.unicodeScalars.append(replacementMark)
        out += String(repeating: " ", count: max(0, w - 1))
      }
    }
    return out
  }

  /// A scalar that makes terminals disagree on its cluster's width (see `portable(_:)`).
  static func isDisputed(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x200D, 0xFE0F, 0x20E3, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
    default: return false
    }
  }
}
