import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The header every data file starts with.
public struct FileHeader: Hashable, Sendable {
  /// The format version this build writes and reads.
  public static let currentVersion = 2
  /// Version 2 added team lines (rates, views, standups): a version-1 reader takes a line
  /// without `op` for a record and an unknown `op` for damage, so it would call a good file
  /// damaged. Version-1 files are read as they are and written as version 2 from the first
  /// write on (see `Database.flushLocked`).
  public static let firstVersionWithTeamLines = 2
  /// The version the file says it is in.
  public var version: Int

  /// The header line this build writes. `generation` is new at every whole-file write, so a
  /// reader that compares the header knows when the file was replaced, even by a file of the
  /// same size on a reused inode (older files have none; readers ignore it).
  public static func line(generation: String) -> String {
    JSONWriter.line(
      .object([
        ("format", .string("convoca")), ("version", .number(String(currentVersion))),
        ("generation", .string(generation)),
      ]))
  }

  /// A header with no generation, as older files have (still read, and still valid).
  public static var line: String {
    JSONWriter.line(.object([("format", .string("convoca")), ("version", .number(String(currentVersion)))]))
  }

  /// A fresh random generation: 16 hexadecimal digits.
  public static func newGeneration() -> String {
    let n = UInt64.random(in: 0...UInt64.max)
    let hex = String(n, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The UTF-8 byte order mark some editors put at the start of a file.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}

/// What reading a data file found.
public struct ParsedFile: Sendable {
  /// An empty result, before anything is read.
  public init() {}
  /// The records, with the journal applied.
  public var store = OpportunityStore()
  /// Bytes up to the end of the last complete, good line.
  public var goodLength = 0
  /// Complete lines read (the header included).
  public var lineCount = 0
  /// Journal lines after the snapshot.
  public var journalLines = 0
  /// Bytes after the last newline that do not form a complete line: a crash mid-append, or
  /// another program still writing the file.
  public var tornTail: [UInt8] = []
  /// Whether the last line is complete but has no final newline (an editor that writes none):
  /// it is read, and the next append starts with the missing newline.
  public var endsWithoutNewline = false
  /// The header's version (nil for an empty file).
  public var version: Int?
  /// Ids the journal lines read in this pass changed (what a refresh tells the tracker).
  public var touched: Set<OpportunityID> = []
  /// The first problem met; reading stopped there and everything above it is in `store`.
  public var problem: DataFileProblem?
  /// The file's first bytes (up to `anchorLength`, the header and its generation among them)
  /// and the last bytes before `goodLength`, as read. A reader that finds both unchanged on
  /// disk knows that the file only grew since; anything else is read again in full.
  public var head: [UInt8] = []
  /// See `head`.
  public var lastBytes: [UInt8] = []
  /// How many bytes `head` and `lastBytes` keep.
  public static let anchorLength = 256

  /// Notes bytes just added after `goodLength`'s old value.
  mutating func remember(appended bytes: some Collection<UInt8>) {
    if head.count < ParsedFile.anchorLength {
      head += bytes.prefix(ParsedFile.anchorLength - head.count)
    }
    if bytes.count >= ParsedFile.anchorLength {
      lastBytes = Array(bytes.suffix(ParsedFile.anchorLength))
    } else {
      lastBytes = Array((lastBytes + bytes).suffix(ParsedFile.anchorLength))
    }
  }
}

/// Why a data file cannot be used as it is.
public enum DataFileProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// A line in the middle is not valid: the file must not be touched.
  case corrupt(line: Int, reason: String)
  /// The file was written by a newer Convoca.
  case newerVersion(Int)
  /// The first line is not a Convoca header.
  case notConvoca

  public var description: String {
    switch self {
    case .corrupt(let line, let reason): return Strings.corruptLine(line, reason)
    case .newerVersion(let v): return Strings.newerVersion(v, FileHeader.currentVersion)
    case .notConvoca: return Strings.notConvoca
    }
  }
}

/// Reads the text of a data file: header, snapshot records, journal lines. Pure: bytes in,
/// store out; the file itself is `Database`'s business.
public enum DataFileParser {
  /// Parses a whole file. `start` > 0 continues after bytes already read into `into`.
  public static func parse(_ bytes: [UInt8], into base: ParsedFile = ParsedFile()) -> ParsedFile {
    var result = base
    result.tornTail = []
    result.problem = nil
    do throws(DataFileProblem) {
      try parse(bytes, into: &result)
      try finishTail(&result)
    } catch {
      result.problem = error
    }
    return result
  }

  static func parse(_ bytes: [UInt8], into result: inout ParsedFile) throws(DataFileProblem) {
    let batch = DecodedBatch(bytes)
    batch.wait()
    try apply(batch, into: &result)
  }

  /// Applies a decoded batch, in line order, to `result`.
  static func apply(
    _ batch: DecodedBatch, into result: inout ParsedFile, recorder: SnapshotRecorder? = nil
  ) throws(DataFileProblem) {
    let startLine = result.lineCount
    let baseLength = result.goodLength
    let lines = batch.lines
    var offset = 0
    for (k, line) in lines.enumerated() {
      let number = startLine + k + 1
      offset = line.upperBound + 1
      guard var item = batch.take(k) else { break }
      if number == 1, baseLength == 0, case .failure = item,
        batch.bytes[line].starts(with: FileHeader.byteOrderMark)
      {
        // A byte order mark before the header (some Windows editors add one) is not content.
        item = decodeLine(batch.bytes[(line.lowerBound + 3)..<line.upperBound])
      }
      switch consume item {
      case .blank:
        break
      case .failure(let reason):
        throw .corrupt(line: number, reason: reason)
      case .header(let v):
        // Blank lines before the header are ignored like blank lines anywhere.
        guard result.version == nil else { throw .corrupt(line: number, reason: Strings.headerNotFirst) }
        guard v <= FileHeader.currentVersion else { throw .newerVersion(v) }
        result.version = v
      case .record(let o, let keyRef):
        // Only blank lines can come before a missing header: anything else has thrown.
        guard result.version != nil else { throw .notConvoca }
        let key = batch.keyBytes(keyRef, line: k)
        if result.journalLines > 0 {
          result.store.upsert(o, key: key)
        } else if !result.store.appendNew(o, key: key) {
          let first = firstRecordLine(o.id, batch.bytes, lines) ?? 0
          throw .corrupt(line: number, reason: Strings.duplicateID(o.id.rawValue, startLine + first))
        }
      case .team(let t):
        guard let v = result.version else { throw .notConvoca }
        guard v >= FileHeader.firstVersionWithTeamLines else {
          throw .corrupt(line: number, reason: Strings.teamLineInOldFile(v))
        }
        do throws(CommandError) {
          try result.store.apply(Change(.team(t), at: Timestamp(seconds: 0), by: ""))
        } catch {
          throw .corrupt(line: number, reason: error.message)
        }
        if let recorder, result.journalLines == 0 { recorder.teamLines.append(Array(batch.bytes[line])) }
      case .journal(let e):
        guard result.version != nil else { throw .notConvoca }
        // The snapshot part ends before the first journal line: what a cache holds.
        if let recorder, result.journalLines == 0 { recorder.capture(result) }
        do {
          for c in e.commands {
            try result.store.apply(Change(c, at: e.at, by: e.by))
            if let id = c.id { result.touched.insert(id) }
          }
        } catch {
          throw .corrupt(line: number, reason: error.message)
        }
        result.journalLines += 1
      }
      result.lineCount = number
      result.goodLength = baseLength + offset
    }
    result.remember(appended: batch.bytes[..<(result.goodLength - baseLength)])
    if batch.tailStart < batch.bytes.count { result.tornTail = Array(batch.bytes[batch.tailStart...]) }
  }

  /// Settles the bytes after the last newline. A complete line there (an editor that writes
  /// no final newline) is read like any other; anything else is a torn append (a writer died
  /// mid-line, or another program is still writing): never applied, and left in `tornTail`
  /// for a writer to save aside. A prefix of a line is never a whole JSON object, since the
  /// object's closing brace comes last.
  static func finishTail(_ result: inout ParsedFile) throws(DataFileProblem) {
    result.endsWithoutNewline = false
    let tail = result.tornTail
    guard !tail.isEmpty else { return }
    var body = tail[...]
    if result.lineCount == 0, result.goodLength == 0, body.starts(with: FileHeader.byteOrderMark) {
      body = body.dropFirst(3)
    }
    switch decodeLine(body) {
    case .failure:
      if result.version == nil { throw .notConvoca }
      return
    case .blank:
      result.goodLength += tail.count
      result.lineCount += 1
      result.remember(appended: tail)
    default:
      let batch = DecodedBatch(tail + [0x0A])
      batch.wait()
      try apply(batch, into: &result)
      // The newline was ours, not the file's.
      result.goodLength -= 1
      result.lastBytes.removeLast()
      if result.head.count > result.goodLength { result.head.removeLast() }
    }
    result.tornTail = []
    result.endsWithoutNewline = true
  }

  /// Reads the file from `offset` up to `size` bytes in chunks, so the whole file is never in
  /// memory at once; continues `base`. Bytes after the last newline end up in `tornTail`.
  public static func load(
    _ path: String, fileSystem fs: FileSystem, from offset: Int = 0, upTo size: Int,
    into base: ParsedFile = ParsedFile(),
    chunkSize: Int = 4 << 20
  ) throws(IOError) -> ParsedFile {
    try load(path, fileSystem: fs, from: offset, upTo: size, into: base, chunkSize: chunkSize, recorder: nil)
  }

  /// `load`, feeding a full read (from offset 0) to `recorder` for a snapshot cache.
  static func load(
    _ path: String, fileSystem fs: FileSystem, from offset: Int = 0, upTo size: Int,
    into base: ParsedFile = ParsedFile(),
    chunkSize: Int = 4 << 20, recorder: SnapshotRecorder?
  ) throws(IOError) -> ParsedFile {
    var result = base
    result.problem = nil
    result.tornTail = []
    var carry: [UInt8] = []
    var position = offset
    // A pipeline: while the cores decode one chunk, this thread applies the one before.
    var inFlight: DecodedBatch?
    func finish(_ batch: DecodedBatch?) -> Bool {
      guard let batch else { return true }
      batch.wait()
      do throws(DataFileProblem) {
        try apply(batch, into: &result, recorder: recorder)  // in place: passing the store by value would copy it
      } catch {
        result.problem = error
        return false
      }
      recorder?.feed(batch.bytes[...])
      result.tornTail = []
      return true
    }
    while position < size {
      let chunk = try fs.read(path, from: position, count: min(chunkSize, size - position))
      if chunk.isEmpty { break }
      position += chunk.count
      var buffer = carry
      buffer += chunk
      guard let lastNewline = buffer.lastIndex(of: 0x0A) else {
        carry = buffer
        continue
      }
      carry = Array(buffer[(lastNewline + 1)...])
      buffer.removeSubrange((lastNewline + 1)...)
      if position - chunk.count == offset {
        // Room for the whole file at once, estimated from the first chunk's line length.
        let perLine = max(64, buffer.count / max(1, buffer.lazy.filter { $0 == 0x0A }.count))
        // Search text is a part of each line; pages reserved but never touched cost no memory.
        result.store.reserveCapacity(
          result.store.count + (size - offset) / perLine + 16, textBytes: (size - offset) * 6 / 10)
      }
      let batch = DecodedBatch(buffer)
      guard finish(inFlight) else { return result }
      inFlight = batch
    }
    guard finish(inFlight) else { return result }
    result.tornTail = carry
    do throws(DataFileProblem) { try finishTail(&result) } catch { result.problem = error }
    return result
  }

  /// The line number (1-based, within `lines`) where a record with `id` first appears.
  static func firstRecordLine(_ id: OpportunityID, _ bytes: [UInt8], _ lines: [Range<Int>]) -> Int? {
    for (k, line) in lines.enumerated() {
      if case .record(let o, _) = decodeLine(bytes[line]), o.id == id { return k + 1 }
    }
    return nil
  }

  enum Decoded: Sendable {
    case blank
    case header(Int)
    /// A record and where its search key is: in the batch's arena for its part (`start`,
    /// `length`), or held on its own.
    case record(Opportunity, KeyBytes)
    case journal(JournalEntry)
    /// A snapshot team line (rate, view, standup, reporting currency).
    case team(TeamChange)
    case failure(String)
  }

  static func key(for o: Opportunity, arena: inout [UInt8]?) -> KeyBytes {
    guard var a = arena else { return .own(FoldedText(searchable: o)) }
    arena = nil  // one owner while appending, so the arena is not copied
    let start = a.count
    FoldedText.appendSearchable(o, to: &a)
    arena = a
    return .arena(start: start, length: a.count - start)
  }

  /// Where a decoded record's search key lives.
  enum KeyBytes: Sendable {
    case own(FoldedText)
    case arena(start: Int, length: Int)
  }

  static func decodeLine(_ slice: ArraySlice<UInt8>) -> Decoded {
    var interner = StringInterner()
    var arena: [UInt8]? = nil
    return decodeLine(slice, &interner, arena: &arena)
  }

  /// Decodes a line; a record's search key is folded into `arena` when one is given.
  static func decodeLine(_ slice: ArraySlice<UInt8>, _ interner: inout StringInterner, arena: inout [UInt8]?)
    -> Decoded
  {
    if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .blank }
    // Record lines (`{"id":…`) take the fast path; anything it does not expect, the reference.
    if slice.count > 6, slice[slice.startIndex + 2] == UInt8(ascii: "i"),
      let fast = slice.withUnsafeBufferPointer({ try? RecordDecoder.decode($0, interner: &interner) })
    {
      return .record(fast, key(for: fast, arena: &arena))
    }
    let value: JSONValue
    do {
      value = try slice.withUnsafeBufferPointer { (buf) throws(JSONError) in try JSONParser.parse(buf) }
    } catch {
      return .failure(Strings.notJSON(error.description))
    }
    guard case .object = value else { return .failure(Strings.notObject) }
    if let format = value["format"] {
      guard format.stringValue == "convoca", case .number(let n)? = value["version"], let v = Int(n) else {
        return .failure(Strings.badHeader)
      }
      return .header(v)
    }
    do {
      if value["op"] != nil { return .journal(try JournalCodec.decode(value)) }
      if let t = try TeamCodec.decodeSnapshot(value) { return .team(t) }
      let o = try RecordCodec.decode(value)
      return .record(o, key(for: o, arena: &arena))
    } catch {
      return .failure(error.message)
    }
  }
}
