#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Database {
  // MARK: - The lock

  /// Runs `body` holding the exclusive lock on `PATH.lock`, waiting up to `lockTimeout`.
  func withLock<T>(_ body: () throws(DatabaseError) -> T) throws(DatabaseError) -> T {
    let fd: Int32
    do {
      try fs.makeDirectories(directory)
      fd = try fs.openLockFile(lockPath)
    } catch {
      throw .io(error, kept: false)
    }
    defer { fs.close(fd) }
    let deadline = Timestamp.monotonicSeconds() + lockTimeout
    var pause: UInt32 = 2_000
    while true {
      let got: Bool
      do { got = try fs.lock(fd, wait: false) } catch { throw .io(error, kept: false) }
      if got { break }
      if Timestamp.monotonicSeconds() >= deadline { throw .lockTimeout(path: path, seconds: lockTimeout) }
      usleep(pause)
      pause = min(pause * 2, 20_000)
    }
    defer { fs.unlock(fd) }
    return try body()
  }

  // MARK: - Catching up with other writers

  /// Under the lock: takes in whatever others wrote since we last looked, and saves a torn
  /// tail aside (no writer can be mid-append while we hold the lock).
  func syncLocked() throws(DatabaseError) {
    _ = try takeIn(underLock: true)
  }

  /// Picks up changes other processes made to the file, without waiting for the lock. A
  /// half-written last line is left for later: its writer may still be at it.
  public func refresh() throws(DatabaseError) -> RefreshResult {
    try takeIn(underLock: false)
  }

  func takeIn(underLock: Bool) throws(DatabaseError) -> RefreshResult {
    var result = RefreshResult()
    let st: FileStat?
    do { st = try fs.stat(path) } catch { throw .io(error, kept: false) }
    guard let st else {
      // The file vanished: memory has everything, so the next save writes it whole.
      if known != nil {
        known = nil
        needsRewrite = true
      }
      return result
    }
    guard st.isRegular else { throw .notRegularFile(path) }
    if let k = known, k.sameVersion(as: st), parsed.tornTail.isEmpty { return result }
    let appended =
      known.map { $0.device == st.device && $0.inode == st.inode } == true && st.size >= parsed.goodLength
      && parsed.goodLength > 0 && precededByNewline()
    if appended {
      var base = parsed
      base.store = store
      store = OpportunityStore()  // hand the records over without a copy
      parsed.store = OpportunityStore()
      base.touched = []
      var next: ParsedFile
      do {
        next = try DataFileParser.load(
          path, fileSystem: fs, from: parsed.goodLength, upTo: st.size, into: base)
      } catch {
        store = base.store
        throw .io(error, kept: false)
      }
      store = next.store
      next.store = OpportunityStore()
      if let p = next.problem {
        readOnlyReason = p.description
        formatProblem = p
        throw .readOnly(p.description)
      }
      result.changed = next.touched
      next.touched = []
      parsed = next
      known = st
      if !next.tornTail.isEmpty && underLock { try saveTornTail(next.tornTail) }
    } else {
      let before = store
      var next: ParsedFile
      do { next = try DataFileParser.load(path, fileSystem: fs, upTo: st.size) } catch {
        throw .io(error, kept: false)
      }
      if let p = next.problem {
        readOnlyReason = p.description
        formatProblem = p
        throw .readOnly(p.description)
      }
      var s = next.store
      next.store = OpportunityStore()
      next.touched = []
      parsed = next
      known = st
      // Edits not yet saved stay: they are applied again on top of what the file now says.
      for e in unsaved {
        for c in e.commands { _ = try? s.apply(Change(c, at: e.at, by: e.by)) }
      }
      if !unsaved.isEmpty { needsRewrite = true }
      store = s
      result.reloaded = true
      result.changed = Database.difference(before, store)
      if !next.tornTail.isEmpty && underLock { try saveTornTail(next.tornTail) }
    }
    return result
  }

  func precededByNewline() -> Bool {
    guard parsed.goodLength > 0, let b = try? fs.read(path, from: parsed.goodLength - 1), let first = b.first
    else {
      return false
    }
    return first == 0x0A
  }

  static func difference(_ a: OpportunityStore, _ b: OpportunityStore) -> Set<OpportunityID> {
    var changed: Set<OpportunityID> = []
    for r in b.records where a[r.id] != r { changed.insert(r.id) }
    for r in a.records where !b.contains(r.id) { changed.insert(r.id) }
    return changed
  }

  /// Saves a torn tail to `PATH.torn-TIME` and cuts it off the data file.
  func saveTornTail(_ tail: [UInt8]) throws(DatabaseError) {
    let stamp = clock().description.replacingOccurrences(of: ":", with: "")
    var aside = path + ".torn-" + stamp + "-\(getpid())"
    var created = false
    var cut = false
    do {
      // A second torn tail in the same second gets its own name ("-2", "-3", …).
      var fd: Int32 = -1
      for n in 1...100 {
        do {
          fd = try fs.openForWriting(aside, append: false, create: true, mode: 0o644)
          break
        } catch  where error.code == EEXIST && n < 100 {
          aside = path + ".torn-" + stamp + "-\(getpid())-\(n + 1)"
        }
      }
      created = true
      defer { fs.close(fd) }
      try fs.write(fd, tail, path: aside)
      try fs.sync(fd, path: aside)
      let data = try fs.openForWriting(path, append: true, create: false, mode: 0o644)
      defer { fs.close(data) }
      try fs.truncate(data, to: parsed.goodLength, path: path)
      cut = true
      try fs.sync(data, path: path)
    } catch {
      // The bytes are still in the data file: drop the incomplete copy, so a retry starts clean.
      if created && !cut { try? fs.unlink(aside) }
      throw .io(error, kept: false)
    }
    parsed.tornTail = []
    known = try? fs.stat(path)
    warnings.append(Strings.tornSaved(tail.count, aside))
  }
}

extension Timestamp {
  /// Seconds on a clock that never jumps, for timeouts.
  static func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }
}
