import Testing

@testable import ConvocaCore

/// `DateInput`: every accepted form, in English and Spanish, both date orders, and every
/// refusal naming what was typed.
@Suite struct DateInputTests {
  /// Sunday 29 November 2026.
  static let today = CalendarDate(year: 2026, month: 11, day: 29)!

  static func parse(_ s: String, _ order: DateOrder = .dayFirst) throws(DateInputError) -> String {
    try DateInput.parse(s, today: today, order: order).description
  }

  @Test(arguments: [
    ("2027-02-15", "2027-02-15"),
    ("today", "2026-11-29"), ("Today", "2026-11-29"), ("hoy", "2026-11-29"),
    ("tomorrow", "2026-11-30"), ("mañana", "2026-11-30"), ("MANANA", "2026-11-30"),
    ("yesterday", "2026-11-28"), ("ayer", "2026-11-28"), ("pasado mañana", "2026-12-01"),
    ("+6w", "2027-01-10"), ("+3d", "2026-12-02"), ("-2d", "2026-11-27"), ("+3 days", "2026-12-02"),
    ("+1m", "2026-12-29"), ("+1y", "2027-11-29"),
    ("in 3 days", "2026-12-02"), ("in 2 weeks", "2026-12-13"), ("in 1 month", "2026-12-29"),
    ("en 3 días", "2026-12-02"), ("en 3 dias", "2026-12-02"), ("en 2 semanas", "2026-12-13"),
    ("en 1 mes", "2026-12-29"),
    ("next monday", "2026-11-30"), ("next sunday", "2026-12-06"), ("próximo lunes", "2026-11-30"),
    ("el proximo viernes", "2026-12-04"), ("lunes próximo", "2026-11-30"),
    ("15/02/2027", "2027-02-15"), ("15-02-2027", "2027-02-15"), ("15.02.2027", "2027-02-15"),
    ("5/2/2027", "2027-02-05"),
    ("15 feb 2027", "2027-02-15"), ("15 February 2027", "2027-02-15"), ("feb 15 2027", "2027-02-15"),
    ("Feb 15, 2027", "2027-02-15"), ("February 15th, 2027", "2027-02-15"), ("15-feb-2027", "2027-02-15"),
    ("15 de febrero de 2027", "2027-02-15"), ("15 de marzo de 2027", "2027-03-15"),
    ("1 de septiembre de 2027", "2027-09-01"), ("3 ago 2027", "2027-08-03"), ("9 DIC 2027", "2027-12-09"),
    ("  15 feb 2027  ", "2027-02-15"),
  ])
  func accepts(_ typed: String, _ expected: String) throws {
    #expect(try Self.parse(typed) == expected)
    let dayFirstOnly = ["15/02/2027", "15-02-2027", "15.02.2027", "5/2/2027"]
    if !dayFirstOnly.contains(typed) { #expect(try Self.parse(typed, .monthFirst) == expected) }
  }

  @Test func theOrderComesFromTheLocaleValue() throws {
    #expect(try Self.parse("03/04/2027", .dayFirst) == "2027-04-03")
    #expect(try Self.parse("03/04/2027", .monthFirst) == "2027-03-04")
    // One reading only: accepted with no locale order.
    #expect(try Self.parse("15/02/2027", .unspecified) == "2027-02-15")
    #expect(try Self.parse("02/15/2027", .unspecified) == "2027-02-15")
    #expect(try Self.parse("03/03/2027", .unspecified) == "2027-03-03")
    #expect(try Self.parse("02/15/2027", .monthFirst) == "2027-02-15")
  }

  @Test func localesChooseTheOrder() {
    #expect(DateOrder.fromLocaleName("es_CO.UTF-8") == .dayFirst)
    #expect(DateOrder.fromLocaleName("es_US.UTF-8") == .dayFirst)
    #expect(DateOrder.fromLocaleName("en_GB.UTF-8") == .dayFirst)
    #expect(DateOrder.fromLocaleName("fr_FR") == .dayFirst)
    #expect(DateOrder.fromLocaleName("en_US.UTF-8") == .monthFirst)
    #expect(DateOrder.fromLocaleName("C") == .unspecified)
    #expect(DateOrder.fromLocaleName("POSIX") == .unspecified)
    #expect(DateOrder.fromLocaleName("") == .unspecified)
    #expect(
      DateOrder.fromLocale(environment: ["LANG": "en_US.UTF-8", "LC_TIME": "es_CO.UTF-8"]) == .dayFirst)
    #expect(
      DateOrder.fromLocale(environment: ["LC_ALL": "en_US.UTF-8", "LC_TIME": "es_CO.UTF-8"]) == .monthFirst)
    #expect(DateOrder.fromLocale(environment: ["LC_ALL": "", "LANG": "en_US"]) == .monthFirst)
  }

  @Test(arguments: [
    ("31/02/2027", DateOrder.dayFirst), ("2027-13-01", .dayFirst), ("2027-02-30", .dayFirst),
    ("31 feb 2027", .dayFirst), ("febrero 30 2027", .dayFirst), ("02/15/2027", .dayFirst),
    ("15/02/2027", .monthFirst), ("31/02/2027", .unspecified), ("+99999y", .dayFirst),
  ])
  func refusesImpossibleDates(_ typed: String, _ order: DateOrder) {
    #expect(throws: DateInputError.impossible(typed)) { try Self.parse(typed, order) }
    #expect(DateInputError.impossible(typed).message.contains("'\(typed)'"))
  }

  @Test func refusesAmbiguousDatesShowingBothReadings() {
    #expect(throws: DateInputError.self) { try Self.parse("03/04/2027", .unspecified) }
    let message = DateInputError.ambiguous(
      "03/04/2027", CalendarDate(year: 2027, month: 4, day: 3)!, CalendarDate(year: 2027, month: 3, day: 4)!
    ).message
    #expect(
      message.contains("'03/04/2027'") && message.contains("2027-04-03") && message.contains("2027-03-04"))
    do {
      _ = try Self.parse("03/04/2027", .unspecified)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test(arguments: [
    "", "soon", "next", "next week", "in days", "in -3 days", "+6", "+6x", "15/02/27", "15 feb", "feb 2027",
    "2027", "32 feb 2027", "15 foo 2027", "1/2/3/2027", "next blursday", String(repeating: "1", count: 100),
  ])
  func refusesWhatIsNotADate(_ typed: String) {
    #expect(throws: DateInputError.self) { try Self.parse(typed) }
    do {
      _ = try Self.parse(typed)
    } catch {
      if typed.utf8.count <= 64 { #expect(error.message.contains("'\(typed)'")) }
    }
  }

  @Test func fieldInputUsesTheParserForDeadlineAndDecision() throws {
    var c = Configuration(user: "u")
    c.dateOrder = .monthFirst
    #expect(
      try FieldInput.parse(.deadline, "in 3 days", configuration: c, today: Self.today)
        == .string("2026-12-02"))
    #expect(
      try FieldInput.parse(.decision, "03/04/2027", configuration: c, today: Self.today)
        == .string("2027-03-04"))
    #expect(try FieldInput.parse(.deadline, "", configuration: c, today: Self.today) == .null)
    #expect(throws: FieldInputError.self) {
      try FieldInput.parse(.deadline, "31/02/2027", configuration: c, today: Self.today)
    }
  }

  @Test func weekdayAbbreviations() {
    #expect(CalendarDate(year: 2027, month: 1, day: 12)!.weekdayAbbreviation == Strings.t("date.tue", "Tue"))
    #expect(Self.today.weekdayAbbreviation == Strings.t("date.sun", "Sun"))
    #expect(Strings.t("date.tue", "Tue", [], table: Strings.translation(for: "es")) == "mar")
  }

  @Test func theVersionLineNamesTheDataFormat() {
    #expect(ConvocaVersion.line.hasPrefix("convoca \(ConvocaVersion.release) ("))
    #expect(ConvocaVersion.line.hasSuffix(" \(FileHeader.currentVersion))"))
  }
}
