/// Turns the HTML that funders put in their feeds' text fields into plain text: tags dropped
/// (a paragraph, line break or list item becomes a line), character references and the
/// common named entities decoded. Not an HTML parser: feeds hold short fragments.
extension HTMLText {
  /// The plain text of `html`; line breaks kept only when `multiline`.
  public static func plain(_ html: String, multiline: Bool) -> String {
    var out = ""
    out.reserveCapacity(html.utf8.count)
    let s = Array(html.unicodeScalars)
    var i = 0
    while i < s.count {
      let c = s[i]
      if c == "<", let end = s[i...].prefix(400).firstIndex(of: ">"), i + 1 < s.count,
        s[i + 1].properties.isAlphabetic || s[i + 1] == "/" || s[i + 1] == "!"
      {
        let name = String(String.UnicodeScalarView(s[(i + 1)..<end])).lowercased()
        let tag =
          name.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\n" }).first.map(String.init) ?? ""
        if ["br", "p", "div", "tr", "h1", "h2", "h3", "h4", "ul", "ol", "table"].contains(tag) {
          out.append("\n")
        } else if tag == "li" {
          out.append(name.hasPrefix("/") ? "" : "\n- ")
        }
        i = end + 1
        continue
      }
      if c == "&", let semi = s[i...].prefix(12).firstIndex(of: ";"), semi > i + 1 {
        let ref = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
        if let v = decode(ref) {
          out.unicodeScalars.append(contentsOf: v.unicodeScalars)
          i = semi + 1
          continue
        }
      }
      out.unicodeScalars.append(c == "\u{A0}" ? " " : c)
      i += 1
    }
    return tidy(out, multiline: multiline)
  }

  /// One reference without its `&` and `;`: `#233`, `#xE9`, `eacute`.
  static func decode(_ ref: String) -> String? {
    if ref.hasPrefix("#") {
      let digits = ref.dropFirst()
      let v: UInt32? =
        digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
      guard let v, v != 0, let u = Unicode.Scalar(v) else { return nil }
      return String(Character(u))
    }
    return named[ref]
  }

  /// The named entities feeds use (HTML's full list has 2,000; these cover English, Spanish,
  /// French and the typographic marks word processors leave).
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "’",
    "lsquo": "‘", "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•",
    "middot": "·", "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "deg": "°",
    "laquo": "«", "raquo": "»", "iexcl": "¡", "iquest": "¿", "aacute": "á", "eacute": "é", "iacute": "í",
    "oacute": "ó", "uacute": "ú", "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú",
    "ntilde": "ñ", "Ntilde": "Ñ", "uuml": "ü", "Uuml": "Ü", "ccedil": "ç", "Ccedil": "Ç", "egrave": "è",
    "agrave": "à", "ecirc": "ê", "ocirc": "ô", "ouml": "ö", "auml": "ä", "szlig": "ß", "ordm": "º",
    "ordf": "ª", "sect": "§", "para": "¶", "times": "×",
  ]

  /// Spaces collapsed, lines trimmed, at most one blank line in a row; one line unless
  /// `multiline`.
  static func tidy(_ text: String, multiline: Bool) -> String {
    var lines: [String] = []
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      lines.append(words.joined(separator: " "))
    }
    if !multiline { return lines.filter { !$0.isEmpty }.joined(separator: " ") }
    var out: [String] = []
    for l in lines {
      if l.isEmpty && (out.last?.isEmpty ?? true) { continue }
      out.append(l)
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.joined(separator: "\n")
  }
}
