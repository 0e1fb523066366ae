/// How to read a public funding feed (the `convoca import` flags a feed takes).
public struct FeedOptions: Sendable {
  /// `--since DATE`: only calls posted or updated on or after this day.
  public var since: CalendarDate?
  /// `--only QUERY`: only calls the query matches, as they would be after the import.
  public var only: Query?
  /// The context `only` is evaluated in (today, the user).
  public var context: QueryContext
  /// `--update-stage` has no meaning for feeds (they carry no stage); kept for the builder.
  public var updateStage = false

  /// Options with no filter.
  public init(context: QueryContext) { self.context = context }

  /// The `keep` test for `ImportPlan.Builder`: nil when there is no query.
  public var keep: ((Opportunity) -> Bool)? {
    guard let q = only else { return nil }
    let context = context
    return { o in q.matches(o, key: FoldedText(searchable: o), in: context) }
  }
}

/// The formats `convoca import` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
  /// A spreadsheet saved as CSV.
  case csv
  /// The grants.gov XML extract (`GrantsDBExtract…v2.xml`).
  case grantsGov = "grants-gov"
  /// The EU Funding & Tenders Portal's `grantsTenders.json`.
  case euFT = "eu-ft"
  /// A Convoca JSON export (`convoca export --format json`): whole records, merged by id
  /// (`JSONImport`), not rows.
  case json

  /// The format of a file that starts with `head` (its first few kilobytes): XML whose root is
  /// `Grants`, JSON (`{` or `[`: the reader says when it is not `grantsTenders.json`'s shape), else CSV. An XML file with another
  /// root is still read as grants.gov, whose reader says what root it found.
  public static func detect(_ head: [UInt8]) -> ImportFormat {
    var i = 0
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    while i < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[i]) { i += 1 }
    guard i < head.count else { return .csv }
    if JSONImport.looksLikeExport(head) { return .json }
    switch head[i] {
    case UInt8(ascii: "<"): return .grantsGov
    case UInt8(ascii: "{"), UInt8(ascii: "["): return .euFT
    default: return .csv
    }
  }
}
