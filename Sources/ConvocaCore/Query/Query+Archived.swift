/// Archived calls are hidden from the default views (`convoca list`, the tracker's list)
/// unless the query names `is:archived` itself (`is:archived`, `-is:archived`, inside an OR).
extension Query {
  /// Whether some term, at any depth, is an `is:` naming `archived`.
  public var mentionsArchived: Bool {
    terms.contains { t in
      switch t.predicate {
      case .status(let ss): return ss.contains(.archived)
      case .any(let alts): return alts.contains(where: \.mentionsArchived)
      default: return false
      }
    }
  }

  /// The query a default view runs: this one, with `-is:archived` added unless it already
  /// says what to do with archived calls.
  public var hidingArchived: Query {
    mentionsArchived ? self : Query(terms: terms + [QueryTerm(.status([.archived]), negated: true)])
  }
}
