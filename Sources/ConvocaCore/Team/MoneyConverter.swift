import Foundation

/// Converts money to the reporting currency with the team's rates. Currencies are never
/// added together without a rate: what cannot be converted stays apart, per currency.
public struct MoneyConverter: Hashable, Sendable {
  /// The currency totals are reported in.
  public var reporting: String
  /// Units of `reporting` per unit of each other currency.
  public var rates: [String: Decimal]

  /// Creates a converter.
  public init(reporting: String, rates: [String: Decimal] = [:]) {
    self.reporting = reporting.uppercased()
    self.rates = rates
  }

  /// Whether amounts in `currency` can be converted.
  public func canConvert(_ currency: String) -> Bool { currency == reporting || rates[currency] != nil }

  /// `m` in the reporting currency; nil when there is no rate for its currency.
  public func convert(_ m: Money) -> Decimal? {
    if m.currency == reporting { return m.amount }
    guard let r = rates[m.currency] else { return nil }
    return m.amount * r
  }

  /// The number amounts are compared and sorted by: converted when a rate exists, else the
  /// amount as written (documented in docs/query-language.md: such amounts compare as
  /// before, by their number).
  public func comparable(_ m: Money) -> Decimal { convert(m) ?? m.amount }

  /// An empty total in this converter's currency.
  public func newTotal() -> MoneyTotal { MoneyTotal(reporting: reporting) }

  /// The total of `amounts`.
  public func total(_ amounts: some Sequence<Money>) -> MoneyTotal {
    var t = newTotal()
    for m in amounts { t.add(m, self) }
    return t
  }
}

/// A sum of money in the reporting currency, with what could not be converted kept per
/// currency: a total with such leftovers is partial, and says which rates are missing.
public struct MoneyTotal: Hashable, Sendable {
  /// The reporting currency.
  public var reporting: String
  /// The sum of everything converted.
  public var converted: Decimal = 0
  /// Amounts in currencies without a rate, per currency.
  public var unconverted: [String: Decimal] = [:]
  /// How many amounts were added (converted or not).
  public var count = 0

  /// Creates an empty total.
  public init(reporting: String) { self.reporting = reporting }

  /// Whether some amounts could not be converted.
  public var isPartial: Bool { !unconverted.isEmpty }
  /// The currencies lacking a rate, sorted.
  public var missingRates: [String] { unconverted.keys.sorted() }

  /// Adds one amount.
  public mutating func add(_ m: Money, _ converter: MoneyConverter) {
    count += 1
    if let v = converter.convert(m) {
      converted += v
    } else {
      unconverted[m.currency, default: 0] += m.amount
    }
  }

  /// Adds one amount scaled by `factor` (a probability-weighted total).
  public mutating func add(_ m: Money, times factor: Decimal, _ converter: MoneyConverter) {
    add(Money(m.amount * factor, m.currency), converter)
  }

  /// Adds another total in the same reporting currency.
  public mutating func add(_ other: MoneyTotal) {
    count += other.count
    converted += other.converted
    for (c, v) in other.unconverted { unconverted[c, default: 0] += v }
  }

  /// The parts to show, the converted sum first (when there is one), then one per missing
  /// currency in code order.
  public var parts: [Money] {
    var out: [Money] = []
    if converted != 0 || unconverted.isEmpty { out.append(Money(converted, reporting)) }
    for c in missingRates { out.append(Money(unconverted[c] ?? 0, c)) }
    return out
  }
}

extension MoneyTotal {
  /// The total in few cells: `52.7M COP`, or `52.7M COP + 10 KRW` when partial (`52,7M COP`
  /// in Spanish).
  public var compactText: String {
    parts.map { (Strings.isSpanish ? $0.amount.compactComma : $0.amount.compact) + " " + $0.currency }
      .joined(separator: " + ")
  }

  /// The total in full: `52,701,500 COP`, or `52,701,500 COP + 10 KRW` when partial
  /// (`52.701.500 COP` in Spanish).
  public var groupedText: String {
    parts.map { (Strings.isSpanish ? $0.amount.groupedComma : $0.amount.grouped) + " " + $0.currency }
      .joined(separator: " + ")
  }

  /// What a partial total says after its amount: `partial: no rate for KRW, CHF`; empty when
  /// the total is complete.
  public var partialNote: String { isPartial ? Strings.partialTotal(missingRates) : "" }
}
