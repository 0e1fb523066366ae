import Foundation

/// What a list is sorted by.
public enum SortField: String, CaseIterable, Sendable, Hashable {
  case deadline, amount, updated, created, title, stage, funder, owner, probability, kind, area, id
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
    guard let name = uniquePrefixMatch(t, in: SortField.allCases.map(\.rawValue)),
      let f = SortField(rawValue: name)
    else { return nil }
    self.init(f, descending: desc)
  }

  /// `deadline` or `amount:desc`.
  public var description: String { field.rawValue + (descending ? ":desc" : "") }

  /// Sorts positions of `store.records`; ties fall back to the id so the order is stable.
  /// Keys are read once per record, then the positions are sorted by key.
  public func sort(_ positions: [Int], in store: OpportunityStore) -> [Int] {
    let r = store.records
    switch field {
    case .deadline:
      // Deadlines still ahead of an application come first, soonest first; then the rest.
      return sorted(positions, store) { i in
        r[i].deadline?.daysSinceEpoch
      } group: { i in
        let stage = r[i].stage
        return stage == .identified || stage == .preparing ? 0 : 1
      }
    case .amount:
      return sorted(positions, store) { i in
        r[i].amount.map { NSDecimalNumber(decimal: $0.amount).doubleValue }
      }
    case .updated: return sorted(positions, store) { i in r[i].updated.seconds }
    case .created: return sorted(positions, store) { i in r[i].created.seconds }
    case .title:
      // Folded bytes compare in title order: the field separator (newline) sorts first.
      return sorted(positions, store) { i in FoldedBytes(bytes: store.searchKey(at: i).bytes) }
    case .stage: return sorted(positions, store) { i in r[i].stage.order }
    case .funder:
      return sorted(positions, store) { i in r[i].funder.isEmpty ? nil : r[i].funder.lowercased() }
    case .owner: return sorted(positions, store) { i in r[i].owner.isEmpty ? nil : r[i].owner.lowercased() }
    case .probability: return sorted(positions, store) { i in r[i].probability }
    case .kind: return sorted(positions, store) { i in r[i].kind.rawValue }
    case .area:
      return sorted(positions, store) { i in r[i].area.flatMap { $0.rawValue.isEmpty ? nil : $0.rawValue } }
    case .id: return sorted(positions, store) { _ in Int?.none }
    }
  }

  private func sorted<K: Comparable>(
    _ positions: [Int], _ store: OpportunityStore, key: (Int) -> K?, group: ((Int) -> Int)? = nil
  ) -> [Int] {
    let r = store.records
    var keyed = positions.map { (key: key($0), group: group?($0) ?? 0, id: r[$0].id, position: $0) }
    let desc = descending
    keyed.sort { a, b in
      if a.group != b.group { return a.group < b.group }
      switch (a.key, b.key) {
      case (nil, nil): break
      case (nil, _): return false  // missing last, whatever the direction
      case (_, nil): return true
      case (let x?, let y?):
        if x != y { return desc ? x > y : x < y }
      }
      return desc && field == .id ? a.id > b.id : a.id < b.id
    }
    return keyed.map(\.position)
  }
}

/// Folded text bytes ordered lexicographically.
struct FoldedBytes: Comparable {
  var bytes: [UInt8]
  static func < (a: FoldedBytes, b: FoldedBytes) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
}
