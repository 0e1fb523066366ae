import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

/// Reviewing a record a merge flagged `is:conflict`: which fields are pending, the `resolve`
/// command that decides them (undoable, written to the journal), and what `show` says.
@Suite struct ConflictResolveTests {
  let t1 = Timestamp(iso: "2026-11-02T09:00:00Z")!
  let t2 = Timestamp(iso: "2026-11-02T10:00:00Z")!
  let t3 = Timestamp(iso: "2026-11-03T08:00:00Z")!

  /// A record both copies changed: title and amount differ; theirs is later and wins.
  func flagged() -> Opportunity {
    var mine = Fixture.opportunity("conf0001", "Mine title")
    mine.amount = Money(100, "EUR")
    mine.updated = t1
    var theirs = mine
    theirs.title = "Their title"
    theirs.amount = Money(250, "USD")
    theirs.stage = .preparing
    theirs.updated = t2
    return RecordMerge.merge(base: nil, ours: mine, theirs: theirs)
  }

  @Test func pendingListsEachFieldBothCopiesChangedWithBothValues() {
    let o = flagged()
    #expect(o.conflict)
    let p = Conflicts.pending(o)
    #expect(Set(p.map(\.field)) == ["title", "amount", "stage"])
    let title = p.first { $0.field == "title" }
    #expect(title?.kept == "Their title" && title?.other == "Mine title")
    let amount = p.first { $0.field == "amount" }
    #expect(amount?.kept == "250 USD" && amount?.other == "100 EUR")
    // Not flagged: nothing pending, whatever the history says.
    var clear = o
    clear.conflict = false
    #expect(Conflicts.pending(clear).isEmpty)
  }

  @Test func resolvingEveryFieldClearsTheFlagAndUndoPutsItBack() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Database(path: path, user: "Ana", lockTimeout: 1, clock: Fixture.clock(t3))
    let o = flagged()
    try db.perform(.create(o))
    // One field decided: the flag stays, the others are still pending.
    try db.perform(.resolve(o.id, [Conflicts.Choice(field: "title", value: "Mine title")]))
    var now = try #require(db.store[o.id])
    #expect(now.title == "Mine title" && now.conflict)
    #expect(Set(Conflicts.pending(now).map(\.field)) == ["amount", "stage"])
    let entry = now.history.last
    #expect(entry?.note == Conflicts.resolvedNote && entry?.field == "title" && entry?.by == "Ana")
    // The rest: the other amount, the current stage.
    try db.perform(
      .resolve(
        o.id,
        [
          Conflicts.Choice(field: "amount", value: "100 EUR"),
          Conflicts.Choice(field: "stage", value: "preparing"),
        ]))
    now = try #require(db.store[o.id])
    #expect(now.amount == Money(100, "EUR") && now.stage == .preparing && !now.conflict)
    #expect(Conflicts.pending(now).isEmpty)
    #expect(
      db.store.filter(
        try Query.parse("is:conflict"),
        context: QueryContext(today: CalendarDate(year: 2026, month: 11, day: 3)!)
      ).isEmpty)
    // The file says the same when read again: the journal line round-trips.
    let again = try Database(path: path, user: "x", lockTimeout: 1, clock: Fixture.clock(t3))
    #expect(again.store[o.id] == now)
    // Undo restores the flag and the value.
    _ = try db.undo()
    now = try #require(db.store[o.id])
    #expect(now.conflict && now.amount == Money(250, "USD"))
    _ = try db.undo()
    #expect(db.store[o.id] == o)
    _ = try db.redo()
    #expect(db.store[o.id]?.title == "Mine title")
  }

  @Test func resolveJournalLineRoundTrips() throws {
    let c = Command.resolve(
      OpportunityID(rawValue: "conf0001")!,
      [
        Conflicts.Choice(field: "title", value: "A \"quoted\" title"),
        Conflicts.Choice(field: "stage", value: "won"),
      ])
    let e = JournalEntry(at: t3, by: "Ana", commands: [c])
    let line = JSONWriter.line(JournalCodec.encode(e))
    #expect(line.contains(#""op":"resolve""#))
    #expect(try JournalCodec.decode(JSONParser.parse(line)) == e)
    var bytes: [UInt8] = []
    JournalCodec.append(e, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == line)
    // A line without fields is refused with a clear message.
    #expect(throws: RecordError.self) {
      try JournalCodec.decode(
        JSONParser.parse(#"{"at":"2026-11-03T08:00:00Z","by":"a","op":"resolve","id":"conf0001"}"#))
    }
  }

  @Test func resolvingWhatIsNotPendingIsRefusedAndChangesNothing() throws {
    var store = OpportunityStore([flagged()])
    let id = OpportunityID(rawValue: "conf0001")!
    let before = store[id]
    for choices in [
      [Conflicts.Choice(field: "funder", value: "x")],  // not in conflict
      [Conflicts.Choice(field: "stage", value: "nonsense")],  // not a stage
      [Conflicts.Choice(field: "amount", value: "lots EUR")],  // not an amount
      [],  // nothing decided while fields are pending
      [Conflicts.Choice(field: "title", value: "a"), Conflicts.Choice(field: "title", value: "b")],  // twice
    ] {
      #expect(throws: CommandError.self) { try store.apply(Change(.resolve(id, choices), at: t3, by: "a")) }
      #expect(store[id] == before)
    }
    // Not flagged at all.
    var plain = Fixture.opportunity("conf0002", "Plain")
    plain.updated = t1
    store.upsert(plain)
    #expect(throws: CommandError.self) { try store.apply(Change(.resolve(plain.id, []), at: t3, by: "a")) }
  }

  @Test func aDecisionIsDatedAfterItsConflictSoAMergeKeepsItAfter() throws {
    // The later copy's title sorts before the earlier one's as text.
    var mine = Fixture.opportunity("conf0004", "Zeta call")
    mine.updated = t1
    var theirs = mine
    theirs.title = "Alpha call"
    theirs.updated = t2
    let flagged = RecordMerge.merge(base: nil, ours: mine, theirs: theirs)
    var store = OpportunityStore([flagged])
    // Decided on a clock behind the copy that won (t1 < t2), keeping the current value.
    try store.apply(
      Change(.resolve(mine.id, [Conflicts.Choice(field: "title", value: "Alpha call")]), at: t1, by: "a"))
    let o = try #require(store[mine.id])
    #expect(!o.conflict && o.title == "Alpha call")
    #expect(o.history.last?.note == Conflicts.resolvedNote && o.history.last?.at == t2.adding(seconds: 1))
    // Merged with the flagged copy it came from (history unioned in time order, ties by
    // text): the decision stays after the conflict, nothing is pending again.
    var again = RecordMerge.merge(base: flagged, ours: o, theirs: flagged)
    again.conflict = true
    #expect(Conflicts.pending(again).isEmpty)
  }

  @Test func aFlagWithNothingPendingIsClearedByAnEmptyResolve() throws {
    var o = Fixture.opportunity("conf0003", "Deleted on one side, edited on the other")
    o.conflict = true
    var store = OpportunityStore([o])
    try store.apply(Change(.resolve(o.id, []), at: t3, by: "a"))
    #expect(store[o.id]?.conflict == false)
  }

  @Test func showListsThePendingConflicts() {
    let lines = DetailText.lines(flagged(), today: CalendarDate(year: 2026, month: 11, day: 3)!, width: 100)
    #expect(lines.contains(Strings.detailConflict))
    #expect(lines.contains { $0.contains("Mine title") && $0.contains("Their title") })
  }
}
