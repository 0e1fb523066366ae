/// A mistake in a query line: what is wrong, which term, where it stands, and — when one is
/// close enough — the word the user probably meant.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The kinds of mistake.
  public enum Reason: Hashable, Sendable {
    /// `knd:award` — the name before `:` is not a field.
    case unknownField
    /// `kind:grnt`, `stage:x`, `is:opn` — not a value of an enumerated field.
    case unknownValue
    /// `kind:a` when several values start with `a`.
    case ambiguousValue
    /// `due<soon` — not a date or duration.
    case badDate
    /// `amount>lots` — not a number.
    case badAmount
    /// `kind:` — nothing after the operator (or an empty item in a list).
    case emptyValue
    /// A lone `-`.
    case emptyTerm
    /// `"two words` without the closing quote.
    case unterminatedQuote
    /// `kind<grant` — a comparison on a field that only takes `:`.
    case badOperator
    /// `due:today,week` — a list where one value is expected.
    case listNotAllowed
    /// `(kind:award` or `kind:award)` — a parenthesis without its partner.
    case unbalancedParenthesis
    /// `OR` at the start or end of a line or group, or twice in a row.
    case misplacedOr
    /// `()` — parentheses with nothing inside.
    case emptyGroup
    /// `has:kind` — a field that is never empty.
    case neverEmpty
  }

  /// What kind of mistake it is.
  public let reason: Reason
  /// The term as typed (for an unterminated quote, the rest of the line).
  public let term: String
  /// Character offsets of the term in the line (0-based, end exclusive).
  public let range: Range<Int>
  /// The nearest valid word, when there is one.
  public let suggestion: String?
  /// The sentence describing the mistake, without its position.
  public let detail: String

  /// Creates an error.
  public init(_ reason: Reason, term: String, range: Range<Int>, detail: String, suggestion: String? = nil) {
    self.reason = reason
    self.term = term
    self.range = range
    self.detail = detail
    self.suggestion = suggestion
  }

  /// The full message for the user: the mistake, the term and its column (1-based).
  public var message: String { Strings.queryAt(detail, term, range.lowerBound + 1) }

  public var description: String { message }
}
