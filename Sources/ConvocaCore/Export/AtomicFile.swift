import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A problem writing an export; its message names what and why.
public struct ExportError: Error, Sendable, CustomStringConvertible {
  /// The message.
  public var message: String
  /// Creates an error.
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Writes a whole file atomically: into a temporary file in the same folder, flushed to the
/// disk, then renamed over the target. A reader (a calendar app subscribed to the file) sees
/// the old file or the new one, never a part; a failed write leaves the old file as it was.
public enum AtomicFile {
  /// Writes `bytes` to `path` atomically; the new file gets mode 0666 less the umask.
  /// - Throws: `ExportError` naming the path and the system's reason.
  public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(ExportError) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    var template = Array((folder + "/." + name + ".XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { b in b.baseAddress.map { mkstemp($0) } ?? -1 }
    guard fd >= 0 else { throw failure(path, errno) }
    let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var ok = false
    defer {
      if !ok {
        close(fd)
        unlink(temp)
      }
    }
    let mask = umask(0)
    umask(mask)
    fchmod(fd, 0o666 & ~mask)
    let contiguous = Array(bytes)
    var done = 0
    while done < contiguous.count {
      let n = contiguous.withUnsafeBytes { b in
        b.baseAddress.map { posixWrite(fd, $0 + done, b.count - done) } ?? 0
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw failure(path, n < 0 ? errno : EIO) }
      done += n
    }
    guard fsync(fd) == 0 else { throw failure(path, errno) }
    guard close(fd) == 0 else {
      let e = errno
      unlink(temp)
      ok = true
      throw failure(path, e)
    }
    guard rename(temp, path) == 0 else {
      let e = errno
      unlink(temp)
      ok = true
      throw failure(path, e)
    }
    ok = true
    let dir = open(folder.isEmpty ? "." : folder, O_RDONLY)
    if dir >= 0 {
      fsync(dir)
      close(dir)
    }
  }

  static func failure(_ path: String, _ code: Int32) -> ExportError {
    ExportError(Strings.exportWriteFailed(path, IOError.explain(code)))
  }
}

/// `write(2)` (the enum's own `write` would shadow it there).
private func posixWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }

extension Strings {
  static func exportWriteFailed(_ path: String, _ why: String) -> String {
    t("export.writeFailed", "cannot write '{0}': {1}", path, why)
  }
  static func exportZipFailed(_ why: String) -> String {
    t("export.zipFailed", "cannot build the workbook: {0}", why)
  }
}
