import Foundation
import Testing

@testable import ConvocaCore

/// Issue 11, relative dates in words and the form's dates read back (the gaps left open).
@Suite struct RelativeDateTests {
  static let today = CalendarDate(iso: "2026-11-18")!

  static func call() -> Opportunity {
    Opportunity(id: OpportunityID(rawValue: "aaa1")!, title: "Call", created: Timestamp(seconds: 0))
  }

  @Test func englishWordsWithTheirPlurals() {
    Strings.withLanguage("en") {
      let cases: [(Int, String)] = [
        (0, "today"), (1, "tomorrow"), (-1, "yesterday"), (2, "in 2 days"), (3, "in 3 days"),
        (-3, "3 days ago"), (13, "in 13 days"), (14, "in 2 weeks"), (-14, "2 weeks ago"),
        (7 * 8, "in 8 weeks"), (60, "in 2 months"), (-400, "13 months ago"),
      ]
      for (days, words) in cases { #expect(RelativeDate.text(days: days) == words, "\(days)") }
      #expect(RelativeDate.span(1) == "1 day")
      #expect(RelativeDate.span(7) == "7 days")
      #expect(RelativeDate.span(30) == "4 weeks")
      #expect(RelativeDate.span(59) == "8 weeks")
      #expect(RelativeDate.deadline(days: -3) == "overdue, 3 days ago")
      #expect(RelativeDate.deadline(days: -3, width: .compact) == "-3d")
      #expect(RelativeDate.text(days: 6, width: .compact) == "6d")
    }
  }

  @Test func spanishWordsWithTheirPlurals() {
    Strings.withLanguage("es") {
      let cases: [(Int, String)] = [
        (0, "hoy"), (1, "mañana"), (-1, "ayer"), (2, "en 2 días"), (3, "en 3 días"),
        (-3, "hace 3 días"), (14, "en 2 semanas"), (-14, "hace 2 semanas"), (60, "en 2 meses"),
        (-400, "hace 13 meses"),
      ]
      for (days, words) in cases { #expect(RelativeDate.text(days: days) == words, "\(days)") }
      #expect(RelativeDate.span(1) == "1 día")
      #expect(RelativeDate.span(14) == "2 semanas")
      #expect(RelativeDate.span(30) == "4 semanas")
      #expect(RelativeDate.span(90) == "3 meses")
      #expect(RelativeDate.deadline(days: -3) == "vencida, hace 3 días")
      #expect(RelativeDate.deadline(days: -3, width: .compact) == "vencida 3 d")
      #expect(RelativeDate.text(days: 6, width: .compact) == "6 d")
    }
  }

  @Test func detailSaysTheDistanceInWordsAndTheListCellStaysCompact() throws {
    var o = Self.call()
    o.deadline = CalendarDate(iso: "2026-12-02")
    let field = try #require(FieldCatalogue.named("deadline"))
    Strings.withLanguage("en") {
      #expect(field.displayText(o, today: Self.today) == "2026-12-02 (in 2 weeks)")
      #expect(field.cellText(o, today: Self.today) == "2026-12-02 (14d)")
    }
    Strings.withLanguage("es") {
      #expect(field.displayText(o, today: Self.today) == "02/12/2026 (en 2 semanas)")
      #expect(field.cellText(o, today: Self.today) == "02/12/2026 (14 d)")
    }
    o.deadline = CalendarDate(iso: "2026-11-15")
    Strings.withLanguage("es") {
      #expect(field.displayText(o, today: Self.today) == "15/11/2026 (vencida, hace 3 días)")
    }
  }

  @Test func standupSaysStaleAgesAndDecisionsInWords() {
    var o = Self.call()
    o.updated = Timestamp(iso: "2026-11-04T12:00:00Z")!
    o.decision = CalendarDate(iso: "2026-11-19")
    Strings.withLanguage("en") {
      #expect(
        StandupText.detail(o, section: .stale, today: Self.today, utcOffset: 0) == "last change 2 weeks ago")
      #expect(
        StandupText.detail(o, section: .awaiting, today: Self.today, utcOffset: 0).hasSuffix(
          "2026-11-19 (tomorrow)"))
    }
    Strings.withLanguage("es") {
      #expect(
        StandupText.detail(o, section: .stale, today: Self.today, utcOffset: 0)
          == "último cambio hace 2 semanas")
      #expect(
        StandupText.detail(o, section: .awaiting, today: Self.today, utcOffset: 0).hasSuffix(
          "19/11/2026 (mañana)"))
    }
  }

  /// Item 2: the form shows dates as the language writes them and reads them back unchanged,
  /// whatever the locale's date order.
  @Test func formDatesShowAsTheLanguageWritesThemAndReadBack() throws {
    var o = Self.call()
    let field = try #require(FieldCatalogue.named("deadline"))
    for iso in ["2027-03-15", "2027-04-03", "2027-12-12", "2028-02-29"] {
      o.deadline = CalendarDate(iso: iso)
      for order in DateOrder.allCases {
        var c = Configuration(user: "ana")
        c.dateOrder = order
        Strings.withLanguage("en") {
          let typed = field.inputText(o, dateOrder: order)
          #expect(typed == iso)
          #expect((try? field.parse(typed, configuration: c, today: Self.today)) == .string(iso))
        }
        Strings.withLanguage("es") {
          let typed = field.inputText(o, dateOrder: order)
          if order != .monthFirst { #expect(typed == Formatting.date(o.deadline!)) }
          #expect(
            (try? field.parse(typed, configuration: c, today: Self.today)) == .string(iso),
            "\(order) \(typed)")
        }
      }
    }
    Strings.withLanguage("es") {
      o.deadline = CalendarDate(iso: "2027-03-15")
      #expect(field.inputText(o) == "15/03/2027")
    }
  }

  @Test func formAmountsShowAsTheLanguageWritesThemAndReadBack() throws {
    var o = Self.call()
    let field = try #require(FieldCatalogue.named("amount"))
    for m in [Money(1_500_000, "COP"), Money(25_000, "USD"), Money(Decimal(string: "1234567.89")!, "EUR")] {
      o.amount = m
      for style in [NumberStyle.unspecified, .commaDecimal, .dotDecimal] {
        var c = Configuration(user: "ana")
        c.numberStyle = style
        for lang in ["en", "es"] {
          Strings.withLanguage(lang) {
            let typed = field.inputText(o)
            let back = try? field.parse(typed, configuration: c, today: Self.today)
            #expect(back == RecordCodec.encode(money: m), "\(lang) \(style) \(typed)")
          }
        }
      }
    }
    Strings.withLanguage("es") {
      o.amount = Money(1_500_000, "COP")
      #expect(field.inputText(o) == "1.500.000 COP")
    }
  }
}
