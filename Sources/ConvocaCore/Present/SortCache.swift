import Synchronization

/// Remembers the whole store in one sort order, so a list that re-filters on every keystroke
/// only filters: the matches are picked out of the cached order instead of sorted again.
/// Keyed by the store's revision, which every change to a store renews.
public final class SortCache: Sendable {
  private struct Entry {
    var revision: Int
    var order: SortOrder
    var positions: [Int]
  }

  private let entry = Mutex<Entry?>(nil)

  /// Creates an empty cache.
  public init() {}

  /// All positions of `store.records` in `order`.
  public func sorted(_ store: OpportunityStore, by order: SortOrder) -> [Int] {
    if let e = entry.withLock({ $0 }), e.revision == store.revision, e.order == order { return e.positions }
    let positions = order.sort(Array(store.records.indices), in: store)
    entry.withLock { $0 = Entry(revision: store.revision, order: order, positions: positions) }
    return positions
  }
}

extension OpportunityStore {
  /// Positions of the opportunities matching `q`, in `order`, using `cache` for the order
  /// and `matches` (when given) for what recent queries matched.
  public func filter(
    _ q: Query, context: QueryContext, sortedBy order: SortOrder, cache: SortCache,
    matches: FilterCache? = nil
  ) -> [Int] {
    let all = cache.sorted(self, by: order)
    if q.isEmpty { return all }
    let hits = matches?.filter(self, q, context: context) ?? filter(q, context: context)
    if hits.count < 2000 { return order.sort(hits, in: self) }
    var matched = [Bool](repeating: false, count: records.count)
    for h in hits { matched[h] = true }
    return all.filter { matched[$0] }
  }
}
