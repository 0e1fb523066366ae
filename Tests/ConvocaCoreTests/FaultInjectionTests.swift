import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

@Suite struct FaultInjectionTests {
  static let codes: [Int32] = [28, 5, 13]  // ENOSPC, EIO, EACCES

  @Test(arguments: codes)
  func failedAppendKeepsTheEditInMemoryAndTheNextSaveWritesEverything(code: Int32) throws {
    let dir = TempDir()
    let path = dir.file()
    let fs = FaultInjectingFileSystem()
    let db = try Fixture.database(path, fs: fs)
    let id = OpportunityID(rawValue: "aaaa0001")!
    try db.perform(.create(Fixture.opportunity("aaaa0001", "EU-LAC")))
    let durable = Fixture.bytes(path)
    for op in [FaultInjectingFileSystem.Operation.open, .write, .sync] {
      fs.set(.init(op, code: code))
      #expect(throws: DatabaseError.self) {
        try db.perform(.note(id, Note(at: Fixture.t0, by: "x", text: "kept \(op)")))
      }
      #expect(fs.fired == 1)
      #expect(db.hasUnsavedChanges)
      #expect(db.store[id]?.notes.last?.text == "kept \(op)")
      // On disk: the last durable state, loadable and complete.
      let onDisk = try Fixture.database(path, fs: PosixFileSystem())
      #expect(onDisk.store[id] != nil)
      #expect(Fixture.bytes(path).starts(with: durable) || Fixture.bytes(path).count >= durable.count)
      fs.set(nil)
    }
    // The next successful save writes a whole new file with everything.
    try db.perform(.note(id, Note(at: Fixture.t0, by: "x", text: "after")))
    #expect(!db.hasUnsavedChanges)
    let final = try Fixture.database(path)
    #expect(final.store[id]?.notes.map(\.text) == ["kept open", "kept write", "kept sync", "after"])
    #expect(!Fixture.text(path).contains("\"op\""))
  }

  @Test(
    arguments: FaultInjectingFileSystem.Operation.allCases.filter {
      $0 != .lock && $0 != .unlink && $0 != .truncate
    })
  func compactionFaultsLeaveTheOldFileIntact(op: FaultInjectingFileSystem.Operation) throws {
    let dir = TempDir()
    let path = dir.file()
    let fs = FaultInjectingFileSystem()
    let db = try Fixture.database(path, fs: fs)
    for i in 0..<5 { try db.perform(.create(Fixture.opportunity("cccc000\(i)", "Call \(i)"))) }
    let before = Fixture.bytes(path)
    fs.set(.init(op, code: 28))
    do {
      try db.compact()
    } catch {
      #expect(db.store.count == 5)
    }
    let after = Fixture.bytes(path)
    // Either the old file or the complete new one, never a mix; no temp files left behind.
    let reloaded = try Fixture.database(path)
    #expect(reloaded.store.count == 5)
    #expect(after == before || !String(decoding: after, as: UTF8.self).contains("\"op\""))
    let temps = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
    #expect(temps.isEmpty)
    fs.set(nil)
    try db.compact()
    #expect(try Fixture.database(path).store.count == 5)
  }

  @Test func stepsAFaultOverEveryOperationOfAnEdit() throws {
    // Count the operations one edit uses, then fail each in turn.
    let dir = TempDir()
    let path = dir.file()
    let fs = FaultInjectingFileSystem()
    let db = try Fixture.database(path, fs: fs)
    let id = OpportunityID(rawValue: "dddd0001")!
    try db.perform(.create(Fixture.opportunity("dddd0001", "UCLG")))
    var expectedNotes: [String] = []
    for op in FaultInjectingFileSystem.Operation.allCases {
      fs.set(.init(op, nth: 1, sticky: true, code: 5))
      let text = "note during \(op) fault"
      expectedNotes.append(text)
      do {
        try db.perform(.note(id, Note(at: Fixture.t0, by: "x", text: text)))
      } catch {
        #expect(db.store[id]?.notes.last?.text == text || op == .lock)
        if op == .lock { expectedNotes.removeLast() }
      }
      fs.set(nil)
      #expect((try? Fixture.database(path)) != nil)
    }
    try db.perform(.note(id, Note(at: Fixture.t0, by: "x", text: "final")))
    expectedNotes.append("final")
    #expect(try Fixture.database(path).store[id]?.notes.map(\.text) == expectedNotes)
  }
}
