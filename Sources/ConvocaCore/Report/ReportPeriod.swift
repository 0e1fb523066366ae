/// The span of time a report's period figures (win rate, won by area, kind and owner) cover:
/// a call counts when it was decided (`Opportunity.decidedDate`) within it.
public enum ReportPeriod: Hashable, Sendable {
  /// 1 January to 31 December of today's year.
  case thisYear
  /// The 12 months up to today: from the day after today's date a year ago, to today.
  case last12Months
  /// One calendar year.
  case year(Int)
  /// Every date.
  case allTime

  /// Reads `this-year`, `12m`, a year such as `2025`, or `all`.
  public init?(parsing text: String) {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    switch t {
    case "this-year", "thisyear": self = .thisYear
    case "12m": self = .last12Months
    case "all": self = .allTime
    default:
      guard t.count == 4, t.allSatisfy(\.isASCII), let y = Int(t), y >= 1000 else { return nil }
      self = .year(y)
    }
  }

  /// The words `init(parsing:)` reads, for messages.
  public static let inputs = ["this-year", "12m", "YEAR", "all"]

  /// How it is written on the command line.
  public var input: String {
    switch self {
    case .thisYear: return "this-year"
    case .last12Months: return "12m"
    case .year(let y): return String(y)
    case .allTime: return "all"
    }
  }

  /// The first and last day it covers; nil for all time.
  public func range(today: CalendarDate) -> ClosedRange<CalendarDate>? {
    switch self {
    case .thisYear: return Self.yearRange(today.year)
    case .year(let y): return Self.yearRange(y)
    case .allTime: return nil
    case .last12Months:
      let (y, m, d) = today.components
      let yearAgo =
        CalendarDate(year: y - 1, month: m, day: d) ?? CalendarDate(year: y - 1, month: m, day: d - 1)
        ?? today.adding(days: -365)
      return yearAgo.adding(days: 1)...today
    }
  }

  static func yearRange(_ y: Int) -> ClosedRange<CalendarDate>? {
    guard let a = CalendarDate(year: y, month: 1, day: 1), let b = CalendarDate(year: y, month: 12, day: 31)
    else { return nil }
    return a...b
  }

  /// The query terms that select the calls decided in the period (`decided:2026`,
  /// `decided>=2025-12-03 decided<=2026-12-02`); empty for all time.
  public func queryTerms(today: CalendarDate) -> String {
    switch self {
    case .thisYear: return "decided:\(today.year)"
    case .year(let y): return "decided:\(y)"
    case .allTime: return ""
    case .last12Months:
      guard let r = range(today: today) else { return "" }
      return "decided>=\(r.lowerBound) decided<=\(r.upperBound)"
    }
  }

  /// The period's name, translated: "this year (2026)", "last 12 months", "2025", "all time".
  public func label(today: CalendarDate) -> String {
    switch self {
    case .thisYear: return Strings.reportThisYear(today.year)
    case .last12Months: return Strings.reportLast12Months
    case .year(let y): return String(y)
    case .allTime: return Strings.reportAllTime
    }
  }

  /// The choices a picker offers: this year, the last 12 months, each year in `years`
  /// (newest first), all time.
  public static func choices(years: [Int]) -> [ReportPeriod] {
    [.thisYear, .last12Months] + years.sorted(by: >).map { .year($0) } + [.allTime]
  }

  /// The period `p` moves to: this year → last 12 months → all time → this year.
  public var next: ReportPeriod {
    switch self {
    case .thisYear: return .last12Months
    case .last12Months: return .allTime
    case .year, .allTime: return .thisYear
    }
  }
}
