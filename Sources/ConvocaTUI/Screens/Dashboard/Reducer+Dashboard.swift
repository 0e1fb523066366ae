import ConvocaCore

extension Reducer {
  /// Keys on the dashboard screen in normal mode.
  static func dashboardKey(_ state: inout AppState, _ k: Key, data: AppData) -> [Effect] {
    if let picker = state.dashboard.picker {
      periodPickerKey(&state, picker, k, data: data)
      return []
    }
    guard let b = screenBinding(&state, k, data: data) else { return [] }
    switch b.command {
    case .down, .columnRight: moveFigure(&state, by: 1, data: data)
    case .up, .columnLeft: moveFigure(&state, by: -1, data: data)
    case .open: drill(&state, data: data)
    case .cyclePeriod:
      state.dashboard.period = state.dashboard.period.next
      DashboardState.refresh(&state, data: data)
    case .pickPeriod:
      let years = DashboardState.report(state, data: data).years.map(\.year)
      let choices = ReportPeriod.choices(years: years)
      state.dashboard.picker = (choices, choices.firstIndex(of: state.dashboard.period) ?? 0)
    default: return commonScreenKey(&state, b, data: data) ?? []
    }
    return []
  }

  /// The period picker: ↑/↓ (j/k) choose, Enter takes, Esc closes.
  static func periodPickerKey(
    _ state: inout AppState, _ picker: (choices: [ReportPeriod], index: Int), _ k: Key, data: AppData
  ) {
    var p = picker
    switch k {
    case .down, .char("j"), .tab: p.index = min(p.choices.count - 1, p.index + 1)
    case .up, .char("k"), .backTab: p.index = max(0, p.index - 1)
    case .enter:
      state.dashboard.period = p.choices[p.index]
      state.dashboard.picker = nil
      DashboardState.refresh(&state, data: data)
      return
    case .escape, .char("q"):
      state.dashboard.picker = nil
      return
    default: break
    }
    state.dashboard.picker = p
  }

  /// Moves the cursor `by` figures (in the order `PipelineReport.allFigures` lists them).
  static func moveFigure(_ state: inout AppState, by n: Int, data: AppData) {
    let figures = DashboardState.report(state, data: data).allFigures
    guard !figures.isEmpty else { return }
    let i = figures.firstIndex { $0.id == state.dashboard.selected } ?? 0
    state.dashboard.selected = figures[max(0, min(figures.count - 1, i + n))].id
  }

  /// Enter: the list, filtered to (current filter AND the figure's query); Esc comes back.
  static func drill(_ state: inout AppState, data: AppData) {
    guard let fig = DashboardState.selectedFigure(state, data: data) else { return }
    let text = Query.combining(state.filterText, fig.query, vocabulary: state.configuration.vocabulary)
    let q: Query
    do { q = try Query.parse(text, vocabulary: state.configuration.vocabulary) } catch {
      state.fail(error.message)
      return
    }
    state.dashboard.returns.append(
      DashboardState.Return(filterText: state.filterText, query: state.query, drilled: text, figure: fig.id))
    state.filterText = text
    state.query = q
    state.screen = .list
    refreshRows(&state, data: data)
    select(&state, 0)
    state.scroll = 0
  }

  /// Esc on the list after a drill-down: back to the dashboard with the filter before it.
  /// Nothing when the list was not reached by a drill-down (or its filter was changed since).
  static func backToDashboard(_ state: inout AppState, data: AppData) {
    guard let r = state.dashboard.returns.popLast() else { return }
    guard r.drilled == state.filterText else {
      state.dashboard.returns.removeAll()
      return
    }
    state.filterText = r.filterText
    state.query = r.query
    refreshRows(&state, data: data)
    state.screen = .dashboard
    state.dashboard.selected = r.figure
    enterScreen(&state, data: data)
  }
}
