import ConvocaCore

extension Reducer {
  // MARK: - Quick actions

  /// `y`: copies the id through the terminal (OSC 52) when the configuration enables it;
  /// otherwise shows the id and how to enable copying.
  static func copyID(_ state: inout AppState, _ id: OpportunityID) -> [Effect] {
    guard state.configuration.clipboard else {
      state.inform(Strings.tuiCopyOff(id.rawValue))
      return []
    }
    state.inform(Strings.tuiCopiedID(id.rawValue))
    return [.copyToClipboard(id.rawValue)]
  }

  /// `]` / `[` in the detail view: the next / previous call of the list as filtered and
  /// sorted; the list's selection follows, so going back to the list lands there.
  static func stepDetail(_ state: inout AppState, _ d: DetailState, forward: Bool, data: AppData) -> [Effect]
  {
    let here: Int? = {
      if let s = state.selection, s.id == d.id, state.rows.indices.contains(s.index),
        state.rows[s.index] == d.id
      {
        return s.index
      }
      return state.rows.firstIndex(of: d.id)
    }()
    // A call the filter no longer shows: the selection's place in the list stands in.
    guard let i = here ?? state.selection?.index else {
      state.fail(Strings.tuiListEmpty)
      return []
    }
    let next = here == nil ? (forward ? i : i - 1) : (forward ? i + 1 : i - 1)
    guard state.rows.indices.contains(next) else {
      state.fail(forward ? Strings.tuiLastCall : Strings.tuiFirstCall)
      return []
    }
    select(&state, next)
    state.mode = .detail(DetailState(id: state.rows[next]))
    return []
  }

  /// "Move and note": asks for the note that goes with moving `ids` to `stage` (those already
  /// there are left alone, as `m` does).
  static func askMoveNote(
    _ state: inout AppState, _ ids: [OpportunityID], to stage: Stage, awarded: Money?, data: AppData
  ) -> [Effect] {
    let moving = ids.filter { data.store[$0].map { $0.stage != stage } ?? false }
    guard !moving.isEmpty else {
      state.fail(Strings.tuiAlreadyAt(Strings.valueName("stage", stage.rawValue)))
      return []
    }
    state.mode = .prompt(PromptState(.moveNote(targets: ids, stage: stage, awarded: awarded)))
    return []
  }
}
