/// Writes a record's canonical line straight into bytes, for compaction of large files —
/// the same bytes as `JSONWriter.line(RecordCodec.encode(o))`, which stays the reference
/// (tests compare the two), without building a JSON tree per record.
enum RecordEncoder {
  static func append(_ o: Opportunity, to b: inout [UInt8]) {
    b.append(contentsOf: #"{"id":"#.utf8)
    JSONWriter.appendString(o.id.rawValue, to: &b)
    member("title", o.title, &b)
    member("kind", o.kind.rawValue, &b)
    member("stage", o.stage.rawValue, &b)
    if !o.funder.isEmpty { member("funder", o.funder, &b) }
    if !o.program.isEmpty { member("program", o.program, &b) }
    if !o.country.isEmpty { member("country", o.country, &b) }
    if let a = o.area, !a.rawValue.isEmpty { member("area", a.rawValue, &b) }
    if let d = o.deadline { member("deadline", d.description, &b) }
    if let d = o.decision { member("decision", d.description, &b) }
    if let m = o.amount { money("amount", m, &b) }
    if let m = o.awarded { money("awarded", m, &b) }
    if let p = o.probabilityOverride {
      key("probability", &b)
      b.append(contentsOf: String(p).utf8)
    }
    if !o.owner.isEmpty { member("owner", o.owner, &b) }
    if !o.tags.isEmpty {
      key("tags", &b)
      b.append(UInt8(ascii: "["))
      for (k, t) in o.tags.enumerated() {
        if k > 0 { b.append(UInt8(ascii: ",")) }
        JSONWriter.appendString(t, to: &b)
      }
      b.append(UInt8(ascii: "]"))
    }
    if !o.url.isEmpty { member("url", o.url, &b) }
    if !o.contact.isEmpty { member("contact", o.contact, &b) }
    if !o.description.isEmpty { member("description", o.description, &b) }
    if !o.notes.isEmpty {
      key("notes", &b)
      b.append(UInt8(ascii: "["))
      for (k, n) in o.notes.enumerated() {
        if k > 0 { b.append(UInt8(ascii: ",")) }
        b.append(contentsOf: #"{"at":"#.utf8)
        JSONWriter.appendString(n.at.description, to: &b)
        member("by", n.by, &b)
        member("text", n.text, &b)
        b.append(UInt8(ascii: "}"))
      }
      b.append(UInt8(ascii: "]"))
    }
    if !o.history.isEmpty {
      key("history", &b)
      b.append(UInt8(ascii: "["))
      for (k, h) in o.history.enumerated() {
        if k > 0 { b.append(UInt8(ascii: ",")) }
        b.append(UInt8(ascii: "{"))
        if let f = h.field {
          b.append(contentsOf: #""field":"#.utf8)
          JSONWriter.appendString(f, to: &b)
          b.append(UInt8(ascii: ","))
        }
        b.append(contentsOf: #""from":"#.utf8)
        JSONWriter.appendString(h.from, to: &b)
        member("to", h.to, &b)
        member("at", h.at.description, &b)
        member("by", h.by, &b)
        if let n = h.note { member("note", n, &b) }
        b.append(UInt8(ascii: "}"))
      }
      b.append(UInt8(ascii: "]"))
    }
    member("created", o.created.description, &b)
    member("updated", o.updated.description, &b)
    if let s = o.source {
      key("source", &b)
      b.append(contentsOf: #"{"system":"#.utf8)
      JSONWriter.appendString(s.system, to: &b)
      member("id", s.id, &b)
      b.append(UInt8(ascii: "}"))
    }
    if o.archived { b.append(contentsOf: #","archived":true"#.utf8) }
    b.append(UInt8(ascii: "}"))
  }

  @inline(__always)
  private static func key(_ name: StaticString, _ b: inout [UInt8]) {
    b.append(UInt8(ascii: ","))
    b.append(UInt8(ascii: "\""))
    b.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    b.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
  }

  @inline(__always)
  private static func member(_ name: StaticString, _ value: String, _ b: inout [UInt8]) {
    key(name, &b)
    JSONWriter.appendString(value, to: &b)
  }

  private static func money(_ name: StaticString, _ m: Money, _ b: inout [UInt8]) {
    key(name, &b)
    b.append(contentsOf: #"{"value":"#.utf8)
    b.append(contentsOf: m.amount.jsonNumber.utf8)
    member("currency", m.currency, &b)
    b.append(UInt8(ascii: "}"))
  }
}
