/// The value of a date term: a calendar date, a named period, or a distance from today.
public enum QueryDateValue: Hashable, Sendable, CustomStringConvertible {
  /// `2027-03-01`.
  case date(CalendarDate)
  /// `30d`: that many days from (or, for created/updated, before) today.
  case days(Int)
  /// `4w`: that many weeks from (or before) today.
  case weeks(Int)
  /// `today`.
  case today
  /// `tomorrow`.
  case tomorrow
  /// `yesterday`.
  case yesterday
  /// `week`: this ISO week, Monday to Sunday.
  case week
  /// `month`: this calendar month.
  case month

  /// The named periods, as typed.
  public static let names = ["today", "tomorrow", "yesterday", "week", "month"]

  /// Parses `YYYY-MM-DD`, `Nd`, `Nw` or a period name; nil for anything else.
  public init?(_ text: String) {
    let t = text.lowercased()
    switch t {
    case "today": self = .today
    case "tomorrow": self = .tomorrow
    case "yesterday": self = .yesterday
    case "week": self = .week
    case "month": self = .month
    default:
      if let d = CalendarDate(iso: t) {
        self = .date(d)
        return
      }
      guard let unit = t.last, unit == "d" || unit == "w" else { return nil }
      let digits = t.dropLast()
      guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let n = Int(digits)
      else { return nil }
      self = unit == "d" ? .days(n) : .weeks(n)
    }
  }

  /// The value as it would be typed.
  public var description: String {
    switch self {
    case .date(let d): return d.description
    case .days(let n): return "\(n)d"
    case .weeks(let n): return "\(n)w"
    case .today: return "today"
    case .tomorrow: return "tomorrow"
    case .yesterday: return "yesterday"
    case .week: return "week"
    case .month: return "month"
    }
  }

  /// Lowest and highest day (as days since 1970, inclusive) a date must fall in to satisfy
  /// `comparison` against this value, seen from `today`. Open ends are ±2⁴⁰. An empty
  /// range (`lo > hi`) matches nothing.
  ///
  /// A named period or date is a span of days: `:` means within it, `<` before its first
  /// day, `<=` up to its last, `>` after its last, `>=` from its first. A distance names
  /// "N days away": for due/decision `<30d` is today up to 29 days ahead (never the past),
  /// `>30d` is more than 30 days ahead; for created/updated `<7d` is today back to 6 days
  /// ago, `>14d` is more than 14 days ago.
  public func dayRange(_ comparison: QueryComparison, forward: Bool, today: CalendarDate) -> (
    lo: Int, hi: Int
  ) {
    let t = Int(today.daysSinceEpoch)
    let minDay = -(1 << 40)
    let maxDay = 1 << 40
    let span: (Int, Int)
    switch self {
    case .days(let n), .weeks(let n):
      let d = if case .weeks = self { n * 7 } else { n }
      if forward {
        switch comparison {
        case .equal: return (t + d, t + d)
        case .less: return (t, t + d - 1)
        case .lessOrEqual: return (t, t + d)
        case .greater: return (t + d + 1, maxDay)
        case .greaterOrEqual: return (t + d, maxDay)
        }
      } else {
        switch comparison {
        case .equal: return (t - d, t - d)
        case .less: return (t - d + 1, t)
        case .lessOrEqual: return (t - d, t)
        case .greater: return (minDay, t - d - 1)
        case .greaterOrEqual: return (minDay, t - d)
        }
      }
    case .date(let d): span = (Int(d.daysSinceEpoch), Int(d.daysSinceEpoch))
    case .today: span = (t, t)
    case .tomorrow: span = (t + 1, t + 1)
    case .yesterday: span = (t - 1, t - 1)
    case .week:
      let s = Int(today.startOfWeek.daysSinceEpoch)
      span = (s, s + 6)
    case .month: span = (Int(today.startOfMonth.daysSinceEpoch), Int(today.endOfMonth.daysSinceEpoch))
    }
    switch comparison {
    case .equal: return span
    case .less: return (minDay, span.0 - 1)
    case .lessOrEqual: return (minDay, span.1)
    case .greater: return (span.1 + 1, maxDay)
    case .greaterOrEqual: return (span.0, maxDay)
    }
  }
}
