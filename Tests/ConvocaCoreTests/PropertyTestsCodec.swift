import Foundation
import PropertyBased
import Testing

@testable import ConvocaCore

/// Records and journal entries survive writing and reading back, whatever they hold.
@Suite struct PropertyTestsCodec {
  static func line(_ o: Opportunity) -> String { JSONWriter.line(RecordCodec.encode(o)) }

  static func checkRecord(_ o: Opportunity) throws {
    let text = line(o)
    let back = try RecordCodec.decode(try JSONParser.parse(text))
    try ensureEqual(back, o, "decode(encode(o))")
    // String == is canonical equivalence; the bytes must not change either.
    try ensureEqual(line(back), text, "encode(decode(encode(o))) bytes")
    var fast: [UInt8] = []
    RecordEncoder.append(o, to: &fast)
    try ensureEqual(fast, Array(text.utf8), "RecordEncoder.append bytes")
  }

  @Test func recordRoundTrip() async {
    await Property.check(
      "record round trip", count: Property.cases(400), Property.gen { g in Gens.opportunity(&g) }
    ) {
      try Self.checkRecord($0)
    }
  }

  /// Found by recordRoundTrip: an amount whose plain form is longer than the 64 characters
  /// JSONParser takes (1e-65 prints as "0.000…01", 67 characters) was written as is, and the
  /// file could not be read back ("number too long"). Now written as digits and an exponent.
  @Test func longDecimalAmountReadsBack() throws {
    var o = Opportunity(id: OpportunityID(rawValue: "a")!, title: "t", created: Timestamp(seconds: 0))
    o.amount = Money(try #require(Decimal(string: "1e-65")), "EUR")
    o.awarded = Money(Decimal(sign: .minus, exponent: 90, significand: 12345), "USD")
    let text = Self.line(o)
    #expect(text.contains(#"{"value":1e-65,"currency":"EUR"}"#))
    #expect(text.contains(#"{"value":-12345e90,"currency":"USD"}"#))
    #expect(try RecordCodec.decode(try JSONParser.parse(text)) == o)
    #expect(Decimal(1_000_000).jsonNumber == "1000000")
  }

  /// `jsonNumber`'s fast path (read from `Decimal`'s bytes) writes what `description` writes,
  /// for every decimal the generators make and for computed ones.
  @Test func fastDecimalTextIsTheDescription() async {
    #expect(Decimal.plainTextReadable, "the fast path is off on this Foundation")
    await Property.check(
      "fast decimal text", count: Property.cases(2000), Property.gen { g in Gens.decimal(&g) }
    ) {
      d in
      if let fast = d.fastPlainText { try ensureEqual(fast, d.description, "fast text of \(d)") }
      var third = d
      third /= 3
      if let fast = third.fastPlainText { try ensureEqual(fast, third.description, "fast text of \(third)") }
    }
  }

  @Test func dataFileRoundTrip() async {
    let gen = Property.gen { g in Gens.records(&g, g.int(1...6)) }
    await Property.check("data file round trip", count: Property.cases(150, scale: 0.5), gen) { records in
      var bytes = Array(FileHeader.line.utf8)
      bytes.append(0x0A)
      for o in records {
        RecordEncoder.append(o, to: &bytes)
        bytes.append(0x0A)
      }
      let parsed = DataFileParser.parse(bytes)
      try ensure(parsed.problem == nil, "problem: \(String(describing: parsed.problem))")
      try ensureEqual(parsed.store.records, records, "records loaded")
      try ensureEqual(parsed.lineCount, records.count + 1, "lines")
      try ensureEqual(parsed.goodLength, bytes.count, "good length")
      for (i, o) in records.enumerated() {
        try ensureEqual(parsed.store.searchKey(at: i), FoldedText(searchable: o), "search key of \(o.id)")
      }
    }
  }

  /// Commands as the database journals them: moves and notes carry the entry's time and author.
  static func command(_ g: inout SeededGenerator, at: Timestamp, by: String) -> Command {
    let id = Gens.id(&g)
    switch g.int(0...9) {
    case 9:
      return .replace(
        Gens.opportunity(&g, id: id, hugeRate: 0), was: Gens.opportunity(&g, id: id, hugeRate: 0))
    case 8: return .team(Gens.anyTeamChange(&g))
    case 0: return .create(Gens.opportunity(&g, hugeRate: 0))
    case 1: return .delete(id, record: g.chance(0.5) ? Gens.opportunity(&g, id: id, hugeRate: 0) : nil)
    case 7: return .archive(id, g.chance(0.5))
    case 2:
      let fields = Array(Field.allCases.shuffled(using: &g).prefix(g.int(1...4)))
      return .set(
        id,
        fields.map { f in
          FieldChange(
            f, g.chance(0.8) ? Gens.fieldValue(&g, f) : Gens.json(&g),
            expected: g.chance(0.5) ? (g.chance(0.8) ? Gens.fieldValue(&g, f) : Gens.json(&g)) : nil)
        })
    case 3:
      return .move(
        id,
        entry: HistoryEntry(
          from: g.chance(0.9) ? g.pick(Stage.allCases).rawValue : Hostile.string(&g, hugeRate: 0),
          to: g.pick(Stage.allCases).rawValue, at: at, by: by,
          note: g.chance(0.5) ? Hostile.string(&g, hugeRate: 0) : nil),
        awarded: g.chance(0.3) ? Gens.money(&g) : nil)
    case 4: return .unmove(id, entry: Gens.history(&g), awarded: g.chance(0.5) ? Gens.money(&g) : nil)
    case 5: return .note(id, Note(at: at, by: by, text: Hostile.string(&g, hugeRate: 0)))
    case 6:
      let old = g.chance(0.8) ? Gens.note(&g) : nil
      return .editNote(
        id,
        NoteEdit(
          old: old, new: old == nil || g.chance(0.5) ? Gens.note(&g) : nil,
          retracts: g.chance(0.3) ? Gens.history(&g) : nil,
          index: old == nil && g.chance(0.5) ? g.int(0...9) : nil))
    default: return .unnote(id, Gens.note(&g))
    }
  }

  static func entry(_ g: inout SeededGenerator) -> JournalEntry {
    let at = Gens.timestamp(&g)
    let by = Hostile.string(&g, hugeRate: 0)
    let n = g.chance(0.6) ? 1 : g.int(0...6)
    return JournalEntry(at: at, by: by, commands: (0..<n).map { _ in command(&g, at: at, by: by) })
  }

  @Test func journalRoundTrip() async {
    await Property.check(
      "journal round trip", count: Property.cases(400), Property.gen { g in Self.entry(&g) }
    ) {
      e in
      let text = JSONWriter.line(JournalCodec.encode(e))
      let back = try JournalCodec.decode(try JSONParser.parse(text))
      try ensureEqual(back, e, "decode(encode(entry))")
      try ensureEqual(JSONWriter.line(JournalCodec.encode(back)), text, "bytes")
      var fast: [UInt8] = []
      JournalCodec.append(e, to: &fast)
      try ensureEqual(String(decoding: fast, as: UTF8.self), text, "JournalCodec.append bytes")
    }
  }
}
