/// Writes a record's canonical line straight into bytes, for compaction of large files —
/// the same bytes as `JSONWriter.line(RecordCodec.encode(o))`, which stays the reference
/// (tests compare the two), without building a JSON tree per record.
enum RecordEncoder {
  /// The catalogue's names as bytes, one after another, and where each starts and ends.
  private static let nameBytes: [UInt8] = FieldCatalogue.all.flatMap { Array($0.name.utf8) }
  private static let nameRanges: [Range<Int>] = {
    var out: [Range<Int>] = []
    var at = 0
    for d in FieldCatalogue.all {
      out.append(at..<at + d.name.utf8.count)
      at += d.name.utf8.count
    }
    return out
  }()
  /// Where each field lives (not the descriptors: copying one retains its strings).
  private static let accesses = FieldCatalogue.all.map(\.access)

  static func append(_ o: Opportunity, to b: inout [UInt8]) {
    // Read once per record, not per member (each read of a global checks its lazy start).
    let accesses = Self.accesses
    let ranges = Self.nameRanges
    Self.nameBytes.withUnsafeBufferPointer { bytes in append(o, to: &b, accesses, ranges, bytes) }
  }

  private static func append(
    _ o: Opportunity, to b: inout [UInt8], _ accesses: [FieldAccess], _ ranges: [Range<Int>],
    _ bytes: UnsafeBufferPointer<UInt8>
  ) {
    b.append(UInt8(ascii: "{"))
    for i in accesses.indices {
      let name = UnsafeBufferPointer(rebasing: bytes[ranges[i]])
      switch accesses[i] {
      case .id: member(name, o.id.rawValue, &b)
      case .text(let l):
        let v = l.get(o)
        if !v.isEmpty { member(name, v, &b) }
      case .kind: member(name, o.kind.rawValue, &b)
      case .stage: member(name, o.stage.rawValue, &b)
      case .area: if let a = o.area, !a.rawValue.isEmpty { member(name, a.rawValue, &b) }
      case .date(let l):
        guard let v = l.get(o) else { continue }
        key(name, &b)
        v.appendISO(to: &b, quoted: true)
      case .money(let l): if let m = l.get(o) { money(name, m, &b) }
      case .probability:
        if let p = o.probabilityOverride {
          key(name, &b)
          appendInt(p, &b)
        }
      case .tags:
        guard !o.tags.isEmpty else { continue }
        key(name, &b)
        b.append(UInt8(ascii: "["))
        for (k, t) in o.tags.enumerated() {
          if k > 0 { b.append(UInt8(ascii: ",")) }
          JSONWriter.appendString(t, to: &b)
        }
        b.append(UInt8(ascii: "]"))
      case .notes:
        guard !o.notes.isEmpty else { continue }
        key(name, &b)
        b.append(UInt8(ascii: "["))
        for (k, n) in o.notes.enumerated() {
          if k > 0 { b.append(UInt8(ascii: ",")) }
          raw(#"{"at":"#, &b)
          quoted(n.at, &b)
          member("by", n.by, &b)
          member("text", n.text, &b)
          b.append(UInt8(ascii: "}"))
        }
        b.append(UInt8(ascii: "]"))
      case .history:
        guard !o.history.isEmpty else { continue }
        key(name, &b)
        b.append(UInt8(ascii: "["))
        for (k, h) in o.history.enumerated() {
          if k > 0 { b.append(UInt8(ascii: ",")) }
          b.append(UInt8(ascii: "{"))
          if let f = h.field {
            raw(#""field":"#, &b)
            JSONWriter.appendString(f, to: &b)
            b.append(UInt8(ascii: ","))
          }
          raw(#""from":"#, &b)
          JSONWriter.appendString(h.from, to: &b)
          member("to", h.to, &b)
          key("at", &b)
          quoted(h.at, &b)
          member("by", h.by, &b)
          if let n = h.note { member("note", n, &b) }
          b.append(UInt8(ascii: "}"))
        }
        b.append(UInt8(ascii: "]"))
      case .timestamp(let l):
        key(name, &b)
        quoted(l.get(o), &b)
      case .source:
        guard let s = o.source else { continue }
        key(name, &b)
        raw(#"{"system":"#, &b)
        JSONWriter.appendString(s.system, to: &b)
        member("id", s.id, &b)
        b.append(UInt8(ascii: "}"))
      case .flag(let l):
        guard l.get(o) else { continue }
        key(name, &b)
        raw("true", &b)
      }
    }
    b.append(UInt8(ascii: "}"))
  }

  /// `"YYYY-MM-DDTHH:MM:SSZ"`: the instant's `description` as a JSON string (it holds nothing
  /// to escape).
  @inline(__always)
  private static func quoted(_ t: Timestamp, _ b: inout [UInt8]) {
    t.appendISO(to: &b, quoted: true)
  }

  /// `,"name":` — or `"name":` when it is the first member.
  @inline(__always)
  private static func key(_ name: UnsafeBufferPointer<UInt8>, _ b: inout [UInt8]) {
    if b.last != UInt8(ascii: "{") { b.append(UInt8(ascii: ",")) }
    b.append(UInt8(ascii: "\""))
    b.append(contentsOf: name)
    b.append(UInt8(ascii: "\""))
    b.append(UInt8(ascii: ":"))
  }

  @inline(__always)
  private static func member(_ name: UnsafeBufferPointer<UInt8>, _ value: String, _ b: inout [UInt8]) {
    key(name, &b)
    JSONWriter.appendString(value, to: &b)
  }

  private static func money(_ name: UnsafeBufferPointer<UInt8>, _ m: Money, _ b: inout [UInt8]) {
    key(name, &b)
    raw(#"{"value":"#, &b)
    m.amount.appendJSONNumber(to: &b)
    member("currency", m.currency, &b)
    b.append(UInt8(ascii: "}"))
  }

  /// Appends a literal's bytes (no `String`, no generic sequence walk).
  @inline(__always)
  private static func raw(_ s: StaticString, _ b: inout [UInt8]) {
    b.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
  }

  /// `String(v)`'s bytes.
  private static func appendInt(_ v: Int, _ b: inout [UInt8]) {
    ISOBytes.withScratch { d in
      var m = v.magnitude
      var start = d.count
      repeat {
        start -= 1
        d[start] = UInt8(truncatingIfNeeded: 0x30 + m % 10)
        m /= 10
      } while m > 0
      if v < 0 { b.append(UInt8(ascii: "-")) }
      b.append(contentsOf: UnsafeBufferPointer(rebasing: d[start...]))
    }
  }

  @inline(__always)
  private static func key(_ name: StaticString, _ b: inout [UInt8]) {
    b.append(UInt8(ascii: ","))
    b.append(UInt8(ascii: "\""))
    b.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    b.append(UInt8(ascii: "\""))
    b.append(UInt8(ascii: ":"))
  }

  @inline(__always)
  private static func member(_ name: StaticString, _ value: String, _ b: inout [UInt8]) {
    key(name, &b)
    JSONWriter.appendString(value, to: &b)
  }

  private static func money(_ name: StaticString, _ m: Money, _ b: inout [UInt8]) {
    key(name, &b)
    raw(#"{"value":"#, &b)
    m.amount.appendJSONNumber(to: &b)
    member("currency", m.currency, &b)
    b.append(UInt8(ascii: "}"))
  }
}
