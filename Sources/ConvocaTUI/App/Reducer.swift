import ConvocaCore

/// The only place state changes: applies `action` to `state`, reading the data through
/// `data`, and returns the effects the app loop must run (each answered with an action).
@discardableResult
public func reduce(_ state: inout AppState, _ action: Action, data: AppData) -> [Effect] {
  Reducer.reduce(&state, action, data: data)
}

/// The reducer's parts, one extension per mode.
enum Reducer {
  // MARK: - Entry

  static func reduce(_ state: inout AppState, _ action: Action, data: AppData) -> [Effect] {
    switch action {
    case .tick:
      state.ticks += 1
      if let s = state.status, s.expires <= state.ticks { state.status = nil }
      warmCompletion(state, data: data)
      return []
    case .resize(let w, let h):
      state.width = max(0, w)
      state.height = max(0, h)
      clampScroll(&state)
      if state.screen == .board { BoardState.sync(&state) }
      if case .detail(var d) = state.mode {
        clampDetail(&d, state: state, data: data)
        state.mode = .detail(d)
      }
      return []
    case .key(let k):
      if state.isTooSmall {
        // Nothing can be seen: only quitting from the list makes sense.
        if case .normal = state.mode, k == .char("q") { return quit(&state, data: data) }
        return []
      }
      return key(&state, k, data: data)
    case .dataChanged(let change):
      return dataChanged(&state, change, data: data)
    case .editorFinished(let text):
      return editorFinished(&state, text, data: data)
    case .linkOpened(let outcome):
      linkOpened(&state, outcome)
      return []
    case .fileWritten(let outcome):
      fileWritten(&state, outcome)
      return []
    case .fileRead(let path, let outcome):
      return fileRead(&state, path: path, outcome, data: data)
    case .sync(let e):
      return syncEvent(&state, e, data: data)
    }
  }

  static func key(_ state: inout AppState, _ k: Key, data: AppData) -> [Effect] {
    switch state.mode {
    case .normal:
      switch state.screen {
      case .list: return listKey(&state, k, data: data)
      case .board: return boardKey(&state, k, data: data)
      case .dashboard: return dashboardKey(&state, k, data: data)
      case .standup: return standupKey(&state, k, data: data)
      }
    case .filtering(let f): return filterKey(&state, f, k, data: data)
    case .detail(let d): return detailKey(&state, d, k, data: data)
    case .form(let f): return formKey(&state, f, k, data: data)
    case .menu(let m): return menuKey(&state, m, k, data: data)
    case .prompt(let p): return promptKey(&state, p, k, data: data)
    case .confirm(let c): return confirmKey(&state, c, k, data: data)
    case .help(let h): return helpKey(&state, h, k, data: data)
    case .commandLine(let c): return commandLineKey(&state, c, k, data: data)
    case .review(let r): return reviewKey(&state, r, k, data: data)
    }
  }

  // MARK: - List

  static func listKey(_ state: inout AppState, _ k: Key, data: AppData) -> [Effect] {
    guard let b = Keymap.binding(for: k, in: .list) else { return [] }
    if let why = Keymap.disabledReason(b, state: state, data: data) {
      state.fail(why)
      return []
    }
    let page = max(1, state.layout.list.height - 1)
    let index = state.selection?.index ?? 0
    switch b.command {
    case .up: select(&state, index - 1)
    case .down: select(&state, index + 1)
    case .pageUp: select(&state, index - page)
    case .pageDown: select(&state, index + page)
    case .top: select(&state, 0)
    case .bottom: select(&state, state.rows.count - 1)
    case .showList, .showBoard, .showDashboard, .showStandup: showScreen(&state, b.command, data: data)
    case .filter: state.mode = .filtering(FilterEditor(text: state.filterText, query: state.query))
    case .open:
      if let id = state.selection?.id { state.mode = .detail(DetailState(id: id)) }
    case .add: state.mode = .form(FormState.add(configuration: state.configuration))
    case .mark:
      if let sel = state.selection {
        if state.marks.remove(sel.id) == nil { state.marks.insert(sel.id) }
        select(&state, sel.index + 1)
      }
    case .clearMarks:
      state.marks.removeAll()
      state.inform(Strings.tuiMarksCleared)
    case .markAll:
      if !state.rows.isEmpty && state.rows.allSatisfy(state.marks.contains) {
        state.marks.removeAll()
        state.inform(Strings.tuiMarksCleared)
      } else if state.rows.isEmpty && !state.marks.isEmpty {
        state.marks.removeAll()
        state.inform(Strings.tuiMarksCleared)
      } else {
        state.marks.formUnion(state.rows)
        state.inform(Strings.tuiMarked(state.marks.count))
      }
    case .sort: state.mode = .menu(MenuState.sort(current: state.sort))
    case .copyID:
      if let id = state.selection?.id { return copyID(&state, id) }
    case .openURL:
      if let id = state.selection?.id { return openURL(&state, id, data: data) }
    case .columns: state.mode = .menu(MenuState.columns(current: state.columns))
    case .merge: askMerge(&state, data: data)
    case .reviewConflict:
      if let id = state.selection?.id { openReview(&state, id, back: nil, data: data) }
    case .saveView: state.mode = .prompt(PromptState(.saveView(replacing: nil)))
    case .views: showViews(&state, data: data)
    case .commandLine: openCommandLine(&state)
    case .sync: return startSync(&state, auto: false, data: data)
    case .arrivals: showArrivals(&state)
    case .help: state.mode = .help(HelpState(context: .list))
    case .quit: return quit(&state, data: data)
    case .cancel: backToDashboard(&state, data: data)
    default: return change(&state, b.command, data: data)
    }
    return []
  }

  /// `q`: leaves, unless a failed save left edits in memory: then asks (retry, save a copy
  /// elsewhere, or quit and lose them).
  static func quit(_ state: inout AppState, data: AppData) -> [Effect] {
    guard data.hasUnsavedChanges, !data.isReadOnly else { return [.quit] }
    let why: String = {
      if case .unsaved(let why) = state.fileStatus { return why }
      return Strings.tuiUnsavedUnknown
    }()
    state.mode = .confirm(ConfirmState(.unsavedQuit(why)))
    return []
  }

  /// The commands shared by the list and the detail view: edit, moves, notes, undo. With
  /// marks, they apply to the marked rows shown; when the filter hides some, it asks first
  /// (`ids` is the answer: the rows to act on).
  static func change(
    _ state: inout AppState, _ command: KeyCommand, data: AppData, ids chosen: [OpportunityID]? = nil
  ) -> [Effect] {
    let batch: Set<KeyCommand> = [.moveNext, .movePrevious, .stageMenu, .note, .delete, .archive]
    if chosen == nil, batch.contains(command), !isDetail(state), !state.marks.isEmpty {
      let visible = state.rows.filter(state.marks.contains)
      let hidden = state.marks.subtracting(visible).sorted()
      if !hidden.isEmpty {
        state.mode = .confirm(ConfirmState(.hiddenMarks(command, visible: visible, hidden: hidden)))
        return []
      }
    }
    let ids = chosen ?? targets(state)
    switch command {
    case .edit:
      let id: OpportunityID? = {
        if case .detail(let d) = state.mode { return d.id }
        return state.selection?.id ?? ids.first
      }()
      guard let id, let o = data.store[id] else {
        state.fail(Strings.tuiNothingSelected)
        return []
      }
      state.mode = .form(FormState.edit(o, dateOrder: state.configuration.dateOrder))
    case .moveNext: return step(&state, ids, forward: true, data: data)
    case .movePrevious: return step(&state, ids, forward: false, data: data)
    case .stageMenu:
      let stages = Set(ids.compactMap { data.store[$0]?.stage })
      state.mode = .menu(MenuState.stage(targets: ids, current: stages.count == 1 ? stages.first : nil))
    case .note: state.mode = .prompt(PromptState(.note(targets: ids)))
    case .undo: return [.undo]
    case .redo: return [.redo]
    case .delete: askDelete(&state, ids, data: data)
    case .archive: return toggleArchive(&state, ids, data: data)
    default: break
    }
    return []
  }

  // MARK: - Selection and scrolling

  /// Selects row `index` (clamped) and scrolls it into view.
  static func select(_ state: inout AppState, _ index: Int) {
    guard !state.rows.isEmpty else {
      state.selection = nil
      state.scroll = 0
      return
    }
    let i = max(0, min(index, state.rows.count - 1))
    state.selection = AppState.Selection(id: state.rows[i], index: i)
    clampScroll(&state)
  }

  /// Keeps the selected row visible and the scroll within the rows.
  static func clampScroll(_ state: inout AppState) {
    let h = max(1, state.layout.list.height)
    if let i = state.selection?.index {
      if i < state.scroll { state.scroll = i }
      if i >= state.scroll + h { state.scroll = i - h + 1 }
    }
    state.scroll = max(0, min(state.scroll, max(0, state.rows.count - h)))
  }

  /// The opportunities an action applies to: the detail's, else the marked ones shown (in
  /// list order), else the selected one.
  static func targets(_ state: AppState) -> [OpportunityID] {
    if case .detail(let d) = state.mode { return [d.id] }
    if !state.marks.isEmpty { return state.rows.filter(state.marks.contains) }
    return state.selection.map { [$0.id] } ?? []
  }

  static func isDetail(_ state: AppState) -> Bool {
    if case .detail = state.mode { return true }
    return false
  }
}

// MARK: - Status line

extension AppState {
  /// Shows information in the status line.
  mutating func inform(_ text: String) {
    status = StatusMessage(text: text, kind: .info, expires: ticks + AppState.messageTicks)
  }

  /// Shows a refusal or an error in the status line.
  mutating func fail(_ text: String) {
    status = StatusMessage(text: text, kind: .error, expires: ticks + AppState.messageTicks * 2)
  }
}
