extension Strings {
  // MARK: - JSON syntax (JSONParser, JSONCursor), shown as "not valid JSON (… at byte N)"
  //
  // `translation` is read with Foundation's parser, not `JSONParser`, so these can be looked
  // up even when the table itself fails to parse.

  static func jsonAtByte(_ message: String, _ byte: Int) -> String {
    t("json.atByte", "{0} at byte {1}", message, String(byte))
  }
  static var jsonTrailingText: String { t("json.trailingText", "unexpected text after the value") }
  static var jsonUnexpectedEnd: String { t("json.unexpectedEnd", "unexpected end of input") }
  static var jsonUnexpectedCharacter: String { t("json.unexpectedCharacter", "unexpected character") }
  static var jsonTooDeep: String { t("json.tooDeep", "nesting too deep") }
  static var jsonExpectedName: String { t("json.expectedName", "expected a member name") }
  /// `c` is a punctuation character such as `:` or `{`.
  static func jsonExpected(_ c: String) -> String { t("json.expected", "expected '{0}'", c) }
  /// `close` is `}` or `]`.
  static func jsonExpectedCommaOr(_ close: String) -> String {
    t("json.expectedCommaOr", "expected ',' or '{0}'", close)
  }
  static var jsonBadNumber: String { t("json.badNumber", "bad number") }
  static var jsonNumberTooLong: String { t("json.numberTooLong", "number too long") }
  static var jsonInvalidUTF8: String { t("json.invalidUTF8", "invalid UTF-8 in a string") }
  static var jsonControlCharacter: String { t("json.controlCharacter", "control character in a string") }
  static var jsonUnpairedSurrogate: String { t("json.unpairedSurrogate", "unpaired surrogate") }
  static var jsonBadEscape: String { t("json.badEscape", "bad escape") }
  static var jsonUnterminatedString: String { t("json.unterminatedString", "unterminated string") }
  static var jsonBadNameCharacter: String {
    t("json.badNameCharacter", "unexpected character in a member name")
  }
  static var jsonExpectedString: String { t("json.expectedString", "expected a string") }
  static var jsonExpectedNumber: String { t("json.expectedNumber", "expected a number") }
}
