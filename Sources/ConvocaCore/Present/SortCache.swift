import Synchronization

/// Remembers the whole store in one sort order, so a list that re-filters on every keystroke
/// only filters: the matches are picked out of the cached order instead of sorted again.
/// Keyed by the store's revision, which every change to a store renews.
public final class SortCache: Sendable {
  private struct Entry {
    var revision: Int
    var order: SortOrder
    var rows: SortedRows
  }

  private let entry = Mutex<Entry?>(nil)

  /// Creates an empty cache.
  public init() {}

  /// All positions of `store.records` in `order`.
  public func sorted(_ store: OpportunityStore, by order: SortOrder) -> [Int] {
    rows(store, by: order).positions
  }

  /// All records in `order`: their positions and ids.
  func rows(_ store: OpportunityStore, by order: SortOrder) -> SortedRows {
    if let e = entry.withLock({ $0 }), e.revision == store.revision, e.order == order { return e.rows }
    let positions = order.sort(Array(store.records.indices), in: store)
    let rows = SortedRows(positions: positions, ids: store.ids(at: positions))
    entry.withLock { $0 = Entry(revision: store.revision, order: order, rows: rows) }
    return rows
  }
}

/// Records in a list's order: positions in `store.records`, and the ids at those positions.
public struct SortedRows: Sendable, Equatable {
  /// Positions in `store.records`.
  public var positions: [Int]
  /// `store.records[positions[k]].id` for each `k`.
  public var ids: [OpportunityID]
}

extension OpportunityStore {
  /// Positions of the opportunities matching `q`, in `order`, using `cache` for the order
  /// and `matches` (when given) for what recent queries matched.
  public func filter(
    _ q: Query, context: QueryContext, sortedBy order: SortOrder, cache: SortCache,
    matches: FilterCache? = nil
  ) -> [Int] {
    rows(q, context: context, sortedBy: order, cache: cache, matches: matches).positions
  }

  /// The opportunities matching `q`, in `order`, with their ids: what a list shows. The ids
  /// come from the cached order, read in sequence, so a million rows are not looked up one
  /// by one across the store (a cache miss each).
  public func rows(
    _ q: Query, context: QueryContext, sortedBy order: SortOrder, cache: SortCache,
    matches: FilterCache? = nil
  ) -> SortedRows {
    let all = cache.rows(self, by: order)
    if q.isEmpty { return all }
    let hits = matches?.filter(self, q, context: context) ?? filter(q, context: context)
    if hits.count < 2000 {
      let positions = order.sort(hits, in: self)
      return SortedRows(positions: positions, ids: ids(at: positions))
    }
    var matched = [Bool](repeating: false, count: records.count)
    for h in hits { matched[h] = true }
    var rows = SortedRows(positions: [], ids: [])
    rows.positions.reserveCapacity(hits.count)
    rows.ids.reserveCapacity(hits.count)
    for k in all.positions.indices where matched[all.positions[k]] {
      rows.positions.append(all.positions[k])
      rows.ids.append(all.ids[k])
    }
    return rows
  }

  /// The ids of the records at `positions`.
  func ids(at positions: [Int]) -> [OpportunityID] {
    records.withUnsafeBufferPointer { rs in positions.map { rs[$0].id } }
  }
}
