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
