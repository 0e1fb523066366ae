/// Reads the EU Funding & Tenders Portal's `grantsTenders.json` as a stream: a small scanner
/// (`JSONStreamScanner`) finds `fundingData.GrantTenderObj` and hands over one element at a
/// time to `JSONParser`, so the file is never held whole. See docs/interchange.md, "Feeds".
public enum EUFundingFeed {
  /// The `source.system` of the calls it creates.
  public static let system = "eu-ft"

  /// Reads `source`, handing each call's row to `row`. Throws when the file is not JSON of
  /// the portal's shape (no `fundingData` object holding a `GrantTenderObj` array), is cut
  /// short, or nests deeper than the scanner allows; an element that is not a call is a
  /// rejected row.
  public static func read(
    _ source: FeedSource, options: FeedOptions, configuration: Configuration, today: CalendarDate,
    progress: FeedProgress? = nil, row: (ImportRow) -> Void
  ) throws(InterchangeError) -> FeedSummary {
    let reader = try source.open()
    var s = JSONStreamScanner(reader)
    var summary = FeedSummary()
    var seen: [String: Int] = [:]
    var found = false
    do throws(JSONStreamScanner.Failure) {
      guard s.next() == UInt8(ascii: "{") else { throw .shape(Strings.feedNotFundingData) }
      try members(&s) { key, s throws(JSONStreamScanner.Failure) in
        guard key == "fundingData" else { return try s.skip() }
        guard s.next() == UInt8(ascii: "{") else { throw .shape(Strings.feedNotObject("fundingData")) }
        try members(&s) { key, s throws(JSONStreamScanner.Failure) in
          guard key == "GrantTenderObj" else { return try s.skip() }
          guard s.next() == UInt8(ascii: "[") else {
            throw .shape(Strings.feedNotArray("fundingData.GrantTenderObj"))
          }
          found = true
          try s.expect(UInt8(ascii: "["), "[")
          if s.next() == UInt8(ascii: "]") {
            _ = s.take()
            return
          }
          while true {
            _ = s.next()
            let line = s.line
            var raw: [UInt8] = []
            try s.copy(into: &raw)
            summary.records += 1
            progress?(summary.records, reader.consumed, reader.size)
            let value: JSONValue
            do throws(JSONError) { value = try JSONParser.parse(raw) } catch {
              throw .shape(Strings.feedBadRecord(summary.records, line, error.message))
            }
            let (r, posted) = EUFundingRecord.row(
              value, index: summary.records, line: line, configuration: configuration, today: today)
            var keep = true
            if case .record(let good) = r {
              if let earlier = seen[good.key] {
                summary.warnings.append(Strings.feedRepeated(good.key, earlier, line))
                keep = false
              } else {
                seen[good.key] = line
                if let since = options.since, (posted.map { $0 < since } ?? true) {
                  summary.filtered += 1
                  keep = false
                }
              }
            }
            if keep { row(r) }
            guard let b = s.next() else { throw .truncated }
            _ = s.take()
            if b == UInt8(ascii: "]") { return }
            guard b == UInt8(ascii: ",") else { throw .unexpected(line: s.line, expected: ", ]") }
          }
        }
      }
    } catch {
      switch error {
      case .truncated: throw .notText(Strings.feedTruncatedJSON(summary.records))
      case .unexpected(let line, let expected): throw .notText(Strings.feedBadJSON(line, expected))
      case .tooDeep(let line): throw .notText(Strings.feedTooDeep(JSONStreamScanner.maxDepth, line))
      case .shape(let m): throw .notText(m)
      }
    }
    guard found else { throw .notText(Strings.feedNotFundingData) }
    return summary
  }

  /// Walks an object's members (the `{` next), calling `each` with the key and the scanner
  /// at the value, which `each` must consume.
  static func members(
    _ s: inout JSONStreamScanner,
    _ each: (String, inout JSONStreamScanner) throws(JSONStreamScanner.Failure) -> Void
  ) throws(JSONStreamScanner.Failure) {
    try s.expect(UInt8(ascii: "{"), "{")
    if s.next() == UInt8(ascii: "}") {
      _ = s.take()
      return
    }
    while true {
      let key = try s.string()
      try s.expect(UInt8(ascii: ":"), ":")
      try each(key, &s)
      guard let b = s.next() else { throw .truncated }
      _ = s.take()
      if b == UInt8(ascii: "}") { return }
      guard b == UInt8(ascii: ",") else { throw .unexpected(line: s.line, expected: ", }") }
    }
  }
}
