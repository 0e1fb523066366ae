import Foundation
import Testing

@testable import ConvocaCore

/// Issue 11, item 4: numbers, money and dates as the language writes them, read back.
@Suite struct LocaleFormatTests {
  static let amounts: [Decimal] = [
    0, 5, 999, 1000, 1500, 25_000, 40_000, 250_000, 1_500_000, Decimal(string: "1234567.89") ?? 0, 12.5,
    1234.5,
    100_000_000,
  ]
  static let currencies = ["COP", "USD", "EUR", "GBP", "JPY"]

  @Test func spanishWritesAmountsWithDotsAndACommaAndTheUsualSymbols() {
    Strings.withLanguage("es") {
      #expect(Decimal(string: "1234567.89")?.groupedComma == "1.234.567,89")
      #expect(Formatting.money(Money(1_500_000, "COP")) == "$ 1.500.000 COP")
      #expect(Formatting.money(Money(25_000, "USD")) == "US$ 25.000")
      #expect(Formatting.money(Money(40_000, "EUR")) == "€ 40.000")
      #expect(Formatting.money(Money(Decimal(string: "1234567.89") ?? 0, "GBP")) == "1.234.567,89 GBP")
    }
    Strings.withLanguage("en") {
      #expect(Formatting.money(Money(1_500_000, "COP")) == "1,500,000 COP")
    }
  }

  @Test func amountsAsTypedInSpanishAreRead() {
    let c = NumberStyle.commaDecimal
    #expect(Money.parse("$ 1.500.000 COP", defaultCurrency: nil, style: c) == Money(1_500_000, "COP"))
    #expect(Money.parse("$ 1.500.000", defaultCurrency: "COP", style: c) == Money(1_500_000, "COP"))
    #expect(Money.parse("US$ 25.000", defaultCurrency: nil, style: c) == Money(25_000, "USD"))
    #expect(Money.parse("US$25.000", defaultCurrency: nil, style: c) == Money(25_000, "USD"))
    #expect(Money.parse("€ 40.000", defaultCurrency: nil, style: c) == Money(40_000, "EUR"))
    #expect(
      Money.parse("1.234.567,89 COP", defaultCurrency: nil, style: c)
        == Money(Decimal(string: "1234567.89") ?? 0, "COP"))
    // A symbol without an amount, or a lone `$` with no currency known, is not money.
    #expect(Money.parse("US$", defaultCurrency: nil, style: c) == nil)
    #expect(Money.parse("$ 1.500.000", defaultCurrency: nil, style: c) == nil)
  }

  /// format → parse gives the same money back, shown and in the form, in both languages and
  /// under the number style of each locale.
  @Test func amountsRoundTripInBothLanguages() {
    for lang in ["en", "es"] {
      for a in Self.amounts {
        for cur in Self.currencies {
          let m = Money(a, cur)
          Strings.withLanguage(lang) {
            let style: NumberStyle = lang == "es" ? .commaDecimal : .dotDecimal
            #expect(Money.parse(Formatting.money(m), defaultCurrency: nil, style: style) == m, "\(lang) \(m)")
            let input = Formatting.moneyInput(m)
            for s in NumberStyle.allCases {
              #expect(Money.parse(input, defaultCurrency: nil, style: s) == m, "\(lang) \(input) \(s)")
            }
          }
        }
      }
    }
  }

  @Test func datesRoundTripInBothLanguages() throws {
    let d = try #require(CalendarDate(year: 2027, month: 3, day: 15))
    Strings.withLanguage("es") { #expect(Formatting.date(d) == "15/03/2027") }
    Strings.withLanguage("en") { #expect(Formatting.date(d) == "2027-03-15") }
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 18))
    #expect(try DateInput.parse("15/03/2027", today: today, order: .dayFirst) == d)
    #expect(try DateInput.parse("15 mar 2027", today: today, order: .unspecified) == d)
    var day = today
    for _ in 0..<400 {
      for (lang, order) in [("es", DateOrder.dayFirst), ("en", DateOrder.unspecified)] {
        let shown = Strings.withLanguage(lang) { Formatting.date(day) }
        #expect(try DateInput.parse(shown, today: today, order: order) == day, "\(lang) \(shown)")
      }
      day = day.adding(days: 1)
    }
  }
}
