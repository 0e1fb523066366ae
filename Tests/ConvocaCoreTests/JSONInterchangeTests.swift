import Foundation
import PropertyBased
import Testing

@testable import ConvocaCore

/// `export --format json` and its import: exact round trips into an empty file, merges by id
/// into a file that has the records (`RecordMerge`), and every bad shape refused.
@Suite struct JSONInterchangeTests {
  static let t1 = Timestamp(iso: "2026-11-02T10:00:00Z")!
  static let t2 = Timestamp(iso: "2026-11-03T10:00:00Z")!

  static func team(_ g: inout SeededGenerator) -> TeamData {
    var team = TeamData()
    for _ in 0..<g.int(0...8) {
      let c = Gens.teamChange(&g, valid: team)
      _ = try? team.apply(c)
    }
    return team
  }

  // MARK: - Round trip

  @Test func exportThenImportIntoAnEmptyFileGivesTheSameData() async {
    let gen = Property.gen { g in (Gens.records(&g, g.int(0...6)), Self.team(&g)) }
    await Property.check("json export round trip", count: Property.cases(120, scale: 0.5), gen) { pair in
      let (records, team) = pair
      let bytes = JSONExport.bytes(records, team: team)
      #expect(JSONImport.looksLikeExport(bytes))
      let doc = try JSONImport.read(bytes)
      try ensureEqual(doc.records, records, "records read back")
      var back = TeamData()
      for c in doc.team { _ = try back.apply(c) }
      try ensureEqual(back, team.compacted, "team read back")
      // Through a real file: one undoable change, then the file read afresh.
      let dir = TempDir()
      let db = try Fixture.database(dir.file())
      let plan = JSONImport.plan(doc, into: db.store)
      try ensureEqual(plan.added.count, records.count, "all added")
      if !plan.commands.isEmpty { _ = try db.perform(plan.commands, asGiven: true) }
      let reread = try Fixture.database(dir.file())
      try ensureEqual(
        reread.store.records.sorted { $0.id < $1.id }, records.sorted { $0.id < $1.id }, "records")
      try ensureEqual(reread.store.team.compacted, team.compacted, "team")
      // And the export of the imported file is the same document.
      let again = JSONExport.bytes(reread.store.records.sorted { $0.id < $1.id }, team: reread.store.team)
      try ensureEqual(again, JSONExport.bytes(records.sorted { $0.id < $1.id }, team: team), "export bytes")
    }
  }

  @Test func importIsOneUndoableChangeAndAReimportChangesNothing() throws {
    let dir = TempDir()
    let db = try Fixture.database(dir.file())
    var a = Fixture.opportunity("aaaa0001", "Becas Chevening")
    a.notes = [Note(at: Fixture.t0, by: "Ana", text: "first")]
    a.history = [HistoryEntry(from: "identified", to: "preparing", at: Self.t1, by: "Ana")]
    a.stage = .preparing
    let b = Fixture.opportunity("aaaa0002", "Premio Ciudad")
    let bytes = JSONExport.bytes([a, b], team: TeamData())
    let plan = JSONImport.plan(try JSONImport.read(bytes), into: db.store)
    _ = try db.perform(plan.commands, asGiven: true)
    #expect(db.store.count == 2)
    #expect(db.store[a.id] == a)
    let again = JSONImport.plan(try JSONImport.read(bytes), into: db.store)
    #expect(again.commands.isEmpty)
    #expect(again.unchanged == 2)
    _ = try db.undo()
    #expect(db.store.count == 0)
  }

  // MARK: - Merging into a file that has the records

  @Test func aRecordChangedOnBothSidesTakesTheLaterValueKeepsTheOtherAndIsFlagged() throws {
    let dir = TempDir()
    let db = try Fixture.database(dir.file())
    var mine = Fixture.opportunity("aaaa0001", "Becas Chevening")
    mine.funder = "FCDO"
    mine.tags = ["uk"]
    mine.notes = [Note(at: Fixture.t0, by: "Ana", text: "shared")]
    _ = try db.perform(.create(mine))
    var theirs = mine
    theirs.title = "Chevening Scholarships 2027"
    theirs.tags = ["uk", "becas"]
    theirs.updated = Self.t2
    theirs.notes.append(Note(at: Self.t1, by: "Carlos", text: "from the export"))
    // Ours changed the funder too, earlier than their change.
    _ = try db.perform(.set(mine.id, [FieldChange(.funder, .string("British Council"))]))
    let doc = try JSONImport.read(JSONExport.bytes([theirs], team: TeamData()))
    let plan = JSONImport.plan(doc, into: db.store)
    #expect(plan.updated == [mine.id])
    #expect(plan.conflicted == [mine.id])
    _ = try db.perform(plan.commands, asGiven: true)
    let merged = try #require(db.store[mine.id])
    #expect(merged.title == "Chevening Scholarships 2027")  // the later side
    #expect(merged.funder == "FCDO")  // theirs is later: their value wins…
    #expect(merged.conflict)
    // …and ours is kept in the history, marked as a conflict.
    let kept = merged.history.filter { $0.note == RecordMerge.conflictNote }
    #expect(kept.contains { $0.field == "funder" && $0.from == "British Council" && $0.to == "FCDO" })
    #expect(merged.tags == ["becas", "uk"])
    #expect(merged.notes.map(\.text) == ["shared", "from the export"])
    #expect(
      db.store.filter(
        try Query.parse("is:conflict"),
        context: QueryContext(today: CalendarDate(year: 2026, month: 12, day: 1)!)
      ).count == 1)
    // One undoable change: the record as it was.
    _ = try db.undo()
    #expect(db.store[mine.id]?.title == "Becas Chevening")
    #expect(db.store[mine.id]?.conflict == false)
  }

  @Test func threeWayRulesFieldsNotesHistoryAndTags() {
    var base = Fixture.opportunity("aaaa0001", "Title")
    base.tags = ["a", "b", "c"]
    base.notes = [Note(at: Fixture.t0, by: "x", text: "base")]
    var ours = base
    ours.funder = "Ours funder"  // only ours changed it
    ours.tags = ["a", "c", "d"]  // removed b, added d
    ours.notes.append(Note(at: Self.t2, by: "x", text: "ours later"))
    ours.updated = Self.t1
    var theirs = base
    theirs.owner = "Carlos"  // only theirs changed it
    theirs.tags = ["a", "b", "e"]  // removed c, added e
    theirs.notes.append(Note(at: Self.t1, by: "y", text: "theirs earlier"))
    theirs.history.append(HistoryEntry(from: "identified", to: "preparing", at: Self.t1, by: "y"))
    theirs.stage = .preparing
    theirs.updated = Self.t2
    let m = RecordMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(m.funder == "Ours funder")
    #expect(m.owner == "Carlos")
    #expect(m.stage == .preparing)
    #expect(m.tags == ["a", "d", "e"])
    #expect(m.notes.map(\.text) == ["base", "theirs earlier", "ours later"])
    #expect(m.history.count == 1)
    #expect(!m.conflict)
    #expect(m.updated == Self.t2)
    // Whichever side is "ours", the result is the same.
    #expect(RecordMerge.merge(base: base, ours: theirs, theirs: ours) == m)
  }

  /// A copy that resolved a conflict since the base is not flagged again by a merge with a copy
  /// that did not touch the record.
  @Test func aResolvedConflictStaysResolvedAcrossAMerge() {
    var base = Fixture.opportunity("aaaa0001", "Title")
    base.conflict = true
    var resolved = base
    resolved.conflict = false
    resolved.updated = Self.t2
    let untouched = base
    #expect(!RecordMerge.merge(base: base, ours: resolved, theirs: untouched).conflict)
    #expect(!RecordMerge.merge(base: base, ours: untouched, theirs: resolved).conflict)
    // Without a base the later copy decides, like any field; at the same time a flag stands.
    #expect(!RecordMerge.merge(base: nil, ours: untouched, theirs: resolved).conflict)
    var sameTime = resolved
    sameTime.updated = untouched.updated
    #expect(RecordMerge.merge(base: nil, ours: sameTime, theirs: untouched).conflict)
    #expect(RecordMerge.merge(base: nil, ours: untouched, theirs: sameTime).conflict)
  }

  @Test func mergeIsTheSameWhicheverSideIsOurs() async {
    let gen = Property.gen { g -> (Opportunity, Opportunity, Opportunity) in
      let id = Gens.id(&g)
      let base = Gens.opportunity(&g, id: id)
      func edit(_ g: inout SeededGenerator) -> Opportunity {
        var o = base
        for f in Field.allCases where f != .source && g.chance(0.25) {
          try? f.set(Gens.fieldValue(&g, f), in: &o)
        }
        if g.chance(0.2) { o.stage = g.pick(Stage.allCases) }
        if g.chance(0.3) { o.notes.append(Gens.note(&g)) }
        if g.chance(0.2) { o.history.append(Gens.history(&g)) }
        if g.chance(0.5) { o.updated = Gens.timestamp(&g) }
        return o
      }
      return (base, edit(&g), edit(&g))
    }
    await Property.check("merge commutes", count: Property.cases(300), gen) { triple in
      let (base, a, b) = triple
      try ensureEqual(
        RecordMerge.merge(base: base, ours: a, theirs: b), RecordMerge.merge(base: base, ours: b, theirs: a),
        "three-way")
      try ensureEqual(
        RecordMerge.merge(base: nil, ours: a, theirs: b), RecordMerge.merge(base: nil, ours: b, theirs: a),
        "two-way")
      // Merging a copy with itself, or with the base, changes nothing it did not change.
      try ensureEqual(RecordMerge.merge(base: base, ours: a, theirs: a), a, "same both sides")
      try ensureEqual(RecordMerge.merge(base: base, ours: a, theirs: base).conflict, a.conflict, "one side")
    }
  }

  @Test func teamLinesMergeByNameAndDateAndNeverMixCurrencies() throws {
    var mine = TeamData()
    _ = try mine.apply(.reporting("COP"))
    _ = try mine.apply(
      .rate(
        "EUR", ExchangeRate(currency: "EUR", rate: 4400, date: CalendarDate(year: 2026, month: 11, day: 1)!)))
    var theirs = mine
    _ = try theirs.apply(
      .rate(
        "EUR", ExchangeRate(currency: "EUR", rate: 4420, date: CalendarDate(year: 2026, month: 12, day: 1)!)))
    _ = try theirs.apply(.view("Mine", SavedView(name: "Mine", query: "owner:me")))
    var store = OpportunityStore()
    store.team = mine
    let plan = JSONImport.plan(try JSONImport.read(JSONExport.bytes([], team: theirs)), into: store)
    #expect(plan.teamChanged == 2)  // the newer rate and the view
    // An export in another reporting currency keeps its rates out.
    var usd = TeamData()
    _ = try usd.apply(.reporting("USD"))
    _ = try usd.apply(
      .rate(
        "EUR", ExchangeRate(currency: "EUR", rate: 1.1, date: CalendarDate(year: 2026, month: 12, day: 2)!)))
    let other = JSONImport.plan(try JSONImport.read(JSONExport.bytes([], team: usd)), into: store)
    #expect(other.teamChanged == 0)
    #expect(other.teamKept.count == 2)
  }

  // MARK: - Bad input

  @Test(arguments: [
    ("", "not JSON"),
    ("{\"format\":\"convoca-export\",\"version\":2,\"records\":[\n{\"id\":\"a\"", "line 2"),
    ("[1,2,3]", "not a Convoca JSON export"),
    ("{\"format\":\"other\",\"version\":2,\"records\":[]}", "not a Convoca JSON export"),
    ("{\"format\":\"convoca-export\",\"version\":9,\"records\":[]}", "version 9"),
    ("{\"format\":\"convoca-export\",\"version\":2,\"records\":{}}", "\"records\" array"),
    ("{\"format\":\"convoca-export\",\"version\":2,\"records\":[{\"id\":\"a\"}]}", "record 1 (id a)"),
    (
      "{\"format\":\"convoca-export\",\"version\":2,\"records\":[{\"id\":\"a\",\"title\":\"x\",\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\"},{\"id\":\"a\",\"title\":\"y\",\"created\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:00:00Z\"}]}",
      "appears twice"
    ),
    (
      "{\"format\":\"convoca-export\",\"version\":2,\"records\":[],\"team\":[{\"rate\":\"EUR\"}]}",
      "team line 1"
    ),
    ("{\"format\":\"convoca-export\",\"version\":2,\"records\":[],\"team\":{}}", "team"),
  ])
  func badExportsAreRefusedWithWhereAndWhy(_ text: String, _ says: String) {
    #expect {
      _ = try JSONImport.read(Array(text.utf8))
    } throws: { error in
      guard let f = error as? JSONImport.Failure else { return false }
      return f.message.contains(says)
    }
  }
}
