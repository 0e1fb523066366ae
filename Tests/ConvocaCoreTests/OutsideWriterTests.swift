import Foundation
import Synchronization
import Testing

@testable import ConvocaCore

#if canImport(Glibc)
  import Glibc
#endif

/// Other programs touch the data file too: a `cp` of a backup, a `git checkout`, an editor, an
/// `rm` of the lock. These tests play that other program in a background thread or by hand and
/// check that Convoca neither loses its bytes nor its own acknowledged edits (issue 7, problems
/// 1, 2, 3, 6, 11, 13, 15).
@Suite struct OutsideWriterTests {
  static let a = OpportunityID(rawValue: "aaaa0001")!

  /// A data file of `count` records, as another Convoca (or a backup) would hold it.
  static func file(records count: Int, from first: Int = 0) -> [UInt8] {
    var bytes = Array((FileHeader.line + "\n").utf8)
    for i in first..<(first + count) {
      let id = "rec" + String(format: "%05d", i)
      RecordEncoder.append(Fixture.opportunity(id, "Record \(i)"), to: &bytes)
      bytes.append(0x0A)
    }
    return bytes
  }

  static func inode(_ path: String) -> UInt64 { (try? PosixFileSystem().stat(path))?.inode ?? 0 }

  /// Sets a file's modification and change times `seconds` into the past (the change time
  /// follows the real clock, so only the modification time can be moved back).
  static func age(_ path: String, by seconds: Int) {
    var times = [timespec(), timespec()]
    clock_gettime(CLOCK_REALTIME, &times[0])
    times[0].tv_sec -= seconds
    times[1] = times[0]
    _ = utimensat(AT_FDCWD, path, &times, 0)
  }

  /// Writes `bytes` into `path` in place, the way `cp` does: truncate, then write in pieces.
  static func copyInPlace(_ bytes: [UInt8], to path: String, pieces: Int = 1, pause: UInt32 = 0) {
    let fd = open(path, O_WRONLY | O_TRUNC | O_CREAT, 0o644)
    guard fd >= 0 else { return }
    defer { close(fd) }
    let step = max(1, bytes.count / pieces)
    var done = 0
    while done < bytes.count {
      let n = min(step, bytes.count - done)
      _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, n) }
      done += n
      if pause > 0 { usleep(pause) }
    }
  }

  /// The real file system, with another program meddling: `afterLock` runs after every
  /// `flock` taken, `beforeRename` before every rename; `coarse` makes stat show every file on one inode with times to the minute,
  /// as a coarse file system (or an unlucky clock tick) would.
  final class Meddling: FileSystem, @unchecked Sendable {
    let base = PosixFileSystem()
    let afterLock: @Sendable () -> Void
    let beforeRename: @Sendable () -> Void
    let coarse: Bool
    init(
      coarse: Bool = false, afterLock: @escaping @Sendable () -> Void = {},
      beforeRename: @escaping @Sendable () -> Void = {}
    ) {
      self.coarse = coarse
      self.afterLock = afterLock
      self.beforeRename = beforeRename
    }

    func blur(_ s: FileStat) -> FileStat {
      guard coarse else { return s }
      var s = s
      s.inode = 1
      s.modified /= 60_000_000_000
      s.changed /= 60_000_000_000
      return s
    }
    func lock(_ fd: Int32, wait: Bool) throws(IOError) -> Bool {
      let got = try base.lock(fd, wait: wait)
      if got { afterLock() }
      return got
    }
    func stat(_ path: String) throws(IOError) -> FileStat? { try base.stat(path).map(blur) }
    func stat(descriptor fd: Int32, path: String) throws(IOError) -> FileStat {
      blur(try base.stat(descriptor: fd, path: path))
    }
    func read(_ path: String, from offset: Int) throws(IOError) -> [UInt8] {
      try base.read(path, from: offset)
    }
    func read(_ path: String, from offset: Int, count: Int) throws(IOError) -> [UInt8] {
      try base.read(path, from: offset, count: count)
    }
    func openForWriting(_ path: String, append: Bool, create: Bool, mode: UInt32) throws(IOError) -> Int32 {
      try base.openForWriting(path, append: append, create: create, mode: mode)
    }
    func openLockFile(_ path: String, mode: UInt32) throws(IOError) -> Int32 {
      try base.openLockFile(path, mode: mode)
    }
    func openForLocking(_ path: String) throws(IOError) -> Int32? { try base.openForLocking(path) }
    func setAttributes(_ fd: Int32, mode: UInt32, owner: UInt32?, group: UInt32?, path: String)
      throws(IOError)
    {
      try base.setAttributes(fd, mode: mode, owner: owner, group: group, path: path)
    }
    func link(_ from: String, to: String) throws(IOError) { try base.link(from, to: to) }
    func write(_ fd: Int32, _ bytes: [UInt8], path: String) throws(IOError) {
      try base.write(fd, bytes, path: path)
    }
    func sync(_ fd: Int32, path: String) throws(IOError) { try base.sync(fd, path: path) }
    func truncate(_ fd: Int32, to length: Int, path: String) throws(IOError) {
      try base.truncate(fd, to: length, path: path)
    }
    func close(_ fd: Int32) { base.close(fd) }
    func rename(_ from: String, to: String) throws(IOError) {
      beforeRename()
      try base.rename(from, to: to)
    }
    func syncDirectory(_ path: String) throws(IOError) { try base.syncDirectory(path) }
    func unlink(_ path: String) throws(IOError) { try base.unlink(path) }
    func makeDirectories(_ path: String) throws(IOError) { try base.makeDirectories(path) }
    func unlock(_ fd: Int32) { base.unlock(fd) }
    func isWritable(_ path: String) -> Bool { base.isWritable(path) }
  }

  // MARK: - 1. Reading never writes; a torn tail is cut only once the file is still

  @Test func openingAFileMidCopyChangesNothing() throws {
    let dir = TempDir()
    let path = dir.file()
    let full = Self.file(records: 50)
    let half = Array(full.prefix(full.count / 2 + 7))  // ends mid-line
    try Data(half).write(to: URL(fileURLWithPath: path))
    let db = try Fixture.database(path, quiet: 2)
    #expect(db.store.count > 0)
    #expect(Fixture.bytes(path) == half)
    _ = try db.refresh()
    #expect(Fixture.bytes(path) == half)
    // The copy finishes: every record is there, nothing was cut.
    Self.copyInPlace(full, to: path)
    _ = try db.refresh()
    #expect(db.store.count == 50)
    #expect(Fixture.bytes(path) == full)
  }

  @Test func aWriterWaitsForAnUnfinishedLineToBeFinished() throws {
    let dir = TempDir()
    let path = dir.file()
    let full = Self.file(records: 20)
    let cutAt = full.count - 30
    try Data(full.prefix(cutAt)).write(to: URL(fileURLWithPath: path))
    let db = try Fixture.database(path, quiet: 1)
    db.lockTimeout = 5
    let other = Thread {
      usleep(300_000)
      let fd = open(path, O_WRONLY | O_APPEND)
      let rest = Array(full[cutAt...])
      _ = rest.withUnsafeBytes { write(fd, $0.baseAddress!, rest.count) }
      close(fd)
    }
    other.start()
    try db.perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    let reread = try Fixture.database(path)
    #expect(reread.store.count == 21, "the other program's last record or mine is missing")
    #expect(Array(Fixture.bytes(path).prefix(full.count)) == full)
    #expect(try !FileManager.default.contentsOfDirectory(atPath: dir.path).contains { $0.contains(".torn-") })
  }

  @Test func aFileThatKeepsChangingIsLeftAloneAndTheWriterSaysWhy() throws {
    let dir = TempDir()
    let path = dir.file()
    let full = Self.file(records: 20)
    try Data(full + Array(#"{"id":"partial"#.utf8)).write(to: URL(fileURLWithPath: path))
    let db = try Fixture.database(path, quiet: 1)
    db.lockTimeout = 1.5
    let stop = Atomic<Bool>(false)
    let other = Thread {
      // Another program still writing: a byte of the same line every 100 ms.
      while !stop.load(ordering: .relaxed) {
        let fd = open(path, O_WRONLY | O_APPEND)
        _ = write(fd, "x", 1)
        close(fd)
        usleep(100_000)
      }
    }
    other.start()
    defer { stop.store(true, ordering: .relaxed) }
    #expect {
      try db.perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    } throws: { error in
      guard case .fileBusy = error as? DatabaseError else { return false }
      return "\(error)".contains("another program is writing")
    }
    stop.store(true, ordering: .relaxed)
    usleep(150_000)
    let bytes = Fixture.bytes(path)
    #expect(Array(bytes.prefix(full.count)) == full)
    #expect(bytes.count > full.count + 9, "the other program's bytes were cut")
    #expect(db.store[Self.a] == nil, "a refused edit stayed in memory")
    #expect(try !FileManager.default.contentsOfDirectory(atPath: dir.path).contains { $0.contains(".torn-") })
  }

  @Test func anOldTornTailIsCutAtOnce() throws {
    let dir = TempDir()
    let path = dir.file()
    let full = Self.file(records: 5)
    try Data(full + Array(#"{"id":"cut"#.utf8)).write(to: URL(fileURLWithPath: path))
    Self.age(path, by: 60)
    // Still for a minute by its own clock: no need to watch it for the quiet period, which
    // here is longer than the lock timeout.
    let db = try Fixture.database(path, quiet: 30)
    try db.perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    #expect(try Fixture.database(path).store.count == 6)
    #expect(db.warnings.contains { $0.contains("saved to") })
  }

  // MARK: - 2. The first lines of an existing file are written in place

  @Test func anEmptyFileRefilledDuringAnAddKeepsBothTheRecordsAndTheAdd() throws {
    let dir = TempDir()
    let path = dir.file()
    Fixture.write(path, "")
    let inode = Self.inode(path)
    let db = try Fixture.database(path, quiet: 1)
    db.lockTimeout = 5
    let backup = Self.file(records: 2000)
    let other = Thread {
      usleep(200_000)
      Self.copyInPlace(backup, to: path, pieces: 8, pause: 20_000)
    }
    other.start()
    try db.perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    #expect(Self.inode(path) == inode, "the file was replaced")
    let reread = try Fixture.database(path)
    #expect(reread.store.count == 2001)
    #expect(reread.store[Self.a]?.title == "Mine")
  }

  @Test func theFirstWriteToAnOldEmptyFileKeepsItsInode() throws {
    let dir = TempDir()
    let path = dir.file()
    Fixture.write(path, "")
    Self.age(path, by: 60)
    let inode = Self.inode(path)
    let db = try Fixture.database(path, quiet: 2)
    try db.perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    #expect(Self.inode(path) == inode)
    #expect(Fixture.isHeader(Fixture.lines(path).first))
    #expect(try Fixture.database(path).store.count == 1)
  }

  @Test func compactingAnEmptyFileReplacesNothing() throws {
    let dir = TempDir()
    let path = dir.file()
    Fixture.write(path, "")
    Self.age(path, by: 60)
    let inode = Self.inode(path)
    let db = try Fixture.database(path)
    try db.compact()
    #expect(Self.inode(path) == inode)
    #expect(Fixture.bytes(path).isEmpty)
  }

  // MARK: - 3. A deleted lock file is noticed

  @Test func aLockWhoseFileWasDeletedIsTakenAgain() throws {
    let dir = TempDir()
    let path = dir.file()
    try Fixture.database(path).perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    // Between this writer's `flock` and its check, someone runs `rm PATH.lock` and another
    // writer takes the new lock file there (and keeps it until released below).
    let lockPath = path + ".lock"
    let stolen = Mutex<Int32?>(nil)
    let thief = Meddling {
      stolen.withLock { other in
        guard other == nil else { return }
        Glibc.unlink(lockPath)
        let fd = Glibc.open(lockPath, O_RDWR | O_CREAT, 0o644)
        _ = flock(fd, LOCK_EX)
        other = fd
      }
    }
    func release() {
      stolen.withLock {
        if let fd = $0, fd >= 0 {
          Glibc.close(fd)
          $0 = -1
        }
      }
    }
    defer { release() }
    let db = try Fixture.database(path, fs: thief)
    db.lockTimeout = 0.5
    let before = Fixture.bytes(path)
    // The lock this writer got is on a deleted file; the one at the path is held by another
    // writer, so it must wait for that one, not write beside it.
    #expect(throws: DatabaseError.lockTimeout(path: path, seconds: 0.5)) {
      try db.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "beside")))
    }
    #expect(Fixture.bytes(path) == before)
    release()
    try db.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "after")))
    #expect(try Fixture.database(path).store[Self.a]?.notes.map(\.text) == ["after"])
  }

  @Test func aNoteWrittenUnderANewLockFileDuringACompactionIsNeverLost() throws {
    let dir = TempDir()
    let path = dir.file()
    try Fixture.database(path).perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    // A compaction has checked the file and is about to rename its snapshot over it. Right
    // then someone runs `rm PATH.lock`, and another writer makes a new lock file, takes it and
    // adds a note. Acknowledged, that note must be in the file the rename leaves.
    let lockPath = path + ".lock"
    let outcome = Mutex<String?>(nil)
    let meddler = Meddling(beforeRename: {
      guard outcome.withLock({ $0 == nil }) else { return }
      Glibc.unlink(lockPath)
      do {
        let other = try Fixture.database(path)
        other.lockTimeout = 0.3
        try other.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "meanwhile")))
        outcome.withLock { $0 = "acknowledged" }
      } catch {
        outcome.withLock { $0 = "refused" }
      }
    })
    let compacting = try Fixture.database(path, fs: meddler)
    try compacting.compact()
    let notes = try Fixture.database(path).store[Self.a]?.notes.map(\.text) ?? []
    let said = outcome.withLock { $0 }
    #expect(said != nil)
    // Either the other writer waited and was refused, or its note survived the rename.
    #expect(
      said == "refused" || notes == ["meanwhile"], "the note was \(said ?? "-") and the file has \(notes)")
    // Once the compaction is over, the next note goes through.
    try Fixture.database(path).perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "after")))
    #expect(try Fixture.database(path).store[Self.a]?.notes.map(\.text).last == "after")
  }

  // MARK: - 6. Every change is seen, even when stat cannot tell

  @Test func editsAndTwoCompactionsBetweenTwoRefreshesAreAllSeen() throws {
    let dir = TempDir()
    let path = dir.file()
    let writer = try Fixture.database(path, fs: Meddling(coarse: true))
    try writer.perform(.create(Fixture.opportunity("aaaa0001", "Title AAAA")))
    try writer.perform(.create(Fixture.opportunity("aaaa0002", "Other")))
    try writer.compact()
    let reader = try Fixture.database(path, fs: Meddling(coarse: true))
    #expect(reader.store[Self.a]?.title == "Title AAAA")
    let size = Fixture.bytes(path).count
    // Same length titles: each compaction leaves a file of the same size, and here stat shows
    // the same inode and times too.
    try writer.perform(.set(Self.a, [FieldChange(.title, .string("Title BBBB"))]))
    try writer.compact()
    try writer.perform(.set(Self.a, [FieldChange(.title, .string("Title CCCC"))]))
    try writer.compact()
    #expect(Fixture.bytes(path).count == size)
    let r = try reader.refresh()
    #expect(r.reloaded)
    #expect(reader.store[Self.a]?.title == "Title CCCC")
    #expect(reader.store.records.sorted { $0.id < $1.id } == writer.store.records.sorted { $0.id < $1.id })
  }

  @Test func anEditorSavingInPlaceIsReadAgain() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    try db.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "one")))
    let reader = try Fixture.database(path, fs: Meddling(coarse: true))
    // An editor saves in place a file of the same size that says something else.
    let text = Fixture.text(path).replacingOccurrences(of: "\"one\"", with: "\"two\"")
    Self.copyInPlace(Array(text.utf8), to: path)
    _ = try reader.refresh()
    #expect(reader.store[Self.a]?.notes.map(\.text) == ["two"])
  }

  // MARK: - 11. The clock

  @Test func aClockOutsideTheSaneWindowIsRefusedAndNothingIsWritten() throws {
    let dir = TempDir()
    let path = dir.file()
    try Fixture.database(path).perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    let before = Fixture.bytes(path)
    for iso in ["2300-01-01T00:00:00Z", "1999-12-31T23:59:59Z"] {
      let db = try Database(
        path: path, user: "x", lockTimeout: 1, clock: Fixture.clock(Timestamp(iso: iso)!))
      #expect(throws: DatabaseError.clockOutOfRange(Timestamp(iso: iso)!)) {
        try db.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "future")))
      }
      #expect(Fixture.bytes(path) == before)
      #expect(db.store[Self.a]?.notes.isEmpty == true)
    }
    let edge = try Database(
      path: path, user: "x", lockTimeout: 1, clock: Fixture.clock(Timestamp(iso: "2199-12-31T23:59:59Z")!))
    try edge.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "edge")))
    #expect(try !Fixture.database(path).isReadOnly)
  }

  @Test func aFileDatedPastTheYear2262OpensAndTakesEdits() throws {
    let dir = TempDir()
    let path = dir.file()
    try Fixture.database(path).perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    // `touch -d 2300-01-01`: nanoseconds since 1970 no longer fit in 64 bits.
    var times = [timespec(tv_sec: 10_413_792_000, tv_nsec: 0), timespec(tv_sec: 10_413_792_000, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    let db = try Fixture.database(path, quiet: 2)
    try db.perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "n")))
    _ = try db.refresh()
    #expect(try Fixture.database(path).store[Self.a]?.notes.count == 1)
  }

  // MARK: - 13. Valid files from other programs

  @Test(arguments: ["bom", "blank", "noNewline", "bomBlankNoNewline"])
  func filesOtherProgramsWriteAreReadAndWritten(_ variant: String) throws {
    let dir = TempDir()
    let path = dir.file()
    var bytes = Self.file(records: 3)
    if variant.hasSuffix("oNewline") || variant == "noNewline" { bytes.removeLast() }
    if variant.contains("lank") { bytes = Array("\n  \r\n".utf8) + bytes }
    if variant.hasPrefix("bom") { bytes = FileHeader.byteOrderMark + bytes }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(FileCheck.run(path: path).isSound, "\(FileCheck.run(path: path).problems)")
    let db = try Fixture.database(path)
    #expect(!db.isReadOnly, "\(db.readOnlyReason ?? "")")
    #expect(db.store.count == 3)
    #expect(db.warnings.isEmpty)
    #expect(Fixture.bytes(path) == bytes)
    try db.perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    let reread = try Fixture.database(path)
    #expect(!reread.isReadOnly, "\(reread.readOnlyReason ?? "")")
    #expect(reread.store.count == 4)
    #expect(FileCheck.run(path: path).isSound)
    try reread.compact()
    #expect(try Fixture.database(path).store.count == 4)
  }

  // MARK: - 15. Files and permissions

  @Test func compactionKeepsModeAndTheLockAndTornCopiesGetIt() throws {
    let dir = TempDir()
    let path = dir.file()
    let old = umask(0o022)
    defer { umask(old) }
    try Fixture.database(path).perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    chmod(path, 0o660)
    let db = try Fixture.database(path)
    try db.compact()
    #expect(try PosixFileSystem().stat(path)?.mode == 0o660)
    #expect(try PosixFileSystem().stat(path + ".lock")?.mode == 0o660)
    let fd = open(path, O_WRONLY | O_APPEND)
    _ = write(fd, "{\"id", 4)
    close(fd)
    try Fixture.database(path).perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "n")))
    let torn = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".torn-") }
    #expect(torn.count == 1)
    #expect(try PosixFileSystem().stat(dir.path + "/" + (torn.first ?? ""))?.mode == 0o660)
  }

  @Test func compactionKeepsOwnerAndGroupWhereItCan() throws {
    guard geteuid() == 0 else { return }  // only root may give a file away
    let dir = TempDir()
    let path = dir.file()
    try Fixture.database(path).perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    chown(path, 4242, 4343)
    try Fixture.database(path).compact()
    let st = try PosixFileSystem().stat(path)
    #expect(st?.owner == 4242 && st?.group == 4343)
  }

  @Test func aSymbolicLinkAtTheLockPathIsRefused() throws {
    let dir = TempDir()
    let path = dir.file()
    try Fixture.database(path).perform(.create(Fixture.opportunity("aaaa0001", "Mine")))
    try FileManager.default.removeItem(atPath: path + ".lock")
    let victim = dir.file("victim")
    Fixture.write(victim, "keep me")
    symlink(victim, path + ".lock")
    let before = Fixture.bytes(path)
    #expect {
      try Fixture.database(path).perform(.note(Self.a, Note(at: Fixture.t0, by: "x", text: "n")))
    } throws: { error in
      "\(error)".contains("symbolic link")
    }
    #expect(Fixture.text(victim) == "keep me")
    #expect(Fixture.bytes(path) == before)
  }
}
