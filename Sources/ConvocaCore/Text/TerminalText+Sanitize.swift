extension TerminalText {
  /// Makes `s` safe to print: control characters, ESC, DEL, C1 controls, bidi controls and
  /// line/paragraph separators become visible inert marks (see the table on `TerminalText`),
  /// a tab becomes one space, a cluster that starts with a combining mark (or joiner) gets the
  /// base `orphanBase` (◌) so it cannot combine with the cell before, and over-long grapheme
  /// clusters ("Zalgo") are cut to `maxCombiningMarks` combining marks and
  /// `maxClusterScalars` scalars. A skin-tone modifier that follows no emoji it can modify is
  /// dropped.
  ///
  /// - Parameters:
  ///   - s: Untrusted text.
  ///   - keepNewlines: Keep LF (and turn CR LF into LF) for multi-line text such as
  ///     descriptions and notes; otherwise LF is shown as ␊.
  /// - Returns: `s` itself when nothing needed changing (always the case for printable ASCII).
  ///   The result is idempotent: sanitising it again changes nothing.
  public static func sanitize(_ s: String, keepNewlines: Bool = false) -> String {
    if isPrintableASCII(s, allowNewline: keepNewlines) { return s }
    var clean = true
    for ch in s where !isClean(ch, keepNewlines: keepNewlines) {
      clean = false
      break
    }
    if clean { return s }

    var out = String()
    out.reserveCapacity(s.utf8.count + 16)
    for ch in s {
      if keepNewlines && ch == "\r\n" {
        out.unicodeScalars.append("\n")
        continue
      }
      var marks = 0
      var scalars = 0
      var prev: Unicode.Scalar? = nil
      if let first = ch.unicodeScalars.first, isOrphanStart(first) {
        out.unicodeScalars.append(orphanBase)
        scalars = 1
        prev = orphanBase
      }
      for u in ch.unicodeScalars {
        if let mark = mark(for: u, keepNewlines: keepNewlines) {
          out.append(mark)
          prev = nil
          continue
        }
        if isStraySkinTone(u, after: prev) { continue }
        if isCountedMark(u) {
          marks += 1
          if marks > maxCombiningMarks { continue }
        }
        scalars += 1
        if scalars > maxClusterScalars { continue }
        out.unicodeScalars.append(u)
        prev = u
      }
    }
    return out
  }

  /// Whether `u` is never printed as-is by `sanitize` (with newlines not kept): C0, DEL, C1,
  /// bidi controls, line/paragraph separators and the other invisible format controls it marks.
  static func isHostile(_ u: Unicode.Scalar) -> Bool {
    mark(for: u, keepNewlines: false) != nil
  }

  /// The replacement shown for `u`, or nil when `u` is printed as itself.
  static func mark(for u: Unicode.Scalar, keepNewlines: Bool) -> String? {
    let v = u.value
    switch v {
    case 0x09: return " "
    case 0x0A: return keepNewlines ? nil : "\u{240A}"
    case 0x00...0x1F: return Unicode.Scalar(0x2400 + v).map { String(Character($0)) }
    case 0x20...0x7E: return nil
    case 0x7F: return String(Character(deleteMark))
    case 0x80...0x9F: return String(Character(replacementMark))
    case 0x061C: return "⟨ALM⟩"
    case 0x200E: return "⟨LRM⟩"
    case 0x200F: return "⟨RLM⟩"
    case 0x2028: return "⟨LS⟩"
    case 0x2029: return "⟨PS⟩"
    case 0x202A: return "⟨LRE⟩"
    case 0x202B: return "⟨RLE⟩"
    case 0x202C: return "⟨PDF⟩"
    case 0x202D: return "⟨LRO⟩"
    case 0x202E: return "⟨RLO⟩"
    case 0x2066: return "⟨LRI⟩"
    case 0x2067: return "⟨RLI⟩"
    case 0x2068: return "⟨FSI⟩"
    case 0x2069: return "⟨PDI⟩"
    case 0x206A...0x206F, 0xFFF9...0xFFFB: return String(Character(replacementMark))
    default: return nil
    }
  }

  /// A combining mark that counts towards `maxCombiningMarks`: Mn or Me, but not a virama
  /// (Indic conjuncts legitimately stack them) nor a variation selector (emoji use them).
  static func isCountedMark(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x300 { return false }
    let p = u.properties
    switch p.generalCategory {
    case .nonspacingMark, .enclosingMark:
      if p.canonicalCombiningClass.rawValue == 9 { return false }
      return !CellWidthTable.isVariationSelector(u.value)
    default:
      return false
    }
  }

  /// Whether `u`, first in a grapheme cluster, has no base to sit on (a combining mark, a
  /// variation selector, a joiner or a skin-tone modifier right after a control or at the start of the text). Printed
  /// as-is it would combine with whatever the terminal drew in the cell before.
  static func isOrphanStart(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x300 { return false }
    if u.value == 0x200C || u.value == 0x200D || (0x1F3FB...0x1F3FF).contains(u.value) { return true }
    switch u.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Whether `u` is a skin-tone modifier (U+1F3FB–U+1F3FF) that does not directly follow an
  /// emoji it can modify. Such a stray swatch would add two cells to a cluster that is
  /// otherwise narrower; `sanitize` drops it.
  static func isStraySkinTone(_ u: Unicode.Scalar, after prev: Unicode.Scalar?) -> Bool {
    guard (0x1F3FB...0x1F3FF).contains(u.value) else { return false }
    return !(prev?.properties.isEmojiModifierBase ?? false)
  }

  /// Whether `ch` would come out of `sanitize` unchanged.
  private static func isClean(_ ch: Character, keepNewlines: Bool) -> Bool {
    if let first = ch.unicodeScalars.first, isOrphanStart(first) { return false }
    var marks = 0
    var scalars = 0
    var prev: Unicode.Scalar? = nil
    for u in ch.unicodeScalars {
      if mark(for: u, keepNewlines: keepNewlines) != nil { return false }
      if isStraySkinTone(u, after: prev) { return false }
      prev = u
      if isCountedMark(u) {
        marks += 1
        if marks > maxCombiningMarks { return false }
      }
      scalars += 1
      if scalars > maxClusterScalars { return false }
    }
    return true
  }

  /// Whether every byte of `s` is printable ASCII (U+0020–U+007E), or LF when allowed.
  static func isPrintableASCII(_ s: String, allowNewline: Bool = false) -> Bool {
    let scan = { (buf: UnsafeBufferPointer<UInt8>) -> Bool in
      for b in buf where b < 0x20 || b > 0x7E {
        if b == 0x0A && allowNewline { continue }
        return false
      }
      return true
    }
    if let r = s.utf8.withContiguousStorageIfAvailable(scan) { return r }
    for b in s.utf8 where b < 0x20 || b > 0x7E {
      if b == 0x0A && allowNewline { continue }
      return false
    }
    return true
  }
}
