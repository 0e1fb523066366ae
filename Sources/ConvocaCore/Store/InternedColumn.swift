/// One text field of every record, each distinct value kept once: a query tests each distinct
/// value once (a few hundred funders, a dozen owners), then scans four-byte numbers instead of
/// reading a string out of every 392-byte record.
struct InternedColumn: Sendable {
  /// The number of a missing value (an optional field that is nil).
  static let none = UInt32.max

  /// Each record's value number, parallel to the store's records.
  private(set) var ids: [UInt32] = []
  /// The distinct values, by number (values no record holds any more stay until a rebuild).
  private(set) var values: [String] = []
  private var numbers: [String: UInt32] = [:]

  init() {}

  /// A column of `count` records, `value(i)` being record `i`'s value.
  init(count: Int, _ value: (Int) -> String?) {
    ids.reserveCapacity(count)
    for i in 0..<count { ids.append(number(value(i))) }
  }

  /// The number of `s`, numbering it when new.
  private mutating func number(_ s: String?) -> UInt32 {
    guard let s else { return Self.none }
    // A few values (kinds, areas, owners): compared in turn, which is quicker than hashing,
    // as equal strings loaded from the file share their storage and compare at once.
    if values.count <= 8 {
      for k in values.indices where values[k] == s { return UInt32(k) }
    } else if let n = numbers[s] {
      return n
    }
    let n = UInt32(values.count)
    values.append(s)
    numbers[s] = n
    return n
  }

  /// Adds the value of a record appended to the store.
  mutating func append(_ s: String?) { ids.append(number(s)) }

  /// Sets the value of record `i`. When dead values outnumber live records, the table is
  /// rebuilt, so a long session of edits never makes queries test values nobody holds.
  mutating func set(_ i: Int, _ s: String?) {
    ids[i] = number(s)
    if values.count > 2 * ids.count + 64 { renumber() }
  }

  /// Mirrors the store's removal of record `i`: the last record moves into its place.
  mutating func remove(_ i: Int) {
    ids[i] = ids[ids.count - 1]
    ids.removeLast()
  }

  private mutating func renumber() {
    let old = values
    values = []
    numbers = [:]
    for k in ids.indices where ids[k] != Self.none { ids[k] = number(old[Int(ids[k])]) }
  }

  /// For each value number, whether `test` holds for that value (each value tested once).
  func table(_ test: (String) -> Bool) -> [Bool] { values.map(test) }
}
