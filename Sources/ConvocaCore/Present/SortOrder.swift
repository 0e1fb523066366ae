import Foundation

/// What a list is sorted by: a field of the catalogue that has a sort rule.
public struct SortField: RawRepresentable, CaseIterable, Sendable, Hashable, CustomStringConvertible {
  /// The field's name.
  public let rawValue: String
  /// How it sorts.
  public let rule: SortRule

  /// The sort field named `rawValue` exactly, if that field can be sorted by.
  public init?(rawValue: String) {
    guard let d = FieldCatalogue.named(rawValue), let r = d.sortRule else { return nil }
    self.rawValue = d.name
    rule = r
  }

  private init(known name: String) {
    // Only names of the catalogue's sortable fields reach here (the static members below).
    rawValue = name
    rule = FieldCatalogue.named(name)?.sortRule ?? .id
  }

  public static func == (a: SortField, b: SortField) -> Bool { a.rawValue == b.rawValue }
  public func hash(into h: inout Hasher) { h.combine(rawValue) }
  public var description: String { rawValue }

  /// Every sortable field, in the catalogue's sort order (the deadline, the default, first).
  public static let allCases: [SortField] = FieldCatalogue.sortable.sorted { $0.sortPlace < $1.sortPlace }.map
  {
    SortField(known: $0.name)
  }

  /// The catalogue entry.
  public var descriptor: FieldDescriptor { FieldCatalogue.named(rawValue) ?? FieldCatalogue.all[0] }

  public static let deadline = SortField(known: "deadline")
  public static let amount = SortField(known: "amount")
  public static let updated = SortField(known: "updated")
  public static let created = SortField(known: "created")
  public static let title = SortField(known: "title")
  public static let stage = SortField(known: "stage")
  public static let funder = SortField(known: "funder")
  public static let owner = SortField(known: "owner")
  public static let probability = SortField(known: "probability")
  public static let kind = SortField(known: "kind")
  public static let area = SortField(known: "area")
  public static let id = SortField(known: "id")
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

  /// Parses `deadline`, `-amount`, `amount:desc`, `title:asc` (unique prefixes accepted), or
  /// a field by any of its names in the catalogue (`monto:desc`, `responsable`).
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
    // A unique prefix of an English name, or any name of the field (`fecha límite`, `monto`).
    guard
      let name = uniquePrefixMatch(t, in: SortField.allCases.map(\.rawValue))
        ?? FieldCatalogue.resolve(t).flatMap({ $0.isSortable ? $0.name : nil }),
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
    let d = field.descriptor
    switch (field.rule, d.access) {
    case (.date(let awaitingFirst), .date(let l)):
      // With `awaitingFirst`, dates still ahead of an application come first, soonest
      // first; then the rest.
      return sorted(positions, store) { i in
        l.get(r[i])?.daysSinceEpoch
      } group: { i in
        guard awaitingFirst else { return 0 }
        let stage = r[i].stage
        return stage == .identified || stage == .preparing ? 0 : 1
      }
    case (.amount, .money(let l)):
      // With rates, amounts sort by what they are worth in the reporting currency.
      let money = store.converter.flatMap { $0.rates.isEmpty ? nil : $0 }
      return sorted(positions, store) { i in
        l.get(r[i]).map { NSDecimalNumber(decimal: money?.comparable($0) ?? $0.amount).doubleValue }
      }
    case (.instant, .timestamp(let l)): return sorted(positions, store) { i in l.get(r[i]).seconds }
    case (.foldedTitle, _):
      // Folded bytes compare in title order: the field separator (newline) sorts first.
      return sorted(positions, store) { i in FoldedBytes(bytes: store.searchKey(at: i).bytes) }
    case (.stageOrder, _): return sorted(positions, store) { i in r[i].stage.order }
    case (.text, .text(let l)):
      return sorted(positions, store) { i in
        let v = l.get(r[i])
        return v.isEmpty ? nil : v.lowercased()
      }
    case (.number, _): return sorted(positions, store) { i in r[i].probability }
    case (.word, .kind): return sorted(positions, store) { i in r[i].kind.rawValue }
    case (.word, .area):
      return sorted(positions, store) { i in r[i].area.flatMap { $0.rawValue.isEmpty ? nil : $0.rawValue } }
    case (.word, _):
      return sorted(positions, store) { i in
        let v = d.exportText(r[i])
        return v.isEmpty ? nil : v
      }
    default: return sorted(positions, store) { _ in Int?.none }
    }
  }

  private func sorted<K: Comparable>(
    _ positions: [Int], _ store: OpportunityStore, key: (Int) -> K?, group: ((Int) -> Int)? = nil
  ) -> [Int] {
    let r = store.records
    // Ties fall back to the id: as packed integers when every id packs (plain values, so the
    // sort moves no references and compares no strings), else as the ids themselves.
    var packed: [UInt64] = []
    packed.reserveCapacity(positions.count)
    for p in positions {
      guard let v = r[p].id.packed else {
        return sorted(positions, key: key, group: group) { _, p in r[p].id }
      }
      packed.append(v)
    }
    return sorted(positions, key: key, group: group) { k, _ in packed[k] }
  }

  private func sorted<K: Comparable, I: Comparable>(
    _ positions: [Int], key: (Int) -> K?, group: ((Int) -> Int)?, id: (_ k: Int, _ position: Int) -> I
  ) -> [Int] {
    var keyed = positions.enumerated().map { k, p in
      (key: key(p), group: group?(p) ?? 0, id: id(k, p), position: p)
    }
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
