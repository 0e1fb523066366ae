import Foundation

/// How many units of the reporting currency one unit of `currency` is worth, as of `date`
/// (`convoca rates set EUR 4420.15 --date 2026-12-01` with COP as the reporting currency).
public struct ExchangeRate: Hashable, Sendable {
  /// The currency the rate converts from (ISO 4217, upper case).
  public var currency: String
  /// Units of the reporting currency per unit of `currency`; always positive.
  public var rate: Decimal
  /// The day the rate is quoted for.
  public var date: CalendarDate

  /// Creates a rate; the code is upper-cased.
  public init(currency: String, rate: Decimal, date: CalendarDate) {
    self.currency = currency.uppercased()
    self.rate = rate
    self.date = date
  }
}
