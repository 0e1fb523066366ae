import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

@Suite struct DatabaseTests {
  @Test func createsFileOnFirstWriteAndAppendsAfterwards() throws {
    let dir = TempDir()
    let path = dir.file("sub/folder/data.jsonl")
    let db = try Fixture.database(path)
    #expect(db.store.count == 0)
    try db.perform(.create(Fixture.opportunity("aaaa1111", "Horizon Europe")))
    #expect(Fixture.lines(path).count == 2 && Fixture.isHeader(Fixture.lines(path).first))
    try db.perform(.note(OpportunityID(rawValue: "aaaa1111")!, Note(at: Fixture.t0, by: "x", text: "hola")))
    let lines = Fixture.lines(path)
    #expect(lines.count == 3)
    #expect(lines[2].contains("\"op\":\"note\""))
    let again = try Fixture.database(path)
    #expect(again.store.records == db.store.records)
  }

  @Test func everyCommandRoundTripsThroughTheFileAndUndoRedo() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    let id = OpportunityID(rawValue: "bbbb2222")!
    try db.perform(.create(Fixture.opportunity("bbbb2222", "URBACT network")))
    try db.perform(
      .set(
        id,
        [
          FieldChange(.deadline, .string("2027-01-15")),
          FieldChange(.amount, RecordCodec.encode(money: Money(Decimal(string: "125000.50")!, "EUR"))),
        ]))
    try db.perform(
      .move(
        id, entry: HistoryEntry(from: "identified", to: "applied", at: Fixture.t0, by: "x", note: "sent"),
        awarded: nil))
    try db.perform(.note(id, Note(at: Fixture.t0, by: "x", text: "línea 1\nlínea 2")))
    let snapshot = db.store[id]
    #expect(snapshot?.stage == .applied)
    #expect(snapshot?.amount == Money(Decimal(string: "125000.50")!, "EUR"))
    #expect(try Fixture.database(path).store[id] == snapshot)
    // Undo all four, in order, and the file agrees each time.
    try db.undo()
    #expect(db.store[id]?.notes.isEmpty == true)
    try db.undo()
    #expect(db.store[id]?.stage == .identified)
    #expect(db.store[id]?.history.isEmpty == true)
    try db.undo()
    #expect(db.store[id]?.deadline == nil)
    try db.undo()
    #expect(db.store[id] == nil)
    #expect(try Fixture.database(path).store.count == 0)
    #expect(throws: DatabaseError.nothingToUndo) { try db.undo() }
    try db.redo()
    try db.redo()
    try db.redo()
    try db.redo()
    let redone = try Fixture.database(path).store[id]
    #expect(redone?.stage == .applied)
    #expect(redone?.notes.count == 1)
    #expect(redone?.deadline == CalendarDate(iso: "2027-01-15"))
  }

  @Test func compactionIsCanonicalSortedAndKeepsEverything() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    for id in ["zzzz0000", "aaaa0000", "mmmm0000"] {
      try db.perform(.create(Fixture.opportunity(id, "T \(id)")))
    }
    try db.perform(.note(OpportunityID(rawValue: "mmmm0000")!, Note(at: Fixture.t0, by: "x", text: "n")))
    let before = db.store.records.sorted { $0.id < $1.id }
    try db.compact()
    let lines = Fixture.lines(path)
    #expect(lines.count == 4)
    #expect(lines[1].hasPrefix("{\"id\":\"aaaa0000\""))
    #expect(lines[3].hasPrefix("{\"id\":\"zzzz0000\""))
    #expect(!lines.contains { $0.contains("\"op\"") })
    #expect(try Fixture.database(path).store.records.sorted { $0.id < $1.id } == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.contains(".tmp-")
    }
    #expect(leftovers.isEmpty)
  }

  /// A rewrite is written in pieces (4 MB; here 300 bytes), so a large file is never held
  /// whole in memory besides the store: the file is the same as written at once, and a write
  /// failing midway leaves the old file as it was.
  @Test func aRewriteWrittenInPiecesIsTheSameFileAndAFailureMidwayLosesNothing() throws {
    let dir = TempDir()
    let path = dir.file()
    let fs = FaultInjectingFileSystem()
    let db = try Fixture.database(path, fs: fs)
    for k in 0..<40 {
      try db.perform(
        .create(Fixture.opportunity(String(format: "r%07d", k), "Call \(k) with a longer title")))
    }
    db.rewritePiece = 300
    let whole = db.snapshotBytes()
    fs.set(nil)
    try db.compact()
    #expect(fs.count(.write) > 5)
    #expect(Fixture.normalised(Fixture.bytes(path)) == Fixture.normalised(whole))
    let reread = try Fixture.database(path)
    #expect(reread.store.records.sorted { $0.id < $1.id } == db.store.records.sorted { $0.id < $1.id })
    // The third piece fails (a full disk): nothing replaced, nothing lost, no temporary left.
    try db.perform(.note(OpportunityID(rawValue: "r0000007")!, Note(at: Fixture.t0, by: "x", text: "kept")))
    let before = Fixture.bytes(path)
    fs.set(FaultInjectingFileSystem.Fault(.write, nth: 3))
    #expect(throws: DatabaseError.self) { try db.compact() }
    #expect(Fixture.bytes(path) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.contains(".tmp-")
    }
    #expect(leftovers.isEmpty)
    fs.set(nil)
    try db.compact()
    #expect(
      try Fixture.database(path).store[OpportunityID(rawValue: "r0000007")!]?.notes.map(\.text) == ["kept"])
  }

  @Test(arguments: [1, 2, 5, 17, 40])
  func tornLastLineIsSavedAsideAndEarlierEditsLoad(cut: Int) throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("cccc3333", "Chevening")))
    try db.perform(.note(OpportunityID(rawValue: "cccc3333")!, Note(at: Fixture.t0, by: "x", text: "first")))
    let good = Fixture.bytes(path)
    try db.perform(
      .note(OpportunityID(rawValue: "cccc3333")!, Note(at: Fixture.t0, by: "x", text: "second, torn")))
    let full = Fixture.bytes(path)
    let lastLineLength = full.count - good.count
    let keep = good.count + min(cut, lastLineLength - 1)
    try Data(full.prefix(keep)).write(to: URL(fileURLWithPath: path))
    let reopened = try Fixture.database(path)
    #expect(reopened.store[OpportunityID(rawValue: "cccc3333")!]?.notes.map(\.text) == ["first"])
    #expect(reopened.warnings.count == 1)
    #expect(reopened.warnings.first?.contains("next write") == true)
    #expect(Fixture.bytes(path) == Array(full.prefix(keep)), "opening wrote the file")
    // The next edit saves the torn bytes aside, cuts them off and appends.
    try reopened.perform(
      .note(OpportunityID(rawValue: "cccc3333")!, Note(at: Fixture.t0, by: "x", text: "third")))
    #expect(reopened.warnings.last?.contains("saved to") == true)
    #expect(Array(Fixture.bytes(path).prefix(good.count)) == good)
    let aside = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".torn-") }
    #expect(aside.count == 1)
    #expect(Fixture.bytes(dir.path + "/" + aside[0]) == Array(full[good.count..<keep]))
    #expect(try Fixture.database(path).store[OpportunityID(rawValue: "cccc3333")!]?.notes.count == 2)
  }

  @Test func garbageInTheMiddleMakesTheFileReadOnlyAndUntouched() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("dddd4444", "GIZ")))
    try db.perform(.create(Fixture.opportunity("eeee5555", "KOICA")))
    var lines = Fixture.lines(path)
    lines.insert("<<<<<<< HEAD", at: 2)
    Fixture.write(path, lines.joined(separator: "\n") + "\n")
    let before = Fixture.bytes(path)
    let reopened = try Fixture.database(path)
    #expect(reopened.isReadOnly)
    #expect(reopened.readOnlyReason?.contains("line 3") == true)
    #expect(throws: DatabaseError.self) {
      try reopened.perform(.delete(OpportunityID(rawValue: "dddd4444")!))
    }
    #expect(throws: DatabaseError.self) { try reopened.compact() }
    #expect(Fixture.bytes(path) == before)
    let check = FileCheck.run(path: path)
    #expect(!check.isSound)
    #expect(check.problems.first?.contains("line 3") == true)
  }

  @Test func newerFormatIsRefusedWithItsVersion() throws {
    let dir = TempDir()
    let path = dir.file()
    Fixture.write(path, "{\"format\":\"convoca\",\"version\":7}\n")
    let db = try Fixture.database(path)
    #expect(db.isReadOnly)
    #expect(db.readOnlyReason?.contains("version 7") == true)
    #expect(Fixture.text(path) == "{\"format\":\"convoca\",\"version\":7}\n")
  }

  @Test func aDirectoryAsDataPathIsRefused() throws {
    let dir = TempDir()
    #expect(throws: DatabaseError.notRegularFile(Database.resolve(dir.path))) {
      try Fixture.database(dir.path)
    }
  }

  @Test func symlinkedDataFileIsCompactedInPlace() throws {
    let dir = TempDir()
    let real = dir.file("real.jsonl")
    let link = dir.file("link.jsonl")
    let db0 = try Fixture.database(real)
    try db0.perform(.create(Fixture.opportunity("ffff6666", "AECID")))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let db = try Fixture.database(link)
    try db.compact()
    let attrs = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attrs[.type] as? FileAttributeType == .typeSymbolicLink)
    #expect(try Fixture.database(real).store.count == 1)
  }

  @Test func anotherWritersAppendsAreTakenInBeforeWriting() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try Fixture.database(path)
    try a.perform(.create(Fixture.opportunity("gggg7777", "CAF")))
    let b = try Fixture.database(path)
    try b.perform(.create(Fixture.opportunity("hhhh8888", "IDB")))
    try a.perform(.set(OpportunityID(rawValue: "gggg7777")!, [FieldChange(.funder, .string("CAF"))]))
    #expect(a.store.count == 2)
    let refreshed = try b.refresh()
    #expect(refreshed.changed == [OpportunityID(rawValue: "gggg7777")!])
    #expect(b.store[OpportunityID(rawValue: "gggg7777")!]?.funder == "CAF")
    // After a compaction by one, the other reloads the new file.
    try b.compact()
    let r = try a.refresh()
    #expect(r.reloaded)
    try a.perform(.set(OpportunityID(rawValue: "hhhh8888")!, [FieldChange(.funder, .string("IDB"))]))
    let final = try Fixture.database(path)
    #expect(final.store.count == 2)
    #expect(final.store[OpportunityID(rawValue: "hhhh8888")!]?.funder == "IDB")
  }

  @Test func sameFieldEditedByTwoKeepsTheLaterAndRecordsTheOverwrittenValue() throws {
    let dir = TempDir()
    let path = dir.file()
    let a = try Fixture.database(path)
    let id = OpportunityID(rawValue: "jjjj9999")!
    try a.perform(.create(Fixture.opportunity("jjjj9999", "Mayors Challenge")))
    let b = try Fixture.database(path)
    let original = Field.title.value(in: b.store[id]!)
    try a.perform(.set(id, [FieldChange(.title, .string("From A"), expected: original)]))
    try b.perform(
      .set(
        id,
        [
          FieldChange(.title, .string("From B"), expected: original),
          FieldChange(.funder, .string("Bloomberg"), expected: .string("")),
        ]))
    let final = try Fixture.database(path).store[id]
    #expect(final?.title == "From B")
    #expect(final?.funder == "Bloomberg")
    #expect(final?.history.last?.field == "title")
    #expect(final?.history.last?.from == "From A")
  }

  @Test func lockHeldElsewhereTimesOutAndChangesNothing() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("kkkk0000", "JICA")))
    let before = Fixture.bytes(path)
    let fd = open(path + ".lock", O_RDWR | O_CREAT, 0o644)
    defer { close(fd) }
    // flock locks belong to the open file description, so a second descriptor conflicts.
    #expect(flock(fd, LOCK_EX) == 0)
    db.lockTimeout = 0.2
    #expect(throws: DatabaseError.lockTimeout(path: db.path, seconds: 0.2)) {
      try db.perform(.note(OpportunityID(rawValue: "kkkk0000")!, Note(at: Fixture.t0, by: "x", text: "n")))
    }
    #expect(Fixture.bytes(path) == before)
    #expect(db.store[OpportunityID(rawValue: "kkkk0000")!]?.notes.isEmpty == true)
  }

  @Test func unknownIdsAndBadCommandsChangeNothing() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("abcd0001", "One")))
    try db.perform(.create(Fixture.opportunity("abcd0002", "Two")))
    let before = Fixture.bytes(path)
    #expect(throws: DatabaseError.self) { try db.perform(.delete(OpportunityID(rawValue: "nope")!)) }
    #expect(throws: DatabaseError.self) { try db.perform(.create(Fixture.opportunity("abcd0001", "dup"))) }
    #expect(Fixture.bytes(path) == before)
    #expect(throws: CommandError.self) { try db.store.resolve("abcd") }
    #expect(throws: CommandError.self) { try db.store.resolve("zz") }
    #expect(try db.store.resolve("ABCD0002").rawValue == "abcd0002")
  }
}

@Suite struct FileCheckTests {
  @Test func checkNotesLeftoverFilesWithoutCallingThemProblems() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("aaaa0001", "A")))
    Fixture.write(path + ".tmp-123-456", "partial")
    Fixture.write(path + ".torn-2026-11-01T100000Z-9", "{\"at\"")
    let report = FileCheck.run(path: path)
    #expect(report.isSound)
    #expect(report.notes.count == 2)
    #expect(report.notes.contains { $0.contains(".tmp-123-456") && $0.contains("interrupted compaction") })
    #expect(report.notes.contains { $0.contains(".torn-") && $0.contains("cut off") })
  }
}
