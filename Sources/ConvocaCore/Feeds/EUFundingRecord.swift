/// One element of `fundingData.GrantTenderObj` mapped to a call: see docs/interchange.md,
/// "Feeds".
enum EUFundingRecord {
  /// The row for element `index` (1-based) starting on `line`, and the day it was published
  /// (for `--since`).
  static func row(
    _ v: JSONValue, index: Int, line: Int, configuration: Configuration, today: CalendarDate
  ) -> (row: ImportRow, posted: CalendarDate?) {
    guard case .object = v else {
      return (.rejected(ImportRejection(line: line, reason: Strings.feedRecordNotObject(index))), nil)
    }
    let id = text(v["identifier"]).trimmingSpaces
    var r = FeedRecord(line: line, key: id, configuration: configuration, today: today)
    if id.isEmpty { r.fail(Strings.feedRecordMissing(index, "identifier")) }
    var title = HTMLText.plain(text(v["title"]), multiline: false)
    if title.isEmpty { title = HTMLText.plain(text(v["callTitle"]), multiline: false) }
    if title.isEmpty { r.fail(Strings.feedRecordMissing(index, "title")) }
    r.set(.title, title, from: "title")
    r.set(.kind, "grant", from: "kind")
    r.set(.funder, "European Commission", from: "funder")
    r.set(.country, "EU", from: "country")
    r.set(.program, label(v["frameworkProgramme"]), from: "frameworkProgramme")
    let deadlines = dates(v["deadlineDates"] ?? v["deadlineDate"])
    if deadlines == nil { r.fail(Strings.feedRecordBadDates(index, "deadlineDates")) }
    // The next deadline still to come, else the last; a closed call's last one that passed
    // (its deadline is then past: `is:overdue`, `due<today`).
    let closed = status(v["status"]).lowercased() == "closed"
    let upcoming = closed ? nil : deadlines?.filter({ !($0 < today) }).min()
    let past = deadlines?.filter({ $0 < today }).max()
    if let d = upcoming ?? (closed ? past : nil) ?? deadlines?.max() {
      r.set(.deadline, d.description, from: "deadlineDates")
    }
    var url = text(v["url"]).trimmingSpaces
    if url.isEmpty && !id.isEmpty {
      url =
        "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/"
        + id
    }
    r.set(.url, url, from: "url")
    r.set(
      .description, HTMLText.plain(text(v["description"] ?? v["summary"]), multiline: true),
      from: "description")
    var posted: CalendarDate?
    for k in ["publicationDate", "publicationDateLong", "startDate", "plannedOpeningDate"] {
      if let d = dates(v[k])?.max() {
        posted = d
        break
      }
    }
    return (r.row, posted)
  }

  /// The status of a call: `Open`, `Forthcoming` or `Closed` (as text, as an object with an
  /// `abbreviation` or `description`, or as the portal's numeric id).
  static func status(_ v: JSONValue?) -> String {
    switch v {
    case .number(let n)?:
      return ["31094501": "Forthcoming", "31094502": "Open", "31094503": "Closed"][n] ?? n
    default: return label(v)
    }
  }

  /// A string, or the `abbreviation` (else `description`) of an object.
  static func label(_ v: JSONValue?) -> String {
    switch v {
    case .string(let s)?: return s.trimmingSpaces
    case .object?:
      let a = text(v?["abbreviation"]).trimmingSpaces
      return a.isEmpty ? text(v?["description"]).trimmingSpaces : a
    default: return ""
    }
  }

  /// A string value's text ("" otherwise).
  static func text(_ v: JSONValue?) -> String { v?.stringValue ?? "" }

  /// Days from epoch milliseconds: one number, an array of them (or of ISO texts); nil when a
  /// value is neither; empty when there is none.
  static func dates(_ v: JSONValue?) -> [CalendarDate]? {
    func one(_ v: JSONValue) -> CalendarDate? {
      switch v {
      case .number(let n):
        guard let ms = Double(n), ms.isFinite, abs(ms) < 1e15 else { return nil }
        return CalendarDate(daysSinceEpoch: Int32((ms / 86_400_000).rounded(.down)))
      case .string(let s): return CalendarDate(iso: s.prefix(10))
      default: return nil
      }
    }
    switch v {
    case nil, .null?: return []
    case .array(let items)?:
      var out: [CalendarDate] = []
      for i in items {
        guard let d = one(i) else { return nil }
        out.append(d)
      }
      return out
    case let x?: return one(x).map { [$0] }
    }
  }
}
