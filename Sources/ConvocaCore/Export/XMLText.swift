/// Text made safe for an XML 1.0 document: the five special characters escaped, and the
/// characters XML 1.0 forbids (controls other than tab, line feed and carriage return; U+FFFE,
/// U+FFFF) removed, since no escape can carry them.
enum XMLText {
  /// Appends `s` escaped to `out`.
  static func append(_ s: String, to out: inout String) {
    if s.utf8.allSatisfy({
      $0 >= 0x20 && $0 < 0x7F && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27
    }) {
      out += s
      return
    }
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n": out.unicodeScalars.append(u)
      // A raw CR would be normalised away by every XML reader; the reference keeps it.
      case "\r": out += "&#13;"
      default:
        if isAllowed(u) { out.unicodeScalars.append(u) }
      }
    }
  }

  /// `s` escaped.
  static func escaped(_ s: String) -> String {
    var out = String()
    append(s, to: &out)
    return out
  }

  /// Whether XML 1.0 allows `u` in a document (Char production, tab/LF/CR aside).
  static func isAllowed(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    return (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || v >= 0x10000
  }
}
