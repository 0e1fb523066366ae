import ConvocaCore
import Synchronization

/// A file system that passes calls to another one but makes chosen operations fail: the Nth
/// write, fsync, rename, folder fsync or open, once or from then on, with a chosen errno.
/// Tests use it to walk a fault over every step of an edit and of a compaction.
public final class FaultInjectingFileSystem: FileSystem {
  /// Operations that can be made to fail.
  public enum Operation: String, CaseIterable, Sendable {
    case open, write, sync, truncate, rename, syncDirectory, unlink, lock
  }

  /// A planned failure.
  public struct Fault: Sendable {
    /// Which operation.
    public var operation: Operation
    /// Fail the Nth call of it (1-based), counting from when the fault was set.
    public var nth: Int
    /// Keep failing after the first time.
    public var sticky: Bool
    /// The errno to report (ENOSPC 28, EIO 5, EACCES 13, …).
    public var code: Int32

    /// Creates a fault.
    public init(_ operation: Operation, nth: Int = 1, sticky: Bool = false, code: Int32 = 28) {
      self.operation = operation
      self.nth = nth
      self.sticky = sticky
      self.code = code
    }
  }

  struct State {
    var fault: Fault?
    var counts: [Operation: Int] = [:]
    var fired = 0
  }

  private let base: FileSystem
  private let state = Mutex(State())

  /// Wraps a file system (the real one by default).
  public init(_ base: FileSystem = PosixFileSystem()) { self.base = base }

  /// Sets (or clears) the planned failure and restarts the counts.
  public func set(_ fault: Fault?) {
    state.withLock {
      $0.fault = fault
      $0.counts = [:]
      $0.fired = 0
    }
  }

  /// How many times the fault fired.
  public var fired: Int { state.withLock { $0.fired } }

  /// How many calls of each operation were seen since the fault was set.
  public func count(_ op: Operation) -> Int { state.withLock { $0.counts[op] ?? 0 } }

  private func check(_ op: Operation, _ path: String) throws(IOError) {
    let code: Int32? = state.withLock { s in
      s.counts[op, default: 0] += 1
      guard let f = s.fault, f.operation == op else { return nil }
      let n = s.counts[op] ?? 0
      if n == f.nth || (f.sticky && n > f.nth) {
        s.fired += 1
        return f.code
      }
      return nil
    }
    if let code { throw IOError(operation: op.rawValue, path: path, code: code) }
  }

  public func stat(_ path: String) throws(IOError) -> FileStat? { try base.stat(path) }
  public func read(_ path: String, from offset: Int) throws(IOError) -> [UInt8] {
    try base.read(path, from: offset)
  }
  public func read(_ path: String, from offset: Int, count: Int) throws(IOError) -> [UInt8] {
    try base.read(path, from: offset, count: count)
  }
  public func openForWriting(_ path: String, append: Bool, create: Bool, mode: UInt32) throws(IOError)
    -> Int32
  {
    try check(.open, path)
    return try base.openForWriting(path, append: append, create: create, mode: mode)
  }
  public func openLockFile(_ path: String, mode: UInt32) throws(IOError) -> Int32 {
    try base.openLockFile(path, mode: mode)
  }
  public func openForLocking(_ path: String) throws(IOError) -> Int32? {
    try base.openForLocking(path)
  }
  public func stat(descriptor fd: Int32, path: String) throws(IOError) -> FileStat {
    try base.stat(descriptor: fd, path: path)
  }
  public func setAttributes(_ fd: Int32, mode: UInt32, owner: UInt32?, group: UInt32?, path: String)
    throws(IOError)
  {
    try base.setAttributes(fd, mode: mode, owner: owner, group: group, path: path)
  }
  public func link(_ from: String, to: String) throws(IOError) {
    // Creating a file by link is the first write's rename: the same fault steps cover it.
    try check(.rename, to)
    try base.link(from, to: to)
  }
  public func write(_ fd: Int32, _ bytes: [UInt8], path: String) throws(IOError) {
    // A failing write may still have written part of its bytes, as a real full disk does.
    do { try check(.write, path) } catch {
      if bytes.count > 1 { try? base.write(fd, Array(bytes.prefix(bytes.count / 2)), path: path) }
      throw error
    }
    try base.write(fd, bytes, path: path)
  }
  public func sync(_ fd: Int32, path: String) throws(IOError) {
    try check(.sync, path)
    try base.sync(fd, path: path)
  }
  public func truncate(_ fd: Int32, to length: Int, path: String) throws(IOError) {
    try check(.truncate, path)
    try base.truncate(fd, to: length, path: path)
  }
  public func close(_ fd: Int32) { base.close(fd) }
  public func rename(_ from: String, to: String) throws(IOError) {
    try check(.rename, to)
    try base.rename(from, to: to)
  }
  public func syncDirectory(_ path: String) throws(IOError) {
    try check(.syncDirectory, path)
    try base.syncDirectory(path)
  }
  public func unlink(_ path: String) throws(IOError) {
    try check(.unlink, path)
    try base.unlink(path)
  }
  public func makeDirectories(_ path: String) throws(IOError) { try base.makeDirectories(path) }
  public func lock(_ fd: Int32, wait: Bool) throws(IOError) -> Bool {
    try check(.lock, "")
    return try base.lock(fd, wait: wait)
  }
  public func unlock(_ fd: Int32) { base.unlock(fd) }
  public func isWritable(_ path: String) -> Bool { base.isWritable(path) }
}
