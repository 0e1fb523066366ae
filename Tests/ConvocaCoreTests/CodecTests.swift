import Foundation
import Testing

@testable import ConvocaCore

/// The fast encoder and decoder must agree byte for byte with the reference codec.
@Suite struct CodecTests {
  static func samples() throws -> [Opportunity] {
    let today = try #require(CalendarDate(iso: "2026-11-29"))
    var all = SyntheticData.records(count: 300, today: today, seed: 7)
    all += try DemoData.records(shiftedTo: today)
    var hostile = Fixture.opportunity(
      "h0571le0", "Evil \u{1B}]2;pwned\u{07} \"quoted\" back\\slash\ttab\u{7F}\u{0}")
    hostile.description = "línea 1\r\nlínea 2 — 中文 😀 \u{202E}rtl"
    hostile.tags = ["a\"b", "", "ñ"]
    hostile.notes = [Note(at: Fixture.t0, by: "Zoë", text: "multi\nline")]
    hostile.history = [
      HistoryEntry(field: "title", from: "x", to: "y", at: Fixture.t0, by: "b", note: nil),
      HistoryEntry(from: "identified", to: "won", at: Fixture.t0, by: "b", note: "n"),
    ]
    hostile.amount = Money(Decimal(string: "-0.000123")!, "eur")
    hostile.awarded = Money(Decimal(string: "123456789012345678901234567890")!, "COP")
    hostile.probabilityOverride = 0
    hostile.source = Source(system: "sheet", id: "row 7")
    hostile.area = Area(rawValue: "climate")
    hostile.archived = true
    all.append(hostile)
    return all
  }

  @Test func fastEncoderMatchesTheReference() throws {
    for o in try CodecTests.samples() {
      var fast: [UInt8] = []
      RecordEncoder.append(o, to: &fast)
      #expect(String(decoding: fast, as: UTF8.self) == JSONWriter.line(RecordCodec.encode(o)))
    }
  }

  @Test func fastDecoderMatchesTheReference() throws {
    for o in try CodecTests.samples() {
      let line = Array(JSONWriter.line(RecordCodec.encode(o)).utf8)
      let reference = try RecordCodec.decode(JSONParser.parse(line))
      #expect(reference == o)
      var interner = StringInterner()
      let fast = try line.withUnsafeBufferPointer { try RecordDecoder.decode($0, interner: &interner) }
      #expect(fast == reference)
    }
  }

  @Test func fastDecoderGivesUpOnWhatItDoesNotKnowAndTheLoaderStillReportsIt() {
    let lines = [
      #"{"id":"abc","title":"T","kind":"grant","stage":"identified","colour":"red","created":"2026-11-01T10:00:00Z"}"#,
      #"{"id":"abc","title":"","kind":"grant","created":"2026-11-01T10:00:00Z"}"#,
      #"{"id":"abc","title":"T","amount":{"value":"12","currency":"EUR"},"created":"2026-11-01T10:00:00Z"}"#,
    ]
    for line in lines {
      var interner = StringInterner()
      #expect(throws: RecordDecoder.GiveUp.self) {
        try Array(line.utf8).withUnsafeBufferPointer { try RecordDecoder.decode($0, interner: &interner) }
      }
    }
    // The third is still valid for the reference (a string value), so it loads; the first two do not.
    #expect((try? RecordCodec.decode(JSONParser.parse(lines[2]))) != nil)
    if case .failure(let why) = DataFileParser.decodeLine(Array(lines[0].utf8)[...]) {
      #expect(why.contains("colour"))
    } else {
      Issue.record("an unknown member must be refused")
    }
  }

  @Test func journalLinesRoundTrip() throws {
    let id = OpportunityID(rawValue: "abcd1234")!
    let commands: [Command] = [
      .create(Fixture.opportunity("abcd1234", "T")),
      .set(id, [FieldChange(.title, .string("N"), expected: .string("T")), FieldChange(.deadline, .null)]),
      .move(
        id, entry: HistoryEntry(from: "identified", to: "won", at: Fixture.t0, by: "L", note: "yes"),
        awarded: Money(5, "USD")),
      .unmove(
        id, entry: HistoryEntry(from: "identified", to: "won", at: Fixture.t0, by: "L", note: "yes"),
        awarded: nil),
      .note(id, Note(at: Fixture.t0, by: "L", text: "n")),
      .unnote(id, Note(at: Fixture.t0, by: "L", text: "n")),
      .delete(id),
    ]
    for c in commands {
      let e = JournalEntry(at: Fixture.t0, by: "L", commands: [c])
      #expect(try JournalCodec.decode(JSONParser.parse(JSONWriter.line(JournalCodec.encode(e)))) == e)
    }
    let batch = JournalEntry(at: Fixture.t0, by: "L", commands: Array(commands.prefix(3)))
    #expect(try JournalCodec.decode(JSONParser.parse(JSONWriter.line(JournalCodec.encode(batch)))) == batch)
  }
}
