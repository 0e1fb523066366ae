import ConvocaCore

extension Reducer {
  // MARK: - Rows

  /// Filters and sorts the store into `rows`, keeping the selection on the same
  /// opportunity when it is still shown (else on the same row number).
  static func refreshRows(_ state: inout AppState, data: AppData) {
    let store = data.store
    let rows = store.rows(
      state.query.hidingArchived, context: state.queryContext, sortedBy: state.sort, cache: state.sortCache,
      matches: state.filterCache)
    let positions = rows.positions
    state.rows = rows.ids
    state.board.rowPositions = BoardState.RowPositions(revision: store.revision, positions: positions)
    if !state.marks.isEmpty { state.marks = state.marks.filter(store.contains) }
    if let sel = state.selection, let i = state.rows.firstIndex(of: sel.id) {
      state.selection = AppState.Selection(id: sel.id, index: i)
      clampScroll(&state)
    } else {
      select(&state, state.selection?.index ?? 0)
    }
    if state.screen == .board { BoardState.refresh(&state, data: data) }
    if state.screen == .standup { StandupState.refresh(&state, data: data) }
  }

  // MARK: - Answers from the app loop

  static func dataChanged(_ state: inout AppState, _ change: DataChange, data: AppData) -> [Effect] {
    switch change {
    case .saved(let ids, let message):
      refreshRows(&state, data: data)
      if let id = state.pendingSelection, ids.contains(id), let i = state.rows.firstIndex(of: id) {
        select(&state, i)
      }
      state.pendingSelection = nil
      state.fileStatus = fileStatus(state, data: data, otherwise: .saved)
      // A tick's retry wrote the edits while `q` was asking about them: nothing to ask now.
      if case .confirm(let c) = state.mode, case .unsavedQuit = c.purpose, !data.hasUnsavedChanges {
        state.mode = .normal
      }
      if !message.isEmpty { state.inform(message) }
    case .failed(let text):
      state.pendingSelection = nil
      refreshRows(&state, data: data)
      if let why = data.readOnlyReason {
        state.fileStatus = .readOnly(why)
      } else if data.hasUnsavedChanges {
        state.fileStatus = .unsaved(text)
      }
      state.fail(Strings.tuiFailed(text))
    case .external(let changed, let reloaded):
      refreshRows(&state, data: data)
      state.fileStatus = fileStatus(state, data: data, otherwise: .reloaded(changed: changed.count))
      _ = reloaded
      noticeExternal(&state, changed, data: data)
    case .warning(let text):
      state.fail(text)
    case .stillUnsaved(let text):
      if data.readOnlyReason == nil, data.hasUnsavedChanges { state.fileStatus = .unsaved(text) }
    case .copied:
      return [.quit]
    }
    return []
  }

  /// What the status line says about the file: read-only, unsaved (keeping the last reason),
  /// or `otherwise`.
  static func fileStatus(_ state: AppState, data: AppData, otherwise: AppState.FileStatus)
    -> AppState.FileStatus
  {
    if let why = data.readOnlyReason { return .readOnly(why) }
    if data.hasUnsavedChanges {
      if case .unsaved = state.fileStatus { return state.fileStatus }
      return .unsaved(Strings.tuiUnsavedUnknown)
    }
    return otherwise
  }

  /// Tells an open form or detail view that its record changed (or went away).
  static func noticeExternal(_ state: inout AppState, _ changed: Set<OpportunityID>, data: AppData) {
    switch state.mode {
    case .form(var f):
      if let id = f.editedID, changed.contains(id) {
        f.changedElsewhere = true
        state.mode = .form(f)
        state.fail(Strings.tuiChangedElsewhere)
      }
    case .confirm(let c):
      if case .discardForm(var f) = c.purpose, let id = f.editedID, changed.contains(id) {
        f.changedElsewhere = true
        state.mode = .confirm(ConfirmState(.discardForm(f)))
      }
    case .detail(var d):
      if !data.store.contains(d.id) {
        state.mode = .normal
        state.fail(Strings.tuiGoneElsewhere)
      } else {
        clampDetail(&d, state: state, data: data)
        state.mode = .detail(d)
      }
    default: break
    }
  }

  static func editorFinished(_ state: inout AppState, _ text: String?, data: AppData) -> [Effect] {
    guard var text else {
      state.fail(Strings.tuiEditorFailed)
      return []
    }
    if text.hasSuffix("\n") { text.removeLast() }
    switch state.mode {
    case .form(var f):
      if let i = f.index(of: .description) {
        f.entries[i].editor.set(text)
        f.focus = i
        validate(&f.entries[i], state)
      }
      state.mode = .form(f)
    case .prompt(var p):
      p.editor.set(text)
      state.mode = .prompt(p)
    default: break
    }
    return []
  }
}
