import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What reading a feed found, besides its rows.
public struct FeedSummary: Sendable {
  /// Records left out by `--since` (`--only` is counted by the plan).
  public var filtered = 0
  /// Records read.
  public var records = 0
  /// Warnings (an id seen twice).
  public var warnings: [String] = []
}

/// Reads the grants.gov XML extract as a stream: Foundation's `XMLParser` (libxml2's push
/// parser underneath) fed 128 KB at a time from `FeedSource`, each record mapped and handed on
/// as soon as its end tag is read. See docs/interchange.md, "Feeds".
public enum GrantsGovFeed {
  /// The `source.system` of the calls it creates.
  public static let system = "grants.gov"
  /// The deepest nesting accepted (the extract needs 3).
  static let maxDepth = 32

  /// Reads `source`, handing each record's row to `row`. Throws (before or after some rows:
  /// the caller imports nothing then) when the file is not a well-formed grants.gov extract
  /// or is unsafe: a DOCTYPE (entity declarations, external entities, billion laughs),
  /// nesting deeper than `maxDepth`, a truncated file.
  public static func read(
    _ source: FeedSource, options: FeedOptions, configuration: Configuration, today: CalendarDate,
    progress: FeedProgress? = nil, row: (ImportRow) -> Void
  ) throws(InterchangeError) -> FeedSummary {
    try XMLProlog.check(try source.head(XMLProlog.limit))
    let reader = try source.open()
    let stream = ChunkStream(reader)
    let parser = XMLParser(stream: stream)
    parser.shouldResolveExternalEntities = false
    parser.externalEntityResolvingPolicy = .never
    return try withoutActuallyEscaping(row) { row throws(InterchangeError) in
      let d = GrantsGovDelegate(options: options, configuration: configuration, today: today, row: row)
      d.progress = progress.map { p in { n in p(n, reader.consumed, reader.size) } }
      d.stream = stream
      parser.delegate = d
      _ = parser.parse()
      parser.delegate = nil
      if let f = d.failure { throw .notText(f) }
      if !d.rootClosed {
        throw .notText(d.sawRoot ? Strings.feedTruncatedXML(d.summary.records) : Strings.feedEmptyXML)
      }
      return d.summary
    }
  }
}

/// The parser's delegate: keeps the current record's fields and nothing else.
final class GrantsGovDelegate: NSObject, XMLParserDelegate {
  let options: FeedOptions
  let configuration: Configuration
  let today: CalendarDate
  let row: (ImportRow) -> Void
  var progress: ((Int) -> Void)?
  weak var stream: ChunkStream?
  var summary = FeedSummary()
  var failure: String?
  var sawRoot = false
  var rootClosed = false
  var depth = 0
  var inRecord = false
  var recordLine = 0
  var fields: [String: String] = [:]
  var current: String?
  var text = ""
  var seen: [String: Int] = [:]

  init(
    options: FeedOptions, configuration: Configuration, today: CalendarDate,
    row: @escaping (ImportRow) -> Void
  ) {
    self.options = options
    self.configuration = configuration
    self.today = today
    self.row = row
  }

  func fail(_ parser: XMLParser, _ message: String) {
    if failure == nil { failure = message }
    stream?.stopped = true
    parser.abortParsing()
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard failure == nil else { return }
    depth += 1
    if depth > GrantsGovFeed.maxDepth {
      return fail(parser, Strings.feedTooDeep(GrantsGovFeed.maxDepth, parser.lineNumber))
    }
    switch depth {
    case 1:
      guard name == "Grants" else { return fail(parser, Strings.feedWrongRoot(name)) }
      sawRoot = true
    case 2:
      inRecord = GrantsGovRecord.names.contains(name)
      if inRecord {
        fields = [:]
        recordLine = parser.lineNumber
      }
    case 3 where inRecord:
      current = name
      text = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if depth == 3 && current != nil { text += string }
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    if depth == 3 && current != nil { text += String(decoding: block, as: UTF8.self) }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?)
  {
    guard failure == nil else { return }
    switch depth {
    case 1: rootClosed = true
    case 2 where inRecord:
      inRecord = false
      record()
    case 3 where inRecord:
      if let c = current { fields[c] = text }
      current = nil
    default: break
    }
    depth -= 1
  }

  /// Maps and hands on the record just read, unless a filter or a repeated id leaves it out.
  func record() {
    summary.records += 1
    progress?(summary.records)
    let (r, posted) = GrantsGovRecord.row(
      fields, line: recordLine, configuration: configuration, today: today)
    if case .record(let good) = r {
      if let earlier = seen[good.key] {
        summary.warnings.append(Strings.feedRepeated(good.key, earlier, recordLine))
        return
      }
      seen[good.key] = recordLine
      if let since = options.since, (posted.map { $0 < since } ?? true) {
        summary.filtered += 1
        return
      }
    }
    row(r)
  }

  func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
    guard failure == nil else { return }
    // libxml2's messages do not reach the NSError on Linux; its code does. 5 and 77 are
    // "the document ends early" (XML_ERR_DOCUMENT_END, XML_ERR_TAG_NOT_FINISHED).
    let code = (error as NSError).code
    if (code == 5 || code == 77) && sawRoot && !rootClosed {
      return fail(parser, Strings.feedTruncatedXML(summary.records))
    }
    fail(parser, Strings.feedMalformedXML(parser.lineNumber, parser.columnNumber, code))
  }

  func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
    fail(parser, Strings.feedDoctype)
  }

  func parser(
    _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
    systemID: String?
  ) {
    fail(parser, Strings.feedDoctype)
  }

  func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
    // Also asked for an undeclared `&name;` (there is no DOCTYPE to declare one).
    fail(parser, Strings.feedUnknownEntity(name, parser.lineNumber))
    return nil
  }
}

/// An `InputStream` over a `ChunkReader`, so `XMLParser` pulls the file a chunk at a time;
/// `stopped` ends it early once the delegate gives up.
final class ChunkStream: InputStream {
  let reader: ChunkReader
  var stopped = false
  private var done = false

  init(_ reader: ChunkReader) {
    self.reader = reader
    super.init(data: Data())
  }

  override func open() {}
  override func close() {}
  override var hasBytesAvailable: Bool { !done && !stopped }
  override var streamStatus: Stream.Status { done || stopped ? .atEnd : .open }

  override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
    if stopped { return 0 }
    let chunk = reader.read(max: len)
    if chunk.isEmpty {
      done = true
      return 0
    }
    chunk.withUnsafeBufferPointer { b in
      if let base = b.baseAddress { buffer.update(from: base, count: b.count) }
    }
    return chunk.count
  }
}
