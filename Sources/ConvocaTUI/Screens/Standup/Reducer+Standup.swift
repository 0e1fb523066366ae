import ConvocaCore

extension Reducer {
  /// Keys on the standup screen in normal mode: `Tab`/`Shift-Tab` walk the people, ↑/↓
  /// select a call of the current person, `Enter` opens it, the move, note and edit keys act
  /// on it, `F` finishes the standup (after a y/n question) and `S` shows the summary.
  static func standupKey(_ state: inout AppState, _ k: Key, data: AppData) -> [Effect] {
    if state.standup.confirmingFinish {
      state.standup.confirmingFinish = false
      guard k == .char("y") || k == .char("Y") || k == .enter else {
        state.inform(Strings.tuiStandupNotFinished)
        return []
      }
      return finishStandup(&state, data: data)
    }
    guard let b = Keymap.binding(for: k, in: .standup) else { return [] }
    if let why = Keymap.disabledReason(b, state: state, data: data) {
      state.fail(why)
      return []
    }
    if state.standup.agenda == nil { StandupState.refresh(&state, data: data) }
    let count = state.standup.itemCount
    switch b.command {
    case .nextPerson, .previousPerson:
      if state.standup.showsSummary {
        state.standup.showsSummary = false
      } else {
        state.standup.turn(by: b.command == .nextPerson ? 1 : -1, now: data.now)
      }
    case .up: selectStandupRow(&state, state.standup.row - 1)
    case .down: selectStandupRow(&state, state.standup.row + 1)
    case .top: selectStandupRow(&state, 0)
    case .bottom: selectStandupRow(&state, count - 1)
    case .standupSummary: state.standup.showsSummary.toggle()
    case .close: state.standup.showsSummary = false
    case .finishStandup:
      if let why = data.readOnlyReason ?? (data.isReadOnly ? Strings.tuiReadOnlyUnknown : nil) {
        state.fail(Strings.tuiReadOnly(why))
        return []
      }
      state.standup.confirmingFinish = true
    case .open, .edit, .moveNext, .movePrevious, .stageMenu, .note:
      guard !state.standup.showsSummary, let id = state.standup.selectedID, let o = data.store[id] else {
        state.fail(Strings.tuiNothingSelected)
        return []
      }
      if b.command == .open {
        state.mode = .detail(DetailState(id: id))
        return []
      }
      if data.isReadOnly {
        state.fail(Strings.tuiReadOnly(data.readOnlyReason ?? Strings.tuiReadOnlyUnknown))
        return []
      }
      if b.command == .edit {
        state.mode = .form(FormState.edit(o, dateOrder: state.configuration.dateOrder))
        return []
      }
      return change(&state, b.command, data: data, ids: [id])
    default:
      return commonScreenKey(&state, b, data: data) ?? []
    }
    return []
  }

  /// Selects row `index` (clamped) of the current person's page and scrolls it into view.
  static func selectStandupRow(_ state: inout AppState, _ index: Int) {
    let count = state.standup.itemCount
    state.standup.row = max(0, min(index, count - 1))
    let h = max(1, StandupView.pageHeight(state.layout.body))
    if state.standup.row < state.standup.scroll { state.standup.scroll = state.standup.row }
    if state.standup.row >= state.standup.scroll + h { state.standup.scroll = state.standup.row - h + 1 }
  }

  /// `F` confirmed: records the standup (its `at` and `by` are stamped by the database as
  /// it writes) and shows the summary of the walk.
  static func finishStandup(_ state: inout AppState, data: AppData) -> [Effect] {
    let since = state.standup.agenda?.since ?? StandupState.since(state, data: data)
    let record = StandupRecord(at: data.now, by: state.configuration.user, since: since)
    state.standup.finish(now: data.now)
    return [.perform([.team(.standup(record))], description: Strings.tuiStandupRecorded)]
  }
}
