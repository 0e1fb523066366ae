/// Builds a query from its tokens: juxtaposed terms are an AND, `OR` separates alternatives
/// (AND binds tighter), parentheses group, and `-(…)` negates a group.
///
/// ```
/// query       = alternatives
/// alternatives = conjunction { "OR" conjunction }
/// conjunction = item { item }
/// item        = term | ["-"] "(" alternatives ")"
/// ```
struct QueryExpressionParser {
  let tokens: [QueryToken]
  let vocabulary: Vocabulary
  var position = 0

  init(tokens: [QueryToken], vocabulary: Vocabulary) {
    self.tokens = tokens
    self.vocabulary = vocabulary
  }

  /// The whole line. An empty line gives the query that matches everything.
  mutating func parse() throws(QueryError) -> Query {
    guard !tokens.isEmpty else { return .all }
    let alternatives = try parseAlternatives()
    if position < tokens.count {
      // Only a `)` can stop the top level early.
      throw error(.unbalancedParenthesis, tokens[position], Strings.queryUnmatchedClose)
    }
    return Self.query(of: alternatives)
  }

  /// One alternative alone is that alternative; several are one `any` term.
  static func query(of alternatives: [Query]) -> Query {
    alternatives.count == 1 ? alternatives[0] : Query(terms: [QueryTerm(.any(alternatives))])
  }

  private var peek: QueryToken? { position < tokens.count ? tokens[position] : nil }

  private mutating func parseAlternatives() throws(QueryError) -> [Query] {
    var out: [Query] = []
    while true {
      if let t = peek, t.punctuation == .or {
        if out.isEmpty { throw error(.misplacedOr, t, Strings.queryOrAtStart) }
      }
      out.append(try parseConjunction())
      guard let t = peek, t.punctuation == .or else { return out }
      position += 1
      guard let next = peek, next.punctuation != .close else {
        throw error(.misplacedOr, t, Strings.queryOrAtEnd)
      }
      if next.punctuation == .or { throw error(.misplacedOr, next, Strings.queryOrDoubled) }
    }
  }

  private mutating func parseConjunction() throws(QueryError) -> Query {
    var terms: [QueryTerm] = []
    while let t = peek, t.punctuation != .or, t.punctuation != .close {
      position += 1
      guard t.punctuation == .open else {
        let p = try QueryParser(token: t, vocabulary: vocabulary).predicate()
        terms.append(QueryTerm(p, negated: t.negated, range: t.range))
        continue
      }
      if let next = peek, next.punctuation == .close {
        let r = t.range.lowerBound..<next.range.upperBound
        throw QueryError(.emptyGroup, term: t.text + ")", range: r, detail: Strings.queryEmptyGroup)
      }
      if let next = peek, next.punctuation == .or { throw error(.misplacedOr, next, Strings.queryOrAtStart) }
      let inner = try parseAlternatives()
      guard let close = peek, close.punctuation == .close else {
        throw error(.unbalancedParenthesis, t, Strings.queryUnclosedOpen)
      }
      position += 1
      let range = t.range.lowerBound..<close.range.upperBound
      if inner.count == 1 {
        let group = inner[0].terms
        if !t.negated {
          terms.append(contentsOf: group)  // `(a b) c` is `a b c`
          continue
        }
        if group.count == 1 {  // `-(a)` is `-a`, `-(-a)` is `a`
          terms.append(QueryTerm(group[0].predicate, negated: !group[0].negated, range: range))
          continue
        }
      }
      terms.append(QueryTerm(.any(inner), negated: t.negated, range: range))
    }
    // Empty only when the line starts with `)` (an `OR` or `)` after `(` or `OR` is caught
    // before coming here).
    if terms.isEmpty, let t = peek {
      if t.punctuation == .or { throw error(.misplacedOr, t, Strings.queryOrAtStart) }
      throw error(.unbalancedParenthesis, t, Strings.queryUnmatchedClose)
    }
    return Query(terms: terms)
  }

  private func error(_ reason: QueryError.Reason, _ t: QueryToken, _ detail: String) -> QueryError {
    QueryError(reason, term: t.text, range: t.range, detail: detail)
  }
}
