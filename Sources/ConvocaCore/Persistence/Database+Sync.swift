#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Database {
  // MARK: - The lock

  /// Runs `body` holding the exclusive lock on `PATH.lock`, waiting up to `lockTimeout`.
  /// The lock file is never a symbolic link (it is refused), gets the data file's mode, and
  /// after the lock is taken the path must still name the locked file: someone may have
  /// deleted it (`rm *.lock`, `git clean`) and another writer may hold a new one there.
  func withLock<T>(_ body: () throws(DatabaseError) -> T) throws(DatabaseError) -> T {
    do { try fs.makeDirectories(directory) } catch { throw .io(error, kept: false) }
    let deadline = Timestamp.monotonicSeconds() + lockTimeout
    let mode = lockMode
    let opened = try lockFile(lockPath, until: deadline) { () throws(IOError) -> Int32? in
      try fs.openLockFile(lockPath, mode: mode)
    }
    guard let fd = opened else { throw .lockTimeout(path: path, seconds: lockTimeout) }
    defer {
      fs.unlock(fd)
      fs.close(fd)
    }
    if let held = try? fs.stat(descriptor: fd, path: lockPath), held.mode & 0o777 != mode,
      held.owner == geteuid()
    {
      try? fs.setAttributes(fd, mode: mode, owner: nil, group: nil, path: lockPath)
    }
    // The data file's own lock. The lock file alone cannot keep two writers apart once
    // someone deletes it while it is held: the next writer makes a new one and takes it at
    // once, and a note it appended between another writer's last check and that writer's
    // compaction rename went to the file the rename threw away. Every append and rename
    // happens under this lock, on the inode then at the path. Nil when there is no file yet:
    // the first write creates it by a link, which never replaces one.
    let data = try lockFile(path, until: deadline) { () throws(IOError) -> Int32? in
      try fs.openForLocking(path)
    }
    defer {
      if let data {
        fs.unlock(data)
        fs.close(data)
      }
    }
    return try body()
  }

  /// Opens a file with `open` and takes its exclusive `flock`, waiting up to `deadline`, until
  /// the path still names the file locked (someone may have deleted or replaced it meanwhile,
  /// and another writer may hold the one there now). Nil when `open` finds no file.
  func lockFile(_ lockedPath: String, until deadline: Double, open: () throws(IOError) -> Int32?)
    throws(DatabaseError) -> Int32?
  {
    var pause: UInt32 = 2_000
    while true {
      let opened: Int32?
      do { opened = try open() } catch { throw .io(error, kept: false) }
      guard let fd = opened else { return nil }
      var got = false
      var valid = false
      do throws(IOError) {
        got = try fs.lock(fd, wait: false)
        if got {
          let held = try fs.stat(descriptor: fd, path: lockedPath)
          valid = try fs.stat(lockedPath)?.sameFile(as: held) == true
        }
      } catch {
        fs.close(fd)
        throw .io(error, kept: false)
      }
      if valid { return fd }
      // Locked a file that is no longer at the path: let go and take the one there now.
      if got { fs.unlock(fd) }
      fs.close(fd)
      if Timestamp.monotonicSeconds() >= deadline { throw .lockTimeout(path: path, seconds: lockTimeout) }
      if got { continue }
      usleep(pause)
      pause = min(pause * 2, 20_000)
    }
  }

  /// The lock file's permissions: the data file's, without execute bits.
  var lockMode: UInt32 { (known?.mode ?? 0o644) & 0o666 }

  // MARK: - Catching up with other writers

  /// Under the lock: takes in whatever others wrote since we last looked. When the file ends
  /// mid-line, without its final newline, or has no header yet, another program may still be
  /// writing it (a `cp`, a `git checkout`, an editor): the writer waits until the file has
  /// been still for `tailQuietPeriod` and is exactly what was read, then saves a torn tail
  /// aside and cuts it off. After `lockTimeout` it gives up and changes nothing.
  func syncLocked() throws(DatabaseError) {
    let deadline = Timestamp.monotonicSeconds() + lockTimeout
    var stillSince: (stat: FileStat, at: Double)?
    while true {
      _ = try takeIn(underLock: true)
      guard let k = known, !parsed.tornTail.isEmpty || parsed.endsWithoutNewline || parsed.version == nil
      else { return }
      let now = Timestamp.monotonicSeconds()
      if stillSince?.stat.sameVersion(as: k) != true { stillSince = (k, now) }
      let watched = now - (stillSince?.at ?? now)
      if (Database.secondsSinceChange(k) >= tailQuietPeriod || watched >= tailQuietPeriod) && stillAsRead() {
        if !parsed.tornTail.isEmpty { try saveTornTail(parsed.tornTail) }
        return
      }
      if now >= deadline { throw .fileBusy(path: path, seconds: lockTimeout) }
      usleep(50_000)
    }
  }

  /// Wall-clock seconds since the file's data last changed, by its modification time (0 when
  /// that lies in the future). Every write sets it to the present, so a program still writing
  /// shows a fresh one; tools that put an old time back (`cp -p`, `tar`) do so only after
  /// their last write.
  static func secondsSinceChange(_ st: FileStat) -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    let now = Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    return max(0, now - Double(st.modified) / 1e9)
  }

  /// Whether the file is exactly what was last read: the same file, unchanged by stat, its
  /// first and last read bytes the same, and nothing after them but the torn tail read.
  func stillAsRead() -> Bool {
    guard let k = known, let st = try? fs.stat(path), st.sameVersion(as: k), anchorsHold() else {
      return false
    }
    guard st.size > parsed.goodLength else { return st.size == parsed.goodLength }
    return (try? fs.read(path, from: parsed.goodLength)) == parsed.tornTail
  }

  /// Whether the file's first bytes and the bytes before `goodLength` are as last read.
  func anchorsHold() -> Bool {
    let good = parsed.goodLength
    guard parsed.head.count == min(good, ParsedFile.anchorLength) else { return false }
    guard good > 0 else { return true }
    guard (try? fs.read(path, from: 0, count: parsed.head.count)) == parsed.head else { return false }
    let n = parsed.lastBytes.count
    return n > 0 && (try? fs.read(path, from: good - n, count: n)) == parsed.lastBytes
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
    if let k = known, k.sameVersion(as: st), parsed.tornTail.isEmpty, anchorsHold() { return result }
    // Only growth of the same file, with the bytes already read still in place, is read from
    // where reading stopped; a compaction (a new generation in the header, even on a reused
    // inode of the same size), a restored backup or an editor's save is read again in full.
    let appended =
      known.map { $0.sameFile(as: st) } == true && st.size >= parsed.goodLength && parsed.goodLength > 0
      && !parsed.endsWithoutNewline && anchorsHold()
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
    } else {
      let before = store
      var next: ParsedFile
      // Replaced as a whole (another writer's compaction, a checkout): through the snapshot
      // cache like an open, so the next open finds it ready.
      do { next = try read(upTo: st.size) } catch { throw .io(error, kept: false) }
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
    }
    return result
  }

  static func difference(_ a: OpportunityStore, _ b: OpportunityStore) -> Set<OpportunityID> {
    var changed: Set<OpportunityID> = []
    for r in b.records where a[r.id] != r { changed.insert(r.id) }
    for r in a.records where !b.contains(r.id) { changed.insert(r.id) }
    return changed
  }

  /// Saves a torn tail to `PATH.torn-TIME` (with the data file's permissions) and cuts it off
  /// the data file, once the descriptor is checked to be the file that was read.
  func saveTornTail(_ tail: [UInt8]) throws(DatabaseError) {
    let stamp = clock().description.replacingOccurrences(of: ":", with: "")
    var aside = path + ".torn-" + stamp + "-\(getpid())"
    let mode = (known?.mode ?? 0o644) & 0o666
    var created = false
    var cut = false
    do throws(IOError) {
      // A second torn tail in the same second gets its own name ("-2", "-3", …).
      var fd: Int32 = -1
      for n in 1...100 {
        do {
          fd = try fs.openForWriting(aside, append: false, create: true, mode: mode)
          break
        } catch  where error.code == EEXIST && n < 100 {
          aside = path + ".torn-" + stamp + "-\(getpid())-\(n + 1)"
        }
      }
      created = true
      defer { fs.close(fd) }
      try fs.setAttributes(fd, mode: mode, owner: nil, group: nil, path: aside)
      try fs.write(fd, tail, path: aside)
      try fs.sync(fd, path: aside)
      let data = try fs.openForWriting(path, append: true, create: false, mode: 0o644)
      defer { fs.close(data) }
      guard let k = known, try fs.stat(descriptor: data, path: path).sameVersion(as: k) else {
        throw IOError(operation: "truncate", path: path, code: EAGAIN)
      }
      try fs.truncate(data, to: parsed.goodLength, path: path)
      cut = true
      try fs.sync(data, path: path)
    } catch {
      // The bytes are still in the data file: drop the incomplete copy, so a retry starts clean.
      if created && !cut { try? fs.unlink(aside) }
      if error.code == EAGAIN { throw .fileBusy(path: path, seconds: lockTimeout) }
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
