import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

/// Walks a fault over EVERY file-system call that one edit, one compaction, and one edit that
/// first recovers another writer's torn tail make: the calls are counted with no fault, then
/// the 1st, 2nd, … Nth call of each operation fails, once and from then on (sticky), with
/// ENOSPC, EIO and EACCES. Each time: the error reaches the caller as a `DatabaseError`, memory
/// holds the edit exactly when the error says so, the file on disk is byte for byte the state
/// before or the state after (never a mix), it loads with a fresh `PosixFileSystem` database,
/// no `.tmp-` file is left, and a later save with the fault cleared writes everything.
/// Figures (points per scenario and errno) are printed as `fault-stepping: …` lines and
/// recorded in docs/reliability.md.
@Suite struct FaultSteppingTests {
  enum Scenario: String, CaseIterable, Sendable {
    /// A note appended to a file with a snapshot and a journal.
    case edit
    /// `compact()` of that file.
    case compaction
    /// A note made after another writer left a torn tail: the torn bytes are saved aside and
    /// cut off under the lock before the note is appended.
    case editAfterTornTail
    /// A note made after an earlier save failed: the whole file is rewritten (temp file,
    /// fsync, rename, folder fsync) rather than the append retried.
    case retryAfterFailedSave
  }

  static let codes: [Int32] = [28, 5, 13]  // ENOSPC, EIO, EACCES
  static let noteID = OpportunityID(rawValue: "stepa001")!
  static let tornBytes = Array(
    "{\"at\":\"2026-11-01T10:00:00Z\",\"by\":\"other\",\"op\":\"note\",\"id\":\"stepa0".utf8)

  /// A file with three records and two journal lines, made through the real code path.
  static let baseline: [UInt8] = {
    let dir = TempDir()
    let path = dir.file()
    let db = try! Fixture.database(path)
    for (i, title) in ["Horizon", "URBACT", "Chevening"].enumerated() {
      try! db.perform(.create(Fixture.opportunity("stepa00\(i + 1)", title)))
    }
    try! db.perform(.note(noteID, Note(at: Fixture.t0, by: "x", text: "durable one")))
    try! db.perform(
      .move(
        noteID, entry: HistoryEntry(from: "identified", to: "applied", at: Fixture.t0, by: "x"), awarded: nil)
    )
    return Fixture.bytes(path)
  }()

  /// A fresh folder holding the baseline file, and a database on it through `fs`.
  static func setUp(_ scenario: Scenario, _ fs: FaultInjectingFileSystem) throws -> (
    TempDir, String, Database
  ) {
    let dir = TempDir()
    let path = dir.file()
    try Data(baseline).write(to: URL(fileURLWithPath: path))
    let db = try Fixture.database(path, fs: fs)
    if scenario == .editAfterTornTail {
      // Another writer died mid-append after this database read the file.
      let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      try h.seekToEnd()
      try h.write(contentsOf: Data(tornBytes))
      try h.close()
    }
    if scenario == .retryAfterFailedSave {
      fs.set(.init(.write, code: 28))
      #expect(throws: DatabaseError.self) {
        try db.perform(.note(noteID, Note(at: Fixture.t0, by: "x", text: "pending")))
      }
      fs.set(nil)
    }
    return (dir, path, db)
  }

  static func act(_ scenario: Scenario, _ db: Database, _ text: String) throws(DatabaseError) {
    switch scenario {
    case .edit, .editAfterTornTail, .retryAfterFailedSave:
      try db.perform(.note(noteID, Note(at: Fixture.t0, by: "x", text: text)))
    case .compaction: try db.compact()
    }
  }

  static func sorted(_ s: OpportunityStore) -> [Opportunity] { s.records.sorted { $0.id < $1.id } }

  static func temps(_ dir: TempDir) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.contains(".tmp-") }
  }

  static var arguments: [(Scenario, Int32)] { Scenario.allCases.flatMap { s in codes.map { (s, $0) } } }

  @Test(arguments: arguments)
  func everyCallFailsInTurn(scenario: Scenario, code: Int32) throws {
    // 1. Count the calls with no fault, and keep the before and after states.
    let counter = FaultInjectingFileSystem()
    let (cdir, cpath, cdb) = try Self.setUp(scenario, counter)
    let before = Fixture.bytes(cpath)
    let beforeRecords = Self.sorted(DataFileParser.parse(before).store)  // parsed: opening would recover the tail
    counter.set(nil)
    try Self.act(scenario, cdb, "the edit")
    var counts: [(FaultInjectingFileSystem.Operation, Int)] = []
    for op in FaultInjectingFileSystem.Operation.allCases where counter.count(op) > 0 {
      counts.append((op, counter.count(op)))
    }
    let after = Fixture.bytes(cpath)
    let afterRecords = Self.sorted(try Fixture.database(cpath).store)
    // Disk states a fault may leave: the file as it was (with the torn tail, or with it cut
    // off), or the file with the edit / compacted.
    // Header generations are new at every whole-file write, so files compare without them.
    var allowed = [before, after].map(Fixture.normalised)
    if scenario == .editAfterTornTail {
      allowed.append(Fixture.normalised(Array(before.dropLast(Self.tornBytes.count))))
    }
    #expect(Self.temps(cdir).isEmpty)
    #expect(counts.count >= 3, "\(scenario) made only \(counts)")

    // 2. Fail each call in turn, once and sticky.
    var points = 0
    for (op, total) in counts {
      for nth in 1...total {
        for sticky in [false, true] {
          let fs = FaultInjectingFileSystem()
          let (dir, path, db) = try Self.setUp(scenario, fs)
          let label = "\(scenario) \(op) #\(nth)/\(total) \(sticky ? "sticky" : "once") errno \(code)"
          fs.set(.init(op, nth: nth, sticky: sticky, code: code))
          var kept: Bool?
          do {
            try Self.act(scenario, db, "the edit")
            Issue.record("\(label): no error reached the caller")
          } catch {
            if case .io(let e, let k) = error {
              kept = k
              #expect(e.code == code, "\(label): \(e)")
            } else {
              Issue.record("\(label): unexpected \(error)")
            }
          }
          #expect(fs.fired >= 1, "\(label): the fault never fired")
          points += 1
          fs.set(nil)
          // Memory holds the edit exactly when the error says it was kept.
          if scenario != .compaction, let kept {
            let has = db.store[Self.noteID]?.notes.contains { $0.text == "the edit" } == true
            #expect(has == kept, "\(label): kept \(kept) but in memory \(has)")
            #expect(db.hasUnsavedChanges == (kept || scenario == .retryAfterFailedSave), "\(label)")
          }
          if scenario == .compaction { #expect(Self.sorted(db.store) == beforeRecords, "\(label)") }
          // On disk: one of the whole states, loadable, not read-only; no temp files.
          let onDisk = Fixture.normalised(Fixture.bytes(path))
          #expect(allowed.contains(onDisk), "\(label): the file is a mix (\(onDisk.count) bytes)")
          let fresh = try Fixture.database(path, fs: PosixFileSystem())
          #expect(!fresh.isReadOnly, "\(label): \(fresh.readOnlyReason ?? "")")
          let loaded = Self.sorted(fresh.store)
          #expect(loaded == beforeRecords || loaded == afterRecords, "\(label): loads to neither state")
          #expect(Self.temps(dir).isEmpty, "\(label): temp file left: \(Self.temps(dir))")
          // A later save with the fault cleared writes everything memory holds.
          try Self.act(scenario == .compaction ? .compaction : .edit, db, "later")
          let final = try Fixture.database(path, fs: PosixFileSystem())
          #expect(
            Self.sorted(final.store) == Self.sorted(db.store), "\(label): the retry did not write everything")
          #expect(!db.hasUnsavedChanges, "\(label)")
          if scenario != .compaction {
            let texts = final.store[Self.noteID]?.notes.map(\.text) ?? []
            let pending = scenario == .retryAfterFailedSave ? ["pending"] : []
            #expect(
              texts == ["durable one"] + pending + (kept == true ? ["the edit"] : []) + ["later"],
              "\(label): \(texts)")
          } else {
            #expect(
              Fixture.normalised(Fixture.bytes(path)) == Fixture.normalised(after),
              "\(label): the retried compaction differs")
          }
          #expect(Self.temps(dir).isEmpty, "\(label)")
        }
      }
    }
    let shape = counts.map { "\($0.0)×\($0.1)" }.joined(separator: " ")
    print("fault-stepping: \(scenario) errno \(code): \(points) fault points (\(shape), once and sticky)")
    #expect(points == 2 * counts.reduce(0) { $0 + $1.1 })
    #expect(points >= 8)
  }

  /// The total over every scenario and errno, for the record.
  @Test func faultPointsAddUp() throws {
    var total = 0
    for scenario in Scenario.allCases {
      let counter = FaultInjectingFileSystem()
      let (dir, _, db) = try Self.setUp(scenario, counter)
      counter.set(nil)
      try withExtendedLifetime(dir) { try Self.act(scenario, db, "the edit") }
      let calls = FaultInjectingFileSystem.Operation.allCases.reduce(0) { $0 + counter.count($1) }
      total += calls * 2 * Self.codes.count
    }
    print("fault-stepping: \(total) fault points injected in all")
    #expect(total > 50)
  }
}
