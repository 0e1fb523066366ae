extension Strings {
  // MARK: - Query language errors

  static func queryUnknownField(_ field: String) -> String {
    t("query.unknownField", "unknown field '{0}'", field)
  }
  static func queryDidYouMean(_ word: String) -> String {
    t("query.didYouMean", " — did you mean '{0}'?", word)
  }
  static func queryUnknownValue(_ field: String, _ value: String, _ options: [String]) -> String {
    t(
      "query.unknownValue", "unknown value '{1}' for '{0}'; use one of: {2}", field, value,
      options.joined(separator: ", "))
  }
  static func queryAmbiguousAmount(_ field: String, _ value: String, _ thousands: String, _ decimal: String)
    -> String
  {
    t(
      "query.ambiguousAmount",
      "amount '{1}' for {0} could be {2} or {3}; write it without the mark, or with k or m",
      field, value, thousands, decimal)
  }
  static func queryAmbiguousValue(_ field: String, _ value: String, _ options: [String]) -> String {
    t(
      "query.ambiguousValue", "{0} '{1}' is ambiguous: it could be {2}", field, value,
      options.joined(separator: ", "))
  }
  static func queryBadDate(_ field: String, _ value: String) -> String {
    t(
      "query.badDate",
      "bad date '{1}' for {0}: use YYYY-MM-DD, YYYY-MM, YYYY, a number of days or weeks (30d, 4w) or a period such as today, thisweek or nextmonth",
      field, value)
  }
  static func queryBadAmount(_ field: String, _ value: String) -> String {
    t("query.badAmount", "bad amount '{1}' for {0}: use a number such as 50000, 50k or 1.5m", field, value)
  }
  static func queryEmptyValue(_ field: String) -> String {
    t("query.emptyValue", "'{0}' needs a value after it", field)
  }
  static var queryEmptyTerm: String { t("query.emptyTerm", "'-' must be followed by a term") }
  static var queryUnterminatedQuote: String {
    t("query.unterminatedQuote", "unterminated quote: a closing \" is missing")
  }
  static func queryBadOperator(_ field: String, _ op: String) -> String {
    t("query.badOperator", "'{0}' cannot be compared with '{1}'; use '{0}:value'", field, op)
  }
  static func queryOneValue(_ field: String) -> String {
    t("query.oneValue", "'{0}' takes a single value, not a list", field)
  }
  static var queryUnclosedOpen: String { t("query.unclosedOpen", "'(' is never closed: a ')' is missing") }
  static var queryUnmatchedClose: String { t("query.unmatchedClose", "')' has no '(' before it") }
  static var queryEmptyGroup: String {
    t("query.emptyGroup", "empty parentheses: put at least one term inside")
  }
  static var queryOrAtStart: String { t("query.orAtStart", "'OR' needs a term before it") }
  static var queryOrAtEnd: String { t("query.orAtEnd", "'OR' needs a term after it") }
  static var queryOrDoubled: String { t("query.orDoubled", "'OR' twice in a row: put a term between them") }
  static func queryNeverEmpty(_ field: String, _ options: [String]) -> String {
    t(
      "query.neverEmpty", "'{0}' is never empty; has: and no: take one of: {1}", field,
      options.joined(separator: ", "))
  }
  static func queryAt(_ detail: String, _ term: String, _ column: Int) -> String {
    t("query.at", "{0} (in '{1}' at column {2})", detail, term, String(column))
  }
}
