import Foundation
import Testing

@testable import ConvocaCore

/// `FileMerge`: three whole data files merged record by record (what `convoca merge-driver`
/// does for git), each rule and each refusal.
@Suite struct FileMergeTests {
  static let t1 = Timestamp(iso: "2026-11-02T10:00:00Z")!
  static let t2 = Timestamp(iso: "2026-11-03T10:00:00Z")!
  static let day1 = CalendarDate(year: 2026, month: 11, day: 1)!
  static let day2 = CalendarDate(year: 2026, month: 11, day: 2)!

  static func file(_ records: [Opportunity], team: TeamData = TeamData()) -> [UInt8] {
    var s = OpportunityStore(records)
    s.team = team
    return FileMerge.canonicalBytes(s)
  }

  static func store(_ bytes: [UInt8]) -> OpportunityStore {
    let p = DataFileParser.parse(bytes)
    #expect(p.problem == nil)
    #expect(p.journalLines == 0)
    return p.store
  }

  static func merged(_ o: [UInt8], _ a: [UInt8], _ b: [UInt8]) throws -> OpportunityStore {
    let ab = try FileMerge.merge(base: o, ours: a, theirs: b)
    let ba = try FileMerge.merge(base: o, ours: b, theirs: a)
    #expect(ab == ba, "the result must not depend on which side is ours")
    return store(ab)
  }

  static let one = Fixture.opportunity("aaaa0001", "One")
  static let two = Fixture.opportunity("aaaa0002", "Two")
  static func id(_ s: String) -> OpportunityID { OpportunityID(rawValue: s)! }

  // MARK: - Records

  @Test func differentRecordsEditedOnEachSideBothKept() throws {
    var a1 = Self.one
    a1.funder = "Ours"
    a1.updated = Self.t1
    var b2 = Self.two
    b2.owner = "Carlos"
    b2.updated = Self.t2
    let s = try Self.merged(
      Self.file([Self.one, Self.two]), Self.file([a1, Self.two]), Self.file([Self.one, b2]))
    #expect(s[Self.one.id] == a1)
    #expect(s[Self.two.id] == b2)
  }

  @Test func differentFieldsOfOneRecordMergeAndTheSameFieldIsFlagged() throws {
    var a = Self.one
    a.funder = "Ours"
    a.program = "P-ours"
    a.updated = Self.t1
    var b = Self.one
    b.owner = "Carlos"
    b.program = "P-theirs"
    b.updated = Self.t2
    let r = try #require(try Self.merged(Self.file([Self.one]), Self.file([a]), Self.file([b]))[Self.one.id])
    #expect(r.funder == "Ours" && r.owner == "Carlos")
    #expect(r.program == "P-theirs")  // the later change wins…
    #expect(r.conflict)  // …the record is flagged…
    #expect(
      r.history.contains {
        $0.field == "program" && $0.from == "P-ours" && $0.note == RecordMerge.conflictNote
      })
  }

  @Test func addedOnOneSideIsKept() throws {
    let s = try Self.merged(Self.file([Self.one]), Self.file([Self.one, Self.two]), Self.file([Self.one]))
    #expect(s.count == 2 && s[Self.two.id] == Self.two)
  }

  @Test func addedOnBothSidesWithoutBaseIsMerged() throws {
    var a = Self.two
    a.funder = "F"
    var b = Self.two
    b.owner = "O"
    let r = try Self.merged(Self.file([]), Self.file([a]), Self.file([b]))[Self.two.id]
    #expect(r?.funder == "F" && r?.owner == "O")
  }

  @Test func deletedOnOneSideUnchangedOnTheOtherIsGone() throws {
    let s = try Self.merged(
      Self.file([Self.one, Self.two]), Self.file([Self.two]), Self.file([Self.one, Self.two]))
    #expect(s[Self.one.id] == nil && s.count == 1)
  }

  @Test func deletedOnOneSideEditedOnTheOtherIsKeptAndFlagged() throws {
    var b = Self.one
    b.funder = "Edited"
    b.updated = Self.t1
    let s = try Self.merged(
      Self.file([Self.one, Self.two]), Self.file([Self.two]), Self.file([b, Self.two]))
    let r = try #require(s[Self.one.id])
    #expect(r.funder == "Edited")
    #expect(r.conflict)
    #expect(
      r.history.contains {
        $0.field == "record" && $0.from == FileMerge.deletedNote && $0.note == RecordMerge.conflictNote
      })
    let q = try Query.parse("is:conflict")
    #expect(s.filter(q, context: QueryContext(today: Self.day2)).count == 1)
  }

  @Test func deletedOnBothSidesIsGone() throws {
    let s = try Self.merged(Self.file([Self.one, Self.two]), Self.file([Self.two]), Self.file([Self.two]))
    #expect(s.count == 1 && s[Self.one.id] == nil)
  }

  @Test func journalLinesInAnInputAreApplied() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fm-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/d.jsonl"
    Fixture.write(path, String(decoding: Self.file([Self.one]), as: UTF8.self))
    let db = try Fixture.database(path)
    _ = try db.perform(.note(Self.one.id, Note(at: Self.t1, by: "ana", text: "from the journal")))
    let ours = Fixture.bytes(path)
    #expect(DataFileParser.parse(ours).journalLines > 0)
    let out = try FileMerge.merge(base: Self.file([Self.one]), ours: ours, theirs: Self.file([Self.one]))
    #expect(Self.store(out)[Self.one.id]?.notes.map(\.text) == ["from the journal"])
  }

  // MARK: - The result

  @Test func resultIsCanonicalCompactedAndPassesCheck() throws {
    var a = Self.one
    a.funder = "X"
    a.updated = Self.t1
    let out = try FileMerge.merge(
      base: Self.file([Self.one]), ours: Self.file([a]), theirs: Self.file([Self.two]))
    let s = Self.store(out)
    #expect(FileMerge.canonicalBytes(s) == out)  // a fixed point: already canonical
    #expect(!String(decoding: out, as: UTF8.self).contains("<<<<<<<"))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fm-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    Fixture.write(dir + "/d.jsonl", String(decoding: out, as: UTF8.self))
    let check = FileCheck.run(path: dir + "/d.jsonl")
    #expect(check.isSound, "\(check.problems)")
    #expect(check.records == 2 && check.journalLines == 0)
    #expect(
      Fixture.isHeader(String(decoding: out, as: UTF8.self).split(separator: "\n").first.map(String.init)))
  }

  // MARK: - Team data

  @Test func ratesByCurrencyOneSideOrTheLaterDate() throws {
    var base = TeamData()
    base.reportingCurrency = "COP"
    base.rates["EUR"] = ExchangeRate(currency: "EUR", rate: 4000, date: Self.day1)
    base.rates["USD"] = ExchangeRate(currency: "USD", rate: 3900, date: Self.day1)
    base.rates["GBP"] = ExchangeRate(currency: "GBP", rate: 5000, date: Self.day1)
    var a = base
    a.rates["EUR"] = ExchangeRate(currency: "EUR", rate: 4100, date: Self.day2)  // later
    a.rates["USD"] = ExchangeRate(currency: "USD", rate: 3950, date: Self.day1)  // only ours
    a.rates["GBP"] = nil  // removed on one side, unchanged on the other
    var b = base
    b.rates["EUR"] = ExchangeRate(currency: "EUR", rate: 4050, date: Self.day1)
    let t = try Self.merged(Self.file([], team: base), Self.file([], team: a), Self.file([], team: b)).team
    #expect(t.rates["EUR"]?.rate == 4100)
    #expect(t.rates["USD"]?.rate == 3950)
    #expect(t.rates["GBP"] == nil)
    #expect(t.reportingCurrency == "COP")
  }

  @Test func viewsByNameBothChangedKeepsBothUnderTwoNames() throws {
    var base = TeamData()
    base.views[SavedView(name: "Mine", query: "").key] = SavedView(name: "Mine", query: "owner:ana")
    var a = base
    a.views[SavedView(name: "Mine", query: "").key] = SavedView(name: "Mine", query: "owner:ana is:open")
    a.views[SavedView(name: "New", query: "").key] = SavedView(name: "New", query: "tag:x")
    var b = base
    b.views[SavedView(name: "Mine", query: "").key] = SavedView(name: "Mine", query: "owner:carlos")
    let t = try Self.merged(Self.file([], team: base), Self.file([], team: a), Self.file([], team: b)).team
    #expect(Set(t.views.values.map(\.name)) == ["Mine", "Mine (2)", "New"])
    #expect(
      Set([t.view(named: "Mine")?.query, t.view(named: "Mine (2)")?.query]) == [
        "owner:ana is:open", "owner:carlos",
      ])
    // One side changed it, the other removed it: the change stands.
    var c = base
    c.views = [:]
    let t2 = try Self.merged(Self.file([], team: base), Self.file([], team: a), Self.file([], team: c)).team
    #expect(t2.view(named: "Mine")?.query == "owner:ana is:open")
    // Removed on one side, unchanged on the other: gone.
    let t3 = try Self.merged(Self.file([], team: base), Self.file([], team: base), Self.file([], team: c))
      .team
    #expect(t3.views.isEmpty)
  }

  @Test func standupsAreAUnionByTime() throws {
    let s0 = StandupRecord(at: Self.t1, by: "ana", since: Fixture.t0)
    var base = TeamData()
    base.standups = [s0]
    var a = base
    a.standups.append(StandupRecord(at: Self.t2, by: "ana", since: Self.t1))
    var b = base
    b.standups.append(
      StandupRecord(at: Timestamp(seconds: Self.t2.seconds + 60), by: "carlos", since: Self.t1))
    let t = try Self.merged(Self.file([], team: base), Self.file([], team: a), Self.file([], team: b)).team
    #expect(t.standups.map(\.by) == ["ana", "ana", "carlos"])
  }

  @Test func reportingCurrencyOneSideTakenBothDifferentlyRefused() throws {
    var a = TeamData()
    a.reportingCurrency = "EUR"
    var b = TeamData()
    b.reportingCurrency = "USD"
    let base = Self.file([])
    #expect(try Self.merged(base, Self.file([], team: a), base).team.reportingCurrency == "EUR")
    #expect(throws: FileMergeError.self) {
      try FileMerge.merge(base: base, ours: Self.file([], team: a), theirs: Self.file([], team: b))
    }
  }

  // MARK: - Refusals

  static func refuses(_ bad: [UInt8], _ input: String) {
    let good = Self.file([Self.one])
    let cases: [([UInt8], [UInt8], [UInt8], String)] = [
      (bad, good, good, "base"), (good, bad, good, "ours"), (good, good, bad, "theirs"),
    ]
    for (o, a, b, which) in cases {
      do {
        _ = try FileMerge.merge(base: o, ours: a, theirs: b)
        Issue.record("\(input) as \(which) was merged")
      } catch {
        #expect(error.input == which)
        #expect(error.description.hasPrefix(which + ": "))
      }
    }
  }

  @Test func refusesANonConvocaFile() {
    Self.refuses(Array("id,title\n1,x\n".utf8), "csv")
    Self.refuses(Array("<<<<<<< HEAD\n".utf8), "markers")
  }

  @Test func refusesANewerVersion() {
    Self.refuses(Array(#"{"format":"convoca","version":99}"#.utf8) + [0x0A], "newer")
  }

  @Test func refusesDamageInTheMiddle() {
    var lines = String(decoding: Self.file([Self.one, Self.two]), as: UTF8.self).split(separator: "\n").map(
      String.init)
    lines.insert("{\"id\":\"broken", at: 1)
    Self.refuses(Array((lines.joined(separator: "\n") + "\n").utf8), "damaged")
  }

  @Test func refusesATornLastLine() {
    Self.refuses(Self.file([Self.one]) + Array(#"{"id":"aaaa0002","ti"#.utf8), "torn")
  }

  @Test func aVersionOneInputMergesIntoTheCurrentVersion() throws {
    // A base written before team lines existed (version 1): read as it is, written as now.
    var lines = String(decoding: Self.file([Self.one]), as: UTF8.self).split(separator: "\n").map(String.init)
    lines[0] = #"{"format":"convoca","version":1}"#
    let old = Array((lines.joined(separator: "\n") + "\n").utf8)
    var a = Self.one
    a.owner = "Ana"
    a.updated = Self.t1
    let out = try FileMerge.merge(base: old, ours: Self.file([a]), theirs: old)
    #expect(DataFileParser.parse(out).version == FileHeader.currentVersion)
    #expect(Self.store(out)[Self.one.id]?.owner == "Ana")
  }

  @Test func anEmptySideIsAnEmptyFile() throws {
    let s = try Self.merged([], Self.file([Self.one]), [])
    #expect(s.count == 1)
  }
}
