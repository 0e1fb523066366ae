import ConvocaCore
import Foundation

extension Reducer {
  // MARK: - Moves

  /// `>` / `<`: every target one stage forward or back. Reaching won first asks for the
  /// awarded amount, as `m` does; `answered` then carries the answer (`awarded`, nil for
  /// `Pipeline.defaultAwarded`).
  static func step(
    _ state: inout AppState, _ ids: [OpportunityID], forward: Bool, data: AppData, answered: Bool = false,
    awarded: Money? = nil
  ) -> [Effect] {
    var moves: [(Opportunity, Stage)] = []
    for id in ids {
      guard let o = data.store[id], let to = forward ? o.stage.next : o.stage.previous else { continue }
      moves.append((o, to))
    }
    guard !moves.isEmpty else {
      state.fail(forward ? Strings.tuiAtLastStage : Strings.tuiAtFirstStage)
      return []
    }
    if !answered {
      let toWon = moves.filter { $0.1 == .won }.map(\.0)
      if !toWon.isEmpty {
        let text = toWon.count == 1 ? (Pipeline.defaultAwarded(toWon[0]).map(FormState.moneyText) ?? "") : ""
        state.mode = .prompt(PromptState(.awarded(targets: ids, step: true), text: text))
        return []
      }
    }
    return move(&state, moves, awarded: awarded, skipped: ids.count - moves.count, data: data)
  }

  /// Moves each target to `stage` (those already there are left alone).
  /// `awarded` is the amount a move to won awards (nil: `Pipeline.defaultAwarded`).
  static func move(
    _ state: inout AppState, _ ids: [OpportunityID], to stage: Stage, awarded: Money?, note: String? = nil,
    data: AppData
  ) -> [Effect] {
    let moves = ids.compactMap { data.store[$0] }.filter { $0.stage != stage }.map { ($0, stage) }
    guard !moves.isEmpty else {
      state.fail(Strings.tuiAlreadyAt(Strings.valueName("stage", stage.rawValue)))
      return []
    }
    return move(&state, moves, awarded: awarded, note: note, skipped: ids.count - moves.count, data: data)
  }

  static func move(
    _ state: inout AppState, _ moves: [(Opportunity, Stage)], awarded: Money?, note: String? = nil,
    skipped: Int, data: AppData
  ) -> [Effect] {
    var commands: [Command] = []
    for (o, to) in moves {
      do throws(CommandError) {
        commands.append(
          try Pipeline.move(
            o, to: to, awarded: to == .won ? awarded : nil, note: note, at: data.now,
            by: state.configuration.user))
      } catch {
        state.fail(error.message)
        return []
      }
    }
    var text: String
    if moves.count == 1, let (o, to) = moves.first {
      text = Strings.tuiMovedOne(
        o.title, Strings.valueName("stage", o.stage.rawValue), Strings.valueName("stage", to.rawValue))
    } else {
      let stages = Set(moves.map(\.1))
      text =
        stages.count == 1
        ? Strings.tuiMovedMany(moves.count, Strings.valueName("stage", moves[0].1.rawValue))
        : Strings.tuiMovedSteps(moves.count)
    }
    if skipped > 0 { text += Strings.tuiSkipped(skipped) }
    state.mode = .normal
    clearMarks(&state, after: moves.map(\.0.id))
    return [.perform(commands, description: text)]
  }

  /// Marks clear once a batch action used them.
  static func clearMarks(_ state: inout AppState, after ids: [OpportunityID]) {
    if ids.contains(where: state.marks.contains) { state.marks.removeAll() }
  }

  // MARK: - Menus

  static func menuKey(_ state: inout AppState, _ m: MenuState, _ k: Key, data: AppData) -> [Effect] {
    var m = m
    if case .views = m.purpose, let effects = viewsMenuKey(&state, &m, k, data: data) { return effects }
    switch Keymap.binding(for: k, in: .menu)?.command {
    case .up?: m.selected = max(0, m.selected - 1)
    case .down?: m.selected = min(m.items.count - 1, m.selected + 1)
    case .choose?, .itemUp?, .itemDown?:
      guard case .columns = m.purpose, m.items.indices.contains(m.selected) else { return [] }
      m.rearrange(Keymap.binding(for: k, in: .menu)?.command)
    case .cancel?:
      if case .notes(let d, _) = m.purpose {
        state.mode = .detail(d)
      } else {
        state.mode = .normal
      }
      return []
    case .accept?:
      state.mode = .normal
      return choose(&state, m, data: data)
    case .moveAndNote?:
      guard case .stage = m.purpose else { return [] }
      state.mode = .normal
      return choose(&state, m, withNote: true, data: data)
    default: return []
    }
    state.mode = .menu(m)
    return []
  }

  static func choose(_ state: inout AppState, _ m: MenuState, withNote: Bool = false, data: AppData)
    -> [Effect]
  {
    guard m.items.indices.contains(m.selected) else { return [] }
    switch (m.purpose, m.items[m.selected]) {
    case (.columns, _):
      let columns = m.items.compactMap { item -> ListTable.Column? in
        if case .column(let c, let shown) = item, shown { return c }
        return nil
      }
      guard !columns.isEmpty else {
        state.mode = .menu(m)
        state.fail(Strings.tuiNoColumns)
        return []
      }
      state.columns = columns == ListTable.displayOrder ? nil : columns
      state.inform(Strings.tuiColumnsKept)
      return [.saveSettings(state.settings)]
    case (.sort, .sort(let order)):
      state.sort = order
      refreshRows(&state, data: data)
      state.inform(Strings.tuiSortedBy(Strings.tuiSortLabel(order)))
      return [.saveSettings(state.settings)]
    case (.stage(let ids), .stage(let stage)):
      if data.isReadOnly {
        state.fail(Strings.tuiReadOnly(data.readOnlyReason ?? Strings.tuiReadOnlyUnknown))
        return []
      }
      if stage == .won {
        let moving = ids.compactMap { data.store[$0] }.filter { $0.stage != .won }
        guard !moving.isEmpty else {
          state.fail(Strings.tuiAlreadyAt(Strings.valueName("stage", stage.rawValue)))
          return []
        }
        let text =
          moving.count == 1 ? (Pipeline.defaultAwarded(moving[0]).map(FormState.moneyText) ?? "") : ""
        state.mode = .prompt(PromptState(.awarded(targets: moving.map(\.id), withNote: withNote), text: text))
        return []
      }
      if withNote { return askMoveNote(&state, ids, to: stage, awarded: nil, data: data) }
      return move(&state, ids, to: stage, awarded: nil, data: data)
    case (.notes(let d, let delete), .note(let number, _)):
      return choseNote(&state, d, number: number, delete: delete, data: data)
    case (.views, .view(let name, _, _)):
      return applyView(&state, named: name, data: data)
    case (.arrivals, .arrival(_, _, let ids)):
      return filterToArrival(&state, ids, data: data)
    default: return []
    }
  }

  // MARK: - Prompts

  static func promptKey(_ state: inout AppState, _ p: PromptState, _ k: Key, data: AppData) -> [Effect] {
    var p = p
    switch Keymap.binding(for: k, in: .prompt)?.command {
    case .cancel?:
      if case .editNote(let d, _) = p.purpose {
        state.mode = .detail(d)
      } else {
        state.mode = .normal
      }
      return []
    case .accept?: return answer(&state, p, data: data)
    case .externalEditor?:
      switch p.purpose {
      case .note, .moveNote, .editNote: break
      default: return []
      }
      return [.openEditor(initialText: p.editor.text)]
    default:
      guard p.editor.handle(k) else { return [] }
      p.error = nil
      if case .saveView = p.purpose { p.purpose = .saveView(replacing: nil) }
      if case .awarded = p.purpose {
        do throws(FieldInputError) {
          _ = try FieldInput.parse(
            .awarded, p.editor.text, configuration: state.configuration, today: state.today)
        } catch { p.error = error.message }
      }
    }
    state.mode = .prompt(p)
    return []
  }

  static func answer(_ state: inout AppState, _ p: PromptState, data: AppData) -> [Effect] {
    var p = p
    if data.isReadOnly {
      state.mode = .normal
      state.fail(Strings.tuiReadOnly(data.readOnlyReason ?? Strings.tuiReadOnlyUnknown))
      return []
    }
    let text = p.editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
    switch p.purpose {
    case .editNote(let d, let number):
      return answerEditNote(&state, p, d, number: number, data: data)
    case .saveView(let replacing):
      return answerSaveView(&state, p, text, replacing: replacing, data: data)
    case .note(let ids):
      guard !text.isEmpty else {
        p.error = Strings.tuiNoteEmpty
        state.mode = .prompt(p)
        return []
      }
      let commands = ids.compactMap { data.store[$0] }.compactMap {
        try? Pipeline.note($0, text, at: data.now, by: state.configuration.user)
      }
      state.mode = .normal
      guard !commands.isEmpty else {
        state.fail(Strings.tuiNothingSelected)
        return []
      }
      let description =
        commands.count == 1
        ? Strings.tuiNoteAdded(data.store[ids[0]]?.title ?? "") : Strings.tuiNotesAdded(commands.count)
      clearMarks(&state, after: ids)
      return [.perform(commands, description: description)]
    case .savePath:
      guard !text.isEmpty else {
        p.error = Strings.tuiPathEmpty
        state.mode = .prompt(p)
        return []
      }
      state.mode = .normal
      return [.saveCopy(path: text)]
    case .moveNote(let ids, let stage, let awarded):
      guard !text.isEmpty else {
        p.error = Strings.tuiNoteEmpty
        state.mode = .prompt(p)
        return []
      }
      return move(&state, ids, to: stage, awarded: awarded, note: text, data: data)
    case .awarded(let ids, let isStep, let withNote):
      var money: Money?
      if !text.isEmpty {
        do throws(FieldInputError) {
          money = try FieldInput.money(.awarded, text, configuration: state.configuration)
        } catch {
          p.error = error.message
          state.mode = .prompt(p)
          return []
        }
      }
      if isStep { return step(&state, ids, forward: true, data: data, answered: true, awarded: money) }
      if withNote { return askMoveNote(&state, ids, to: .won, awarded: money, data: data) }
      return move(&state, ids, to: .won, awarded: money, data: data)
    }
  }
}
