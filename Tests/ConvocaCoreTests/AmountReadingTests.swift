import Foundation
import PropertyBased
import Testing

@testable import ConvocaCore

/// Issue 7, problem 7: decimal commas multiplied money (`1,5m` became 15,000,000 and
/// `1.234,56` became 1.23456). One rule reads every typed amount: `Money.readAmount`.
@Suite struct AmountReadingTests {
  static func d(_ s: String) -> Decimal {
    Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
  }

  @Test(arguments: [
    ("1,5m", "1500000"), ("1.5m", "1500000"), ("1.234,56", "1234.56"), ("1.234.567,89", "1234567.89"),
    ("1,234,567.89", "1234567.89"), ("1,000,000", "1000000"), ("1.000.000", "1000000"), ("250k", "250000"),
    ("0,125", "0.125"), ("12.50", "12.5"), ("1,25", "1.25"), ("50000", "50000"), ("1_000", "1000"),
    ("1234,567", "1234.567"), (",5", "0.5"),
  ])
  func unambiguousAmountsReadTheSameInEveryStyle(_ text: String, _ value: String) {
    for style in NumberStyle.allCases {
      #expect(Money.readAmount(text, style: style) == .value(Self.d(value)), "\(text) in \(style)")
    }
  }

  @Test func oneMarkBeforeThreeDigitsIsDecidedByTheLocaleOrRefused() {
    #expect(
      Money.readAmount("1,500", style: .unspecified) == .ambiguous(grouping: 1500, decimal: Self.d("1.5")))
    #expect(Money.readAmount("250.000", style: .unspecified) == .ambiguous(grouping: 250_000, decimal: 250))
    #expect(Money.readAmount("1,500", style: .dotDecimal) == .value(1500))
    #expect(Money.readAmount("1,500", style: .commaDecimal) == .value(Self.d("1.5")))
    #expect(Money.readAmount("1.500", style: .commaDecimal) == .value(1500))
    #expect(Money.readAmount("1.500", style: .dotDecimal) == .value(Self.d("1.5")))
  }

  @Test(arguments: ["1,2,3", "1.23.4", "1,234.567,8", "12,34,567", "0,500,000", "abc", "", "1..5", "1,5,k"])
  func irregularMarksAreRefused(_ text: String) {
    for style in NumberStyle.allCases { #expect(Money.readAmount(text, style: style) == .invalid, "\(text)") }
  }

  @Test func theLocaleNamesTheStyle() {
    #expect(NumberStyle.fromLocale(environment: ["LANG": "es_CO.UTF-8"]) == .commaDecimal)
    #expect(NumberStyle.fromLocale(environment: ["LANG": "en_US.UTF-8"]) == .dotDecimal)
    #expect(NumberStyle.fromLocale(environment: ["LANG": "es_MX.UTF-8"]) == .dotDecimal)
    #expect(
      NumberStyle.fromLocale(environment: ["LANG": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8"]) == .commaDecimal)
    #expect(NumberStyle.fromLocale(environment: ["LANG": "C.UTF-8"]) == .unspecified)
    #expect(NumberStyle.fromLocale(environment: ["LANG": "POSIX"]) == .unspecified)
    #expect(NumberStyle.fromLocale(environment: [:]) == .unspecified)
  }

  @Test func fieldInputRefusesTheAmbiguousShowingBothReadings() throws {
    let plain = Configuration(user: "u", defaultCurrency: "COP")
    do {
      _ = try FieldInput.parse(.amount, "1,500", configuration: plain, today: CalendarDate(daysSinceEpoch: 0))
      Issue.record("1,500 was accepted with no locale rule")
    } catch {
      #expect(error.message.contains("1,500 (") && error.message.contains(" 1.5 ("))
    }
    var es = plain
    es.numberStyle = .commaDecimal
    #expect(
      try FieldInput.parse(.amount, "1,500", configuration: es, today: CalendarDate(daysSinceEpoch: 0))
        == RecordCodec.encode(money: Money(Self.d("1.5"), "COP")))
    #expect(
      try FieldInput.parse(
        .amount, "1.234.567,89", configuration: plain, today: CalendarDate(daysSinceEpoch: 0))
        == RecordCodec.encode(money: Money(Self.d("1234567.89"), "COP")))
    #expect(try FieldInput.money(.awarded, "1,5m EUR", configuration: plain) == Money(1_500_000, "EUR"))
  }

  /// Money written in any of the four ways people write it reads back as itself under that
  /// way's locale, and with no locale either as itself or as refused — never another value.
  @Test func writtenAmountsReadBackAsThemselves() async {
    await Property.check(
      "amounts in every style", count: Property.cases(500),
      Property.gen { g -> (Int, Int, Bool) in (g.int(0...2_000_000_000), g.int(0...99), g.chance(0.5)) }
    ) { whole, cents, hasCents in
      let value = Decimal(whole) + (hasCents ? Decimal(cents) / 100 : 0)
      let digits = String(whole)
      var groups: [String] = []
      var rest = Substring(digits)
      while rest.count > 3 {
        groups.insert(String(rest.suffix(3)), at: 0)
        rest = rest.dropLast(3)
      }
      groups.insert(String(rest), at: 0)
      let frac = cents < 10 ? "0" + String(cents) : String(cents)
      let forms: [(String, NumberStyle)] = [
        (groups.joined(separator: ",") + (hasCents ? "." + frac : ""), .dotDecimal),
        (groups.joined(separator: ".") + (hasCents ? "," + frac : ""), .commaDecimal),
        (digits + (hasCents ? "." + frac : ""), .dotDecimal),
        (digits + (hasCents ? "," + frac : ""), .commaDecimal),
      ]
      for (text, style) in forms {
        try ensureEqual(Money.readAmount(text, style: style), .value(value), "\(text) in \(style)")
        switch Money.readAmount(text, style: .unspecified) {
        case .value(let v): try ensureEqual(v, value, "\(text) with no locale")
        case .ambiguous(let a, let b):
          if a != value && b != value {
            throw PropertyFailure(message: "\(text): neither reading is \(value)")
          }
        case .invalid: throw PropertyFailure(message: "\(text) refused")
        }
      }
    }
  }

  /// What a form or a query prints for an amount reads back to it in every style.
  @Test func amountInputReadsBackInEveryStyle() async {
    await Property.check(
      "amountInput round trip", count: Property.cases(500), Property.gen { g in Gens.decimal(&g) }
    ) {
      d in
      guard d.description.utf8.count <= 40 else { return }
      for style in NumberStyle.allCases {
        try ensureEqual(Money.parseAmount(d.amountInput, style: style), d, "\(d.amountInput) in \(style)")
      }
    }
  }
}
