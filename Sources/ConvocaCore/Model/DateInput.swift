import Foundation

/// Reads a date as a person types it, on the command line (`--deadline`) and in the tracker's
/// form: the one parser both use. Documented in docs/file-format.md ("Typing dates").
///
/// Accepted, in English and Spanish, case- and accent-insensitively:
/// - ISO `2027-02-15`;
/// - `today`/`hoy`, `tomorrow`/`mañana`, `yesterday`/`ayer`, `pasado mañana`;
/// - offsets `+3d`, `-2d`, `+6w`, `+2m`, `+1y` (days, weeks, months, years);
/// - `in 3 days`, `in 2 weeks`, `in 1 month`, `en 3 días`, `en 2 semanas`, `en 1 mes`;
/// - `next monday`, `próximo lunes`, `el próximo lunes` (the first such day after today);
/// - numbers `15/02/2027`, `15-02-2027`, `15.02.2027`: day and month ordered by `DateOrder`;
/// - month names `15 feb 2027`, `feb 15 2027`, `February 15, 2027`, `15 de febrero de 2027`.
///
/// "Today" is passed in; nothing here reads the clock. Ambiguous dates (`03/04/2027` with no
/// locale order) and impossible ones (`31/02/2027`, `2027-13-01`) are refused.
public enum DateInput {
  /// The date `text` names, with `today` for relative forms and `order` for `03/04/2027`.
  public static func parse(_ text: String, today: CalendarDate, order: DateOrder) throws(DateInputError)
    -> CalendarDate
  {
    let typed = text.trimmingCharacters(in: .whitespaces)
    // Dates are short; a pasted page is not one (and is not folded word by word).
    guard !typed.isEmpty, typed.utf8.count <= 64 else { throw .notADate(typed) }
    if let d = CalendarDate(iso: typed) { return d }
    let folded = typed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    if let r = try relative(folded, typed: typed, today: today) { return r }
    if let r = try numeric(folded, typed: typed, order: order) { return r }
    if let r = try named(folded, typed: typed) { return r }
    throw .notADate(typed)
  }

  // MARK: - Relative

  static let words: [String: Int] = [
    "today": 0, "hoy": 0, "tomorrow": 1, "manana": 1, "yesterday": -1, "ayer": -1, "pasado manana": 2,
  ]

  static let units: [String: Character] = [
    "d": "d", "day": "d", "days": "d", "dia": "d", "dias": "d",
    "w": "w", "week": "w", "weeks": "w", "semana": "w", "semanas": "w",
    "m": "m", "month": "m", "months": "m", "mes": "m", "meses": "m",
    "y": "y", "year": "y", "years": "y", "ano": "y", "anos": "y",
  ]

  static let weekdays: [String: Int] = [
    "monday": 1, "mon": 1, "lunes": 1, "lun": 1,
    "tuesday": 2, "tue": 2, "tues": 2, "martes": 2,
    "wednesday": 3, "wed": 3, "miercoles": 3, "mie": 3,
    "thursday": 4, "thu": 4, "thurs": 4, "jueves": 4, "jue": 4,
    "friday": 5, "fri": 5, "viernes": 5, "vie": 5,
    "saturday": 6, "sat": 6, "sabado": 6, "sab": 6,
    "sunday": 7, "sun": 7, "domingo": 7, "dom": 7,
  ]

  static func relative(_ s: String, typed: String, today: CalendarDate) throws(DateInputError)
    -> CalendarDate?
  {
    let tokens = s.split(separator: " ").map(String.init)
    if let n = words[tokens.joined(separator: " ")] { return today.adding(days: n) }
    // +6w, -2d, +3 days
    if let sign = s.first, sign == "+" || sign == "-" {
      let rest = s.dropFirst().filter { $0 != " " }
      let digits = rest.prefix { $0.isASCII && $0.isNumber }
      guard let unit = units[String(rest.dropFirst(digits.count))], let n = count(digits) else { return nil }
      return try offset(today, sign == "-" ? -n : n, unit, typed: typed)
    }
    // in 3 days, en 2 semanas
    if tokens.count == 3, tokens[0] == "in" || tokens[0] == "en", let n = count(tokens[1]),
      let unit = units[tokens[2]], tokens[2].count > 1
    {
      return try offset(today, n, unit, typed: typed)
    }
    // next monday, próximo lunes, el próximo lunes, lunes próximo
    var t = tokens
    if t.first == "el" { t.removeFirst() }
    if t.count == 2 {
      let nextWords: Set<String> = ["next", "proximo", "proxima"]
      let day = nextWords.contains(t[0]) ? weekdays[t[1]] : nextWords.contains(t[1]) ? weekdays[t[0]] : nil
      if let day {
        let ahead = (day - today.isoWeekday + 7) % 7
        return today.adding(days: ahead == 0 ? 7 : ahead)
      }
    }
    return nil
  }

  /// A count of units (at most five digits, so no offset overflows).
  static func count(_ s: some StringProtocol) -> Int? {
    guard !s.isEmpty, s.count <= 5, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(s)
  }

  static func offset(_ today: CalendarDate, _ n: Int, _ unit: Character, typed: String) throws(DateInputError)
    -> CalendarDate
  {
    let c = today.components
    switch unit {
    case "d", "w":
      let d = today.adding(days: unit == "w" ? n * 7 : n)
      guard (1...9999).contains(d.year), abs(n) <= 3_650_000 else { throw .impossible(typed) }
      return d
    default:
      let months = c.year * 12 + (c.month - 1) + (unit == "y" ? n * 12 : n)
      let (y, m) = (months / 12, months % 12 + 1)
      guard (1...9999).contains(y) else { throw .impossible(typed) }
      let d = min(c.day, CalendarDate.daysIn(month: m, year: y))
      guard let r = CalendarDate(year: y, month: m, day: d) else { throw .impossible(typed) }
      return r
    }
  }

  // MARK: - Numbers

  /// `15/02/2027`, `15-02-2027`, `15.02.2027`, and `2027-13-01`-like ISO shapes that name no day.
  static func numeric(_ s: String, typed: String, order: DateOrder) throws(DateInputError) -> CalendarDate? {
    guard let separator = s.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
    let parts = s.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 3, parts.allSatisfy({ count($0) != nil }) else { return nil }
    let n = parts.compactMap { Int($0) }
    if parts[0].count == 4 {  // year first: 2027-13-01, 2027/2/15
      guard let d = CalendarDate(year: n[0], month: n[1], day: n[2]) else { throw .impossible(typed) }
      return d
    }
    guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { throw .notADate(typed) }
    let dayFirst = CalendarDate(year: n[2], month: n[1], day: n[0])
    let monthFirst = CalendarDate(year: n[2], month: n[0], day: n[1])
    switch order {
    case .dayFirst:
      guard let d = dayFirst else { throw .impossible(typed) }
      return d
    case .monthFirst:
      guard let d = monthFirst else { throw .impossible(typed) }
      return d
    case .unspecified:
      switch (dayFirst, monthFirst) {
      case (let a?, let b?) where a != b: throw .ambiguous(typed, a, b)
      case (let a?, _): return a
      case (nil, let b?): return b
      case (nil, nil): throw .impossible(typed)
      }
    }
  }

  // MARK: - Month names

  static let months: [String: Int] = [
    "january": 1, "jan": 1, "enero": 1, "ene": 1,
    "february": 2, "feb": 2, "febrero": 2,
    "march": 3, "mar": 3, "marzo": 3,
    "april": 4, "apr": 4, "abril": 4, "abr": 4,
    "may": 5, "mayo": 5,
    "june": 6, "jun": 6, "junio": 6,
    "july": 7, "jul": 7, "julio": 7,
    "august": 8, "aug": 8, "agosto": 8, "ago": 8,
    "september": 9, "sep": 9, "sept": 9, "septiembre": 9, "setiembre": 9, "set": 9,
    "october": 10, "oct": 10, "octubre": 10,
    "november": 11, "nov": 11, "noviembre": 11,
    "december": 12, "dec": 12, "diciembre": 12, "dic": 12,
  ]

  /// `15 feb 2027`, `feb 15, 2027`, `15th February 2027`, `15 de febrero de 2027`.
  static func named(_ s: String, typed: String) throws(DateInputError) -> CalendarDate? {
    let cleaned = String(s.map { $0 == "," || $0 == "." || $0 == "/" || $0 == "-" ? " " : $0 })
    let tokens = cleaned.split(separator: " ").map(String.init).filter { $0 != "de" && $0 != "del" }
    guard tokens.count == 3 else { return nil }
    func day(_ t: String) -> Int? {
      var t = Substring(t)
      for suffix in ["st", "nd", "rd", "th", "º", "o"] where t.hasSuffix(suffix) {
        t = t.dropLast(suffix.count)
        break
      }
      guard t.count <= 2 else { return nil }
      return count(t)
    }
    let (d, m): (Int?, Int?)
    if let month = months[tokens[0]] {
      (d, m) = (day(tokens[1]), month)
    } else {
      (d, m) = (day(tokens[0]), months[tokens[1]])
    }
    guard let d, let m, tokens[2].count == 4, let y = count(tokens[2]) else { return nil }
    guard let date = CalendarDate(year: y, month: m, day: d) else { throw .impossible(typed) }
    return date
  }
}

/// A typed date `DateInput.parse` does not accept.
public enum DateInputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Not in any accepted form.
  case notADate(String)
  /// In an accepted form, but naming no day on the calendar (`31/02/2027`, `2027-13-01`).
  case impossible(String)
  /// Numbers that read two ways with no locale order to choose: day first, and month first.
  case ambiguous(String, CalendarDate, CalendarDate)

  /// What is wrong, naming what was typed.
  public var message: String {
    switch self {
    case .notADate(let t): return Strings.dateNotADate(t)
    case .impossible(let t): return Strings.dateImpossible(t)
    case .ambiguous(let t, let dayFirst, let monthFirst):
      return Strings.dateAmbiguous(t, dayFirst.description, monthFirst.description)
    }
  }

  public var description: String { message }
}

extension CalendarDate {
  /// The day of the week, abbreviated in the interface's language (`Tue`, `mar`).
  public var weekdayAbbreviation: String { Strings.weekdayAbbreviation(isoWeekday) }
}

extension Strings {
  static func dateNotADate(_ v: String) -> String {
    t(
      "date.notADate",
      "'{0}' is not a date: write 2027-02-15, 15/02/2027, 15 feb 2027, tomorrow, +6w, in 3 days or next monday (docs/file-format.md, Typing dates)",
      v)
  }
  static func dateImpossible(_ v: String) -> String {
    t("date.impossible", "'{0}' is not a day on the calendar", v)
  }
  static func dateAmbiguous(_ v: String, _ dayFirst: String, _ monthFirst: String) -> String {
    t(
      "date.ambiguous",
      "'{0}' could be {1} (day first) or {2} (month first); write the ISO date, a month name (15 feb 2027), or set LANG or LC_TIME",
      v, dayFirst, monthFirst)
  }
  static func weekdayAbbreviation(_ isoWeekday: Int) -> String {
    switch isoWeekday {
    case 1: return t("date.mon", "Mon")
    case 2: return t("date.tue", "Tue")
    case 3: return t("date.wed", "Wed")
    case 4: return t("date.thu", "Thu")
    case 5: return t("date.fri", "Fri")
    case 6: return t("date.sat", "Sat")
    default: return t("date.sun", "Sun")
    }
  }
}
