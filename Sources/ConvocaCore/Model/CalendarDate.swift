/// A date on the calendar with no time and no time zone: a deadline is "2027-03-01", not an
/// instant. Stored as days since 1970-01-01 so comparisons and arithmetic are integer work.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let daysSinceEpoch: Int32

  /// Creates a date from a day count since 1970-01-01.
  public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

  /// Creates a date from its parts; nil when the parts name no real day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.daysSinceEpoch = Int32(CalendarDate.days(year: year, month: month, day: day))
  }

  /// Parses exactly `YYYY-MM-DD`.
  public init?(iso text: some StringProtocol) {
    let u = Array(text.utf8)
    guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
    func num(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        let c = u[i]
        guard c >= 0x30, c <= 0x39 else { return nil }
        v = v * 10 + Int(c - 0x30)
      }
      return v
    }
    guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// The year, month and day of this date.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = Int(daysSinceEpoch) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
  }

  /// The year of this date.
  public var year: Int { components.year }

  /// Day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
  public var isoWeekday: Int {
    let w = (Int(daysSinceEpoch) % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday
    return w + 1
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (y, m, d) = components
    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
  }

  /// This date moved by `n` days.
  public func adding(days n: Int) -> CalendarDate {
    CalendarDate(daysSinceEpoch: daysSinceEpoch + Int32(clamping: n))
  }

  /// Days from `self` to `other` (positive when `other` is later).
  public func days(until other: CalendarDate) -> Int {
    Int(other.daysSinceEpoch) - Int(daysSinceEpoch)
  }

  /// The Monday that starts this date's ISO week.
  public var startOfWeek: CalendarDate { adding(days: 1 - isoWeekday) }
  /// The first day of this date's month.
  public var startOfMonth: CalendarDate {
    let c = components
    return CalendarDate(year: c.year, month: c.month, day: 1) ?? self
  }
  /// The last day of this date's month.
  public var endOfMonth: CalendarDate {
    let c = components
    return CalendarDate(year: c.year, month: c.month, day: CalendarDate.daysIn(month: c.month, year: c.year))
      ?? self
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days_from_civil.
  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }
}

func pad(_ n: Int, _ width: Int) -> String {
  let s = String(n)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
