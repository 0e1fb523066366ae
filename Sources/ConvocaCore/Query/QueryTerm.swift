/// One term of a query: a predicate, possibly negated, and where it was typed.
public struct QueryTerm: Hashable, Sendable, CustomStringConvertible {
  /// What the term tests.
  public var predicate: QueryPredicate
  /// Whether it was written with `-` (the term must not hold).
  public var negated: Bool
  /// Character offsets in the query line (0-based, end exclusive); not part of equality.
  public var range: Range<Int>

  /// Creates a term.
  public init(_ predicate: QueryPredicate, negated: Bool = false, range: Range<Int> = 0..<0) {
    self.predicate = predicate
    self.negated = negated
    self.range = range
  }

  /// The canonical text: `-` when negated, then the predicate.
  public var description: String { (negated ? "-" : "") + predicate.description }

  public static func == (a: QueryTerm, b: QueryTerm) -> Bool {
    a.predicate == b.predicate && a.negated == b.negated
  }

  public func hash(into h: inout Hasher) {
    h.combine(predicate)
    h.combine(negated)
  }
}
