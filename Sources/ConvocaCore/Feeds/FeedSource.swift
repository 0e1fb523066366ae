import Foundation

/// Where a feed's bytes come from: a file, read in chunks so that a 300 MB extract never sits
/// in memory whole, or bytes already in memory (tests).
public enum FeedSource: Sendable {
  /// The file at a path.
  case file(String)
  /// Bytes in memory.
  case bytes([UInt8])

  /// A reader at the first byte.
  public func open() throws(InterchangeError) -> ChunkReader {
    switch self {
    case .bytes(let b): return ChunkReader(bytes: b)
    case .file(let path):
      guard let h = FileHandle(forReadingAtPath: path) else { throw .notText(Strings.feedCannotOpen(path)) }
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
      return ChunkReader(handle: h, size: size)
    }
  }

  /// Every byte (for the formats read whole: CSV, a JSON export), a megabyte at a time.
  public func all() throws(InterchangeError) -> [UInt8] {
    let reader = try open()
    var data: [UInt8] = []
    if let size = reader.size { data.reserveCapacity(size) }
    while true {
      let chunk = reader.read(max: 1 << 20)
      if chunk.isEmpty { break }
      data += chunk
    }
    return data
  }

  /// The first `n` bytes (fewer when the source is shorter).
  public func head(_ n: Int) throws(InterchangeError) -> [UInt8] {
    let r = try open()
    var out: [UInt8] = []
    while out.count < n {
      let c = r.read(max: n - out.count)
      if c.isEmpty { break }
      out += c
    }
    return out
  }
}

/// Reads a source a chunk at a time and counts what it has read (for the progress bar).
public final class ChunkReader {
  private let handle: FileHandle?
  private let bytes: [UInt8]
  /// The source's size in bytes, when known.
  public let size: Int?
  /// Bytes read so far.
  public private(set) var consumed = 0

  init(handle: FileHandle, size: Int?) {
    self.handle = handle
    self.bytes = []
    self.size = size
  }

  init(bytes: [UInt8]) {
    self.handle = nil
    self.bytes = bytes
    self.size = bytes.count
  }

  deinit { try? handle?.close() }

  /// Up to `max` more bytes; empty at the end.
  public func read(max: Int) -> [UInt8] {
    let out: [UInt8]
    if let h = handle {
      out = (try? h.read(upToCount: max)).map { [UInt8]($0) } ?? []
    } else {
      let end = min(bytes.count, consumed + max)
      out = Array(bytes[consumed..<end])
    }
    consumed += out.count
    return out
  }
}

/// What a feed reader tells the progress bar: records read, bytes read, bytes in all.
public typealias FeedProgress = (_ records: Int, _ bytes: Int, _ total: Int?) -> Void
