/// How far an import has got, for the progress bar.
public enum ImportProgress: Sendable {
  /// Rows of a file already read whole (CSV) planned so far, of all.
  case rows(done: Int, total: Int)
  /// A feed read as a stream: records read, bytes read, the file's size when known.
  case file(records: Int, bytes: Int, size: Int?)
}

extension ImportPlan {
  /// Plans importing `source` read as `format`, through the one `Builder` every format
  /// shares: CSV (`csv`'s options), or a feed (`feed`'s filters), streamed record by record
  /// into the plan. `feed.only` applies to CSV too; `feed.since` only to feeds.
  public static func make(
    _ format: ImportFormat, source: FeedSource, csv: CSVImportOptions, feed: FeedOptions,
    configuration: Configuration, store: OpportunityStore, today: CalendarDate, at: Timestamp,
    generator: inout some RandomNumberGenerator, progress: ((ImportProgress) -> Void)? = nil
  ) throws(InterchangeError) -> ImportPlan {
    let system: String
    switch format {
    case .csv: system = csv.system
    case .grantsGov: system = GrantsGovFeed.system
    case .euFT: system = EUFundingFeed.system
    case .json:
      // A JSON export holds whole records to merge, not rows: `JSONImport` plans it.
      throw .header(Strings.jsonImportNotRows)
    }
    var builder = Builder(
      system: system, updateStage: csv.updateStage, configuration: configuration, store: store, at: at,
      keep: feed.keep)
    switch format {
    case .csv:
      let data = try source.all()
      let (_, rows, warnings) = try CSVImport.rows(
        data, options: csv, configuration: configuration, today: today)
      builder.plan.warnings = warnings
      for (i, row) in rows.enumerated() {
        builder.add(row, generator: &generator)
        if i % 1024 == 0 { progress?(.rows(done: i, total: rows.count)) }
      }
    case .json:
      break
    case .grantsGov, .euFT:
      let read = format == .grantsGov ? GrantsGovFeed.read : EUFundingFeed.read
      let report: FeedProgress = { progress?(.file(records: $0, bytes: $1, size: $2)) }
      let summary = try read(source, feed, configuration, today, report) {
        builder.add($0, generator: &generator)
      }
      builder.plan.warnings += summary.warnings
      builder.plan.filtered += summary.filtered
    }
    return builder.finish()
  }
}
