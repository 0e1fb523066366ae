#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's first bytes mapped read-only into memory: read in place from the page cache,
/// with no copy and no fresh pages (what reading a 60 MB cache or fingerprinting a data file
/// would otherwise cost). Unmapped when released.
final class MappedFile {
  /// The mapped bytes.
  let bytes: UnsafeRawBufferPointer

  /// Maps up to `limit` bytes of the file at `path`; nil when it cannot be opened or mapped
  /// (callers then read it the ordinary way), or when it is empty.
  init?(_ path: String, limit: Int = Int.max) {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
    let length = min(Int(st.st_size), limit)
    guard length > 0, let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
      return nil
    }
    _ = madvise(base, length, MADV_SEQUENTIAL)
    bytes = UnsafeRawBufferPointer(start: base, count: length)
  }

  deinit {
    if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
  }

  /// Gives the pages wholly inside `range` back to the page cache: they stop counting in this
  /// process's resident memory (touched again, they are read back from the file).
  static func release(_ range: UnsafeRawBufferPointer) {
    guard let base = range.baseAddress, range.count > 0 else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let start = (Int(bitPattern: base) + page - 1) / page * page
    let end = (Int(bitPattern: base) + range.count) / page * page
    guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
    _ = madvise(p, end - start, MADV_DONTNEED)
  }

  /// The fingerprint of `bytes` (part of a mapping), releasing the pages behind as it goes.
  static func fingerprint(_ bytes: UnsafeRawBufferPointer) -> ContentFingerprint {
    var h = FingerprintHasher()
    var at = 0
    let step = 4 << 20
    while at < bytes.count {
      let piece = UnsafeRawBufferPointer(rebasing: bytes[at..<min(bytes.count, at + step)])
      h.update(piece)
      release(piece)
      at += piece.count
    }
    return h.finish()
  }
}
