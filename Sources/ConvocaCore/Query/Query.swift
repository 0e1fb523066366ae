/// A parsed query line: every term must hold (an AND of possibly negated terms). `OR` and
/// parentheses become `QueryPredicate.any` terms. The empty query matches everything. Parse once, evaluate many times: see `matches(_:key:in:)` and
/// `OpportunityStore.filter(_:context:)`.
///
/// ```swift
/// let q = try Query.parse("kind:award,scholarship due<60d -stage:dropped")
/// let hits = store.filter(q, context: QueryContext(today: LocalClock.today()))
/// ```
public struct Query: Hashable, Sendable, CustomStringConvertible {
  /// The terms, in the order typed.
  public let terms: [QueryTerm]

  /// Creates a query from terms.
  public init(terms: [QueryTerm]) { self.terms = terms }

  /// The query that matches everything.
  public static let all = Query(terms: [])

  /// Whether the query has no terms (and so matches everything).
  public var isEmpty: Bool { terms.isEmpty }

  /// Parses a query line. White space alone gives the query that matches everything.
  /// Juxtaposition is AND and binds tighter than `OR`: `a b OR c` is `(a b) OR c`.
  /// Throws a `QueryError` naming the term, its position and, when it can, the nearest
  /// valid word.
  public static func parse(_ text: String, vocabulary: Vocabulary = .standard) throws(QueryError) -> Query {
    var parser = QueryExpressionParser(tokens: try QueryToken.tokenize(text), vocabulary: vocabulary)
    return try parser.parse()
  }

  /// The canonical query text: parsing it gives an equal query.
  public var description: String { terms.map(\.description).joined(separator: " ") }
}
