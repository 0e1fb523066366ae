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
  /// `nextweek`: the ISO week after this one.
  case nextWeek
  /// `lastweek`: the ISO week before this one.
  case lastWeek
  /// `nextmonth`: the calendar month after this one.
  case nextMonth
  /// `lastmonth`: the calendar month before this one.
  case lastMonth
  /// `thisyear`: this calendar year.
  case thisYear
  /// `nextyear`: the calendar year after this one.
  case nextYear
  /// `lastyear`: the calendar year before this one.
  case lastYear
  /// `2026`: that calendar year.
  case year(Int)
  /// `2026-11`: that calendar month.
  case yearMonth(Int, Int)

  /// The named periods, as typed (`thisweek` and `thismonth` are `week` and `month`).
  public static let names = [
    "today", "tomorrow", "yesterday", "week", "month", "thisweek", "nextweek", "lastweek", "thismonth",
    "nextmonth", "lastmonth", "thisyear", "nextyear", "lastyear",
  ]

  /// The Spanish period names, accents optional (`año` or `ano`), each with its English twin.
  public static let spanish: [(name: String, english: String)] = [
    ("hoy", "today"), ("mañana", "tomorrow"), ("ayer", "yesterday"), ("semana", "week"), ("mes", "month"),
    ("año", "thisyear"), ("estasemana", "thisweek"), ("proximasemana", "nextweek"),
    ("semanapasada", "lastweek"), ("estemes", "thismonth"), ("proximomes", "nextmonth"),
    ("mespasado", "lastmonth"), ("esteaño", "thisyear"), ("proximoaño", "nextyear"),
    ("añopasado", "lastyear"),
  ]

  /// The period names of the language in force, then the other's, for suggestions.
  public static var shownNames: [String] {
    Strings.isSpanish ? spanish.map(\.name) + names : names + spanish.map(\.name)
  }

  /// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `Nd`, `Nw` (or `Ns`, semanas) or a period name
  /// in English or Spanish (`hoy`, `semana`, `mes`, `año`); nil for anything else.
  public init?(_ text: String) {
    var t = text.lowercased()
    let folded = TextFolding.folded(t)
    if let es = Self.spanish.first(where: { TextFolding.folded($0.name) == folded }) { t = es.english }
    if t.count > 1, t.last == "s", t.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) {
      t = t.dropLast() + "w"
    }
    switch t {
    case "today": self = .today
    case "tomorrow": self = .tomorrow
    case "yesterday": self = .yesterday
    case "week", "thisweek": self = .week
    case "month", "thismonth": self = .month
    case "nextweek": self = .nextWeek
    case "lastweek": self = .lastWeek
    case "nextmonth": self = .nextMonth
    case "lastmonth": self = .lastMonth
    case "thisyear": self = .thisYear
    case "nextyear": self = .nextYear
    case "lastyear": self = .lastYear
    default:
      if let d = CalendarDate(iso: t) {
        self = .date(d)
        return
      }
      let isDigits = { (s: Substring) in s.allSatisfy { $0.isASCII && $0.isNumber } }
      let parts = t.split(separator: "-", omittingEmptySubsequences: false)
      if parts.count <= 2, parts[0].count == 4, isDigits(parts[0]), let y = Int(parts[0]), y >= 1 {
        if parts.count == 1 {
          self = .year(y)
          return
        }
        if parts[1].count == 2, isDigits(parts[1]), let m = Int(parts[1]), (1...12).contains(m) {
          self = .yearMonth(y, m)
          return
        }
        return nil
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
    case .nextWeek: return "nextweek"
    case .lastWeek: return "lastweek"
    case .nextMonth: return "nextmonth"
    case .lastMonth: return "lastmonth"
    case .thisYear: return "thisyear"
    case .nextYear: return "nextyear"
    case .lastYear: return "lastyear"
    case .year(let y): return Self.pad(y, 4)
    case .yearMonth(let y, let m): return Self.pad(y, 4) + "-" + Self.pad(m, 2)
    }
  }

  private static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
  }

  /// First and last day (days since 1970) of a calendar month.
  static func monthSpan(_ y: Int, _ m: Int) -> (Int, Int) {
    guard let first = CalendarDate(year: y, month: m, day: 1) else { return (1, 0) }
    return (Int(first.daysSinceEpoch), Int(first.endOfMonth.daysSinceEpoch))
  }

  /// First and last day (days since 1970) of a calendar year.
  static func yearSpan(_ y: Int) -> (Int, Int) {
    guard let first = CalendarDate(year: y, month: 1, day: 1),
      let last = CalendarDate(year: y, month: 12, day: 31)
    else { return (1, 0) }
    return (Int(first.daysSinceEpoch), Int(last.daysSinceEpoch))
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
    case .nextWeek:
      let s = Int(today.startOfWeek.daysSinceEpoch) + 7
      span = (s, s + 6)
    case .lastWeek:
      let s = Int(today.startOfWeek.daysSinceEpoch) - 7
      span = (s, s + 6)
    case .nextMonth:
      let first = today.endOfMonth.adding(days: 1)
      span = (Int(first.daysSinceEpoch), Int(first.endOfMonth.daysSinceEpoch))
    case .lastMonth:
      let last = today.startOfMonth.adding(days: -1)
      span = (Int(last.startOfMonth.daysSinceEpoch), Int(last.daysSinceEpoch))
    case .thisYear: span = Self.yearSpan(today.year)
    case .nextYear: span = Self.yearSpan(today.year + 1)
    case .lastYear: span = Self.yearSpan(today.year - 1)
    case .year(let y): span = Self.yearSpan(y)
    case .yearMonth(let y, let m): span = Self.monthSpan(y, m)
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
