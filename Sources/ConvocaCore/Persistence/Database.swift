#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The opportunities of one data file: the in-memory store, kept in step with the file.
///
/// The guarantees (see docs/file-format.md): an edit is durable when `perform` returns (one
/// journal line appended and fsynced, never a whole-file rewrite); compaction is atomic;
/// a torn last line is saved aside and cut off; a damaged line elsewhere makes the file
/// read-only and it is never written; every write holds an advisory lock on `PATH.lock` and
/// first takes in what others appended; an I/O error leaves the edit in memory and the next
/// save writes a whole new file.
public final class Database {
  /// The data file (symbolic links resolved, so compaction replaces the real file).
  public let path: String
  /// The side file that writers lock.
  public var lockPath: String { path + ".lock" }
  /// Everything in memory: the file plus any edits not yet saved.
  public internal(set) var store: OpportunityStore
  /// Why writing is impossible, when it is.
  public internal(set) var readOnlyReason: String?
  /// What is wrong with the file's contents, when something is (it is then read-only).
  public internal(set) var formatProblem: DataFileProblem?
  /// Things the user should be told (a torn line saved aside, …).
  public internal(set) var warnings: [String] = []
  /// Who edits, for history and notes.
  public var user: String
  /// How long a write waits for another writer's lock, or for another program to finish
  /// writing the file.
  public var lockTimeout: Double
  /// How long a file that ends mid-line (or is empty) must have been still before a writer
  /// may cut the tail or write the first lines: until then someone may still be writing it.
  public var tailQuietPeriod: Double = 2
  /// The clock (tests pass a fixed one).
  public var clock: @Sendable () -> Timestamp
  /// The instants the clock may report for an edit to be written (`Timestamp.sane`); every
  /// one of them is read back (`Timestamp.writable` is wider).
  public var clockWindow: ClosedRange<Int64> = Timestamp.sane

  let fs: FileSystem
  /// Where the snapshot cache lives, if one is used.
  public let cache: SnapshotCache?
  /// How the last open read the file: from the cache (true), or whole (false).
  public internal(set) var openedFromCache = false
  var parsed = ParsedFile()
  var known: FileStat?
  var unsaved: [JournalEntry] = []
  var needsRewrite = false
  /// How big a piece of a rewrite is written at once.
  var rewritePiece = Database.defaultRewritePiece
  var undoStack: [UndoStep] = []
  var redoStack: [UndoStep] = []
  /// What undoes the last `write`, kept for when its save failed after applying.
  var lastInverse: [Command] = []

  /// Whether writes are possible.
  public var isReadOnly: Bool { readOnlyReason != nil }
  /// Whether edits are waiting in memory for a successful save.
  public var hasUnsavedChanges: Bool { !unsaved.isEmpty || needsRewrite }
  /// Whether there is something to undo / redo.
  public var canUndo: Bool { !undoStack.isEmpty }
  /// Whether there is something to redo.
  public var canRedo: Bool { !redoStack.isEmpty }

  /// Opens (or prepares to create) the data file at `path`.
  /// `cache`, when given, keeps a binary copy of the file's snapshot part in the user's
  /// cache folder and opens from it while it matches the file (see `SnapshotCache`).
  public init(
    path: String, fileSystem: FileSystem = PosixFileSystem(), user: String, lockTimeout: Double = 5,
    clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }, cache: SnapshotCache? = nil
  ) throws(DatabaseError) {
    self.path = Database.resolve(path)
    self.fs = fileSystem
    self.user = user
    self.lockTimeout = lockTimeout
    self.clock = clock
    self.cache = cache
    self.store = OpportunityStore()
    try load()
  }

  static func resolve(_ path: String) -> String {
    var p = path
    for _ in 0..<40 {
      if let real = realpath(p, nil) {
        defer { free(real) }
        return String(cString: real)
      }
      // Nothing there yet: a dangling link is followed, so the first write creates its target
      // instead of replacing the link with a file.
      var buf = [CChar](repeating: 0, count: 4097)
      let n = readlink(p, &buf, buf.count - 1)
      guard n > 0 else { return p }
      let target = String(decoding: buf[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if target.hasPrefix("/") {
        p = target
      } else if let slash = p.lastIndex(of: "/") {
        p = String(p[...slash]) + target
      } else {
        p = target
      }
    }
    return p
  }

  var directory: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let d = String(path[..<slash])
    return d.isEmpty ? "/" : d
  }

  // MARK: - Loading

  func load() throws(DatabaseError) {
    let st: FileStat?
    do { st = try fs.stat(path) } catch { throw .io(error, kept: false) }
    guard let st else {
      parsed = ParsedFile()
      known = nil
      store = OpportunityStore()
      checkWritable()
      return
    }
    guard st.isRegular else { throw .notRegularFile(path) }
    do { parsed = try read(upTo: st.size) } catch { throw .io(error, kept: false) }
    known = st
    store = parsed.store
    parsed.store = OpportunityStore()  // one owner, so edits never copy the records
    parsed.touched = []
    if let p = parsed.problem {
      readOnlyReason = p.description
      formatProblem = p
      return
    }
    checkWritable()
    // Reading never writes: the bytes may be another program's unfinished write (a `cp`, a
    // `git checkout`), and cutting them would punch a hole in its file. A writer settles
    // them later, under the lock, once the file has been still for `tailQuietPeriod`.
    if !parsed.tornTail.isEmpty { warnings.append(Strings.tornPending(parsed.tornTail.count)) }
  }

  func checkWritable() {
    if known != nil {
      if !fs.isWritable(path) || !fs.isWritable(directory) { readOnlyReason = Strings.notWritable }
    } else if let d = try? fs.stat(directory), d.isDirectory, !fs.isWritable(directory) {
      readOnlyReason = Strings.notWritable
    }
  }

  // MARK: - Writing

  /// Applies commands as one action, makes them durable, and records them for undo.
  /// Returns the commands that undo it. Moves, notes and finished standups take this
  /// instant and user (`stamp`) unless `asGiven` (an import of records and standups that
  /// already carry theirs).
  @discardableResult
  public func perform(_ commands: [Command], asGiven: Bool = false) throws(DatabaseError) -> [Command] {
    let inverse: [Command]
    do { inverse = try write(commands, stamping: asGiven ? .asGiven : .now) } catch {
      // Applied in memory, to be saved later: it can still be undone.
      if case .io(_, kept: true) = error {
        undoStack.append(UndoStep(commands: lastInverse, after: snapshot(commands), teamAfter: store.team))
        redoStack.removeAll()
      }
      throw error
    }
    undoStack.append(UndoStep(commands: inverse, after: snapshot(commands), teamAfter: store.team))
    redoStack.removeAll()
    return inverse
  }

  /// Applies one command (see `perform(_:)`).
  @discardableResult
  public func perform(_ command: Command) throws(DatabaseError) -> [Command] { try perform([command]) }

  /// Takes back the last action; returns the ids it touched. Refused
  /// (`DatabaseError.changedSince`, nothing changed, the action stays undoable) when someone
  /// changed since a value it would put back, or changed a record it would remove.
  @discardableResult
  public func undo() throws(DatabaseError) -> [OpportunityID] {
    guard let step = undoStack.popLast() else { throw .nothingToUndo }
    do {
      let inverse = try write(step.commands, stamping: .restoring) { () throws(DatabaseError) in
        try verify(step, redo: false)
      }
      redoStack.append(UndoStep(commands: inverse, after: snapshot(step.commands), teamAfter: store.team))
    } catch {
      if case .io(_, kept: true) = error {
        redoStack.append(
          UndoStep(commands: lastInverse, after: snapshot(step.commands), teamAfter: store.team))
      } else {
        undoStack.append(step)
      }
      throw error
    }
    return step.commands.compactMap(\.id)
  }

  /// Does again the last action undone; returns the ids it touched. Refused like `undo` when
  /// someone changed since what it would change back.
  @discardableResult
  public func redo() throws(DatabaseError) -> [OpportunityID] {
    guard let step = redoStack.popLast() else { throw .nothingToRedo }
    do {
      let inverse = try write(step.commands, stamping: .restoring) { () throws(DatabaseError) in
        try verify(step, redo: true)
      }
      undoStack.append(UndoStep(commands: inverse, after: snapshot(step.commands), teamAfter: store.team))
    } catch {
      if case .io(_, kept: true) = error {
        undoStack.append(
          UndoStep(commands: lastInverse, after: snapshot(step.commands), teamAfter: store.team))
      } else {
        redoStack.append(step)
      }
      throw error
    }
    return step.commands.compactMap(\.id)
  }

  /// Applies and saves `commands` under the lock; `check`, run after taking in others'
  /// changes and before applying, may refuse.
  func write(
    _ commands: [Command], stamping: Stamping = .now, check: () throws(DatabaseError) -> Void = {}
  ) throws(DatabaseError) -> [Command] {
    if let why = readOnlyReason { throw .readOnly(why) }
    return try withLock { () throws(DatabaseError) -> [Command] in
      try syncLocked()
      try check()
      let at = clock()
      guard clockWindow.contains(at.seconds) else { throw .clockOutOfRange(at) }
      // Applied in place (copying 100,000 records per edit would be slow); a command that
      // fails midway takes back the ones before it, so the store is unchanged on error.
      var inverse: [Command] = []
      var written: [Command] = []
      for var c in commands.map({ stamping == .asGiven ? $0 : Database.stamp($0, at: at, by: user, stamping) }
      ) {
        // A delete carries the record as it goes, so the file keeps it until compaction.
        if case .delete(let id, _) = c { c = .delete(id, record: store[id]) }
        do throws(CommandError) {
          inverse.append(try store.apply(Change(c, at: at, by: user)))
          written.append(c)
        } catch {
          for undo in inverse.reversed() { _ = try? store.apply(Change(undo, at: at, by: user)) }
          throw .command(error.message)
        }
      }
      let entry = JournalEntry(at: at, by: user, commands: written)
      unsaved.append(entry)
      lastInverse = inverse.reversed()
      try flushLocked()
      return lastInverse
    }
  }

  /// Which commands `write` gives the action's time and author.
  enum Stamping {
    /// A new action: moves, notes and finished standups.
    case now
    /// An undo or redo: moves and notes (done again now), not a standup put back, which
    /// is the one that was taken back.
    case restoring
    /// None: an import of records and standups that carry their own.
    case asGiven
  }

  /// Moves, notes and finished standups carry the action's time and author.
  static func stamp(_ c: Command, at: Timestamp, by: String, _ stamping: Stamping = .now) -> Command {
    switch c {
    case .move(let id, var entry, let awarded):
      entry.at = at
      entry.by = by
      return .move(id, entry: entry, awarded: awarded)
    case .note(let id, var n):
      n.at = at
      n.by = by
      return .note(id, n)
    case .team(.standup(var s)) where stamping == .now:
      // A standup ends when it is written: the next one starts from this instant.
      s.at = at
      s.by = by
      if s.since > at { s.since = at }
      return .team(.standup(s))
    default: return c
    }
  }

  /// Writes whatever is unsaved: appended journal lines normally; the header and the records,
  /// in place, into an existing file that has none yet (never a new inode over an existing
  /// file: another program may be filling it); a whole new file when there is none or the
  /// last save failed.
  func flushLocked() throws(DatabaseError) {
    guard !unsaved.isEmpty || needsRewrite else { return }
    // A version-1 file is rewritten whole on its first write, as the current version: it can
    // then take team lines, and an older Convoca says "newer version" instead of misreading.
    if needsRewrite || known == nil
      || (parsed.version ?? FileHeader.currentVersion) < FileHeader.currentVersion
    {
      try rewriteSettled()
      return
    }
    let first = parsed.version == nil
    var bytes: [UInt8] = parsed.endsWithoutNewline ? [0x0A] : []
    if first {
      bytes += snapshotBytes()
    } else {
      for e in unsaved {
        JournalCodec.append(e, to: &bytes)
        bytes.append(0x0A)
      }
    }
    let fd: Int32
    do { fd = try fs.openForWriting(path, append: true, create: false, mode: 0o644) } catch {
      needsRewrite = true
      throw .io(error, kept: true)
    }
    defer { fs.close(fd) }
    do {
      try fs.write(fd, bytes, path: path)
      try fs.sync(fd, path: path)
    } catch {
      needsRewrite = true
      // Take back whatever part of the line reached the file; if even that fails, the next
      // writer finds a torn tail and saves it aside.
      try? fs.truncate(fd, to: parsed.goodLength, path: path)
      throw .io(error, kept: true)
    }
    parsed.goodLength += bytes.count
    parsed.endsWithoutNewline = false
    parsed.remember(appended: bytes)
    if first {
      parsed.version = FileHeader.currentVersion
      parsed.lineCount += snapshotLineCount
      parsed.head = (try? fs.read(path, from: 0, count: ParsedFile.anchorLength)) ?? []
    } else {
      parsed.lineCount += unsaved.count
      parsed.journalLines += unsaved.count
    }
    unsaved.removeAll()
    known = try? fs.stat(path)
  }

  /// The header (with a new generation) and every record, one line each, sorted by id.
  func snapshotBytes() -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(parsed.goodLength, store.count * 400) + 4096)
    snapshot(piece: Int.max) { bytes += $0 }
    return bytes
  }

  /// The snapshot handed to `emit` in pieces of about `piece` bytes (whole lines), so a
  /// rewrite never holds the whole file in memory besides the store (a 300 MB file is 300 MB
  /// more at its peak otherwise).
  func snapshot<E: Error>(piece: Int, _ emit: ([UInt8]) throws(E) -> Void) throws(E) {
    var bytes = Array(FileHeader.line(generation: FileHeader.newGeneration()).utf8)
    bytes.append(0x0A)
    let order = Database.idOrder(store.records)
    if piece < Int.max { bytes.reserveCapacity(piece + 64 * 1024) }
    var k = 0
    while k < order.count {
      store.records.withUnsafeBufferPointer { rs in
        while k < order.count, bytes.count < piece {
          RecordEncoder.append(rs[order[k]], to: &bytes)
          bytes.append(0x0A)
          k += 1
        }
      }
      if bytes.count >= piece {
        try emit(bytes)
        bytes.removeAll(keepingCapacity: true)
      }
    }
    for line in TeamCodec.snapshotLines(store.team.compacted) {
      var w = JSONWriter()
      w.write(line)
      bytes += w.bytes
      bytes.append(0x0A)
    }
    if !bytes.isEmpty { try emit(bytes) }
  }

  /// The positions of `records` in id order. Ids are at most 8 bytes of ASCII without NUL,
  /// so each packs into one integer whose order is the ids' byte order (a shorter id sorts
  /// before any longer one it begins): an integer sort instead of 1.7 million string
  /// comparisons and a hash look-up per record (about a tenth of a compaction). Any longer id
  /// (never written by Convoca) takes the string sort.
  static func idOrder(_ records: [Opportunity]) -> [Int] {
    records.withUnsafeBufferPointer { rs -> [Int] in
      var keys: [(UInt64, Int)] = []
      keys.reserveCapacity(rs.count)
      for k in rs.indices {
        guard let packed = rs[k].id.packed else { return rs.indices.sorted { rs[$0].id < rs[$1].id } }
        keys.append((packed, k))
      }
      keys.sort { $0.0 < $1.0 }
      return keys.map(\.1)
    }
  }

  /// How big a piece of a rewrite is written at once (tests make it small).
  static let defaultRewritePiece = 4 << 20

  /// The lines `snapshotBytes` writes after the header.
  var snapshotLineCount: Int { store.count + TeamCodec.snapshotLines(store.team.compacted).count + 1 }

  /// `rewriteLocked()` until the file holds still for it: another program that wrote the
  /// file meanwhile (without the lock) is taken in first, up to `lockTimeout`.
  func rewriteSettled() throws(DatabaseError) {
    let deadline = Timestamp.monotonicSeconds() + lockTimeout
    while !(try rewriteLocked()) {
      if Timestamp.monotonicSeconds() >= deadline { throw .fileBusy(path: path, seconds: lockTimeout) }
      usleep(20_000)
      try syncLocked()
    }
  }

  /// Rewrites the file from memory, atomically: temp file, fsync, rename, fsync the folder.
  /// The new file keeps the old one's permissions and, where the process may, its owner and
  /// group. Right before the rename the file must still be exactly what was last read;
  /// otherwise nothing is replaced and the result is false. A file that is not there is
  /// created by a link, which never replaces one that appeared meanwhile.
  func rewriteLocked() throws(DatabaseError) -> Bool {
    let lines = snapshotLineCount
    var p = ParsedFile()
    let tmp = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let creating = known == nil
    var replaced = true
    do throws(IOError) {
      try fs.makeDirectories(directory)
      let fd = try fs.openForWriting(tmp, append: false, create: true, mode: known?.mode ?? 0o644)
      do {
        if let k = known {
          try fs.setAttributes(fd, mode: k.mode, owner: k.owner, group: k.group, path: tmp)
        }
        try snapshot(piece: rewritePiece) { (piece: [UInt8]) throws(IOError) in
          try fs.write(fd, piece, path: tmp)
          p.goodLength += piece.count
          p.remember(appended: piece)
        }
        try fs.sync(fd, path: tmp)
        fs.close(fd)
      } catch {
        fs.close(fd)
        throw error
      }
      if creating {
        do { try fs.link(tmp, to: path) } catch  where error.code == EEXIST { replaced = false }
        try? fs.unlink(tmp)
      } else if stillAsRead() {
        try fs.rename(tmp, to: path)
      } else {
        replaced = false
        try? fs.unlink(tmp)
      }
    } catch {
      try? fs.unlink(tmp)
      needsRewrite = true
      throw .io(error, kept: true)
    }
    guard replaced else { return false }
    // The new file is in place; a failed folder fsync means only that the rename might not
    // survive a power cut, so report it and rewrite again next time.
    var syncError: IOError?
    do { try fs.syncDirectory(directory) } catch { syncError = error }
    p.lineCount = lines
    p.version = FileHeader.currentVersion
    parsed = p
    known = try? fs.stat(path)
    unsaved.removeAll()
    store.deleted.removeAll()  // the new file no longer holds them
    store.team = store.team.compacted
    needsRewrite = syncError != nil
    if let syncError { throw .io(syncError, kept: true) }
    return true
  }

  /// Rewrites the file as a fresh snapshot with an empty journal.
  public func compact() throws(DatabaseError) {
    if let why = readOnlyReason { throw .readOnly(why) }
    try withLock { () throws(DatabaseError) in
      try syncLocked()
      // Nothing to compact in a file with no header yet; replacing it could throw away what
      // another program is filling it with.
      guard parsed.version != nil || !unsaved.isEmpty else { return }
      try rewriteSettled()
    }
  }
}
