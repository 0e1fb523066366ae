/// Escaping for the director's HTML report, written by hand (docs/interchange.md, "Report",
/// says why not Plot): every piece of data passes through `escape` before it is written, in
/// text and in attribute values alike.
public enum HTMLText {
  /// `s` safe as HTML text or a double- or single-quoted attribute value: `&`, `<`, `>`, `"`
  /// and `'` become references; control characters (which HTML forbids) become U+FFFD.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n": out.unicodeScalars.append(u)
      default:
        if u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }

  /// `<tag attr="value">escaped text</tag>`; `attributes` values are escaped, names are the
  /// caller's constants.
  public static func element(_ tag: String, _ text: String, _ attributes: [(String, String)] = []) -> String {
    open(tag, attributes) + escape(text) + "</" + tag + ">"
  }

  /// An opening tag with escaped attribute values.
  public static func open(_ tag: String, _ attributes: [(String, String)] = []) -> String {
    "<" + tag + attributes.map { " " + $0.0 + "=\"" + escape($0.1) + "\"" }.joined() + ">"
  }
}
