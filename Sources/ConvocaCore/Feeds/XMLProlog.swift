/// Checks what comes before an XML document's root element. A DOCTYPE is refused outright:
/// it is where entities are declared (external ones read local files or the network;
/// nested ones are the billion-laughs attack), and the grants.gov extract has none.
/// Foundation's `XMLParser` on Linux asks libxml2 to substitute entities, so refusing the
/// DOCTYPE before the parser sees a byte is the one sure defence.
enum XMLProlog {
  /// How much of the file the prolog may take.
  static let limit = 65_536

  /// Throws when `head` (the file's first bytes) has a DOCTYPE before the root element, or
  /// no root element within `limit` bytes.
  static func check(_ head: [UInt8]) throws(InterchangeError) {
    var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    func starts(_ s: String) -> Bool { head[i...].starts(with: s.utf8) }
    func skip(past end: String) -> Bool {
      let e = Array(end.utf8)
      var j = i
      while j + e.count <= head.count {
        if head[j..<(j + e.count)].elementsEqual(e) {
          i = j + e.count
          return true
        }
        j += 1
      }
      return false
    }
    while i < head.count {
      let b = head[i]
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
        i += 1
        continue
      }
      if starts("<?") {
        guard skip(past: "?>") else { break }
        continue
      }
      if starts("<!--") {
        guard skip(past: "-->") else { break }
        continue
      }
      if starts("<!") { throw .notText(Strings.feedDoctype) }
      return  // the root element, or text the parser will call malformed
    }
    if head.count >= limit { throw .notText(Strings.feedLongProlog(limit)) }
  }
}
