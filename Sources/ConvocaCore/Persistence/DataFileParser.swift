import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The header every data file starts with.
public struct FileHeader: Hashable, Sendable {
  /// The format version this build writes and reads.
  public static let currentVersion = 1
  /// The version the file says it is in.
  public var version: Int

  /// The header line this build writes.
  public static var line: String { JSONWriter.line(.object([("format", .string("convoca")), ("version", .number(String(currentVersion)))])) }
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
  /// Bytes after the last newline that do not form a complete line: a crash mid-append.
  public var tornTail: [UInt8] = []
  /// The header's version (nil for an empty file).
  public var version: Int?
  /// The first problem met; reading stopped there and everything above it is in `store`.
  public var problem: DataFileProblem?
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
    } catch {
      result.problem = error
    }
    return result
  }

  static func parse(_ bytes: [UInt8], into result: inout ParsedFile) throws(DataFileProblem) {
    let startLine = result.lineCount
    let baseLength = result.goodLength
    // Split into lines (offsets), leaving any unterminated tail aside.
    var lines: [Range<Int>] = []
    lines.reserveCapacity(bytes.count / 200 + 4)
    var tailStart = 0
    bytes.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress else { return }
      var start = 0
      while start < buf.count {
        guard let nl = memchr(base + start, 0x0A, buf.count - start) else { break }
        let end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
        lines.append(start..<end)
        start = end + 1
      }
      tailStart = start
    }
    // Decode lines in parallel (the expensive part), then apply them in order.
    let decoded = decodeAll(bytes, lines)
    var firstRecordLine: [OpportunityID: Int] = [:]
    var offset = 0
    for (k, line) in lines.enumerated() {
      let number = startLine + k + 1
      offset = line.upperBound + 1
      switch decoded[k] {
      case .blank:
        break
      case .failure(let reason):
        throw .corrupt(line: number, reason: reason)
      case .header(let v):
        guard number == 1 else { throw .corrupt(line: number, reason: Strings.headerNotFirst) }
        guard v <= FileHeader.currentVersion else { throw .newerVersion(v) }
        result.version = v
      case .record(let o):
        guard result.version != nil else { throw number == 1 ? .notConvoca : .corrupt(line: number, reason: Strings.noHeader) }
        if let first = firstRecordLine[o.id] {
          throw .corrupt(line: number, reason: Strings.duplicateID(o.id.rawValue, first))
        }
        firstRecordLine[o.id] = number
        result.store.upsert(o)
      case .journal(let e):
        guard result.version != nil else { throw number == 1 ? .notConvoca : .corrupt(line: number, reason: Strings.noHeader) }
        do {
          for c in e.commands { try result.store.apply(Change(c, at: e.at, by: e.by)) }
        } catch {
          throw .corrupt(line: number, reason: error.message)
        }
        result.journalLines += 1
      }
      result.lineCount = number
      result.goodLength = baseLength + offset
    }
    // Bytes after the last newline are a torn append (a writer died mid-line): never applied,
    // saved aside by the database. A whole line always ends with a newline.
    if tailStart < bytes.count { result.tornTail = Array(bytes[tailStart...]) }
    if lines.isEmpty && result.version == nil && !bytes.isEmpty && startLine == 0 {
      throw .notConvoca
    }
  }

  enum Decoded: Sendable {
    case blank
    case header(Int)
    case record(Opportunity)
    case journal(JournalEntry)
    case failure(String)
  }

  static func decodeAll(_ bytes: [UInt8], _ lines: [Range<Int>]) -> [Decoded] {
    if lines.count < 2000 { return lines.map { decodeLine(bytes[$0]) } }
    let chunks = 8
    let per = (lines.count + chunks - 1) / chunks
    let out = UnsafeMutableBufferPointer<Decoded>.allocate(capacity: lines.count)
    nonisolated(unsafe) let shared = out
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
      let lo = c * per
      let hi = min(lines.count, lo + per)
      guard lo < hi else { return }
      for k in lo..<hi { (shared.baseAddress! + k).initialize(to: decodeLine(bytes[lines[k]])) }
    }
    let result = Array(out)
    out.deinitialize()
    out.deallocate()
    return result
  }

  static func decodeLine(_ slice: ArraySlice<UInt8>) -> Decoded {
    if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return .blank }
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
      return .record(try RecordCodec.decode(value))
    } catch {
      return .failure(error.message)
    }
  }
}
