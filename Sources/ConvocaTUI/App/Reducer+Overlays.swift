import ConvocaCore

extension Reducer {
  // MARK: - Detail

  static func detailKey(_ state: inout AppState, _ d: DetailState, _ k: Key, data: AppData) -> [Effect] {
    var d = d
    guard let b = Keymap.binding(for: k, in: .detail) else { return [] }
    if let why = Keymap.disabledReason(b, state: state, data: data) {
      state.fail(why)
      return []
    }
    let page = max(1, state.layout.body.height - 2)
    switch b.command {
    case .close:
      state.mode = .normal
      // `]` / `[` may have selected another call: the board's cursor goes to it.
      if state.screen == .board, state.selection?.id != state.board.synced {
        BoardState.refresh(&state, data: data)
      }
      return []
    case .up: d.scroll -= 1
    case .down: d.scroll += 1
    case .pageUp: d.scroll -= page
    case .pageDown: d.scroll += page
    case .top: d.scroll = 0
    case .bottom: d.scroll = Int.max / 2
    case .help:
      state.mode = .help(HelpState(context: .detail, detail: d))
      return []
    case .nextCall, .previousCall:
      return stepDetail(&state, d, forward: b.command == .nextCall, data: data)
    case .copyID: return copyID(&state, d.id)
    case .reviewConflict:
      openReview(&state, d.id, back: d, data: data)
      return []
    case .openURL: return openURL(&state, d.id, data: data)
    case .editNote, .deleteNote:
      return pickNote(&state, d, delete: b.command == .deleteNote, data: data)
    default: return change(&state, b.command, data: data)
    }
    clampDetail(&d, state: state, data: data)
    state.mode = .detail(d)
    return []
  }

  /// The detail's text, wrapped to the body's width. Each text longer than
  /// `detailFieldLimit` bytes is cut there with a note of its full size: wrapping a 10 MB
  /// description on every frame and key would freeze the tracker (the form and `$EDITOR`
  /// still edit all of it).
  static func detailLines(_ id: OpportunityID, state: AppState, data: AppData) -> [String] {
    guard var o = data.store[id] else { return [] }
    let cut = { (s: String) -> String in
      guard s.utf8.count > detailFieldLimit else { return s }
      return String(s.prefix(detailFieldLimit)) + " " + Strings.tuiMoreText(s.utf8.count)
    }
    o.title = cut(o.title)
    o.description = cut(o.description)
    o.funder = cut(o.funder)
    o.program = cut(o.program)
    o.country = cut(o.country)
    o.owner = cut(o.owner)
    o.url = cut(o.url)
    o.contact = cut(o.contact)
    for i in o.notes.indices { o.notes[i].text = cut(o.notes[i].text) }
    return DetailText.lines(o, today: state.today, width: max(10, state.layout.body.width - 2))
  }

  /// The most of one text the detail view wraps (bytes; about fifty screen lines).
  static let detailFieldLimit = 8_192

  /// Keeps the detail's scroll within its text.
  static func clampDetail(_ d: inout DetailState, state: AppState, data: AppData) {
    let total = detailLines(d.id, state: state, data: data).count
    // The conflict banner takes the body's first row.
    let banner = data.store[d.id]?.conflict == true ? 1 : 0
    d.scroll = max(0, min(d.scroll, total - max(1, state.layout.body.height - banner)))
  }

  // MARK: - Confirmations

  static func confirmKey(_ state: inout AppState, _ c: ConfirmState, _ k: Key, data: AppData) -> [Effect] {
    switch (c.purpose, Keymap.binding(for: k, in: state.keymapContext)?.command) {
    case (.discardForm, .yes?):
      state.mode = .normal
      state.inform(Strings.tuiDiscarded)
    case (.discardForm(let f), .no?), (.conflict(let f, _), .cancel?):
      state.mode = .form(f)
    case (.conflict(let f, let conflicts), .keepMine?):
      return resolve(&state, f, conflicts, keepMine: true, data: data)
    case (.conflict(let f, let conflicts), .keepTheirs?):
      return resolve(&state, f, conflicts, keepMine: false, data: data)
    case (.unsavedQuit, .retrySave?):
      state.mode = .normal
      return [.retrySave(thenQuit: true)]
    case (.unsavedQuit, .saveElsewhere?):
      state.mode = .prompt(PromptState(.savePath))
    case (.unsavedQuit, .quitAndLose?):
      return [.quit]
    case (.unsavedQuit, .cancel?), (.hiddenMarks, .cancel?), (.merge, .cancel?):
      state.mode = .normal
    case (.deleteNote(let d, let number, _), .yes?):
      return confirmDeleteNote(&state, d, number: number, data: data)
    case (.deleteNote(let d, _, _), .no?):
      state.mode = .detail(d)
    case (.deleteCalls(let ids, _), .yes?):
      return delete(&state, ids, data: data)
    case (.deleteCalls, .no?):
      state.mode = .normal
      state.inform(Strings.tuiNothingDeleted)
    case (.duplicate(let f, _, _), .cancel?):
      state.mode = .form(f)
    case (.duplicate(_, let o, _), .saveAnyway?):
      return saveNew(&state, o)
    case (.duplicate(_, _, let existing), .openExisting?):
      state.mode = existing.first.map { .detail(DetailState(id: $0)) } ?? .normal
    case (.merge(let a, let b), .keepFirst?):
      return merge(&state, keep: a, other: b, data: data)
    case (.merge(let a, let b), .keepSecond?):
      return merge(&state, keep: b, other: a, data: data)
    case (.hiddenMarks(let command, let visible, _), .visibleOnly?):
      state.mode = .normal
      guard !visible.isEmpty else {
        state.fail(Strings.tuiNoVisibleMarks)
        return []
      }
      return change(&state, command, data: data, ids: visible)
    case (.hiddenMarks(let command, let visible, let hidden), .includeHidden?):
      state.mode = .normal
      return change(&state, command, data: data, ids: visible + hidden)
    case (.importFile(let p), .yes?):
      return confirmImport(&state, p, data: data)
    case (.importFile, .no?):
      state.mode = .normal
      state.inform(Strings.tuiImportCancelled)
    case (.commandHelp, .close?):
      state.mode = .normal
    default: break
    }
    return []
  }

  // MARK: - Help

  static func helpKey(_ state: inout AppState, _ h: HelpState, _ k: Key, data: AppData) -> [Effect] {
    var h = h
    if h.searching {
      switch k {
      case .escape:
        h.searching = false
        h.search.set("")
      case .enter: h.searching = false
      default:
        guard h.search.handle(k) else { return [] }
        h.scroll = 0
      }
      state.mode = .help(h)
      return []
    }
    switch Keymap.binding(for: k, in: .help)?.command {
    case .search?: h.searching = true
    case .up?: h.scroll = max(0, h.scroll - 1)
    case .down?: h.scroll = min(max(0, HelpOverlay.entries(h).count - 1), h.scroll + 1)
    case .close? where k == .escape && !h.search.text.isEmpty:
      // Esc first clears a search kept with Enter, then closes.
      h.search.set("")
      h.scroll = 0
    case .close?:
      state.mode = h.detail.map(Mode.detail) ?? .normal
      return []
    case nil:
      // Just typing searches too (letters that are no key of help start the search).
      guard case .char(let c) = k, !c.isWhitespace, h.search.handle(k) else { return [] }
      h.searching = true
      h.scroll = 0
    default: return []
    }
    state.mode = .help(h)
    return []
  }
}
