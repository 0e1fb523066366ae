import ConvocaCore
import Synchronization

/// The dashboard screen's own state (the rows, filter and marks are the app's): the period,
/// the selected figure, the period picker and where a drill-down returns to.
public struct DashboardState: Sendable {
  /// Where `Esc` on the list goes back to after `Enter` drilled into a figure.
  public struct Return: Hashable, Sendable {
    /// The filter before the drill-down.
    public var filterText: String
    /// Its parsed form.
    public var query: Query
    /// The filter the drill-down set (Esc returns only while it is still in force).
    public var drilled: String
    /// The figure that was selected.
    public var figure: String?
  }

  /// The period of the period figures (`p` cycles, `P` picks).
  public var period: ReportPeriod = .thisYear
  /// The selected figure's id (`ReportFigure.id`).
  public var selected: String?
  /// The open period picker: its choices and the highlighted one.
  public var picker: (choices: [ReportPeriod], index: Int)?
  /// The drill-downs to come back from, innermost last.
  public var returns: [Return] = []
  /// The first body line shown.
  public var scroll = 0
  /// The last report, by store revision, rows and period (shared by copies of the state).
  let cache = ReportCache()

  /// A fresh dashboard screen.
  public init() {}

  /// Brings the state in line with `state.rows` and the data after a change: keeps the
  /// selected figure, or selects the first.
  static func refresh(_ state: inout AppState, data: AppData) {
    let figures = report(state, data: data).allFigures
    if let s = state.dashboard.selected, figures.contains(where: { $0.id == s }) { return }
    state.dashboard.selected = figures.first?.id
  }

  /// The report of the rows, for the current period (cached).
  static func report(_ state: AppState, data: AppData) -> PipelineReport {
    let rp = state.board.rowPositions
    let known = rp.revision == data.store.revision && rp.positions.count == state.rows.count
    return state.dashboard.cache.report(
      data.store, rows: state.rows, positions: known ? rp.positions : nil, period: state.dashboard.period,
      context: state.queryContext, fallbackCurrency: state.configuration.defaultCurrency)
  }

  /// The selected figure, if any.
  static func selectedFigure(_ state: AppState, data: AppData) -> ReportFigure? {
    let figures = report(state, data: data).allFigures
    return figures.first { $0.id == state.dashboard.selected } ?? figures.first
  }
}

/// Remembers the last report: redrawing the dashboard (every keystroke) does not compute it
/// again until the store, the rows, the period or the day change.
final class ReportCache: Sendable {
  private struct Key: Equatable {
    var revision: Int
    var rows: [OpportunityID]
    var period: ReportPeriod
    var context: QueryContext
    var converter: MoneyConverter
  }
  private let entry = Mutex<(Key, PipelineReport)?>(nil)

  func report(
    _ store: OpportunityStore, rows: [OpportunityID], positions known: [Int]? = nil, period: ReportPeriod,
    context: QueryContext, fallbackCurrency: String
  ) -> PipelineReport {
    let converter =
      store.team.converter(fallback: fallbackCurrency) ?? MoneyConverter(reporting: fallbackCurrency)
    let key = Key(
      revision: store.revision, rows: rows, period: period, context: context, converter: converter)
    if let (k, r) = entry.withLock({ $0 }), k == key { return r }
    // The rows' store positions as the list's refresh left them, else each id looked up.
    let positions = known ?? rows.compactMap { store.position(of: $0) }
    let r = PipelineReport(
      store: store, positions: positions, converter: converter, context: context, period: period)
    entry.withLock { $0 = (key, r) }
    return r
  }
}
