import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

/// Undo is per field with expected values: it refuses, naming who and when, to put back a
/// value someone changed since, or to remove a record someone changed since. Two databases
/// on one file play two colleagues.
@Suite struct UndoConflictTests {
  let id = OpportunityID(rawValue: "undo0001")!
  let tA = Timestamp(iso: "2026-11-02T09:00:00Z")!
  let tB = Timestamp(iso: "2026-11-02T09:05:00Z")!

  func open(_ path: String, _ user: String, _ t: Timestamp) throws -> Database {
    try Database(path: path, user: user, lockTimeout: 1, clock: Fixture.clock(t))
  }

  func conflict(_ body: () throws -> Void) -> UndoConflict? {
    do { try body() } catch let DatabaseError.changedSince(c) { return c } catch { return nil }
    return nil
  }

  @Test func undoingAnAddThatOthersNotedIsRefusedAndKeepsTheirNote() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try open(path, "Laura", tA)
    try a.perform(.create(Fixture.opportunity("undo0001", "CAF")))
    let b = try open(path, "Ana", tB)
    try b.perform(try Pipeline.note(b.store[id]!, "called them", at: tB, by: "Ana"))
    let c = conflict { try a.undo() }
    #expect(c?.by == "Ana" && c?.at == tB && c?.removesRecord == true && c?.part == "notes")
    // The message names who, what and when (in English: "can't undo adding undo0001: Ana
    // changed its notes at 2026-11-02T09:05:00Z; nothing was undone").
    let text = DatabaseError.changedSince(c!).description
    #expect(text == Strings.undoConflict(c!))
    for part in ["undo0001", "Ana", Strings.fieldLabel("notes"), "2026-11-02T09:05:00Z"] {
      #expect(text.contains(part), "\(text)")
    }
    let file = try open(path, "x", tB).store[id]
    #expect(file?.notes.map(\.text) == ["called them"])
    #expect(a.store[id]?.notes.count == 1)
    #expect(a.canUndo)  // still there: nothing was undone
  }

  @Test func undoingAnAddThatOthersEditedOrMovedIsRefused() throws {
    for other in [
      Command.set(id, [FieldChange(.funder, .string("IDB"))]),
      try Pipeline.move(Fixture.opportunity("undo0001", "CAF"), to: .preparing, at: tB, by: "Ana"),
    ] {
      let dir = TempDir()
      let path = dir.file()
      let a = try open(path, "Laura", tA)
      try a.perform(.create(Fixture.opportunity("undo0001", "CAF")))
      try open(path, "Ana", tB).perform(other)
      #expect(conflict { try a.undo() }?.by == "Ana")
      #expect(try open(path, "x", tB).store[id] != nil)
    }
  }

  @Test func undoingAnAddNobodyTouchedRemovesIt() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try open(path, "Laura", tA)
    try a.perform(.create(Fixture.opportunity("undo0001", "CAF")))
    try a.perform(.set(id, [FieldChange(.funder, .string("CAF"))]))
    try a.undo()
    try a.undo()
    #expect(try open(path, "x", tB).store[id] == nil)
  }

  @Test func undoingATitleSomeoneElseChangedSinceIsRefusedNamingThem() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try open(path, "Laura", tA)
    try a.perform(.create(Fixture.opportunity("undo0001", "CAF")))
    try a.perform(.set(id, [FieldChange(.title, .string("From Laura"), expected: .string("CAF"))]))
    let b = try open(path, "Ana", tB)
    try b.perform(.set(id, [FieldChange(.title, .string("From Ana"), expected: .string("From Laura"))]))
    let c = conflict { try a.undo() }
    #expect(c?.by == "Ana" && c?.part == "title" && c?.at == tB && c?.removesRecord == false)
    let text = DatabaseError.changedSince(c!).description
    for part in ["undo0001", "Ana", Strings.fieldLabel("title"), "2026-11-02T09:05:00Z"] {
      #expect(text.contains(part), "\(text)")
    }
    #expect(try open(path, "x", tB).store[id]?.title == "From Ana")
  }

  @Test func undoingATitleWhileSomeoneElseChangedTheOwnerWorks() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try open(path, "Laura", tA)
    try a.perform(.create(Fixture.opportunity("undo0001", "CAF")))
    try a.perform(.set(id, [FieldChange(.title, .string("From Laura"), expected: .string("CAF"))]))
    try open(path, "Ana", tB).perform(.set(id, [FieldChange(.owner, .string("Ana"), expected: .string(""))]))
    try a.undo()
    let o = try open(path, "x", tB).store[id]
    #expect(o?.title == "CAF" && o?.owner == "Ana")
    #expect(o?.history.isEmpty == true)  // nothing was overwritten
    try a.redo()
    #expect(try open(path, "x", tB).store[id]?.title == "From Laura")
  }

  @Test func undoingAMoveSomeoneMovedOnIsRefused() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try open(path, "Laura", tA)
    try a.perform(.create(Fixture.opportunity("undo0001", "CAF")))
    try a.perform(try Pipeline.move(a.store[id]!, to: .applied, at: tA, by: "Laura"))
    let b = try open(path, "Ana", tB)
    try b.perform(try Pipeline.move(b.store[id]!, to: .lost, at: tB, by: "Ana"))
    let c = conflict { try a.undo() }
    #expect(c?.by == "Ana" && c?.part == "stage")
    #expect(try open(path, "x", tB).store[id]?.stage == .lost)
  }

  @Test func redoOverSomeoneElsesChangeIsRefused() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try open(path, "Laura", tA)
    try a.perform(.create(Fixture.opportunity("undo0001", "CAF")))
    try a.perform(.set(id, [FieldChange(.title, .string("From Laura"))]))
    try a.undo()
    try open(path, "Ana", tB).perform(.set(id, [FieldChange(.title, .string("From Ana"))]))
    let c = conflict { try a.redo() }
    #expect(c?.isRedo == true && c?.by == "Ana")
    #expect(try open(path, "x", tB).store[id]?.title == "From Ana")
  }

  @Test func afterACompactionTheChangeIsStillCaughtWithoutAName() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try open(path, "Laura", tA)
    try a.perform(.create(Fixture.opportunity("undo0001", "CAF")))
    try a.perform(.set(id, [FieldChange(.title, .string("From Laura"))]))
    let b = try open(path, "Ana", tB)
    try b.perform(.set(id, [FieldChange(.title, .string("From Ana"))]))
    try b.compact()
    let c = conflict { try a.undo() }
    #expect(c?.by == "" && c?.at == tB)
    #expect(DatabaseError.changedSince(c!).description.contains(Strings.t("undo.someone", "someone else")))
  }

  @Test func leavingWonThroughTheDatabaseKeepsTheAmountInHistoryAndUndoRestoresIt() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try open(path, "Laura", tA)
    try a.perform(.create(Fixture.opportunity("undo0001", "CAF", stage: .applied)))
    try a.perform(
      try Pipeline.move(a.store[id]!, to: .won, awarded: Money(5_000, "EUR"), at: tA, by: "Laura"))
    try a.perform(try Pipeline.move(a.store[id]!, to: .applied, at: tA, by: "Laura"))
    let left = try open(path, "x", tB).store[id]
    #expect(left?.awarded == nil && left?.stage == .applied)
    #expect(left?.history.contains { $0.field == "awarded" && $0.from == "5000 EUR" } == true)
    try a.undo()
    let back = try open(path, "x", tB).store[id]
    #expect(back?.awarded == Money(5_000, "EUR") && back?.stage == .won)
    #expect(back?.history.count == 1)
  }
}

/// An action whose save failed is still in memory (and saved later): undo and redo keep
/// working on it instead of applying the wrong commands.
@Suite struct UndoAfterFailedSaveTests {
  @Test func undoAndRedoOfAnEditWhoseSaveFailed() throws {
    let dir = TempDir()
    let path = dir.file()
    let fs = FaultInjectingFileSystem()
    let db = try Fixture.database(path, fs: fs)
    let id = OpportunityID(rawValue: "kept0001")!
    try db.perform(.create(Fixture.opportunity("kept0001", "EU-LAC")))
    fs.set(.init(.write, code: 28))
    #expect(throws: DatabaseError.self) { try db.perform(.set(id, [FieldChange(.funder, .string("EU"))])) }
    #expect(db.store[id]?.funder == "EU")
    fs.set(.init(.rename, code: 28))  // the next save rewrites the whole file; that fails too
    #expect(throws: DatabaseError.self) { try db.undo() }  // undone in memory
    #expect(db.store[id]?.funder == "")
    fs.set(nil)
    try db.redo()
    #expect(db.store[id]?.funder == "EU")
    try db.undo()
    try db.undo()
    #expect(try Fixture.database(path).store[id] == nil)
  }
}
