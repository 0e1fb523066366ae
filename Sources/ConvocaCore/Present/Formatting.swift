import Foundation

/// Short texts shared by every view of an opportunity (command line and tracker).
public enum Formatting {
  /// How a deadline reads next to today: `2026-12-05 (in 6 days)`, `2026-11-20 (overdue, 9 days ago)`,
  /// `2026-11-29 (today)`; in Spanish `05/12/2026 (en 6 días)`, `20/11/2026 (vencida, hace 9 días)`,
  /// `29/11/2026 (hoy)`. `.compact` for tight columns: `2026-12-05 (6d)`, `20/11/2026 (vencida 9 d)`.
  /// Once the application is sent (or the opportunity closed) the date shows alone.
  public static func deadline(
    _ d: CalendarDate?, open: Bool, today: CalendarDate, width: RelativeDate.Width = .words
  ) -> String {
    guard let d else { return "" }
    guard open else { return date(d) }
    return date(d) + " (" + RelativeDate.deadline(days: today.days(until: d), width: width) + ")"
  }

  /// The days until a deadline, compact: `6d`, `-9d`, `today`; in Spanish `6 d`, `vencida 9 d`, `hoy`.
  public static func daysLeft(_ left: Int) -> String { RelativeDate.text(days: left, width: .compact) }

  /// A day as the language in force writes it: `2027-03-15` in English, `15/03/2027` in Spanish.
  public static func date(_ d: CalendarDate) -> String {
    guard Strings.isSpanish else { return d.description }
    let c = d.components
    func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
    return two(c.day) + "/" + two(c.month) + "/" + String(c.year)
  }

  /// A day as a form shows it for editing: as `date` writes it when that reads back to the
  /// same day under `order` (through `inputOrder`), else the ISO form every order reads.
  public static func dateInput(_ d: CalendarDate, order: DateOrder) -> String {
    let s = date(d)
    guard s != d.description else { return s }
    let read = try? DateInput.parse(s, today: d, order: inputOrder(order))
    return read == d ? s : d.description
  }

  /// The order typed numeric dates are read in: the locale's; when the locale leaves it open
  /// (C, POSIX) and the language is Spanish, day first, as Spanish writes dates.
  public static func inputOrder(_ order: DateOrder) -> DateOrder {
    order == .unspecified && Strings.isSpanish ? .dayFirst : order
  }

  /// The number style typed amounts are read in: the locale's; when the locale leaves it
  /// open (C, POSIX) and the language is Spanish, comma decimal (`US$ 25.000` is 25000).
  public static func inputStyle(_ style: NumberStyle) -> NumberStyle {
    style == .unspecified && Strings.isSpanish ? .commaDecimal : style
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

  /// `1,250,000 EUR`; in Spanish as Colombia writes it: `$ 1.500.000 COP`, `US$ 25.000`,
  /// `€ 40.000`, `1.234.567,89 GBP`.
  public static func money(_ m: Money?) -> String {
    guard let m else { return "" }
    guard Strings.isSpanish else { return m.amount.grouped + " " + m.currency }
    return spanishMoney(m.amount.groupedComma, m.currency)
  }

  /// `1.3M EUR`, for narrow columns (`1,3M COP` in Spanish).
  public static func moneyShort(_ m: Money?) -> String {
    guard let m else { return "" }
    guard Strings.isSpanish else { return m.amount.compact + " " + m.currency }
    return spanishMoney(m.amount.compactComma, m.currency)
  }

  static func spanishMoney(_ amount: String, _ currency: String) -> String {
    switch currency {
    case "COP": return "$ " + amount + " COP"
    case "USD": return "US$ " + amount
    case "EUR": return "€ " + amount
    default: return amount + " " + currency
    }
  }

  /// An amount as a form shows it for editing: grouped as the language in force writes it
  /// (`1.500.000 COP` in Spanish) when that reads back to the same value whatever the
  /// locale's number style, else the plain `Money.input`.
  public static func moneyInput(_ m: Money) -> String {
    guard Strings.isSpanish else { return m.input }
    let s = m.amount.groupedComma
    guard Money.readAmount(s, style: .unspecified).value == m.amount else { return m.input }
    return s + " " + m.currency
  }
}

extension Decimal {
  /// `grouped` with the marks swapped, as Spanish writes numbers: `1.234.567,89`.
  public var groupedComma: String { Self.swapMarks(grouped) }

  /// `compact` with the marks swapped: `1,3M`.
  public var compactComma: String { Self.swapMarks(compact) }

  static func swapMarks(_ s: String) -> String {
    String(s.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
  }
}

extension Strings {
  static var today: String { t("word.today", "today") }
  static func daysLeft(_ n: Int) -> String { t("word.daysLeft", "{0}d", String(n)) }
  static func daysOverdue(_ n: Int) -> String { t("word.daysOverdue", "-{0}d", String(n)) }
}
