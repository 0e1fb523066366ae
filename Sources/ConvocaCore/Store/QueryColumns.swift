import Foundation
import Synchronization

/// The fields queries scan most, one array each beside the store's records. A scan of
/// `kind:grant` over 100,000 records read one string out of each 392-byte record: 39 MB of
/// memory traffic and a string comparison a record. Here it reads 400 KB of numbers.
///
/// The stage, flags, dates and timestamps, kind and area are built together; text fields and
/// amounts only when a query first asks for them. The store keeps them in step with every
/// change (`OpportunityStore.upsert`, `remove`), or drops them when they are shared.
struct QueryColumns: Sendable {
  /// `QueryEvaluator.stageBit` of each record's stage.
  var stageBits: [UInt8] = []
  /// Bit 1: archived; bit 2: conflict.
  var flags: [UInt8] = []
  /// Days since the epoch; `Int32.min` when there is no date.
  var deadline: [Int32] = []
  var decision: [Int32] = []
  var created: [Int64] = []
  var updated: [Int64] = []
  var kind = InternedColumn()
  var area = InternedColumn()
  /// Text fields, built when a query first reads one (see `QueryColumns.interned`).
  var texts: [TextSlot: InternedColumn] = [:]
  /// Amounts, built when a query first compares one.
  var amounts: [MoneySlot: AmountColumn] = [:]

  static let archivedBit: UInt8 = 1
  static let conflictBit: UInt8 = 2
  static let noDay = Int32.min

  /// The text fields kept as columns: those whose values repeat across records. Titles,
  /// links and descriptions are nearly all distinct and are read from the records.
  static let interned: Set<TextSlot> = [.funder, .program, .country, .owner, .beneficiary, .contact]

  /// The columns of `records`.
  init(_ records: UnsafeBufferPointer<Opportunity>) {
    let n = records.count
    stageBits.reserveCapacity(n)
    flags.reserveCapacity(n)
    deadline.reserveCapacity(n)
    decision.reserveCapacity(n)
    created.reserveCapacity(n)
    updated.reserveCapacity(n)
    // Each field read in place: handing a record to a function made the optimiser copy it
    // whole (a retain of every string), which tripled the time of this pass.
    for i in 0..<n {
      stageBits.append(QueryEvaluator.stageBit(records[i].stage))
      flags.append(
        (records[i].archived ? Self.archivedBit : 0) | (records[i].conflict ? Self.conflictBit : 0))
      deadline.append(records[i].deadline?.daysSinceEpoch ?? Self.noDay)
      decision.append(records[i].decision?.daysSinceEpoch ?? Self.noDay)
      created.append(records[i].created.seconds)
      updated.append(records[i].updated.seconds)
    }
    kind = InternedColumn(count: n) { records[$0].kind.rawValue }
    area = InternedColumn(count: n) { records[$0].area?.rawValue }
  }

  private mutating func appendScalars(_ o: Opportunity) {
    stageBits.append(QueryEvaluator.stageBit(o.stage))
    flags.append((o.archived ? Self.archivedBit : 0) | (o.conflict ? Self.conflictBit : 0))
    deadline.append(o.deadline?.daysSinceEpoch ?? Self.noDay)
    decision.append(o.decision?.daysSinceEpoch ?? Self.noDay)
    created.append(o.created.seconds)
    updated.append(o.updated.seconds)
  }

  /// Builds the text and amount columns `needs` asks for and are not built yet.
  mutating func build(_ needs: QueryColumns.Needs, _ records: UnsafeBufferPointer<Opportunity>) {
    for slot in needs.texts where texts[slot] == nil {
      texts[slot] = InternedColumn(count: records.count) { slot.get(records[$0]) }
    }
    for slot in needs.amounts where amounts[slot] == nil {
      amounts[slot] = AmountColumn(records, slot)
    }
  }

  /// Adds the values of a record appended to the store.
  mutating func append(_ o: Opportunity) {
    appendScalars(o)
    kind.append(o.kind.rawValue)
    area.append(o.area?.rawValue)
    for slot in texts.keys { texts[slot]?.append(slot.get(o)) }
    for slot in amounts.keys { amounts[slot]?.append(slot.get(o)) }
  }

  /// Sets the values of record `i`.
  mutating func set(_ i: Int, _ o: Opportunity) {
    stageBits[i] = QueryEvaluator.stageBit(o.stage)
    flags[i] = (o.archived ? Self.archivedBit : 0) | (o.conflict ? Self.conflictBit : 0)
    deadline[i] = o.deadline?.daysSinceEpoch ?? Self.noDay
    decision[i] = o.decision?.daysSinceEpoch ?? Self.noDay
    created[i] = o.created.seconds
    updated[i] = o.updated.seconds
    kind.set(i, o.kind.rawValue)
    area.set(i, o.area?.rawValue)
    for slot in texts.keys { texts[slot]?.set(i, slot.get(o)) }
    for slot in amounts.keys { amounts[slot]?.set(i, slot.get(o)) }
  }

  /// Mirrors the store's removal of record `i` (the last record moves into its place).
  mutating func remove(_ i: Int) {
    func move<T>(_ a: inout [T]) {
      a[i] = a[a.count - 1]
      a.removeLast()
    }
    move(&stageBits)
    move(&flags)
    move(&deadline)
    move(&decision)
    move(&created)
    move(&updated)
    kind.remove(i)
    area.remove(i)
    for slot in texts.keys { texts[slot]?.remove(i) }
    for slot in amounts.keys { amounts[slot]?.remove(i) }
  }

  /// The text and amount columns a query reads.
  struct Needs: Sendable {
    var texts: Set<TextSlot> = []
    var amounts: Set<MoneySlot> = []
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
      if c == nil { c = QueryColumns(records) }
      c?.build(needs, records)
      return c ?? QueryColumns(records)
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
