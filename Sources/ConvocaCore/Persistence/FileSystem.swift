/// What the persistence layer needs from the operating system, behind a seam so tests can
/// make any single operation fail (disk full, I/O error, permission denied) and check that
/// nothing is lost. `PosixFileSystem` is the real one.
public protocol FileSystem: Sendable {
  /// Facts about a path, or nil when nothing is there.
  func stat(_ path: String) throws(IOError) -> FileStat?
  /// Bytes from `offset` to the end of the file.
  func read(_ path: String, from offset: Int) throws(IOError) -> [UInt8]
  /// Up to `count` bytes from `offset` (fewer at the end of the file).
  func read(_ path: String, from offset: Int, count: Int) throws(IOError) -> [UInt8]
  /// Opens a file for writing (`append`: every write goes to the end; `create`: make it
  /// exclusively, failing when it exists).
  func openForWriting(_ path: String, append: Bool, create: Bool, mode: UInt32) throws(IOError) -> Int32
  /// Opens (creating if needed, with `mode`) a lock file. Never follows a symbolic link at
  /// `path`: that fails with `ELOOP`.
  func openLockFile(_ path: String, mode: UInt32) throws(IOError) -> Int32
  /// Opens an existing file read-only, only to hold a lock on it; nil when nothing is there.
  func openForLocking(_ path: String) throws(IOError) -> Int32?
  /// Facts about an open descriptor (the file it names, wherever its path now points).
  func stat(descriptor fd: Int32, path: String) throws(IOError) -> FileStat
  /// Gives an open file these permission bits and, where the process may, this owner and
  /// group (a failure to change the owner is not an error: only root can give files away).
  func setAttributes(_ fd: Int32, mode: UInt32, owner: UInt32?, group: UInt32?, path: String) throws(IOError)
  /// Makes `to` name the file `from` names, failing with `EEXIST` when `to` exists: a new
  /// file appears whole, and never replaces one that another program just created.
  func link(_ from: String, to: String) throws(IOError)
  /// Writes all of `bytes`.
  func write(_ fd: Int32, _ bytes: [UInt8], path: String) throws(IOError)
  /// Flushes a file's data to the disk.
  func sync(_ fd: Int32, path: String) throws(IOError)
  /// Cuts a file to `length` bytes.
  func truncate(_ fd: Int32, to length: Int, path: String) throws(IOError)
  /// Closes a descriptor.
  func close(_ fd: Int32)
  /// Atomically replaces `to` with `from`.
  func rename(_ from: String, to: String) throws(IOError)
  /// Flushes a folder's entries (after a rename) to the disk.
  func syncDirectory(_ path: String) throws(IOError)
  /// Removes a file.
  func unlink(_ path: String) throws(IOError)
  /// Creates a folder and its parents.
  func makeDirectories(_ path: String) throws(IOError)
  /// Takes an exclusive advisory lock; false when `wait` is false and someone holds it.
  func lock(_ fd: Int32, wait: Bool) throws(IOError) -> Bool
  /// Releases an advisory lock.
  func unlock(_ fd: Int32)
  /// Whether the process may write to this path (a folder or a file).
  func isWritable(_ path: String) -> Bool
}

/// Facts about a file, enough to notice that someone else changed it.
public struct FileStat: Hashable, Sendable {
  /// Device and inode: a rename (compaction) changes them.
  public var device: UInt64
  /// Inode number.
  public var inode: UInt64
  /// Size in bytes.
  public var size: Int
  /// Modification time in nanoseconds.
  public var modified: Int64
  /// Whether it is a regular file (not a folder, FIFO, device, …).
  public var isRegular: Bool
  /// Whether it is a folder.
  public var isDirectory: Bool
  /// Permission bits.
  public var mode: UInt32
  /// Status-change time in nanoseconds (any write, truncation, chmod or link count change).
  public var changed: Int64
  /// Owner and group ids.
  public var owner: UInt32
  /// Group id.
  public var group: UInt32

  /// Creates a stat record.
  public init(
    device: UInt64, inode: UInt64, size: Int, modified: Int64, isRegular: Bool, isDirectory: Bool,
    mode: UInt32, changed: Int64 = 0, owner: UInt32 = 0, group: UInt32 = 0
  ) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.isRegular = isRegular
    self.isDirectory = isDirectory
    self.mode = mode
    self.changed = changed
    self.owner = owner
    self.group = group
  }

  /// Whether `other` is the same file, unchanged as far as stat can tell. Stat alone is not
  /// an identity: a compaction can reuse an inode number and a size within one clock tick,
  /// so `Database` also compares the header's generation and the bytes it last read.
  public func sameVersion(as other: FileStat) -> Bool {
    device == other.device && inode == other.inode && size == other.size && modified == other.modified
      && changed == other.changed
  }

  /// Whether `other` is the same file (device and inode), whatever its contents.
  public func sameFile(as other: FileStat) -> Bool { device == other.device && inode == other.inode }
}

/// An operating-system call that failed.
public struct IOError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What was being done: "write", "fsync", "rename", …
  public var operation: String
  /// On which path.
  public var path: String
  /// The `errno` value.
  public var code: Int32

  /// Creates the error.
  public init(operation: String, path: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  public var description: String {
    Strings.ioFailed(operation, path, IOError.explain(code))
  }

  /// A readable name for an errno value.
  public static func explain(_ code: Int32) -> String {
    switch code {
    case 28: return Strings.errnoNoSpace
    case 5: return Strings.errnoIO
    case 13, 1: return Strings.errnoPermission
    case 30: return Strings.errnoReadOnlyFS
    case 2: return Strings.errnoMissing
    case 21: return Strings.errnoIsDirectory
    case 27: return Strings.errnoTooBig
    case 40: return Strings.errnoSymlink
    default: return "errno \(code)"
    }
  }
}
