#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real file system, through POSIX calls.
public struct PosixFileSystem: FileSystem {
  /// Creates the real file system.
  public init() {}

  private func fail(_ op: String, _ path: String) -> IOError {
    IOError(operation: op, path: path, code: errno)
  }

  public func stat(_ path: String) throws(IOError) -> FileStat? {
    var st = Glibc.stat()
    if systemStat(path, &st) != 0 {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw fail("stat", path)
    }
    return PosixFileSystem.facts(st)
  }

  static func facts(_ st: Glibc.stat) -> FileStat {
    let kind = st.st_mode & S_IFMT
    return FileStat(
      device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size),
      modified: nanoseconds(st.st_mtim),
      isRegular: kind == S_IFREG, isDirectory: kind == S_IFDIR, mode: UInt32(st.st_mode & 0o7777),
      changed: nanoseconds(st.st_ctim),
      owner: UInt32(st.st_uid), group: UInt32(st.st_gid))
  }

  /// A file time in nanoseconds, pinned to what Int64 holds: anyone can `touch -d` a file
  /// past 2262, where the plain product overflows.
  static func nanoseconds(_ t: timespec) -> Int64 {
    let (product, overflow) = Int64(t.tv_sec).multipliedReportingOverflow(by: 1_000_000_000)
    if overflow { return t.tv_sec < 0 ? Int64.min : Int64.max }
    return product.addingReportingOverflow(Int64(t.tv_nsec)).overflow ? Int64.max : product + Int64(t.tv_nsec)
  }

  public func stat(descriptor fd: Int32, path: String) throws(IOError) -> FileStat {
    var st = Glibc.stat()
    guard fstat(fd, &st) == 0 else { throw fail("stat", path) }
    return PosixFileSystem.facts(st)
  }

  public func setAttributes(_ fd: Int32, mode: UInt32, owner: UInt32?, group: UInt32?, path: String)
    throws(IOError)
  {
    if owner != nil || group != nil {
      // Only root may give a file away; anyone may keep their own. Not an error either way.
      _ = fchown(fd, owner.map { uid_t($0) } ?? uid_t.max, group.map { gid_t($0) } ?? gid_t.max)
    }
    guard fchmod(fd, mode_t(mode & 0o7777)) == 0 else { throw fail("chmod", path) }
  }

  public func link(_ from: String, to: String) throws(IOError) {
    guard Glibc.link(from, to) == 0 else { throw fail("link", to) }
  }

  public func read(_ path: String, from offset: Int) throws(IOError) -> [UInt8] {
    try read(path, from: offset, count: Int.max)
  }

  public func read(_ path: String, from offset: Int, count: Int) throws(IOError) -> [UInt8] {
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw fail("open", path) }
    defer { Glibc.close(fd) }
    var st = Glibc.stat()
    guard fstat(fd, &st) == 0 else { throw fail("stat", path) }
    guard st.st_mode & S_IFMT == S_IFREG else { throw IOError(operation: "open", path: path, code: EISDIR) }
    let size = min(count, max(0, Int(st.st_size) - offset))
    var failure: Int32 = 0
    // Not zero-filled first: pread writes every byte that is kept.
    let out = [UInt8](unsafeUninitializedCapacity: size) { buf, initialized in
      var got = 0
      while got < size, let base = buf.baseAddress {
        let n = pread(fd, base + got, size - got, off_t(offset + got))
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          break
        }
        if n == 0 { break }
        got += n
      }
      initialized = got
    }
    if failure != 0 { throw IOError(operation: "read", path: path, code: failure) }
    return out
  }

  public func openForWriting(_ path: String, append: Bool, create: Bool, mode: UInt32) throws(IOError)
    -> Int32
  {
    var flags = O_WRONLY | O_CLOEXEC
    if append { flags |= O_APPEND }
    if create { flags |= O_CREAT | O_EXCL }
    let fd = Glibc.open(path, flags, mode_t(mode))
    guard fd >= 0 else { throw fail("open", path) }
    return fd
  }

  public func openLockFile(_ path: String, mode: UInt32) throws(IOError) -> Int32 {
    let fd = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode_t(mode))
    guard fd >= 0 else { throw fail("open", path) }
    return fd
  }

  public func openForLocking(_ path: String) throws(IOError) -> Int32? {
    // Non-blocking, so a FIFO put at the path cannot hang the writer.
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0, errno == ENOENT { return nil }
    guard fd >= 0 else { throw fail("open", path) }
    return fd
  }

  public func write(_ fd: Int32, _ bytes: [UInt8], path: String) throws(IOError) {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { buf -> Int in
        guard let base = buf.baseAddress else { return 0 }
        return Glibc.write(fd, base + done, bytes.count - done)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw fail("write", path)
      }
      done += n
    }
  }

  public func sync(_ fd: Int32, path: String) throws(IOError) {
    while fdatasync(fd) != 0 {
      if errno != EINTR { throw fail("fsync", path) }
    }
  }

  public func truncate(_ fd: Int32, to length: Int, path: String) throws(IOError) {
    guard ftruncate(fd, off_t(length)) == 0 else { throw fail("truncate", path) }
  }

  public func close(_ fd: Int32) { _ = Glibc.close(fd) }

  public func rename(_ from: String, to: String) throws(IOError) {
    guard Glibc.rename(from, to) == 0 else { throw fail("rename", to) }
  }

  public func syncDirectory(_ path: String) throws(IOError) {
    let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw fail("open", path) }
    defer { Glibc.close(fd) }
    guard fsync(fd) == 0 else { throw fail("fsync", path) }
  }

  public func unlink(_ path: String) throws(IOError) {
    guard Glibc.unlink(path) == 0 || errno == ENOENT else { throw fail("unlink", path) }
  }

  public func makeDirectories(_ path: String) throws(IOError) {
    var built = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      built += "/" + part
      if mkdir(built, 0o755) != 0 && errno != EEXIST { throw fail("mkdir", built) }
    }
  }

  public func lock(_ fd: Int32, wait: Bool) throws(IOError) -> Bool {
    while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
      if errno == EINTR { continue }
      if errno == EWOULDBLOCK { return false }
      throw fail("lock", "")
    }
    return true
  }

  public func unlock(_ fd: Int32) { _ = flock(fd, LOCK_UN) }

  public func isWritable(_ path: String) -> Bool { access(path, W_OK) == 0 }
}

// `stat` names both a struct and a function, and Swift picks the struct; `fstat` on a
// non-blocking descriptor (safe for FIFOs) avoids the clash.
private func systemStat(_ path: String, _ st: UnsafeMutablePointer<Glibc.stat>) -> Int32 {
  let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
  guard fd >= 0 else { return -1 }
  defer { Glibc.close(fd) }
  return fstat(fd, st)
}
