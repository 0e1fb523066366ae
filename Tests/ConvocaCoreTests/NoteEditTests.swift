import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

/// Notes can be edited or deleted by their author: the change goes to the journal as an
/// `editnote` line, is kept in the history (field `note`) and is undoable; someone else's
/// note, a bad number or an unchanged text is refused and changes nothing.
@Suite struct NoteEditTests {
  let id = OpportunityID(rawValue: "note0001")!
  let t0 = Timestamp(iso: "2026-11-02T09:00:00Z")!
  let t1 = Timestamp(iso: "2026-11-03T09:00:00Z")!

  func open(_ path: String, _ user: String = "Laura", at t: Timestamp? = nil) throws -> Database {
    try Database(path: path, user: user, lockTimeout: 1, clock: Fixture.clock(t ?? t1))
  }

  func record() -> Opportunity {
    var o = Fixture.opportunity("note0001", "CAF")
    o.notes = [
      Note(at: t0, by: "Laura", text: "Called the NCP"), Note(at: t0, by: "Ana", text: "Budget sent"),
      Note(at: t0, by: "laura ", text: "Second"),
    ]
    return o
  }

  @Test func theAuthorEditsANoteKeptInHistoryAndUndoable() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try open(path)
    try db.perform(.create(record()))
    let before = try #require(db.store[id])
    try db.perform(try Pipeline.editNote(before, number: 1, text: "  Called the NCP twice ", by: "Laura"))
    let after = try #require(db.store[id])
    #expect(after.notes[0] == Note(at: t0, by: "Laura", text: "Called the NCP twice"))
    #expect(after.notes.count == 3)
    let entry = HistoryEntry(
      field: "note", from: "Called the NCP", to: "Called the NCP twice", at: t1, by: "Laura")
    #expect(after.history == [entry])
    // The journal keeps it.
    #expect(Fixture.text(path).contains("\"op\":\"editnote\""))
    #expect(try open(path, "x").store[id] == after)
    try db.undo()
    #expect(db.store[id]?.notes == before.notes)
    #expect(db.store[id]?.history == [])
    #expect(try open(path, "x").store[id]?.notes == before.notes)
    try db.redo()
    #expect(db.store[id]?.notes[0].text == "Called the NCP twice")
    #expect(db.store[id]?.history.map(\.field) == ["note"])
  }

  @Test func theAuthorDeletesANoteAndUndoPutsItBackInPlace() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try open(path)
    try db.perform(.create(record()))
    let before = try #require(db.store[id])
    // Names compare as owner:me does: "laura " is Laura.
    try db.perform(try Pipeline.deleteNote(before, number: 3, by: "Laura"))
    try db.perform(try Pipeline.deleteNote(try #require(db.store[id]), number: 1, by: "Laura"))
    #expect(db.store[id]?.notes.map(\.text) == ["Budget sent"])
    #expect(db.store[id]?.history.map(\.to) == ["", ""])
    #expect(db.store[id]?.history.map(\.from) == ["Second", "Called the NCP"])
    #expect(try open(path, "x").store[id]?.notes.map(\.text) == ["Budget sent"])
    try db.undo()
    try db.undo()
    #expect(db.store[id]?.notes == before.notes)
    #expect(db.store[id]?.history == [])
    #expect(try open(path, "x").store[id] == db.store[id])
  }

  @Test func someoneElsesNoteABadNumberOrNoChangeIsRefused() throws {
    let o = record()
    #expect(throws: CommandError.self) { try Pipeline.editNote(o, number: 2, text: "mine now", by: "Laura") }
    #expect(throws: CommandError.self) { try Pipeline.deleteNote(o, number: 2, by: "Laura") }
    for n in [0, 4, -1] {
      #expect(throws: CommandError.self) { try Pipeline.deleteNote(o, number: n, by: "Laura") }
    }
    #expect(throws: CommandError.self) {
      try Pipeline.editNote(o, number: 1, text: "Called the NCP", by: "Laura")
    }
    #expect(throws: CommandError.self) { try Pipeline.editNote(o, number: 1, text: "  ", by: "Laura") }
    var none = o
    none.notes = []
    #expect(throws: CommandError.self) { try Pipeline.deleteNote(none, number: 1, by: "Laura") }
    do {
      _ = try Pipeline.deleteNote(o, number: 2, by: "Laura")
    } catch { #expect(error.message.contains("Ana")) }
    #expect(!NoteEdit.isAuthor("", of: ""))
    #expect(NoteEdit.isAuthor("Gómez", of: "gomez"))
  }

  @Test func editNoteRoundTripsThroughTheJournalCodec() throws {
    let n = Note(at: t0, by: "L", text: "a\nb")
    let e = HistoryEntry(field: "note", from: "a", to: "", at: t1, by: "L")
    for c in [
      Command.editNote(id, NoteEdit(old: n, new: nil)),
      .editNote(id, NoteEdit(old: nil, new: n, retracts: e, index: 2)),
      .editNote(id, NoteEdit(old: n, new: Note(at: t0, by: "L", text: "c"))),
    ] {
      let line = JournalCodec.encode(JournalEntry(at: t1, by: "L", commands: [c]))
      #expect(try JournalCodec.decode(line).commands == [c])
    }
    let empty = JSONValue.object([
      ("at", .string(t1.description)), ("by", .string("L")), ("op", .string("editnote")),
      ("id", .string(id.rawValue)), ("old", .null), ("new", .null),
    ])
    #expect(throws: RecordError.self) { try JournalCodec.decode(empty) }
  }

  @Test func showNumbersTheNotes() {
    let lines = DetailText.lines(record(), today: CalendarDate(iso: "2026-11-03")!, width: 80)
    #expect(lines.contains { $0.hasPrefix("  1. 2026-11-02") })
    #expect(lines.contains { $0.hasPrefix("  3. 2026-11-02") })
  }
}
