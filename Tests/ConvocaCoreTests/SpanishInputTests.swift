import Foundation
import Testing

@testable import ConvocaCore

/// Issue 11: what a Spanish user types is read as Spanish writes it, even when the locale
/// (C, POSIX) leaves the number style and date order open.
@Suite struct SpanishInputTests {
  static let today = CalendarDate(iso: "2026-11-18")!

  @Test func amountsWithASymbolAreReadInSpanishWithoutALocale() throws {
    let amount = try #require(FieldCatalogue.named("amount"))
    let c = Configuration(user: "ana")
    Strings.withLanguage("es") {
      for (typed, money) in [
        ("US$ 25.000", Money(25_000, "USD")), ("$ 1.500.000 COP", Money(1_500_000, "COP")),
        ("€ 40.000", Money(40_000, "EUR")),
        ("1.234.567,89 COP", Money(Decimal(string: "1234567.89")!, "COP")),
      ] {
        #expect(
          (try? amount.parse(typed, configuration: c, today: Self.today)) == RecordCodec.encode(money: money),
          "\(typed)")
      }
      #expect(throws: FieldInputError.self) { try amount.parse("US$", configuration: c, today: Self.today) }
    }
    // In English the same text stays ambiguous without a locale: refused, both readings shown.
    _ = Strings.withLanguage("en") {
      #expect(throws: FieldInputError.self) {
        try amount.parse("US$ 25.000", configuration: c, today: Self.today)
      }
    }
    // A locale that writes a decimal point keeps its rule, whatever the language.
    var dot = c
    dot.numberStyle = .dotDecimal
    Strings.withLanguage("es") {
      #expect(
        (try? amount.parse("US$ 25.5", configuration: dot, today: Self.today))
          == RecordCodec.encode(money: Money(Decimal(string: "25.5")!, "USD")))
    }
  }

  @Test func numericDatesAreDayFirstInSpanishWithoutALocale() throws {
    let deadline = try #require(FieldCatalogue.named("deadline"))
    let c = Configuration(user: "ana")
    Strings.withLanguage("es") {
      #expect(
        (try? deadline.parse("03/04/2027", configuration: c, today: Self.today)) == .string("2027-04-03"))
    }
    _ = Strings.withLanguage("en") {
      #expect(throws: FieldInputError.self) {
        try deadline.parse("03/04/2027", configuration: c, today: Self.today)
      }
    }
  }
}
