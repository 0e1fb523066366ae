import Foundation

/// One figure of a report: how many calls, their money, and the query that selects exactly
/// them (to be combined with the filter the report was computed under).
public struct ReportFigure: Hashable, Sendable {
  /// A stable name: `stage.applied`, `won`, `year.2025`, `area.innovation.open`, `due7`, …
  public var id: String
  /// The drill-down query in Convoca's query language.
  public var query: String
  /// How many calls it counts.
  public var count = 0
  /// Their money (`Opportunity.reportAmount`), converted where a rate exists.
  public var total: MoneyTotal
  /// Positions in the store of the calls counted, when the report was asked to collect them
  /// (tests); otherwise empty.
  public var members: [Int] = []
  /// The money as added, per currency, converted once at the end (`finish`): one addition
  /// per call instead of a conversion.
  var sums = CurrencySums()

  /// Creates an empty figure.
  public init(id: String, query: String, reporting: String) {
    self.id = id
    self.query = query
    self.total = MoneyTotal(reporting: reporting)
  }

  @inline(__always)
  mutating func add(_ position: Int, _ money: Money?, collect: Bool) {
    add(position, money.map(PreparedAmount.init), collect: collect)
  }

  @inline(__always)
  mutating func add(_ position: Int, _ money: PreparedAmount?, collect: Bool) {
    count += 1
    if let money { sums.add(money) }
    if collect { members.append(position) }
  }

  /// Converts the sums into `total`.
  mutating func finish(_ converter: MoneyConverter) {
    total = sums.total(converter)
    sums = CurrencySums()
  }
}

/// Amounts added up per currency, without converting: a few currencies, searched in order.
struct CurrencySums: Hashable, Sendable {
  var currencies: [String] = []
  /// Whole amounts, added as integers (nearly every amount is whole).
  var wholes: [Int64] = []
  /// Amounts with fractions, and whole ones past Int64, added as exact decimals.
  var amounts: [Decimal] = []
  /// How many amounts were added.
  var count = 0

  @inline(__always)
  mutating func add(_ m: Money) { add(PreparedAmount(m)) }

  /// Adds an amount. A `Decimal` addition costs about a microsecond on Linux (and 100,000
  /// calls add into several figures each), so whole amounts add as integers.
  @inline(__always)
  mutating func add(_ m: PreparedAmount) {
    count += 1
    var i = 0
    while i < currencies.count && currencies[i] != m.currency { i += 1 }
    if i == currencies.count {
      currencies.append(m.currency)
      wholes.append(0)
      amounts.append(0)
    }
    if let w = m.whole {
      let (sum, overflow) = wholes[i].addingReportingOverflow(w)
      if !overflow {
        wholes[i] = sum
        return
      }
    }
    amounts[i] += m.amount
  }

  /// The sum in currency number `i`.
  func value(_ i: Int) -> Decimal { wholes[i] == 0 ? amounts[i] : Decimal(wholes[i]) + amounts[i] }

  /// The sums times `factor` added to `other`.
  func scaled(_ factor: Decimal, into other: inout CurrencySums) {
    for (i, c) in currencies.enumerated() {
      let v = value(i) * factor
      if let j = other.currencies.firstIndex(of: c) {
        other.amounts[j] += v
      } else {
        other.currencies.append(c)
        other.wholes.append(0)
        other.amounts.append(v)
      }
    }
    other.count += count
  }

  /// The total in the reporting currency, what has no rate kept apart.
  func total(_ converter: MoneyConverter) -> MoneyTotal {
    var t = converter.newTotal()
    for (i, c) in currencies.enumerated() { t.add(Money(value(i), c), converter) }
    t.count = count
    return t
  }
}

/// An amount ready to add many times: its currency, and its value as an integer when whole.
struct PreparedAmount {
  var currency: String
  var amount: Decimal
  var whole: Int64?

  @inline(__always)
  init(_ m: Money) {
    currency = m.currency
    amount = m.amount
    whole = PreparedAmount.wholeValue(m.amount)
  }

  /// `d` as an integer when it is a whole number below 10^15; nil otherwise.
  @inline(__always)
  static func wholeValue(_ d: Decimal) -> Int64? {
    if PreparedAmount.layoutReadable { return wholeFromLayout(d) }
    return wholeThroughDouble(d)
  }

  /// Through `NSNumber` and a `Double` (exact below 2^53): correct everywhere, but it allocates,
  /// which costs more than the rest of a report's loop.
  static func wholeThroughDouble(_ d: Decimal) -> Int64? {
    guard d.exponent >= 0, d.exponent <= 15 else { return nil }
    let v = Double(truncating: d as NSNumber)
    guard v.magnitude < 1e15, v == v.rounded() else { return nil }
    return Int64(v)
  }

  /// Read from `Decimal`'s bytes, which Foundation does not expose on Linux (its fields are
  /// internal): byte 0 the exponent, byte 1 the length in 16-bit words (high nibble) and the
  /// sign (0x08), then the mantissa's words, little-endian. Used only when `layoutReadable`
  /// confirmed, at first use, that this reading agrees with `wholeThroughDouble` on values of
  /// every length and sign; otherwise never.
  @inline(__always)
  static func wholeFromLayout(_ d: Decimal) -> Int64? {
    withUnsafeBytes(of: d) { b -> Int64? in
      let exponent = Int(Int8(bitPattern: b[0]))
      let length = Int(b[1] >> 4)
      guard exponent >= 0, exponent <= 15, length <= 4 else { return length == 0 ? 0 : nil }
      var m: UInt64 = 0
      for w in stride(from: length - 1, through: 0, by: -1) {
        m = m << 16 | UInt64(b[4 + 2 * w]) | UInt64(b[5 + 2 * w]) << 8
      }
      guard m < 1_000_000_000_000_000 else { return nil }
      for _ in 0..<exponent {
        m *= 10
        if m >= 1_000_000_000_000_000 { return nil }
      }
      return b[1] & 0x08 != 0 ? -Int64(m) : Int64(m)
    }
  }

  /// Whether `wholeFromLayout` reads this Foundation's `Decimal` right (checked once).
  static let layoutReadable: Bool = {
    guard MemoryLayout<Decimal>.size == 20 else { return false }
    let samples = [
      "0", "1", "-1", "7", "125000", "-125000", "65535", "65536", "4294967296", "281474976710655",
      "99999999999999", "999999999999999", "12.5", "-0.25", "1e3", "123456789012345", "-98765432101",
      "1000000000000000000000", "4420.15", "5000000",
    ]
    for s in samples {
      guard let d = Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) else { return false }
      let expected: Int64? = {
        guard let v = wholeThroughDouble(d) else { return nil }
        return v.magnitude < 1_000_000_000_000_000 ? v : nil
      }()
      if wholeFromLayout(d) != expected { return false }
    }
    return true
  }()
}

/// A stage's row: its figure and its probability-weighted total.
public struct StageFigure: Hashable, Sendable {
  /// The stage.
  public var stage: Stage
  /// The calls in it.
  public var figure: ReportFigure
  /// Each amount times its probability (the record's override, else the stage's default).
  public var weighted: MoneyTotal
}

/// A group's row (an area or a kind): won in the period and open now.
public struct GroupFigure: Hashable, Sendable {
  /// The area or kind name; empty for calls without an area.
  public var key: String
  /// Won in the period.
  public var won: ReportFigure
  /// Open now.
  public var open: ReportFigure
}

/// An owner's row: open calls, those due this week, and won in the period.
public struct OwnerFigure: Hashable, Sendable {
  /// The owner as first written in the data; empty for calls without an owner.
  public var name: String
  /// Open now.
  public var open: ReportFigure
  /// Open and due this week (Monday to Sunday).
  public var dueThisWeek: ReportFigure
  /// Won in the period.
  public var won: ReportFigure
}

/// A year's money won.
public struct YearFigure: Hashable, Sendable {
  /// The year the calls were won.
  public var year: Int
  /// The calls won that year.
  public var figure: ReportFigure
}
