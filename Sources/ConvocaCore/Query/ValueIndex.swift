import Synchronization

/// The distinct values of the free-text fields (owner, funder, program, country, tags) with
/// how often each is used, for Tab completion in the tracker's filter and form. Built once
/// per store revision (see `ValueIndexCache`), so completing costs a scan of the distinct
/// values, never of the records.
public struct ValueIndex: Sendable {
  /// One distinct value as stored, its folded form and how many records use it.
  public struct Entry: Hashable, Sendable {
    /// The value as stored (the first spelling seen among those that fold alike).
    public var value: String
    /// Lower-case, accent-free form for matching.
    public var folded: String
    /// How many records hold it.
    public var count: Int
  }

  /// Per field, the values most frequent first (ties in folded alphabetical order).
  public private(set) var entries: [QueryTextField: [Entry]] = [:]

  /// Indexes the values of `fields` (all by default) over every record in `store`; each
  /// field is one pass over the records.
  public init(_ store: OpportunityStore, fields: [QueryTextField] = QueryTextField.allCases) {
    for f in fields { add(f, from: store) }
  }

  /// Whether `field` was indexed.
  public func holds(_ field: QueryTextField) -> Bool { entries[field] != nil }

  /// Indexes one more field.
  public mutating func add(_ field: QueryTextField, from store: OpportunityStore) {
    var counts: [String: Int] = [:]
    func count(_ v: String) { if !v.isEmpty { counts[v, default: 0] += 1 } }
    // By position, not `for o in records`: that copies every record (a retain per field).
    store.records.withUnsafeBufferPointer { rs in
      switch field.descriptor.access {
      case .text(let l): for i in rs.indices { count(l.get(rs[i])) }
      case .tags: for i in rs.indices { for t in rs[i].tags { count(t) } }
      default: break
      }
    }
    entries[field] = ValueIndex.ranked(counts)
  }

  /// Distinct values most used first (ties in folded alphabetical order); spellings that
  /// fold alike ("Gómez", "gomez") are one value, shown in its most used spelling.
  static func ranked(_ values: [String: Int]) -> [Entry] {
    var merged: [String: Entry] = [:]
    var best: [String: Int] = [:]
    for (value, n) in values {
      let folded = TextFolding.folded(value)
      if var e = merged[folded] {
        let b = best[folded] ?? 0
        if n > b || (n == b && value < e.value) {
          e.value = value
          best[folded] = n
        }
        e.count += n
        merged[folded] = e
      } else {
        merged[folded] = Entry(value: value, folded: folded, count: n)
        best[folded] = n
      }
    }
    return merged.values.sorted {
      $0.count != $1.count ? $0.count > $1.count : ($0.folded, $0.value) < ($1.folded, $1.value)
    }
  }

  /// The values of `field` that `partial` completes, most frequent first: those whose folded
  /// form starts with the folded `partial`, or has a word starting with it (`gom` finds
  /// "Ana Gómez"). At most `limit`; an empty `partial` gives the most frequent values.
  public func complete(_ field: QueryTextField, _ partial: String, limit: Int = 50) -> [String] {
    let p = TextFolding.folded(partial)
    var out: [String] = []
    for e in entries[field] ?? [] where ValueIndex.matches(e.folded, p) {
      out.append(e.value)
      if out.count == limit { break }
    }
    return out
  }

  /// Whether `p` starts `folded` or one of its words.
  static func matches(_ folded: String, _ p: String) -> Bool {
    if p.isEmpty || folded.hasPrefix(p) { return true }
    var previous: Character = " "
    var i = folded.startIndex
    while i < folded.endIndex {
      let c = folded[i]
      if !(previous.isLetter || previous.isNumber), c.isLetter || c.isNumber, folded[i...].hasPrefix(p) {
        return true
      }
      previous = c
      i = folded.index(after: i)
    }
    return false
  }
}

/// Remembers the `ValueIndex` of the last store seen, keyed by its revision: the tracker
/// indexes a field on the first Tab that completes it after a change, and reuses it after.
public final class ValueIndexCache: Sendable {
  private let entry = Mutex<(revision: Int, index: ValueIndex)?>(nil)

  /// Creates an empty cache.
  public init() {}

  /// The index of `store` holding at least `fields`, built only for the fields not indexed
  /// since the store last changed.
  public func index(_ store: OpportunityStore, for fields: [QueryTextField] = QueryTextField.allCases)
    -> ValueIndex
  {
    var index = ValueIndex(store, fields: [])
    if let e = entry.withLock({ $0 }), e.revision == store.revision { index = e.index }
    let missing = fields.filter { !index.holds($0) }
    guard !missing.isEmpty else { return index }
    for f in missing { index.add(f, from: store) }
    entry.withLock { $0 = (store.revision, index) }
    return index
  }
}
