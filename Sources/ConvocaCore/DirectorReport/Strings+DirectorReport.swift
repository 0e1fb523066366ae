extension Strings {
  // MARK: - The director's report (`convoca report --format html|md`)

  static func directorGenerated(_ date: String) -> String {
    t("director.generated", "Generated on {0}", date)
  }
  static func directorCalls(_ n: String) -> String { t("director.calls", "{0} calls", n) }
  static var directorSummary: String { t("director.summary", "Summary") }
  static var directorPipeline: String { t("director.pipeline", "Pipeline") }
  static var directorPipelineByStage: String { t("director.pipelineByStage", "Pipeline by stage") }
  static var directorPipelineByArea: String { t("director.pipelineByArea", "Pipeline by area") }
  static var directorUpcoming: String { t("director.upcoming", "Upcoming deadlines (next 30 days)") }
  static var directorStaleCalls: String { t("director.staleCalls", "Stale calls") }
  static var directorNothing: String { t("director.nothing", "Nothing to show.") }
  static func directorMore(_ n: Int, _ query: String) -> String {
    t("director.more", "… and {0} more: convoca list {1}", String(n), query)
  }
  static var directorWonInPeriod: String { t("director.wonInPeriod", "Won in the period") }
  static var directorWinRateByCount: String { t("director.winRateByCount", "Win rate by count") }
  static var directorWinRateByAmount: String { t("director.winRateByAmount", "Win rate by amount") }
  static var directorDecided: String { t("director.decided", "decided") }
  static var directorLegendOpen: String { t("director.legendOpen", "open now") }
  static var directorLegendWon: String { t("director.legendWon", "won in the period") }
  static var directorBestYear: String { t("director.bestYear", "best year") }
  static var directorColDeadline: String { t("director.col.deadline", "deadline") }
  static var directorColDays: String { t("director.col.days", "days left") }
  static var directorColTitle: String { t("director.col.title", "call") }
  static var directorColFunder: String { t("director.col.funder", "funder") }
  static var directorColAmount: String { t("director.col.amount", "amount") }
  static var directorColUpdated: String { t("director.col.updated", "last change") }
  static var directorColId: String { t("director.col.id", "id") }
  static var directorChartStages: String {
    t("director.chartStages", "Bars: number of calls per stage; labels: calls · total")
  }
  static var directorChartYears: String { t("director.chartYears", "Bars: money won each year (converted)") }
  static var directorChartAreas: String {
    t("director.chartAreas", "Bars: number of calls per area; labels: calls · total")
  }
  /// The decimal mark of the language in force: `.` in English, `,` in Spanish.
  static var directorDecimalMark: String { t("director.decimalMark", ".") }
  /// Twelve month names, comma-separated.
  static var directorMonths: String {
    t(
      "director.months",
      "January,February,March,April,May,June,July,August,September,October,November,December")
  }
  /// Twelve short month names, comma-separated.
  static var directorMonthsShort: String {
    t("director.monthsShort", "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec")
  }
  /// A long date: {0} day, {1} month name, {2} year.
  static func directorLongDate(_ day: String, _ month: String, _ year: String) -> String {
    t("director.longDate", "{0} {1} {2}", day, month, year)
  }
}

extension Strings {
  /// The language code of the strings in force, for `<html lang>`.
  static var directorLanguage: String { t("director.language", "en") }
}
