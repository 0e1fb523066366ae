import Foundation

/// How far a day is from today, in words of the language in force: `today`, `tomorrow`,
/// `yesterday`, `in 3 days`, `3 days ago`, `in 2 weeks`, `2 weeks ago`, `in 3 months`; in
/// Spanish `hoy`, `mañana`, `ayer`, `en 3 días`, `hace 3 días`, `en 2 semanas`,
/// `hace 2 semanas`, `en 3 meses`. Every view that shows a date's distance asks here.
public enum RelativeDate {
  /// How much room the words may take.
  public enum Width: Sendable, Hashable {
    /// Whole words: `in 3 days`, `hace 2 semanas`.
    case words
    /// For tight columns: `3d`, `-9d`, `today` (`3 d`, `vencida 9 d`, `hoy`).
    case compact
  }

  /// The distance of `days` (positive: ahead, negative: past): under 14 days counted in
  /// days, under 60 in whole weeks, beyond in whole months of 30 days.
  public static func text(days: Int, width: Width = .words) -> String {
    if days == 0 { return Strings.today }
    if width == .compact { return days < 0 ? Strings.daysOverdue(-days) : Strings.daysLeft(days) }
    if days == 1 { return Strings.relTomorrow }
    if days == -1 { return Strings.relYesterday }
    let span = span(abs(days))
    return days > 0 ? Strings.relIn(span) : Strings.relAgo(span)
  }

  /// A deadline's distance: as `text`, but a passed deadline says so: `overdue, 3 days ago`
  /// (`vencida, hace 3 días`); compact `-3d` (`vencida 3 d`).
  public static func deadline(days: Int, width: Width = .words) -> String {
    guard days < 0, width == .words else { return text(days: days, width: width) }
    return Strings.relOverdue(text(days: days))
  }

  /// `3 days`, `1 week`, `2 weeks`, `5 months` (`3 días`, `1 semana`, `5 meses`), with each
  /// language's plural rule (one for 1, other for the rest, in both).
  public static func span(_ n: Int) -> String {
    if n < 14 { return Strings.relDays(n) }
    if n < 60 { return Strings.relWeeks(n / 7) }
    return Strings.relMonths(n / 30)
  }
}

extension Strings {
  static var relTomorrow: String { t("rel.tomorrow", "tomorrow") }
  static var relYesterday: String { t("rel.yesterday", "yesterday") }
  static func relIn(_ span: String) -> String { t("rel.in", "in {0}", span) }
  static func relAgo(_ span: String) -> String { t("rel.ago", "{0} ago", span) }
  static func relOverdue(_ ago: String) -> String { t("rel.overdue", "overdue, {0}", ago) }
  static func relDays(_ n: Int) -> String {
    n == 1 ? t("rel.days.one", "{0} day", "1") : t("rel.days.other", "{0} days", String(n))
  }
  static func relWeeks(_ n: Int) -> String {
    n == 1 ? t("rel.weeks.one", "{0} week", "1") : t("rel.weeks.other", "{0} weeks", String(n))
  }
  static func relMonths(_ n: Int) -> String {
    n == 1 ? t("rel.months.one", "{0} month", "1") : t("rel.months.other", "{0} months", String(n))
  }
}
