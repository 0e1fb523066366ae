import ConvocaCore

extension Reducer {
  /// Keys on the board screen in normal mode. The selected card is the app's selection, so
  /// opening, marking, moving (`>` / `<`, won asking for the awarded amount), the stage
  /// menu, notes, edits and undo are the list's; after a move the data change refreshes the
  /// board and the cursor follows the card into its new column.
  static func boardKey(_ state: inout AppState, _ k: Key, data: AppData) -> [Effect] {
    guard let b = screenBinding(&state, k, data: data) else { return [] }
    if let effects = commonScreenKey(&state, b, data: data) { return effects }
    // The detail's ] / [ may have selected another card meanwhile: go to it first.
    if state.selection?.id != state.board.synced { BoardState.refresh(&state, data: data) }
    let board = state.board
    let index = board.index[board.column]
    let count = board.cards[board.column].count
    let page = max(1, BoardLayout(state: state).visibleCards)
    let id = board.selectedRow.flatMap { state.rows.indices.contains($0) ? state.rows[$0] : nil }
    // On an empty column nothing is selected: only marks give moves and notes something.
    let batch: Set<KeyCommand> = [.moveNext, .movePrevious, .stageMenu, .note]
    let single: Set<KeyCommand> = [.open, .mark, .edit, .copyID, .openURL]
    if id == nil, single.contains(b.command) || (batch.contains(b.command) && state.marks.isEmpty) {
      state.fail(Strings.tuiNothingSelected)
      return []
    }
    switch b.command {
    case .up: selectCard(&state, index - 1)
    case .down: selectCard(&state, index + 1)
    case .pageUp: selectCard(&state, index - page)
    case .pageDown: selectCard(&state, index + page)
    case .top: selectCard(&state, 0)
    case .bottom: selectCard(&state, count - 1)
    case .columnLeft: moveColumn(&state, by: -1)
    case .columnRight: moveColumn(&state, by: 1)
    case .foldClosed: toggleFold(&state)
    case .open:
      if let id { state.mode = .detail(DetailState(id: id)) }
    case .mark:
      if let id {
        if state.marks.remove(id) == nil { state.marks.insert(id) }
        selectCard(&state, index + 1)
      }
    case .clearMarks:
      state.marks.removeAll()
      state.inform(Strings.tuiMarksCleared)
    case .copyID:
      if let id { return copyID(&state, id) }
    case .openURL:
      if let id { return openURL(&state, id, data: data) }
    default: return change(&state, b.command, data: data)
    }
    return []
  }

  /// Puts the cursor on card `index` (clamped) of the current column.
  static func selectCard(_ state: inout AppState, _ index: Int) {
    let c = state.board.column
    state.board.index[c] = max(0, min(index, state.board.cards[c].count - 1))
    BoardState.sync(&state)
  }

  /// `h` / `l`: the next column that is not folded in that direction (empty ones included,
  /// with the cursor shown on their placeholder), on the card selected there last.
  static func moveColumn(_ state: inout AppState, by step: Int) {
    var c = state.board.column + step
    while BoardState.stages.indices.contains(c), state.board.isFolded(c) { c += step }
    guard BoardState.stages.indices.contains(c) else { return }
    state.board.column = c
    BoardState.sync(&state)
  }

  /// `z`: folds the closed stages to narrow columns, or unfolds them; a cursor on a closed
  /// column moves to applied.
  static func toggleFold(_ state: inout AppState) {
    state.board.folded.toggle()
    if state.board.isFolded(state.board.column) {
      state.board.column = BoardState.column(of: .applied)
    }
    BoardState.sync(&state)
    state.inform(state.board.folded ? Strings.tuiBoardFolded : Strings.tuiBoardUnfolded)
  }
}
