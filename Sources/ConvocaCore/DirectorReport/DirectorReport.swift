import Foundation

/// The director's report: a `PipelineReport`'s figures laid out for reading and printing
/// (`convoca report --format html|md`), with the calls behind the upcoming deadlines and the
/// stale figure listed by name. It shows the report's figures as they are; it computes none.
public struct DirectorReport: Sendable {
  /// One call listed in the deadlines or stale table.
  public struct Item: Hashable, Sendable {
    /// The call's id.
    public var id: String
    /// Its title.
    public var title: String
    /// Its funder.
    public var funder: String
    /// Its stage.
    public var stage: Stage
    /// Its owner; empty when none.
    public var owner: String
    /// Its deadline.
    public var deadline: CalendarDate?
    /// Days from today to the deadline.
    public var daysLeft: Int?
    /// Its money (`Opportunity.reportAmount`).
    public var amount: Money?
    /// The day of its last change.
    public var updated: CalendarDate
  }

  /// At most this many calls are listed per table; the rest are counted, with their query.
  public static let defaultLimit = 40

  /// The figures.
  public var report: PipelineReport
  /// The day the figures describe (the generation date).
  public var today: CalendarDate
  /// The query the report was computed under ("" for every call).
  public var filter: String
  /// The vocabulary the queries are written in.
  public var vocabulary: Vocabulary
  /// The calls of `report.due30`, by deadline, at most `limit`.
  public var upcoming: [Item]
  /// The calls of `report.stale`, oldest change first, at most `limit`.
  public var staleItems: [Item]

  /// Lays out `report`, which must have been computed with `collectMembers: true` over `store`
  /// for the deadline and stale tables to list calls (without, they list none and say how many).
  public init(
    report: PipelineReport, store: OpportunityStore, today: CalendarDate, filter: String,
    utcOffset: Int, vocabulary: Vocabulary = .standard, limit: Int = DirectorReport.defaultLimit
  ) {
    self.report = report
    self.today = today
    self.filter = filter
    self.vocabulary = vocabulary
    func item(_ p: Int) -> Item? {
      guard p >= 0, p < store.records.count else { return nil }
      let o = store.records[p]
      return Item(
        id: o.id.rawValue, title: o.title, funder: o.funder, stage: o.stage, owner: o.owner,
        deadline: o.deadline, daysLeft: o.deadline.map { today.days(until: $0) }, amount: o.reportAmount,
        updated: o.updated.date(utcOffset: utcOffset))
    }
    let due = report.due30.members.compactMap(item).sorted {
      ($0.deadline ?? today, $0.title, $0.id) < ($1.deadline ?? today, $1.title, $1.id)
    }
    let stale = report.stale.members.compactMap(item).sorted {
      ($0.updated, $0.title, $0.id) < ($1.updated, $1.title, $1.id)
    }
    upcoming = Array(due.prefix(max(0, limit)))
    staleItems = Array(stale.prefix(max(0, limit)))
  }

  /// The title: "Pipeline report — this year (2026), totals in USD".
  public var title: String { Strings.reportTitle(report.period.label(today: today), report.reporting) }

  /// The page's title, with the generation date: "Pipeline report — 2025, totals in USD · 2 December 2026".
  public var pageTitle: String { title + " · " + Self.longDate(today) }

  /// The line under the title: how many calls, the generation date, the filter.
  public var subtitle: String {
    var s =
      Strings.directorGenerated(Self.longDate(today)) + " · "
      + Strings.directorCalls(Self.count(report.callCount))
    if !filter.trimmingCharacters(in: .whitespaces).isEmpty { s += " · " + Strings.reportFilter(filter) }
    return s
  }

  /// A figure's query combined with the report's filter.
  public func query(_ f: ReportFigure) -> String { Query.combining(filter, f.query, vocabulary: vocabulary) }

  /// How many calls of `f` a table of `shown` rows leaves out.
  static func hidden(_ f: ReportFigure, shown: Int) -> Int { max(0, f.count - shown) }
}
