/// Short texts shared by every view of an opportunity (command line and tracker).
public enum Formatting {
  /// How a deadline reads next to today: `2026-12-05 (6d)`, `2026-11-20 (-9d)`, `2026-11-29 (today)`.
  /// Once the application is sent (or the opportunity closed) the date shows alone.
  public static func deadline(_ d: CalendarDate?, open: Bool, today: CalendarDate) -> String {
    guard let d else { return "" }
    guard open else { return d.description }
    let left = today.days(until: d)
    if left == 0 { return d.description + " (" + Strings.today + ")" }
    return d.description + " (\(left)d)"
  }

  /// How urgent a deadline is, for colouring.
  public enum Urgency: Sendable, Hashable {
    case none, overdue, thisWeek, thisMonth, later
  }

  /// The urgency of an open opportunity's deadline.
  public static func urgency(_ o: Opportunity, today: CalendarDate) -> Urgency {
    guard o.awaitsApplication, let d = o.deadline else { return .none }
    let left = today.days(until: d)
    if left < 0 { return .overdue }
    if left <= 7 { return .thisWeek }
    if left <= 31 { return .thisMonth }
    return .later
  }

  /// `1,250,000 EUR`.
  public static func money(_ m: Money?) -> String {
    guard let m else { return "" }
    return m.amount.grouped + " " + m.currency
  }

  /// `1.3M EUR`, for narrow columns.
  public static func moneyShort(_ m: Money?) -> String {
    guard let m else { return "" }
    return m.amount.compact + " " + m.currency
  }
}

extension Strings {
  static var today: String { t("word.today", "today") }
}
