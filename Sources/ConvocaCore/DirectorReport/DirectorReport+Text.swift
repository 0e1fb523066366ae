import Foundation

extension DirectorReport {
  /// A number written by the strings table's language: `1,250,000.5` in English,
  /// `1.250.000,5` in Spanish (the table's `director.decimalMark`).
  public static func localized(_ number: String) -> String {
    guard Strings.directorDecimalMark == "," else { return number }
    return String(
      number.map { c -> Character in
        switch c {
        case ",": return "."
        case ".": return ","
        default: return c
        }
      })
  }

  /// A total in full, marked `*` when partial as the dashboard marks it: `1,250,000 USD`,
  /// `400 USD + 1,000 KRW*`.
  public static func money(_ t: MoneyTotal) -> String {
    t.parts.map { localized($0.amount.grouped) + " " + $0.currency }.joined(separator: " + ")
      + (t.isPartial ? "*" : "")
  }

  /// A total in few characters, for chart labels: `1.3M USD`, marked `*` when partial.
  public static func compactMoney(_ t: MoneyTotal) -> String {
    t.parts.map { localized($0.amount.compact) + " " + $0.currency }.joined(separator: " + ")
      + (t.isPartial ? "*" : "")
  }

  /// One call's money: `125,000 EUR`; empty when it has none.
  public static func money(_ m: Money?) -> String {
    guard let m else { return "" }
    return localized(m.amount.grouped) + " " + m.currency
  }

  /// A whole number by the language: `12,345` or `12.345`.
  public static func count(_ n: Int) -> String { localized(Decimal(n).grouped) }

  /// A ratio as a whole percentage (`67%`), `—` when there is none, `*` when partial.
  public static func percent(_ r: Double?, partial: Bool = false) -> String {
    PipelineReport.percent(r) + (partial && r != nil ? "*" : "")
  }

  /// A date by the language: `2 December 2026`, `2 de diciembre de 2026`.
  public static func longDate(_ d: CalendarDate) -> String {
    let (y, m, day) = d.components
    let names = Strings.directorMonths.split(separator: ",").map(String.init)
    let month = m >= 1 && m <= names.count ? names[m - 1] : String(m)
    return Strings.directorLongDate(String(day), month, String(y))
  }

  /// A date in few characters, for tables: `2 Dec 2026`, `2 dic 2026`.
  public static func shortDate(_ d: CalendarDate) -> String {
    let (y, m, day) = d.components
    let names = Strings.directorMonthsShort.split(separator: ",").map(String.init)
    let month = m >= 1 && m <= names.count ? names[m - 1] : String(m)
    return String(day) + " " + month + " " + String(y)
  }

  /// The text of a value that may be empty: the value, or `—`.
  static func orDash(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces).isEmpty ? "—" : s }

  /// The footnote for partial totals, or nil when every total converted.
  var partialFootnote: String? {
    let missing = report.missingRates
    return missing.isEmpty ? nil : "* " + Strings.partialTotal(missing)
  }
}
