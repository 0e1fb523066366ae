import ConvocaCore
import Foundation

/// The board screen's own state (the rows, filter and marks are the app's): the rows grouped
/// into one column per stage, each column's totals, the cursor and each column's scroll.
///
/// The selected card is also the app's `selection` (so Enter, Space, moves, notes and edits
/// reuse the list's machinery); on an empty column the board has no card and refuses them.
public struct BoardState: Hashable, Sendable {
  /// The stages, one column each, left to right.
  public static let stages = Stage.allCases

  /// The column with the cursor (an index into `stages`).
  public internal(set) var column = 0
  /// Whether the closed stages (won, lost, dropped) are folded to narrow columns.
  public internal(set) var folded = false
  /// Per column, the positions in `state.rows` of its cards, in the rows' order.
  public internal(set) var cards: [[Int]] = Array(repeating: [], count: stages.count)
  /// Per column, the converted total of its cards' amounts (awarded when set, as the list).
  public internal(set) var totals: [MoneyTotal] = Array(
    repeating: MoneyTotal(reporting: "USD"), count: stages.count)
  /// Per column, the selected card's index in `cards` (kept when the cursor leaves it).
  var index: [Int] = Array(repeating: 0, count: stages.count)
  /// Per column, the selected card's id (to find it again after the rows change).
  var remembered: [OpportunityID?] = Array(repeating: nil, count: stages.count)
  /// Per column, the first card shown.
  var scroll: [Int] = Array(repeating: 0, count: stages.count)
  /// The card last given to the app's selection (nil before the board was first shown).
  var synced: OpportunityID?
  /// The store positions of `state.rows`, as the list's refresh found them, and the store
  /// revision they belong to (the board groups by them without looking every id up).
  var rowPositions = RowPositions()

  /// Where the rows are in the store, for one store revision.
  struct RowPositions: Hashable, Sendable {
    var revision = -1
    var positions: [Int] = []
  }

  /// A fresh board screen.
  public init() {}

  /// The column of a stage (a switch: `allCases` would build an array per call).
  @inline(__always) static func column(of stage: Stage) -> Int {
    switch stage {
    case .identified: return 0
    case .preparing: return 1
    case .applied: return 2
    case .won: return 3
    case .lost: return 4
    case .dropped: return 5
    }
  }

  /// Whether `column` is folded now.
  public func isFolded(_ column: Int) -> Bool { folded && !BoardState.stages[column].isOpen }

  /// The selected card's position in `state.rows`, or nil when the cursor is on an empty
  /// column.
  public var selectedRow: Int? {
    let c = cards[column]
    return c.indices.contains(index[column]) ? c[index[column]] : nil
  }

  // MARK: - Refreshing

  /// Brings the state in line with `state.rows` and the data after a change: groups the rows
  /// by stage in one pass, totals each column, and keeps the cursor on the same card when it
  /// is still shown (following it into its new column after a move, or to the card the list
  /// or the detail selected meanwhile); else on the same place in the same column.
  static func refresh(_ state: inout AppState, data: AppData) {
    var b = state.board
    let old = b.remembered
    b.group(state.rows, data: data, fallback: state.configuration.defaultCurrency)
    let rows = state.rows
    let store = data.store
    func find(_ id: OpportunityID?) -> (column: Int, index: Int)? {
      guard let id, let stage = store[id]?.stage else { return nil }
      let c = BoardState.column(of: stage)
      guard let i = b.cards[c].firstIndex(where: { rows[$0] == id }) else { return nil }
      return (c, i)
    }
    // Each column's remembered card, found again (else the same place).
    for c in b.cards.indices {
      if let id = old[c], let i = b.cards[c].firstIndex(where: { rows[$0] == id }) { b.index[c] = i }
      b.index[c] = max(0, min(b.index[c], b.cards[c].count - 1))
    }
    let selected = state.selection?.id
    let lastShown = find(b.synced)
    let onEmpty = b.synced != nil && old[b.column] == nil
    var follow: OpportunityID?
    if b.synced == nil || selected != b.synced {
      // First time, or the list / detail selected another card: go to it.
      // (When the card shown last left the rows, the list's replacement is no choice.)
      if b.synced == nil || lastShown != nil { follow = selected }
    } else if !onEmpty, lastShown != nil {
      follow = selected
    }
    if let spot = find(follow) {
      b.column = spot.column
      b.index[spot.column] = spot.index
      if b.isFolded(spot.column) { b.folded = false }
    }
    if b.isFolded(b.column) { b.column = column(of: .applied) }
    state.board = b
    sync(&state)
  }

  /// Groups `rows` into the columns and totals each. The rows' positions in the store come
  /// from the list's last refresh (`rowPositions`, when made for this store); the records
  /// are then read in storage order (one sequential pass) and the rows in theirs (cheap):
  /// looking 100,000 ids up, or reading records in sorted order, costs far more.
  mutating func group(_ rows: [OpportunityID], data: AppData, fallback: String) {
    let store = data.store
    let records = store.records
    let n = BoardState.stages.count
    let positions: [Int] =
      rowPositions.revision == store.revision && rowPositions.positions.count == rows.count
      ? rowPositions.positions : rows.map { store.position(of: $0) ?? -1 }
    var column = [UInt8](repeating: UInt8.max, count: records.count)
    for p in positions where p >= 0 { column[p] = 0 }
    // Same-currency sums first, converted once per currency below. Whole amounts (nearly
    // all) add as integers: a Decimal addition costs about a microsecond, 100 ms for 100,000.
    var currencies: [String] = []
    var whole: [[Int64]] = Array(repeating: [], count: n)
    var sums: [[String: Decimal]] = Array(repeating: [:], count: n)
    var counts = Array(repeating: 0, count: n)
    var last = -1
    for p in records.indices where column[p] == 0 {
      let c = BoardState.column(of: records[p].stage)
      column[p] = UInt8(c)
      guard let m = records[p].awarded ?? records[p].amount else { continue }
      counts[c] += 1
      if let v = BoardState.wholeAmount(m.amount) {
        if last < 0 || currencies[last] != m.currency {
          last = currencies.firstIndex(of: m.currency) ?? currencies.count
          if last == currencies.count {
            currencies.append(m.currency)
            for k in 0..<n { whole[k].append(0) }
          }
        }
        let (sum, overflow) = whole[c][last].addingReportingOverflow(v)
        if !overflow {
          whole[c][last] = sum
          continue
        }
      }
      sums[c][m.currency, default: 0] += m.amount
    }
    var cards: [[Int]] = Array(repeating: [], count: n)
    for (i, p) in positions.enumerated() where p >= 0 { cards[Int(column[p])].append(i) }
    for c in 0..<n {
      for (k, v) in whole[c].enumerated() where v != 0 { sums[c][currencies[k], default: 0] += Decimal(v) }
    }
    let converter =
      store.converter ?? store.team.converter(fallback: fallback) ?? MoneyConverter(reporting: fallback)
    var totals: [MoneyTotal] = []
    for c in sums.indices {
      var t = converter.newTotal()
      for (currency, amount) in sums[c].sorted(by: { $0.key < $1.key }) {
        t.add(Money(amount, currency), converter)
      }
      t.count = counts[c]
      totals.append(t)
    }
    self.cards = cards
    self.totals = totals
  }

  /// `d` as an integer when it is a whole number below 10^15 (exact in a Double, so the
  /// conversion through one is exact); nil otherwise (it is then added as a Decimal).
  static func wholeAmount(_ d: Decimal) -> Int64? {
    guard d.exponent >= 0, d.exponent <= 15 else { return nil }
    let v = Double(truncating: d as NSNumber)
    guard v.magnitude < 1e15, v == v.rounded() else { return nil }
    return Int64(v)
  }

  /// Gives the selected card to the app's selection (nothing on an empty column) and keeps
  /// it in view.
  static func sync(_ state: inout AppState) {
    var b = state.board
    if let row = b.selectedRow, state.rows.indices.contains(row) {
      let id = state.rows[row]
      state.selection = AppState.Selection(id: id, index: row)
      b.remembered[b.column] = id
      b.synced = id
    } else {
      b.remembered[b.column] = nil
    }
    let visible = BoardLayout(state: state).visibleCards
    for c in b.cards.indices {
      let i = b.index[c]
      if i < b.scroll[c] { b.scroll[c] = i }
      if i >= b.scroll[c] + visible { b.scroll[c] = i - visible + 1 }
      b.scroll[c] = max(0, min(b.scroll[c], b.cards[c].count - visible))
    }
    state.board = b
  }
}
