import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

/// A changed deadline, amount or owner is kept in the record's history (as stage moves
/// are), survives the journal, reads well in the detail view, and its undo takes the entry
/// back.
@Suite struct FieldHistoryTests {
  let id = OpportunityID(rawValue: "hist0001")!
  let t0 = Timestamp(iso: "2026-11-02T09:00:00Z")!

  func open(_ path: String, _ user: String = "Laura") throws -> Database {
    try Database(path: path, user: user, lockTimeout: 1, clock: Fixture.clock(t0))
  }

  func record() -> Opportunity {
    var o = Fixture.opportunity("hist0001", "CAF")
    o.deadline = CalendarDate(iso: "2027-03-01")
    o.owner = "Ana"
    return o
  }

  @Test func deadlineAmountAndOwnerChangesAreKeptInHistoryAndUndoRemovesThem() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try open(path)
    try db.perform(.create(record()))
    let before = try #require(db.store[id])
    let changes = [
      FieldChange(.deadline, .string("2027-04-01")), FieldChange(.owner, .string("Laura")),
      FieldChange(.amount, .object([("value", .number("125000")), ("currency", .string("EUR"))])),
      FieldChange(.funder, .string("IDB")),
    ]
    let command = try #require(Pipeline.edit(before, changes))
    try db.perform(command)
    let expected = [
      HistoryEntry(field: "deadline", from: "2027-03-01", to: "2027-04-01", at: t0, by: "Laura"),
      HistoryEntry(field: "owner", from: "Ana", to: "Laura", at: t0, by: "Laura"),
      HistoryEntry(field: "amount", from: "", to: "125000 EUR", at: t0, by: "Laura"),
    ]
    #expect(db.store[id]?.history == expected)  // the funder is not logged
    // The journal keeps them: a fresh reader sees the same history.
    #expect(try open(path, "x").store[id]?.history == expected)
    try db.undo()
    #expect(db.store[id]?.history == [])
    #expect(db.store[id]?.deadline == before.deadline && db.store[id]?.owner == "Ana")
    #expect(try open(path, "x").store[id]?.history == [])
    try db.redo()
    #expect(db.store[id]?.history.map(\.field) == ["deadline", "owner", "amount"])
    #expect(try open(path, "x").store[id]?.history.count == 3)
  }

  @Test func aSetWithoutLogAsOlderVersionsWroteAddsNoEntry() throws {
    var store = OpportunityStore([record()])
    let line = JSONValue.object([
      ("op", .string("set")), ("id", .string("hist0001")), ("fields", .object([("owner", .string("Eva"))])),
      ("at", .string("2026-11-02T09:00:00Z")), ("by", .string("Eva")),
    ])
    let entry = try JournalCodec.decode(line)
    for c in entry.commands { try store.apply(Change(c, at: entry.at, by: entry.by)) }
    #expect(store[id]?.owner == "Eva" && store[id]?.history == [])
  }

  @Test func logAndRetractRoundTripThroughTheJournal() throws {
    let e = HistoryEntry(field: "owner", from: "Ana", to: "Eva", at: t0, by: "Eva")
    let c = Command.set(
      id, [FieldChange(.owner, .string("Ana"), expected: .string("Eva"), logged: true, retracts: e)])
    let line = JournalCodec.encode(c)
    #expect(line["log"] == .array([.string("owner")]))
    var full = line
    if case .object(var m) = full {
      m.append(("at", .string("2026-11-02T09:00:00Z")))
      full = .object(m)
    }
    #expect(try JournalCodec.decode(full).commands == [c])
  }

  @Test func anEditThatOverwritesSomeoneElsesOwnerKeepsOneEntryAndUndoTakesItBack() throws {
    var store = OpportunityStore([record()])
    // The editor saw "Ana", someone else wrote "Eva" meanwhile, the editor writes "Laura".
    try store.apply(Change(.set(id, [FieldChange(.owner, .string("Eva"))]), at: t0, by: "Eva"))
    let inverse = try store.apply(
      Change(
        .set(id, [FieldChange(.owner, .string("Laura"), expected: .string("Ana"), logged: true)]), at: t0,
        by: "Laura"))
    #expect(store[id]?.history.count == 1)
    #expect(store[id]?.history.first?.note == Strings.overwroteConcurrent)
    try store.apply(Change(inverse, at: t0, by: "Laura"))
    #expect(store[id]?.history == [] && store[id]?.owner == "Eva")
  }

  @Test func theDetailViewShowsTheChangeWithTheFieldLabelAndNoneForEmpty() {
    var o = record()
    o.history = [
      HistoryEntry(field: "amount", from: "", to: "125000 EUR", at: t0, by: "Laura"),
      HistoryEntry(field: "owner", from: "Ana\u{1b}[31m", to: "Eva", at: t0, by: "Eva"),
    ]
    let lines = DetailText.lines(o, today: CalendarDate(iso: "2026-11-02")!, width: 100)
    let amount = Strings.fieldLabel("amount") + ": " + Strings.historyNone + " → 125000 EUR"
    #expect(lines.contains { $0.contains(amount) }, "\(lines)")
    #expect(!lines.joined().contains("\u{1b}"))
  }
}
