import Foundation
import Synchronization

/// The fields queries scan most, one array each beside the store's records. A scan of
/// `kind:grant` over 100,000 records read one string out of each 392-byte record: 39 MB of
/// memory traffic and a string comparison a record. Here it reads 400 KB of numbers.
///
/// Each column is built when a query first needs it (so a one-off `convoca list` builds only
/// what its query reads, at about the cost of the scan it replaces), then kept in step with
/// every change to the store (`OpportunityStore.upsert`, `remove`).
struct QueryColumns: Sendable {
  /// `QueryEvaluator.stageBit` of each record's stage.
  var stageBits: [UInt8]?
  /// Bit 1: archived; bit 2: conflict.
  var flags: [UInt8]?
  /// Days since the epoch; `Int32.min` when there is no date.
  var deadline: [Int32]?
  var decision: [Int32]?
  var created: [Int64]?
  var updated: [Int64]?
  var kind: InternedColumn?
  var area: InternedColumn?
  /// Text fields (see `QueryColumns.interned`).
  var texts: [TextSlot: InternedColumn] = [:]
  var amounts: [MoneySlot: AmountColumn] = [:]

  static let archivedBit: UInt8 = 1
  static let conflictBit: UInt8 = 2
  static let noDay = Int32.min

  /// The text fields kept as columns: those whose values repeat across records. Titles,
  /// links and descriptions are nearly all distinct and are read from the records.
  static let interned: Set<TextSlot> = [.funder, .program, .country, .owner, .beneficiary, .contact]

  /// The columns that are not text or amounts.
  enum Base: Sendable, Hashable, CaseIterable {
    case stage, flags, deadline, decision, created, updated, kind, area
  }

  /// The columns a query reads.
  struct Needs: Sendable {
    var base: Set<Base> = []
    var texts: Set<TextSlot> = []
    var amounts: Set<MoneySlot> = []

    mutating func formUnion(_ other: Needs) {
      base.formUnion(other.base)
      texts.formUnion(other.texts)
      amounts.formUnion(other.amounts)
    }
  }

  init() {}

  static func flagBits(_ o: borrowing Opportunity) -> UInt8 {
    (o.archived ? archivedBit : 0) | (o.conflict ? conflictBit : 0)
  }

  /// One value per record. The closure reads its field in place: handing a record to a
  /// function made the optimiser copy it whole (a retain of every string), which tripled the
  /// time of a build.
  private static func column<T>(_ n: Int, _ value: (Int) -> T) -> [T] {
    [T](unsafeUninitializedCapacity: n) { buffer, initialized in
      for i in 0..<n { buffer.initializeElement(at: i, to: value(i)) }
      initialized = n
    }
  }

  /// Builds the columns `needs` asks for and are not built yet.
  mutating func build(_ needs: Needs, _ rs: UnsafeBufferPointer<Opportunity>) {
    let n = rs.count
    for b in needs.base {
      switch b {
      case .stage where stageBits == nil: stageBits = Self.column(n) { QueryEvaluator.stageBit(rs[$0].stage) }
      case .flags where flags == nil:
        flags = Self.column(n) {
          (rs[$0].archived ? Self.archivedBit : 0) | (rs[$0].conflict ? Self.conflictBit : 0)
        }
      case .deadline where deadline == nil:
        deadline = Self.column(n) { rs[$0].deadline?.daysSinceEpoch ?? Self.noDay }
      case .decision where decision == nil:
        decision = Self.column(n) { rs[$0].decision?.daysSinceEpoch ?? Self.noDay }
      case .created where created == nil: created = Self.column(n) { rs[$0].created.seconds }
      case .updated where updated == nil: updated = Self.column(n) { rs[$0].updated.seconds }
      case .kind where kind == nil: kind = InternedColumn(count: n) { rs[$0].kind.rawValue }
      case .area where area == nil: area = InternedColumn(count: n) { rs[$0].area?.rawValue }
      default: break
      }
    }
    for slot in needs.texts where texts[slot] == nil {
      texts[slot] = InternedColumn(count: n) { slot.get(rs[$0]) }
    }
    for slot in needs.amounts where amounts[slot] == nil {
      amounts[slot] = AmountColumn(rs, slot)
    }
  }

  /// Adds the values of a record appended to the store (to the columns that are built).
  mutating func append(_ o: Opportunity) {
    stageBits?.append(QueryEvaluator.stageBit(o.stage))
    flags?.append(Self.flagBits(o))
    deadline?.append(o.deadline?.daysSinceEpoch ?? Self.noDay)
    decision?.append(o.decision?.daysSinceEpoch ?? Self.noDay)
    created?.append(o.created.seconds)
    updated?.append(o.updated.seconds)
    kind?.append(o.kind.rawValue)
    area?.append(o.area?.rawValue)
    for slot in texts.keys { texts[slot]?.append(slot.get(o)) }
    for slot in amounts.keys { amounts[slot]?.append(slot.get(o)) }
  }

  /// Sets the values of record `i`.
  mutating func set(_ i: Int, _ o: Opportunity) {
    stageBits?[i] = QueryEvaluator.stageBit(o.stage)
    flags?[i] = Self.flagBits(o)
    deadline?[i] = o.deadline?.daysSinceEpoch ?? Self.noDay
    decision?[i] = o.decision?.daysSinceEpoch ?? Self.noDay
    created?[i] = o.created.seconds
    updated?[i] = o.updated.seconds
    kind?.set(i, o.kind.rawValue)
    area?.set(i, o.area?.rawValue)
    for slot in texts.keys { texts[slot]?.set(i, slot.get(o)) }
    for slot in amounts.keys { amounts[slot]?.set(i, slot.get(o)) }
  }

  /// Mirrors the store's removal of record `i` (the last record moves into its place).
  mutating func remove(_ i: Int) {
    func move<T>(_ a: inout [T]?) {
      guard var b = a.take() else { return }
      b[i] = b[b.count - 1]
      b.removeLast()
      a = b
    }
    move(&stageBits)
    move(&flags)
    move(&deadline)
    move(&decision)
    move(&created)
    move(&updated)
    kind?.remove(i)
    area?.remove(i)
    for slot in texts.keys { texts[slot]?.remove(i) }
    for slot in amounts.keys { amounts[slot]?.remove(i) }
  }
}

/// Amounts as floating-point numbers, with their currency numbered: a scan compares doubles
/// and goes back to the exact decimal only when the two are too close to call.
struct AmountColumn: Sendable {
  /// Each record's amount as a double; NaN when it has none.
  private(set) var values: [Double] = []
  /// Each record's currency.
  private(set) var currency = InternedColumn()

  init(_ records: UnsafeBufferPointer<Opportunity>, _ slot: MoneySlot) {
    values.reserveCapacity(records.count)
    for i in 0..<records.count { append(slot.get(records[i])) }
  }

  static func double(_ m: Money?) -> Double {
    guard let m else { return .nan }
    return Double(truncating: m.amount as NSNumber)
  }

  mutating func append(_ m: Money?) {
    values.append(Self.double(m))
    currency.append(m?.currency)
  }

  mutating func set(_ i: Int, _ m: Money?) {
    values[i] = Self.double(m)
    currency.set(i, m?.currency)
  }

  mutating func remove(_ i: Int) {
    values[i] = values[values.count - 1]
    values.removeLast()
    currency.remove(i)
  }
}

/// The store's columns, shared by copies of a store until one of them changes (which then
/// takes a box of its own), and built on a query's first need, under a lock, because
/// `filter` reads a store that may be shared across threads.
final class QueryColumnsBox: Sendable {
  private let state = Mutex<QueryColumns?>(nil)

  init() {}

  /// The columns of `records`, with those `needs` asks for, built now when missing.
  func columns(_ records: UnsafeBufferPointer<Opportunity>, _ needs: QueryColumns.Needs) -> QueryColumns {
    state.withLock { c in
      var columns = c.take() ?? QueryColumns()
      columns.build(needs, records)
      c = columns
      return columns
    }
  }

  /// A box holding the same columns (they are copied on their first change).
  func copy() -> QueryColumnsBox {
    let box = QueryColumnsBox()
    let columns = state.withLock { $0 }
    box.state.withLock { $0 = columns }
    return box
  }

  /// Applies a change to the columns, when they are built.
  func update(_ body: (inout QueryColumns) -> Void) {
    state.withLock { c in
      guard var columns = c.take() else { return }
      body(&columns)
      c = columns
    }
  }
}
