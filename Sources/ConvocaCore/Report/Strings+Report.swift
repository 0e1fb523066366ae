extension Strings {
  // MARK: - The dashboard's and `convoca report`'s words

  static func reportThisYear(_ y: Int) -> String { t("report.thisYear", "this year ({0})", String(y)) }
  static var reportLast12Months: String { t("report.last12Months", "last 12 months") }
  static var reportAllTime: String { t("report.allTime", "all time") }
  static func reportTitle(_ period: String, _ cur: String) -> String {
    t("report.title", "Pipeline report — {0}, totals in {1}", period, cur)
  }
  static func reportCalls(_ n: Int, _ today: String) -> String {
    t("report.calls", "{0} calls, on {1}", String(n), today)
  }
  static func reportFilter(_ f: String) -> String { t("report.filter", "filter: {0}", f) }
  public static var reportStages: String { t("report.stages", "Stages") }
  public static var reportWinRate: String { t("report.winRate", "Win rate") }
  static func reportWinRateByCount(_ p: String, _ won: Int, _ decided: Int, _ lost: Int) -> String {
    t(
      "report.winRateByCount",
      "{0} by count: {1} won of {2} decided ({3} lost; dropped calls are not counted)",
      p, String(won), String(decided), String(lost))
  }
  static func reportWinRateByAmount(_ p: String, _ won: String, _ decided: String) -> String {
    t("report.winRateByAmount", "{0} by amount: {1} won of {2} decided", p, won, decided)
  }
  public static var reportWonPerYear: String { t("report.wonPerYear", "Money won per year") }
  public static var reportByArea: String { t("report.byArea", "By area") }
  public static var reportByKind: String { t("report.byKind", "By kind") }
  public static var reportOwners: String { t("report.owners", "Per owner") }
  public static var reportDeadlines: String { t("report.deadlines", "Deadlines") }
  public static var reportDue7: String { t("report.due7", "due in 7 days") }
  public static var reportDue30: String { t("report.due30", "due in 30 days") }
  public static var reportOverdue: String { t("report.overdue", "overdue") }
  public static var reportStale: String { t("report.stale", "stale") }
  public static var reportNone: String { t("report.none", "(none)") }
  public static var reportNoOwner: String { t("report.noOwner", "(no owner)") }
  public static var reportColStage: String { t("report.col.stage", "stage") }
  public static var reportColCalls: String { t("report.col.calls", "calls") }
  public static var reportColTotal: String { t("report.col.total", "total") }
  public static var reportColWeighted: String { t("report.col.weighted", "weighted") }
  public static var reportColQuery: String { t("report.col.query", "query") }
  public static var reportColYear: String { t("report.col.year", "year") }
  public static var reportColWon: String { t("report.col.won", "won") }
  public static var reportColWonPeriod: String { t("report.col.wonPeriod", "won in period") }
  public static var reportColOpen: String { t("report.col.open", "open") }
  public static var reportColArea: String { t("report.col.area", "area") }
  public static var reportColKind: String { t("report.col.kind", "kind") }
  public static var reportColOwner: String { t("report.col.owner", "owner") }
  public static var reportColDueWeek: String { t("report.col.dueWeek", "due this week") }
}
