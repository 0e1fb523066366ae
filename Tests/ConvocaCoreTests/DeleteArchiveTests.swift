import Foundation
import Testing

@testable import ConvocaCore

/// Issue 8 item 2: delete (recoverable from the file until compaction), restore, archive.
@Suite struct DeleteArchiveTests {
  static let a = OpportunityID(rawValue: "aaaa1111")!
  static let b = OpportunityID(rawValue: "aaab2222")!

  /// A file with two records, one with a note and a move in its history.
  static func seeded(_ path: String) throws -> Database {
    let db = try Fixture.database(path)
    try db.perform([
      .create(Fixture.opportunity("aaaa1111", "Horizon")), .create(Fixture.opportunity("aaab2222", "URBACT")),
    ])
    try db.perform(.note(a, Note(at: Fixture.t0, by: "x", text: "llamar a Ana")))
    try db.perform(
      .move(a, entry: HistoryEntry(from: "identified", to: "applied", at: Fixture.t0, by: "x"), awarded: nil))
    return db
  }

  @Test func aDeleteIsOneJournalLineCarryingTheWholeRecord() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Self.seeded(path)
    let before = try #require(db.store[Self.a])
    let lines = Fixture.lines(path).count
    try db.perform(Pipeline.delete([before, try #require(db.store[Self.b])]))
    #expect(Fixture.lines(path).count == lines + 1)
    let last = try #require(Fixture.lines(path).last)
    let entry = try JournalCodec.decode(JSONParser.parse(Array(last.utf8)))
    #expect(entry.commands.count == 2)
    guard case .delete(let id, let record) = entry.commands[0] else {
      Issue.record("not a delete: \(entry.commands[0])")
      return
    }
    #expect(id == Self.a)
    #expect(record == before)  // notes and history included
    #expect(record?.notes.count == 1 && record?.history.count == 1)
    // Read back: both gone, both listed as deleted, with who and when.
    let again = try Fixture.database(path)
    #expect(again.store.count == 0)
    let deleted = again.store.deletedRecords
    #expect(deleted.map(\.id) == [Self.a, Self.b])
    #expect(deleted[0].record == before && deleted[0].by == "Laura" && deleted[0].at == Fixture.t0)
  }

  @Test func undoBringsTheDeletedRecordsBackInOneStep() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Self.seeded(path)
    let before = db.store.records.sorted { $0.id < $1.id }
    try db.perform(Pipeline.delete(before))
    try db.undo()
    #expect(db.store.records.sorted { $0.id < $1.id } == before)
    #expect(db.store.deletedRecords.isEmpty)
    let again = try Fixture.database(path)
    #expect(again.store.records.sorted { $0.id < $1.id } == before)
    #expect(again.store.deletedRecords.isEmpty)
  }

  @Test func restoreBringsBackTheRecordAndRefusesAReusedID() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Self.seeded(path)
    let before = try #require(db.store[Self.a])
    try db.perform(Pipeline.delete([before]))
    let reopened = try Fixture.database(path)
    #expect(throws: CommandError.self) { try reopened.store.resolveDeleted("zz") }
    // "aaa" is ambiguous among live records, not among deleted ones.
    let d = try reopened.store.resolveDeleted("aaa")
    #expect(d.record == before)
    try reopened.perform(try reopened.store.restoreCommand(d))
    #expect(try Fixture.database(path).store[Self.a] == before)
    #expect(try Fixture.database(path).store.deletedRecords.isEmpty)

    // Deleted again, and the id taken by a new record meanwhile: restore refuses.
    try reopened.perform(Pipeline.delete([before]))
    var other = Fixture.opportunity("aaaa1111", "Someone else's call")
    other.created = Timestamp(iso: "2026-11-02T10:00:00Z")!
    try reopened.perform(.create(other))
    let d2 = try reopened.store.resolveDeleted("aaaa1111")
    #expect(throws: CommandError(Strings.restoreIDReused("aaaa1111", "Someone else's call"))) {
      try reopened.store.restoreCommand(d2)
    }
  }

  @Test func compactionDropsTheDeletedRecords() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Self.seeded(path)
    try db.perform(Pipeline.delete([try #require(db.store[Self.a])]))
    #expect(Fixture.text(path).contains("llamar a Ana"))
    try db.compact()
    #expect(!Fixture.text(path).contains("llamar a Ana"))
    #expect(db.store.deletedRecords.isEmpty)
    #expect(try Fixture.database(path).store.deletedRecords.isEmpty)
    #expect(throws: CommandError.self) { try db.store.resolveDeleted("aaaa1111") }
  }

  @Test func aDeleteWithoutItsRecordAsOlderVersionsWroteStillReads() throws {
    let line = #"{"at":"2026-11-01T10:00:00Z","by":"x","op":"delete","id":"aaaa1111"}"#
    let entry = try JournalCodec.decode(JSONParser.parse(Array(line.utf8)))
    #expect(entry.commands == [.delete(Self.a, record: nil)])
  }

  @Test func archiveRoundTripsThroughTheFileAndUndo() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Self.seeded(path)
    let records = db.store.records
    let (commands, unchanged) = Pipeline.archive(records, true)
    #expect(commands.count == 2 && unchanged.isEmpty)
    try db.perform(commands)
    #expect(Fixture.lines(path).last?.contains(#""op":"archive""#) == true)
    #expect(try Fixture.database(path).store.records.allSatisfy(\.archived))
    // Archiving an archived call changes nothing.
    let again = Pipeline.archive(db.store.records, true)
    #expect(again.commands.isEmpty && again.unchanged.count == 2)
    // Compacted, the flag is a record member; the fast and the reference readers agree.
    try db.compact()
    #expect(Fixture.text(path).contains(#""archived":true}"#))
    #expect(try Fixture.database(path).store.records.allSatisfy(\.archived))
    try db.undo()
    #expect(db.store.records.allSatisfy { !$0.archived })
    #expect(try Fixture.database(path).store.records.allSatisfy { !$0.archived })
  }

  @Test func archivedIsLeftOutOfTheLineWhenFalse() {
    let o = Fixture.opportunity("aaaa1111", "Horizon")
    #expect(!JSONWriter.line(RecordCodec.encode(o)).contains("archived"))
    var x = o
    x.archived = true
    #expect(JSONWriter.line(RecordCodec.encode(x)).hasSuffix(#","archived":true}"#))
  }

  @Test func undoOfAnArchiveRefusesOverAColleaguesLaterChange() throws {
    let dir = TempDir()
    let path = dir.file()
    let mine = try Self.seeded(path)
    try mine.perform(.archive(Self.a, true))
    let theirs = try Fixture.database(path)
    theirs.user = "Andrés"
    try theirs.perform(.archive(Self.a, false))
    #expect(throws: DatabaseError.self) { try mine.undo() }
    #expect(try Fixture.database(path).store[Self.a]?.archived == false)
  }

  @Test func archivedCallsAreHiddenUnlessTheQueryNamesThem() throws {
    #expect(try QueryFixture.ids("kind:event").isEmpty)
    #expect(try QueryFixture.ids("is:archived") == ["archiv"])
    #expect(try QueryFixture.ids("is:archived kind:event") == ["archiv"])
    #expect(try QueryFixture.ids("-is:archived").count == 7)
    #expect(try QueryFixture.ids("(is:archived OR is:open) youth") == ["archiv"])
    #expect(try Query.parse("is:archived").mentionsArchived)
    #expect(try !Query.parse("is:open").mentionsArchived)
    #expect(try Query.parse("is:open").hidingArchived.description == "is:open -is:archived")
    // The fast filter and the single-record match agree.
    let q = try Query.parse("is:archived,open")
    let store = QueryFixture.store
    let single = store.records.indices.filter {
      q.matches(store.records[$0], key: FoldedText(searchable: store.records[$0]), in: QueryFixture.context)
    }
    #expect(single == store.filter(q, context: QueryFixture.context))
  }

  @Test func detailSaysTheCallIsArchived() throws {
    var o = Fixture.opportunity("aaaa1111", "Horizon")
    let today = try #require(CalendarDate(iso: "2026-11-29"))
    #expect(!DetailText.lines(o, today: today, width: 80).contains(Strings.detailArchived))
    o.archived = true
    #expect(DetailText.lines(o, today: today, width: 80).contains(Strings.detailArchived))
  }
}
