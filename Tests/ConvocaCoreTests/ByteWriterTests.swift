import Foundation
import Testing

@testable import ConvocaCore

/// Compaction's byte writers (issue 13) write exactly what the reference code writes:
/// `Timestamp`/`CalendarDate.appendISO` against `description`, `Decimal.appendJSONNumber`
/// against `jsonNumber`, `JSONWriter.appendString` against a byte-by-byte escaper, and
/// `RecordEncoder.append` against `JSONWriter.line(RecordCodec.encode(o))`.
@Suite struct ByteWriterTests {
  /// What `appendISO` appends, unquoted and quoted; nil when the two disagree.
  static func iso(_ t: Timestamp) -> [UInt8]? {
    var b: [UInt8] = [7]
    t.appendISO(to: &b)
    var q: [UInt8] = [7]
    t.appendISO(to: &q, quoted: true)
    let plain = Array(b.dropFirst())
    return Array(q.dropFirst()) == [0x22] + plain + [0x22] ? plain : nil
  }

  static func iso(_ d: CalendarDate) -> [UInt8]? {
    var b: [UInt8] = [7]
    d.appendISO(to: &b)
    var q: [UInt8] = [7]
    d.appendISO(to: &q, quoted: true)
    let plain = Array(b.dropFirst())
    return Array(q.dropFirst()) == [0x22] + plain + [0x22] ? plain : nil
  }

  /// The instants at the edges: both ends of `Timestamp.writable`, the epoch, the years
  /// before 1 (year 0, negative years) and past 9999, and the clamped extremes.
  static let edgeSeconds: [Int64] = {
    let w = Timestamp.writable
    var out: [Int64] = [0, -1, 1, 86_399, 86_400, -86_400, -86_401, Int64.min, Int64.max, Int64.min + 1]
    out += [w.lowerBound, w.lowerBound - 1, w.lowerBound + 86_399, w.upperBound, w.upperBound + 1]
    out += [w.lowerBound - 366 * 86_400, w.lowerBound - 3_000 * 86_400, w.upperBound + 400 * 86_400]
    out += [w.lowerBound * 1000, w.upperBound * 1000]
    return out
  }()

  @Test func timestampWriterIsTheDescription() async throws {
    for s in Self.edgeSeconds {
      let t = Timestamp(seconds: s)
      #expect(Self.iso(t) == Array(t.description.utf8), "\(s)")
    }
    let w = Timestamp.writable
    await Property.check(
      "timestamp bytes", count: Property.cases(5000),
      Property.gen { g -> Timestamp in
        switch g.int(0...3) {
        case 0: return Timestamp(seconds: Int64(g.int(Int(w.lowerBound)...Int(w.upperBound))))
        case 1: return Timestamp(seconds: Int64(g.int(Int(w.lowerBound) * 3...Int(w.upperBound) * 3)))
        default: return Gens.timestamp(&g)
        }
      }
    ) { t in
      try ensureEqual(Self.iso(t), Optional(Array(t.description.utf8)), "bytes of \(t.seconds)")
    }
  }

  @Test func dateWriterIsTheDescription() async {
    let edges: [Int32] = [
      0, -1, Int32.min, Int32.max, Int32(Gens.firstDay), Int32(Gens.firstDay - 1), Int32(Gens.firstDay - 366),
      Int32(Gens.firstDay - 800_000), Int32(Gens.lastDay), Int32(Gens.lastDay + 1),
    ]
    for e in edges {
      let d = CalendarDate(daysSinceEpoch: e)
      #expect(Self.iso(d) == Array(d.description.utf8), "\(e)")
    }
    await Property.check(
      "date bytes", count: Property.cases(5000),
      Property.gen { g -> CalendarDate in
        g.chance(0.5) ? Gens.date(&g) : CalendarDate(daysSinceEpoch: Int32(g.int(-5_000_000...5_000_000)))
      }
    ) { d in
      try ensureEqual(Self.iso(d), Optional(Array(d.description.utf8)), "bytes of day \(d.daysSinceEpoch)")
    }
  }

  @Test func decimalWriterIsTheJSONNumber() async {
    await Property.check(
      "decimal bytes", count: Property.cases(3000), Property.gen { g in Gens.decimal(&g) }
    ) { d in
      for v in [d, d / 3, -d] {
        var b: [UInt8] = [7]
        v.appendJSONNumber(to: &b)
        try ensureEqual(Array(b.dropFirst()), Array(v.jsonNumber.utf8), "bytes of \(v)")
      }
    }
  }

  /// The escaper as it was before the eight-byte scan: byte by byte.
  static func slowString(_ s: String) -> [UInt8] {
    var out: [UInt8] = [UInt8(ascii: "\"")]
    let hex = Array("0123456789abcdef".utf8)
    for c in s.utf8 {
      switch c {
      case UInt8(ascii: "\""): out += [0x5C, 0x22]
      case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, UInt8(ascii: "n")]
      case 0x0D: out += [0x5C, UInt8(ascii: "r")]
      case 0x09: out += [0x5C, UInt8(ascii: "t")]
      case 0..<0x20, 0x7F: out += Array("\\u00".utf8) + [hex[Int(c >> 4)], hex[Int(c & 15)]]
      default: out.append(c)
      }
    }
    out.append(UInt8(ascii: "\""))
    return out
  }

  static func fast(_ s: String) -> [UInt8] {
    var b: [UInt8] = []
    JSONWriter.appendString(s, to: &b)
    return b
  }

  /// Every byte that needs an escape, and bytes next to them that do not, at every offset of
  /// the eight-byte windows, in plain, accented and emoji text.
  @Test func stringEscapesAtEveryOffset() throws {
    var specials = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
    specials += [
      "\"", "\\", "\u{7F}", "\u{80}", "\u{2028}", "\u{2029}", "ñ", "😀", " ", "!", "#", "[", "]", "~",
    ]
    for fill in ["a", "é", "😀", "Medellín educación "] {
      for len in 0..<24 {
        for k in 0...len {
          for sp in specials {
            let base = String(repeating: fill, count: len)
            var chars = Array(base)
            chars.insert(contentsOf: Array(sp), at: min(k, chars.count))
            let s = String(chars)
            try #require(Self.fast(s) == Self.slowString(s), "\(s.debugDescription)")
          }
        }
      }
    }
  }

  @Test func stringWriterIsTheByteEscaper() async {
    await Property.check(
      "string bytes", count: Property.cases(3000), Property.gen { g in Hostile.string(&g) }
    ) {
      s in
      try ensureEqual(Self.fast(s), Self.slowString(s), "bytes of \(s.debugDescription.prefix(200))")
    }
  }

  /// The synthetic catalogue the benchmark compacts, record by record.
  @Test func syntheticRecordsEncodeAsTheReference() throws {
    let today = CalendarDate(year: 2026, month: 11, day: 30)!
    for o in SyntheticData.records(count: 3000, today: today, seed: 13) {
      var b: [UInt8] = []
      RecordEncoder.append(o, to: &b)
      try #require(b == Array(JSONWriter.line(RecordCodec.encode(o)).utf8), "\(o.id)")
    }
  }

  /// Synthetic records made hostile: every text, note, history entry and tag replaced with
  /// generated strings (controls, quotes, backslashes, U+2028, emoji, accents), timestamps and
  /// dates across the whole writable range, amounts of every shape.
  @Test func hostileRecordsEncodeAsTheReference() async {
    let today = CalendarDate(year: 2026, month: 11, day: 30)!
    let base = SyntheticData.records(count: 200, today: today, seed: 7)
    await Property.check(
      "hostile synthetic record bytes", count: Property.cases(1500),
      Property.gen { g -> Opportunity in
        var o = base[g.int(0...base.count - 1)]
        o.title = Hostile.nonEmpty(&g, hugeRate: 0)
        o.funder = Hostile.string(&g, hugeRate: 0)
        o.description = Hostile.string(&g, hugeRate: 0)
        o.contact = Hostile.string(&g, hugeRate: 0)
        o.tags = (0..<g.int(0...3)).map { _ in Hostile.nonEmpty(&g, hugeRate: 0) }
        o.created = Gens.timestamp(&g)
        o.updated = Gens.timestamp(&g)
        o.deadline = g.chance(0.8) ? Gens.date(&g) : nil
        o.amount = g.chance(0.8) ? Money(Gens.decimal(&g), "EUR") : nil
        o.probabilityOverride = g.chance(0.3) ? g.int(0...100) : nil
        o.notes = (0..<g.int(0...2)).map { _ in
          Note(
            at: Gens.timestamp(&g), by: Hostile.string(&g, hugeRate: 0), text: Hostile.string(&g, hugeRate: 0)
          )
        }
        return o
      }
    ) { o in
      var b: [UInt8] = []
      RecordEncoder.append(o, to: &b)
      try ensureEqual(b, Array(JSONWriter.line(RecordCodec.encode(o)).utf8), "bytes of \(o.id)")
    }
  }
}
