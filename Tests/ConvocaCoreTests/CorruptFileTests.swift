import Foundation
import Synchronization
import Testing

@testable import ConvocaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Torn and damaged data files: truncation at every byte of the last two journal lines, seeded
/// random bit flips, an empty file, a leftover compaction temp file, merge conflict markers,
/// duplicate ids, and data paths that are a folder, a FIFO or a symbolic link. Never a crash;
/// a torn tail is recovered, anything else damaged is read-only with its line number and the
/// file is never written.
@Suite struct CorruptFileTests {
  static let a = OpportunityID(rawValue: "cfaa0001")!
  static let b = OpportunityID(rawValue: "cfbb0002")!

  /// A file made through the real code path: a compacted snapshot and a journal whose last
  /// two lines are a note with non-ASCII text and a move; `states[k]` is the store after the
  /// file's first k journal lines.
  static func journalFile(_ path: String) throws -> (
    bytes: [UInt8], lineStarts: [Int], states: [[Opportunity]]
  ) {
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("cfaa0001", "Horizon Europe")))
    try db.perform(.create(Fixture.opportunity("cfbb0002", "Premio Medellín")))
    try db.compact()
    var states = [sorted(db.store)]
    try db.perform(.note(a, Note(at: Fixture.t0, by: "x", text: "first note")))
    states.append(sorted(db.store))
    try db.perform(.note(b, Note(at: Fixture.t0, by: "x", text: "línea con acentos — y “comillas”\nsegunda")))
    states.append(sorted(db.store))
    try db.perform(
      .move(
        a, entry: HistoryEntry(from: "identified", to: "applied", at: Fixture.t0, by: "x", note: "sent"),
        awarded: nil))
    states.append(sorted(db.store))
    let bytes = Fixture.bytes(path)
    var starts = [0]
    for (i, c) in bytes.enumerated() where c == 0x0A && i + 1 < bytes.count { starts.append(i + 1) }
    return (bytes, starts, states)
  }

  static func sorted(_ s: OpportunityStore) -> [Opportunity] { s.records.sorted { $0.id < $1.id } }

  static func files(_ dir: String, containing marker: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.contains(marker) }
      .sorted()
  }

  @Test func truncationAtEveryByteOfTheLastTwoJournalLines() throws {
    let src = TempDir()
    let (full, starts, states) = try Self.journalFile(src.file())
    let from = starts[starts.count - 2]  // the start of the second-to-last line
    var recovered = 0
    for cut in from...full.count {
      let dir = TempDir()
      let path = dir.file()
      let prefix = Array(full[..<cut])
      try Data(prefix).write(to: URL(fileURLWithPath: path))
      let good = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      let completeJournalLines = prefix[..<good].filter { $0 == 0x0A }.count - 3  // header + 2 records
      let db = try Fixture.database(path)
      #expect(!db.isReadOnly, "cut \(cut): \(db.readOnlyReason ?? "")")
      #expect(Self.sorted(db.store) == states[completeJournalLines], "cut \(cut): wrong records")
      if good == cut {
        #expect(db.warnings.isEmpty, "cut \(cut) is at a line end: \(db.warnings)")
        #expect(Fixture.bytes(path) == prefix)
        #expect(Self.files(dir.path, containing: ".torn-").isEmpty)
      } else {
        recovered += 1
        #expect(db.warnings.count == 1 && db.warnings[0].contains("saved to"), "cut \(cut): \(db.warnings)")
        #expect(Fixture.bytes(path) == Array(prefix[..<good]), "cut \(cut): not cut back to the last newline")
        let aside = Self.files(dir.path, containing: ".torn-")
        #expect(aside.count == 1, "cut \(cut)")
        if let f = aside.first {
          #expect(Fixture.bytes(dir.path + "/" + f) == Array(prefix[good...]), "cut \(cut)")
        }
      }
      // And the file takes the next edit.
      try db.perform(.note(Self.b, Note(at: Fixture.t0, by: "x", text: "after cut \(cut)")))
      #expect(try Fixture.database(path).store[Self.b]?.notes.last?.text == "after cut \(cut)")
      #expect(FileCheck.run(path: path).isSound)
    }
    print("corrupt-files: \(full.count - from + 1) truncation offsets, \(recovered) torn tails recovered")
    #expect(recovered == full.count - from - 2)  // every cut but the three at line ends
  }

  @Test func twoTornTailsInOneSecondAreBothSavedAside() throws {
    // The clock is fixed, so both recoveries happen "in the same second" in the same process.
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("cf33cccc", "Twice torn")))
    let good = Fixture.bytes(path)
    for (n, torn) in ["{\"at\":\"2026-11-01T10:00:00Z\",\"by\":\"o\",\"op\":\"no", "{\"at\":\"2026"]
      .enumerated()
    {
      let h = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      try h.seekToEnd()
      try h.write(contentsOf: Data(torn.utf8))
      try h.close()
      try db.perform(
        .note(OpportunityID(rawValue: "cf33cccc")!, Note(at: Fixture.t0, by: "x", text: "edit \(n)")))
    }
    let aside = Self.files(dir.path, containing: ".torn-")
    #expect(aside.count == 2, "\(aside)")
    #expect(
      Set(aside.map { Fixture.text(dir.path + "/" + $0) }) == [
        "{\"at\":\"2026-11-01T10:00:00Z\",\"by\":\"o\",\"op\":\"no", "{\"at\":\"2026",
      ])
    #expect(Fixture.bytes(path).starts(with: good))
    #expect(
      try Fixture.database(path).store[OpportunityID(rawValue: "cf33cccc")!]?.notes.map(\.text) == [
        "edit 0", "edit 1",
      ])
  }

  static let flips = 300

  @Test func singleBitFlipsAtSeededRandomOffsets() throws {
    let src = TempDir()
    let (original, _, _) = try Self.journalFile(src.file())
    var rng = SeededGenerator(seed: 20_261_129)
    var outcomes: [String: Int] = [:]
    for n in 0..<Self.flips {
      let offset = Int.random(in: 0..<original.count, using: &rng)
      let bit = Int.random(in: 0..<8, using: &rng)
      var bytes = original
      bytes[offset] ^= UInt8(1 << bit)
      let label = "flip \(n): byte \(offset) bit \(bit)"
      let dir = TempDir()
      let path = dir.file()
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let db: Database
      do { db = try Fixture.database(path) } catch {
        Issue.record("\(label): opening threw \(error)")
        continue
      }
      let check = FileCheck.run(path: path)
      if db.isReadOnly {
        outcomes["read-only", default: 0] += 1
        switch db.formatProblem {
        case .corrupt(let line, _)?:
          #expect(line >= 1 && line <= 7, "\(label): line \(line)")
          #expect(db.readOnlyReason?.contains("line \(line)") == true, "\(label)")
        case .notConvoca?, .newerVersion?: break
        case nil: Issue.record("\(label): read-only without a format problem: \(db.readOnlyReason ?? "")")
        }
        #expect(throws: DatabaseError.self) {
          try db.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "no")))
        }
        #expect(throws: DatabaseError.self) { try db.compact() }
        #expect(Fixture.bytes(path) == bytes, "\(label): a read-only file was written")
        #expect(!check.isSound, "\(label): check passes a read-only file")
      } else if !db.warnings.isEmpty {
        outcomes["torn tail recovered", default: 0] += 1
        let good = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        #expect(Fixture.bytes(path) == Array(bytes[..<good]), "\(label)")
        #expect(Self.files(dir.path, containing: ".torn-").count == 1, "\(label)")
      } else {
        outcomes["loads", default: 0] += 1
        #expect(Fixture.bytes(path) == bytes, "\(label): opening changed the file")
        #expect(check.isSound, "\(label): loads but check says \(check.problems)")
      }
    }
    print(
      "corrupt-files: \(Self.flips) bit flips: \(outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))"
    )
    #expect(outcomes.values.reduce(0, +) == Self.flips)
    #expect(outcomes["read-only", default: 0] > 0)
  }

  @Test func aFileCutToZeroBytesOpensEmptyAndWritable() throws {
    let dir = TempDir()
    let path = dir.file()
    Fixture.write(path, "")
    let db = try Fixture.database(path)
    #expect(!db.isReadOnly)
    #expect(db.store.count == 0)
    #expect(db.warnings.isEmpty)
    #expect(FileCheck.run(path: path).isSound)
    try db.perform(.create(Fixture.opportunity("cf000001", "First")))
    #expect(Fixture.lines(path).first == FileHeader.line)
    #expect(try Fixture.database(path).store.count == 1)
  }

  @Test func aLeftoverCompactionTempFileIsIgnored() throws {
    let dir = TempDir()
    let path = dir.file()
    let (bytes, _, states) = try Self.journalFile(path)
    // An interrupted compaction: a complete temp file with other records, and a half one.
    let full = path + ".tmp-4242-17"
    let half = path + ".tmp-4243-18"
    Fixture.write(
      full,
      FileHeader.line + "\n"
        + "{\"id\":\"tmp00001\",\"title\":\"from the temp file\",\"kind\":\"grant\",\"stage\":\"identified\",\"created\":\"2026-11-01T10:00:00Z\",\"updated\":\"2026-11-01T10:00:00Z\"}\n"
    )
    Fixture.write(half, FileHeader.line + "\n{\"id\":\"tmp0")
    let fullBytes = Fixture.bytes(full)
    let db = try Fixture.database(path)
    #expect(!db.isReadOnly && db.warnings.isEmpty)
    #expect(Self.sorted(db.store) == states.last!)
    #expect(Fixture.bytes(path) == bytes)
    #expect(FileCheck.run(path: path).isSound)
    try db.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "after")))
    try db.compact()
    let reread = try Fixture.database(path)
    #expect(reread.store.count == 2 && reread.store[OpportunityID(rawValue: "tmp00001")!] == nil)
    #expect(reread.store[Self.a]?.notes.last?.text == "after")
    #expect(Fixture.bytes(full) == fullBytes, "the leftover was touched")
  }

  @Test func gitConflictMarkersAreReadOnlyWithTheLineNumber() throws {
    let dir = TempDir()
    let path = dir.file()
    _ = try Self.journalFile(path)
    var lines = Fixture.lines(path)  // header, 2 records, 3 journal lines
    lines.insert("<<<<<<< HEAD", at: 4)
    lines.insert("=======", at: 6)
    lines.insert(">>>>>>> theirs", at: 8)
    Fixture.write(path, lines.joined(separator: "\n") + "\n")
    let before = Fixture.bytes(path)
    let db = try Fixture.database(path)
    #expect(db.isReadOnly)
    #expect(
      db.formatProblem.map { if case .corrupt(5, _) = $0 { true } else { false } } == true,
      "\(String(describing: db.formatProblem))")
    #expect(db.readOnlyReason?.contains("line 5") == true)
    #expect(db.store.count == 2)  // what was read before the damage is shown
    #expect(throws: DatabaseError.self) {
      try db.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "no")))
    }
    #expect(throws: DatabaseError.self) { try db.compact() }
    #expect(Fixture.bytes(path) == before)
    let check = FileCheck.run(path: path)
    #expect(check.problems.first?.contains("line 5") == true)
    #expect(
      check.problems.contains { $0.contains("line 7") } && check.problems.contains { $0.contains("line 9") })
  }

  @Test func duplicateIDsInTheSnapshotAreReadOnlyNamingBothLines() throws {
    let dir = TempDir()
    let path = dir.file()
    let rec = { (id: String, t: String) in
      "{\"id\":\"\(id)\",\"title\":\"\(t)\",\"kind\":\"grant\",\"stage\":\"identified\",\"created\":\"2026-11-01T10:00:00Z\",\"updated\":\"2026-11-01T10:00:00Z\"}"
    }
    Fixture.write(
      path,
      [FileHeader.line, rec("dup00001", "One"), rec("other002", "Two"), rec("dup00001", "Again")].joined(
        separator: "\n") + "\n")
    let before = Fixture.bytes(path)
    let db = try Fixture.database(path)
    #expect(db.isReadOnly)
    let why = db.readOnlyReason ?? ""
    #expect(why.contains("line 4") && why.contains("line 2") && why.contains("dup00001"), "\(why)")
    #expect(throws: DatabaseError.self) { try db.perform(.create(Fixture.opportunity("new00001", "x"))) }
    #expect(throws: DatabaseError.self) { try db.compact() }
    #expect(Fixture.bytes(path) == before)
    #expect(FileCheck.run(path: path).problems.first?.contains("line 4") == true)
  }

  @Test func aDirectoryIsRefusedAndLeftAlone() throws {
    let dir = TempDir()
    let path = dir.file("folder.jsonl")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    #expect(throws: DatabaseError.notRegularFile(path)) { try Fixture.database(path) }
    #expect(!FileCheck.run(path: path).isSound)
    var isDir: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue)
    #expect(Self.files(dir.path, containing: ".tmp-").isEmpty)
  }

  @Test func aFIFOIsRefusedWithoutHanging() throws {
    let dir = TempDir()
    let path = dir.file("fifo.jsonl")
    #expect(mkfifo(path, 0o644) == 0)
    // Run where a hang can be detected: a blocked open would never return.
    let done = DispatchSemaphore(value: 0)
    let result = Mutex<String>("")
    Thread {
      do {
        _ = try Fixture.database(path)
        result.withLock { $0 = "opened" }
      } catch { result.withLock { $0 = "\(error)" } }
      let check = FileCheck.run(path: path)
      result.withLock { $0 += check.isSound ? " / check sound" : " / check refuses" }
      done.signal()
    }.start()
    let finished = done.wait(timeout: .now() + 10) == .success
    if !finished {
      // Unblock it (a writer end makes a blocked read-open return) before failing.
      let fd = open(path, O_RDWR | O_NONBLOCK)
      if fd >= 0 { close(fd) }
    }
    #expect(finished, "opening a FIFO hung")
    let text = result.withLock { $0 }
    #expect(
      text.hasPrefix("\(DatabaseError.notRegularFile(path))") && text.hasSuffix("check refuses"), "\(text)")
  }

  @Test func aSymbolicLinkToAnotherFolderIsFollowedAndKept() throws {
    let home = TempDir()
    let elsewhere = TempDir()
    let real = elsewhere.file("real.jsonl")
    let link = home.file("link.jsonl")
    let db0 = try Fixture.database(real)
    try db0.perform(.create(Fixture.opportunity("cf11aaaa", "Through the link")))
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let db = try Fixture.database(link)
    #expect(db.path == Database.resolve(real))
    try db.perform(
      .note(OpportunityID(rawValue: "cf11aaaa")!, Note(at: Fixture.t0, by: "x", text: "via link")))
    #expect(Fixture.lines(real).last?.contains("via link") == true, "the edit did not reach the target")
    try db.compact()
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link) == real, "compaction replaced the link")
    #expect(!Fixture.text(real).contains("\"op\""))
    #expect(
      try Fixture.database(link).store[OpportunityID(rawValue: "cf11aaaa")!]?.notes.map(\.text) == [
        "via link"
      ])
    // Temp and lock files live next to the real file, never next to the link.
    #expect(
      Self.files(home.path, containing: ".tmp-").isEmpty
        && Self.files(elsewhere.path, containing: ".tmp-").isEmpty)
    #expect(Self.files(home.path, containing: ".lock").isEmpty)
  }

  @Test func aDanglingSymbolicLinkCreatesItsTarget() throws {
    let home = TempDir()
    let elsewhere = TempDir()
    let real = elsewhere.file("new.jsonl")
    let link = home.file("link.jsonl")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let db = try Fixture.database(link)
    try db.perform(.create(Fixture.opportunity("cf22bbbb", "First through a dangling link")))
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link) == real,
      "the first write replaced the link")
    #expect(try Fixture.database(real).store.count == 1)
    // A relative link into a folder that does not exist yet.
    let rel = home.file("rel.jsonl")
    try FileManager.default.createSymbolicLink(atPath: rel, withDestinationPath: "sub/new.jsonl")
    try Fixture.database(rel).perform(.create(Fixture.opportunity("cf44dddd", "Relative")))
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: rel) == "sub/new.jsonl")
    #expect(try Fixture.database(home.file("sub/new.jsonl")).store.count == 1)
  }
}
