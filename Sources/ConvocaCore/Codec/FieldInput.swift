import Foundation

/// Turns what a person typed for a field (on the command line or in a form) into the field's
/// value, or a message saying what is wrong with it. One place, so the command line and the
/// tracker accept exactly the same input.
public enum FieldInput {
  /// Parses `text` for `field`. Empty text clears optional fields. `today` anchors typed
  /// dates such as `tomorrow` or `+6w` (see `DateInput`).
  public static func parse(
    _ field: Field, _ text: String, configuration c: Configuration, today: CalendarDate
  )
    throws(FieldInputError)
    -> JSONValue
  {
    try field.descriptor.parse(text, configuration: c, today: today)
  }

  /// Reads typed money for `field` (`amount` or `awarded`) by `Money.readAmount`'s rule, in
  /// the configuration's number style (in Spanish, when the locale leaves it open, comma
  /// decimal, as Spanish writes numbers) and default currency: nil for empty text; an error for
  /// what is not money, is negative, or could be read two ways (the message shows both).
  public static func money(_ field: Field, _ text: String, configuration c: Configuration)
    throws(FieldInputError) -> Money?
  {
    let t = text.trimmingCharacters(in: .whitespaces)
    if t.isEmpty { return nil }
    guard
      let r = Money.read(t, defaultCurrency: c.defaultCurrency, style: Formatting.inputStyle(c.numberStyle))
    else {
      throw FieldInputError(field, Strings.inputBadAmount(t))
    }
    switch r.reading {
    case .invalid: throw FieldInputError(field, Strings.inputBadAmount(t))
    case .ambiguous(let grouping, let decimal):
      throw FieldInputError(
        field, Strings.inputAmbiguousAmount(t, grouping.grouped, decimal.amountInput))
    case .value(let a):
      guard a >= 0 else { throw FieldInputError(field, Strings.inputNegativeAmount) }
      return Money(a, r.currency)
    }
  }
}

extension FieldInput {
  /// `s` without leading and trailing spaces and tabs (`CharacterSet.whitespaces`, scalar by
  /// scalar as Foundation trims), looking only at the ends: a 10 MB title typed into costs
  /// what is trimmed, not its length.
  static func trimmingSpaces(_ s: String) -> String {
    let scalars = s.unicodeScalars
    var lo = scalars.startIndex
    var hi = scalars.endIndex
    while lo < hi, CharacterSet.whitespaces.contains(scalars[lo]) { lo = scalars.index(after: lo) }
    while hi > lo, CharacterSet.whitespaces.contains(scalars[scalars.index(before: hi)]) {
      hi = scalars.index(before: hi)
    }
    if lo == scalars.startIndex && hi == scalars.endIndex { return s }
    return String(scalars[lo..<hi])
  }

  /// Whether `s` holds a line feed (at memchr speed: the form checks a title on every key).
  static func hasNewline(_ s: String) -> Bool {
    let found = s.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
      guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
      return memchr(base, 0x0A, buffer.count) != nil
    }
    return found ?? s.utf8.contains(0x0A)
  }
}

/// A typed value that a field does not accept.
public struct FieldInputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Which field.
  public var field: Field
  /// What is wrong.
  public var message: String
  /// Creates the error.
  public init(_ field: Field, _ message: String) {
    self.field = field
    self.message = message
  }
  public var description: String { field.rawValue + ": " + message }
}

extension Strings {
  static var inputTitleRequired: String { t("input.titleRequired", "a title is required") }
  static var inputOneLine: String { t("input.oneLine", "must be one line") }
  static func inputDidYouMean(_ word: String) -> String {
    t("input.didYouMean", " — did you mean '{0}'?", word)
  }
  static func inputUnknown(_ v: String, _ options: [String]) -> String {
    let near = Suggest.nearest(v, in: options).map(inputDidYouMean) ?? ""
    return t("input.unknown", "'{0}' is not one of {1}", v, options.joined(separator: ", ")) + near
  }
  static func inputBadAmount(_ v: String) -> String {
    t("input.badAmount", "'{0}' is not an amount like 50000, 1.5m or 250k EUR", v)
  }
  static func inputAmbiguousAmount(_ v: String, _ thousands: String, _ decimal: String) -> String {
    t(
      "input.ambiguousAmount",
      "'{0}' could be {1} (thousands) or {2} (decimals); write 1500 or 1.5, or set LANG or \"decimal\" in the configuration (docs/file-format.md, Typing amounts)",
      v, thousands, decimal)
  }
  static var inputNegativeAmount: String { t("input.negative", "an amount cannot be negative") }
  static func inputBadProbability(_ v: String) -> String {
    t("input.badProbability", "'{0}' is not a whole number from 0 to 100", v)
  }
  static var inputBadSource: String { t("input.badSource", "write the source as system:id") }
}

/// Finds the word a typo most likely meant.
public enum Suggest {
  /// The closest word within two edits, if any (see `EditDistance`).
  public static func nearest(_ word: String, in candidates: [String]) -> String? {
    EditDistance.nearest(word, in: candidates)
  }
}
