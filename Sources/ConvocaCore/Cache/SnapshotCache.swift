import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A derived binary copy of a data file's snapshot part (header, team lines and records up to
/// the first journal line), kept in the user's cache folder so a large file opens without
/// decoding its JSON again. The JSON-lines file stays the one source of truth:
///
/// - a cache names the data file it was built from (its resolved path), the length of the
///   part it covers, that part's first bytes (with the header's generation) and its 128-bit
///   content fingerprint; before it is used, the file's bytes up to that length are read and
///   fingerprinted again, so a file changed in any way behind the cache (an editor, `cp`, a
///   `git checkout`, a compaction) is read from its JSON instead;
/// - journal lines appended after the covered part (every edit) are read from the file as
///   always, so edits never make the cache stale;
/// - a cache that is cut short, damaged (its own fingerprint), from another build or format,
///   or for another file is ignored and written again after the file is read;
/// - it is written to a temporary file and renamed into place, never in the data file's
///   folder, so a kill or a full disk leaves the old cache or none, never a half one in use.
public struct SnapshotCache: Sendable {
  /// The folder the caches live in.
  public var directory: String
  /// Files with fewer records than this get no cache (they read in milliseconds anyway).
  public var minimumRecords: Int

  /// A cache kept in `directory`.
  public init(directory: String, minimumRecords: Int = 2_000) {
    self.directory = directory
    self.minimumRecords = minimumRecords
  }

  /// The cache the environment asks for: `$XDG_CACHE_HOME/convoca`, else `~/.cache/convoca`;
  /// none when `CONVOCA_CACHE` is `off` (or `0`, `no`). `CONVOCA_CACHE_MIN_RECORDS` changes
  /// the size from which a file is cached.
  public static func standard(environment: [String: String]) -> SnapshotCache? {
    if let v = environment["CONVOCA_CACHE"]?.lowercased(), ["off", "0", "no", "false"].contains(v) {
      return nil
    }
    let folder: String
    if let x = environment["XDG_CACHE_HOME"], x.hasPrefix("/") {
      folder = x + "/convoca"
    } else if let h = environment["HOME"], !h.isEmpty {
      folder = h + "/.cache/convoca"
    } else {
      return nil
    }
    var cache = SnapshotCache(directory: folder)
    if let m = environment["CONVOCA_CACHE_MIN_RECORDS"].flatMap({ Int($0) }), m >= 0 {
      cache.minimumRecords = m
    }
    return cache
  }

  /// What the file starts with.
  static let magic = Array("CONVOCA SNAPSHOT CACHE\n".utf8)
  /// Bumped whenever the layout changes; a cache of another layout is ignored.
  static let layout: UInt64 = 1
  /// The build a cache must come from (the release and the layout of `Decimal`, whose bytes
  /// it copies).
  static var build: String { "\(ConvocaVersion.release)/\(layout)/\(MemoryLayout<Decimal>.size)" }

  /// Where the cache of the data file at `dataPath` (resolved) lives.
  public func file(for dataPath: String) -> String {
    directory + "/" + ContentFingerprint.of(Array(dataPath.utf8)).description + ".snapshot"
  }

  /// Whether the cache folder is the data file's own folder (where only a writer holding the
  /// lock may create files): then no cache is written.
  func sharesFolder(with dataPath: String) -> Bool {
    let folder = dataPath.lastIndex(of: "/").map { String(dataPath[..<$0]) } ?? "."
    guard let a = realpath(directory, nil) else { return directory == folder }
    defer { free(a) }
    guard let b = realpath(folder.isEmpty ? "/" : folder, nil) else { return false }
    defer { free(b) }
    return strcmp(a, b) == 0
  }

  // MARK: - Reading

  /// The state a full read of the file's first `covered` bytes would reach, from the cache,
  /// when the cache is there, sound, and matches the file as it is now; nil otherwise.
  func read(dataPath: String, size: Int, fileSystem fs: FileSystem) -> ParsedFile? {
    guard let mapped = MappedFile(file(for: dataPath)), mapped.bytes.count > Self.magic.count + 16 else {
      return nil
    }
    do throws(CacheDamage) {
      return try read(mapped.bytes, dataPath: dataPath, size: size, fs: fs)
    } catch {
      return nil
    }
  }

  private func read(_ raw: UnsafeRawBufferPointer, dataPath: String, size: Int, fs: FileSystem)
    throws(CacheDamage) -> ParsedFile?
  {
    var r = CacheReader(raw)
    guard Array(try r.bytes(Self.magic.count)) == Self.magic else { throw CacheDamage() }
    guard try r.text() == Self.build, try r.text() == dataPath else { return nil }
    let covered = Int(clamping: try r.fixed64())
    let lineCount = Int(clamping: try r.fixed64())
    let version = Int(clamping: try r.fixed64())
    let fingerprint = ContentFingerprint(high: try r.fixed64(), low: try r.fixed64())
    let headCount = try r.count(limit: ParsedFile.anchorLength)
    let head = Array(try r.bytes(headCount))
    let payloadLength = Int(clamping: try r.fixed64())
    guard covered > 0, covered <= size, payloadLength == r.end - r.at - 16 else { throw CacheDamage() }
    // Cheap refusals first: the data file's first bytes (the header's generation) turn away a
    // replaced or compacted file at once. Then the cache's own fingerprint (everything before
    // its last 16 bytes: header fields and payload), then every covered byte of the file.
    guard let first = try? fs.read(dataPath, from: 0, count: head.count), first == head else { return nil }
    let sealed = UnsafeRawBufferPointer(rebasing: raw[0..<raw.count - 16])
    var trailer = CacheReader(raw, from: raw.count - 16)
    guard
      MappedFile.fingerprint(sealed)
        == ContentFingerprint(high: try trailer.fixed64(), low: try trailer.fixed64())
    else { throw CacheDamage() }
    guard let tail = matches(dataPath, covered: covered, fingerprint: fingerprint, fs: fs) else {
      return nil
    }
    let payload = try r.bytes(payloadLength)
    let store = try SnapshotPayload.decode(payload)
    var p = ParsedFile()
    p.store = store
    p.goodLength = covered
    p.lineCount = lineCount
    p.version = version
    p.head = head
    p.lastBytes = tail
    return p
  }

  /// Whether the data file's first `covered` bytes are the ones the cache was made from;
  /// returns their last `anchorLength` bytes when they are.
  private func matches(
    _ dataPath: String, covered: Int, fingerprint: ContentFingerprint, fs: FileSystem
  ) -> [UInt8]? {
    // In place when the file maps; whatever it holds beyond `covered` is not looked at.
    if let mapped = MappedFile(dataPath, limit: covered) {
      guard mapped.bytes.count == covered,
        MappedFile.fingerprint(mapped.bytes) == fingerprint
      else { return nil }
      return Array(mapped.bytes[(covered - min(covered, ParsedFile.anchorLength))...])
    }
    var hasher = FingerprintHasher()
    var at = 0
    var last: [UInt8] = []
    let chunk = 4 << 20
    while at < covered {
      guard let piece = try? fs.read(dataPath, from: at, count: min(chunk, covered - at)), !piece.isEmpty
      else {
        return nil
      }
      hasher.update(piece)
      at += piece.count
      last = Array((last + piece.suffix(ParsedFile.anchorLength)).suffix(ParsedFile.anchorLength))
    }
    guard at == covered, hasher.finish() == fingerprint else { return nil }
    return last
  }

  // MARK: - Writing

  /// Writes the cache `recorder` gathered for the data file at `dataPath`, replacing any
  /// older one; false (and no cache) when it could not be written. Never throws: the cache
  /// only saves time.
  @discardableResult
  func write(_ recorder: SnapshotRecorder, dataPath: String, fileSystem fs: FileSystem) -> Bool {
    guard let payload = recorder.payload, let end = recorder.end, recorder.fed == end, end > 0,
      !sharesFolder(with: dataPath)
    else { return false }
    var w = CacheWriter()
    w.bytes.reserveCapacity(1024)
    w.bytes += Self.magic
    w.text(Self.build)
    w.text(dataPath)
    w.fixed64(UInt64(end))
    w.fixed64(UInt64(recorder.lineCount))
    w.fixed64(UInt64(recorder.version))
    let print = recorder.hasher.finish()
    w.fixed64(print.high)
    w.fixed64(print.low)
    w.raw(recorder.head)
    w.fixed64(UInt64(payload.count))
    // The seal covers the header fields and the payload; the payload is written as it is,
    // not copied behind the header.
    var sealing = FingerprintHasher()
    sealing.update(w.bytes)
    sealing.update(payload)
    let seal = sealing.finish()
    var trailer = CacheWriter()
    trailer.fixed64(seal.high)
    trailer.fixed64(seal.low)
    let target = file(for: dataPath)
    removeAbandoned(for: target, fileSystem: fs)
    let tmp = target + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    do throws(IOError) {
      try fs.makeDirectories(directory)
      // The cache holds what the data file says: for the user's eyes only.
      _ = chmod(directory, 0o700)
      let fd = try fs.openForWriting(tmp, append: false, create: true, mode: 0o600)
      do {
        try fs.write(fd, w.bytes, path: tmp)
        try fs.write(fd, payload, path: tmp)
        try fs.write(fd, trailer.bytes, path: tmp)
        fs.close(fd)
      } catch {
        fs.close(fd)
        throw error
      }
      try fs.rename(tmp, to: target)
      return true
    } catch {
      try? fs.unlink(tmp)
      return false
    }
  }

  /// Removes the temporary files of writers that died before renaming theirs.
  private func removeAbandoned(for target: String, fileSystem fs: FileSystem) {
    guard let dir = opendir(directory) else { return }
    defer { closedir(dir) }
    let prefix = String(target.split(separator: "/").last ?? "") + ".tmp-"
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name.hasPrefix(prefix) else { continue }
      let rest = name.dropFirst(prefix.count)
      guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }) else { continue }
      if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { try? fs.unlink(directory + "/" + name) }
    }
  }
}
