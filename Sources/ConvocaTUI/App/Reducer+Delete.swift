import ConvocaCore

extension Reducer {
  // MARK: - Deleting and archiving

  /// `D`: asks first, naming the call (or counting the marked ones).
  static func askDelete(_ state: inout AppState, _ ids: [OpportunityID], data: AppData) {
    let present = ids.filter { data.store[$0] != nil }
    guard !present.isEmpty else {
      state.fail(Strings.tuiNothingSelected)
      return
    }
    let title = present.count == 1 ? data.store[present[0]]?.title : nil
    state.mode = .confirm(ConfirmState(.deleteCalls(present, title: title)))
  }

  /// The answer yes to `D`: one undoable change deleting every call asked about.
  static func delete(_ state: inout AppState, _ ids: [OpportunityID], data: AppData) -> [Effect] {
    state.mode = .normal
    let records = ids.compactMap { data.store[$0] }
    guard !records.isEmpty else {
      state.fail(Strings.tuiNothingSelected)
      return []
    }
    let text =
      records.count == 1 ? Strings.tuiDeletedOne(records[0].title) : Strings.tuiDeletedMany(records.count)
    clearMarks(&state, after: records.map(\.id))
    return [.perform(Pipeline.delete(records), description: text)]
  }

  /// `X`: archives the targets, or unarchives them when every one is archived already.
  static func toggleArchive(_ state: inout AppState, _ ids: [OpportunityID], data: AppData) -> [Effect] {
    let records = ids.compactMap { data.store[$0] }
    guard !records.isEmpty else {
      state.fail(Strings.tuiNothingSelected)
      return []
    }
    let on = !records.allSatisfy(\.archived)
    let (commands, _) = Pipeline.archive(records, on)
    let text: String
    if commands.count == 1, let id = commands[0].id, let o = data.store[id] {
      text = on ? Strings.tuiArchivedOne(o.title) : Strings.tuiUnarchivedOne(o.title)
    } else {
      text = on ? Strings.tuiArchivedMany(commands.count) : Strings.tuiUnarchivedMany(commands.count)
    }
    clearMarks(&state, after: records.map(\.id))
    return [.perform(commands, description: text)]
  }
}
