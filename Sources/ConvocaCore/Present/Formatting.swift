import Foundation

/// Short texts shared by every view of an opportunity (command line and tracker).
public enum Formatting {
  /// How a deadline reads next to today: `2026-12-05 (6d)`, `2026-11-20 (-9d)`, `2026-11-29 (today)`;
  /// in Spanish `05/12/2026 (6 d)`, `20/11/2026 (vencida 9 d)`, `29/11/2026 (hoy)`.
  /// Once the application is sent (or the opportunity closed) the date shows alone.
  public static func deadline(_ d: CalendarDate?, open: Bool, today: CalendarDate) -> String {
    guard let d else { return "" }
    guard open else { return date(d) }
    return date(d) + " (" + daysLeft(today.days(until: d)) + ")"
  }

  /// The days until a deadline: `6d`, `-9d`, `today`; in Spanish `6 d`, `vencida 9 d`, `hoy`.
  public static func daysLeft(_ left: Int) -> String {
    if left == 0 { return Strings.today }
    return left < 0 ? Strings.daysOverdue(-left) : Strings.daysLeft(left)
  }

  /// A day as the language in force writes it: `2027-03-15` in English, `15/03/2027` in Spanish.
  public static func date(_ d: CalendarDate) -> String {
    guard Strings.isSpanish else { return d.description }
    let c = d.components
    func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
    return two(c.day) + "/" + two(c.month) + "/" + String(c.year)
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
