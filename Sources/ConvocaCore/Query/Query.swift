/// A parsed query line: every term must hold (an AND of possibly negated terms). The empty
/// query matches everything. Parse once, evaluate many times: see `matches(_:key:in:)` and
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
  /// Throws a `QueryError` naming the term, its position and, when it can, the nearest
  /// valid word.
  public static func parse(_ text: String, vocabulary: Vocabulary = .standard) throws(QueryError) -> Query {
    let tokens = try QueryToken.tokenize(text)
    var terms: [QueryTerm] = []
    terms.reserveCapacity(tokens.count)
    for t in tokens {
      let p = try QueryParser(token: t, vocabulary: vocabulary).predicate()
      terms.append(QueryTerm(p, negated: t.negated, range: t.range))
    }
    return Query(terms: terms)
  }

  /// The canonical query text: parsing it gives an equal query.
  public var description: String { terms.map(\.description).joined(separator: " ") }
}
