/// What a list is sorted by.
public enum SortField: String, CaseIterable, Sendable, Hashable {
  case deadline, amount, updated, created, title, stage, funder, owner, probability, id
}

/// A sort field and its direction. Missing values (no deadline, no amount) always go last;
/// by deadline, opportunities still to be applied for come before the rest.
public struct SortOrder: Hashable, Sendable, CustomStringConvertible {
  /// The field.
  public var field: SortField
  /// Largest / latest first.
  public var descending: Bool

  /// Creates an order.
  public init(_ field: SortField, descending: Bool = false) {
    self.field = field
    self.descending = descending
  }

  /// The default: nearest deadline first.
  public static let standard = SortOrder(.deadline)

  /// Parses `deadline`, `-amount`, `amount:desc`, `title:asc` (unique prefixes accepted).
  public init?(parsing text: String) {
    var t = text.lowercased()
    var desc = false
    if t.hasPrefix("-") {
      desc = true
      t.removeFirst()
    }
    if let colon = t.firstIndex(of: ":") {
      let dir = t[t.index(after: colon)...]
      if "descending".hasPrefix(dir) && !dir.isEmpty {
        desc = true
      } else if !("ascending".hasPrefix(dir) && !dir.isEmpty) {
        return nil
      }
      t = String(t[..<colon])
    }
    guard let name = uniquePrefixMatch(t, in: SortField.allCases.map(\.rawValue)), let f = SortField(rawValue: name)
    else { return nil }
    self.init(f, descending: desc)
  }

  /// `deadline` or `amount:desc`.
  public var description: String { field.rawValue + (descending ? ":desc" : "") }

  /// Sorts positions of `store.records`; ties fall back to the id so the order is stable.
  public func sort(_ positions: [Int], in store: OpportunityStore) -> [Int] {
    let r = store.records
    func cmp<T: Comparable>(_ a: T?, _ b: T?) -> Int {
      switch (a, b) {
      case (nil, nil): return 0
      case (nil, _): return 2  // missing last, whatever the direction
      case (_, nil): return -2
      case (let x?, let y?): return x < y ? -1 : (y < x ? 1 : 0)
      }
    }
    func compare(_ i: Int, _ j: Int) -> Bool {
      let a = r[i]
      let b = r[j]
      let c: Int
      switch field {
      case .deadline:
        // Deadlines still ahead of an application come first, soonest first; then the rest.
        if a.awaitsApplication != b.awaitsApplication { return a.awaitsApplication }
        c = cmp(a.deadline, b.deadline)
      case .amount: c = cmp(a.amount?.amount, b.amount?.amount)
      case .updated: c = cmp(a.updated, b.updated)
      case .created: c = cmp(a.created, b.created)
      case .title:
        // Folded bytes compare in title order: the field separator (newline) sorts first.
        let x = store.searchKeys[i].bytes
        let y = store.searchKeys[j].bytes
        c = x.lexicographicallyPrecedes(y) ? -1 : (y.lexicographicallyPrecedes(x) ? 1 : 0)
      case .stage: c = cmp(a.stage, b.stage)
      case .funder: c = cmp(a.funder.isEmpty ? nil : a.funder.lowercased(), b.funder.isEmpty ? nil : b.funder.lowercased())
      case .owner: c = cmp(a.owner.isEmpty ? nil : a.owner.lowercased(), b.owner.isEmpty ? nil : b.owner.lowercased())
      case .probability: c = cmp(a.probability, b.probability)
      case .id: c = 0
      }
      if c == 2 { return false }
      if c == -2 { return true }
      if c != 0 { return descending ? c > 0 : c < 0 }
      return descending && field == .id ? a.id > b.id : a.id < b.id
    }
    return positions.sorted(by: compare)
  }
}
