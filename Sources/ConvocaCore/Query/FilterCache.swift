import Synchronization

/// Remembers the matches of the last queries a list asked for, so that typing a filter one
/// key at a time rarely scans the whole store: a query asked again (a Backspace back to an
/// earlier line) is answered from memory, and a query that can only match fewer records
/// (`medel` → `medell`, or one more term) is tested only against the matches of the one it
/// narrows. Keyed by the store's revision: any change to the store forgets everything.
public final class FilterCache: Sendable {
  private struct Entry {
    var revision: Int
    var context: QueryContext
    var query: Query
    var hits: [Int]
  }

  /// How the last answer was found (for tests and the benchmark).
  public enum Use: Sendable, Equatable {
    /// The same query was answered before.
    case remembered
    /// Tested against the matches of an earlier query it narrows.
    case narrowed(from: Query)
    /// Tested against every record.
    case scanned
  }

  /// At most this many queries are remembered.
  static let entries = 32
  /// Their matches hold at most this many positions for each record of the store (the
  /// oldest are forgotten first).
  static let positionsPerRecord = 4

  private let state = Mutex<(entries: [Entry], last: Use)>(([], .scanned))

  /// Creates an empty cache.
  public init() {}

  /// How the last answer was found.
  public var lastUse: Use { state.withLock { $0.last } }

  /// Positions in `store.records` of the opportunities matching `q`, ascending: what
  /// `store.filter(q, context:)` returns.
  public func filter(_ store: OpportunityStore, _ q: Query, context: QueryContext) -> [Int] {
    let remembered = state.withLock { s in
      s.entries.removeAll { $0.revision != store.revision }
      return s.entries.filter { $0.context == context }
    }
    if let e = remembered.last(where: { $0.query == q }) {
      state.withLock { $0.last = .remembered }
      return e.hits
    }
    // The narrowest earlier query this one implies (its matches hold all of this one's); of
    // equals, the latest.
    let base = remembered.reversed().filter { q.implies($0.query) }.min { $0.hits.count < $1.hits.count }
    let hits = store.filter(q, context: context, within: base?.hits)
    state.withLock { s in
      s.last = base.map { .narrowed(from: $0.query) } ?? .scanned
      s.entries.append(Entry(revision: store.revision, context: context, query: q, hits: hits))
      var total = s.entries.reduce(0) { $0 + $1.hits.count }
      let limit = Swift.max(Self.positionsPerRecord * store.count, 1 << 16)
      while s.entries.count > Self.entries || (s.entries.count > 1 && total > limit) {
        total -= s.entries.removeFirst().hits.count
      }
    }
    return hits
  }
}

extension Query {
  /// Whether every record matching this query surely matches `other`: each term of `other`
  /// is implied by a term of this one (the terms are ANDed). Only plain cases are
  /// recognised; false means "not known", never "no".
  func implies(_ other: Query) -> Bool {
    other.terms.allSatisfy { t in terms.contains { $0.implies(t) } }
  }
}

extension QueryTerm {
  /// Whether this term holding means `other` holds: the same term, or a longer word (or
  /// field value) containing the other's, neither negated.
  func implies(_ other: QueryTerm) -> Bool {
    if self == other { return true }
    guard !negated, !other.negated else { return false }
    switch (predicate, other.predicate) {
    case (.text(let a), .text(let b)):
      return TextFolding.contains(a.bytes, b.bytes)
    case (.field(let f, let a), .field(let g, let b)) where f == g:
      // Every value this term accepts must contain (for tags: start with) one the other accepts.
      let prefix: Bool
      switch f.descriptor.access {
      case .tags: prefix = true
      case .text, .notes: prefix = false
      default: return false
      }
      return a.allSatisfy { x in
        b.contains { y in prefix ? x.bytes.starts(with: y.bytes) : TextFolding.contains(x.bytes, y.bytes) }
      }
    default:
      return false
    }
  }
}
