import ConvocaCore

extension Reducer {
  // MARK: - Keys

  static func formKey(_ state: inout AppState, _ f: FormState, _ k: Key, data: AppData) -> [Effect] {
    var f = f
    let last = f.entries.count - 1
    let command = Keymap.binding(for: k, in: .form)?.command
    if command != .complete { f.completion = nil }
    switch command {
    case .complete?:
      if !completeField(&f, state: state, data: data) {
        f.completion = nil
        f.focus = f.focus >= last ? 0 : f.focus + 1
      }
    case .nextField?: f.focus = f.focus >= last ? 0 : f.focus + 1
    case .previousField?: f.focus = f.focus <= 0 ? last : f.focus - 1
    case .enter?:
      if f.focused.isMultiline {
        edit(&f, k, state: state)
      } else if f.focus == last {
        return save(&state, f, data: data)
      } else {
        f.focus += 1
      }
    case .save?: return save(&state, f, data: data)
    case .cancel?:
      state.mode = f.isDirty ? .confirm(ConfirmState(.discardForm(f))) : .normal
      return []
    case .externalEditor?:
      guard let i = f.index(of: .description) else { return [] }
      f.focus = i
      state.mode = .form(f)
      return [.openEditor(initialText: f.entries[i].editor.text)]
    default: edit(&f, k, state: state)
    }
    state.mode = .form(f)
    return []
  }

  /// A key typed into the focused field: text editing, or for kind and area a change of
  /// choice (← → Space cycle; a letter jumps to the next value starting with it).
  static func edit(_ f: inout FormState, _ k: Key, state: AppState) {
    let i = f.focus
    guard f.entries.indices.contains(i) else { return }
    if f.entries[i].isChoice {
      let options = choices(f.entries[i].field, state.configuration)
      let current = options.firstIndex(of: f.entries[i].editor.text) ?? 0
      var next: Int?
      switch k {
      case .right, .char(" "): next = (current + 1) % options.count
      case .left: next = (current + options.count - 1) % options.count
      case .backspace, .delete: next = options.firstIndex(of: "") ?? current
      case .char(let c):
        let letter = String(c).lowercased()
        let order = Array(options[(current + 1)...]) + Array(options[...current])
        // By the name shown (`b` → beca in Spanish), or the stored word.
        let field = f.entries[i].field.rawValue
        let shown = { (o: String) in TextFolding.folded(Strings.valueName(field, o).lowercased()) }
        next =
          (order.first { shown($0).hasPrefix(TextFolding.folded(letter)) }
          ?? order.first { $0.hasPrefix(letter) })
          .flatMap { options.firstIndex(of: $0) }
      default: break
      }
      if let next { f.entries[i].editor.set(options[next]) }
    } else {
      guard f.entries[i].editor.handle(k, multiline: f.entries[i].isMultiline) else { return }
    }
    validate(&f.entries[i], state)
  }

  /// The values a choice field offers (area may be empty).
  static func choices(_ field: Field, _ c: Configuration) -> [String] {
    field.descriptor.choices(c.vocabulary) ?? []
  }

  /// Checks a field's text with the same parser as the command line.
  static func validate(_ e: inout FormState.Entry, _ state: AppState) {
    do throws(FieldInputError) {
      _ = try FieldInput.parse(e.field, e.editor.text, configuration: state.configuration, today: state.today)
      e.error = nil
    } catch {
      e.error = error.message
    }
  }

  // MARK: - Saving

  static func save(_ state: inout AppState, _ form: FormState, data: AppData) -> [Effect] {
    var f = form
    var values: [Field: JSONValue] = [:]
    for i in f.entries.indices {
      validate(&f.entries[i], state)
      values[f.entries[i].field] = try? FieldInput.parse(
        f.entries[i].field, f.entries[i].editor.text, configuration: state.configuration, today: state.today)
    }
    if let bad = f.entries.firstIndex(where: { $0.error != nil }) {
      f.focus = bad
      state.mode = .form(f)
      state.fail(
        Strings.tuiFixFields(Strings.fieldLabel(f.entries[bad].field.rawValue), f.entries[bad].error ?? ""))
      return []
    }
    if data.isReadOnly {
      state.mode = .form(f)
      state.fail(Strings.tuiReadOnly(data.readOnlyReason ?? Strings.tuiReadOnlyUnknown))
      return []
    }
    switch f.purpose {
    case .add: return create(&state, f, values, data: data)
    case .edit(let id):
      guard let current = data.store[id] else {
        state.mode = .normal
        state.fail(Strings.tuiGoneElsewhere)
        return []
      }
      var typed: [FieldChange] = []
      for (i, e) in f.entries.enumerated() where e.editor.text != f.initialTexts[i] {
        typed.append(FieldChange(e.field, values[e.field] ?? .null, expected: f.original[e.field] ?? .null))
      }
      // Unchanged from the form's start, or what the record already holds: nothing to write.
      let changes = Pipeline.effective(
        Pipeline.effective(typed, on: f.originalRecord(current)), on: current)
      guard !changes.isEmpty else {
        state.mode = .normal
        state.inform(Strings.tuiNothingChanged)
        return []
      }
      let conflicts = changes.compactMap { c -> FieldConflict? in
        let theirs = c.field.value(in: current)
        let original = c.expected ?? .null
        return theirs != original && theirs != c.value
          ? FieldConflict(field: c.field, original: original, theirs: theirs, mine: c.value) : nil
      }
      if !conflicts.isEmpty {
        state.mode = .confirm(ConfirmState(.conflict(f, conflicts)))
        return []
      }
      state.mode = .normal
      return [
        .perform(
          [.set(id, changes)], description: Strings.tuiSaved(values[.title]?.stringValue ?? current.title))
      ]
    }
  }

  static func create(_ state: inout AppState, _ f: FormState, _ values: [Field: JSONValue], data: AppData)
    -> [Effect]
  {
    var generator = SeededGenerator(seed: state.randomState)
    let id = data.store.newID(using: &generator)
    let o: Opportunity
    do throws(CommandError) {
      o = try Pipeline.create(
        id: id, fields: FormState.fields.map { FieldChange($0, values[$0] ?? .null) },
        owner: state.configuration.user, at: data.now)
    } catch {
      state.mode = .form(f)
      state.fail(error.message)
      return []
    }
    state.randomState = generator.state
    let existing = DuplicateFinder.likelyDuplicates(of: o, in: data.store)
    if !existing.isEmpty {
      state.mode = .confirm(ConfirmState(.duplicate(f, o, existing: existing.map(\.id))))
      return []
    }
    return saveNew(&state, o)
  }

  /// Creates `o` (a new call from the form) and selects it.
  static func saveNew(_ state: inout AppState, _ o: Opportunity) -> [Effect] {
    state.mode = .normal
    state.pendingSelection = o.id
    return [.perform([.create(o)], description: Strings.tuiAdded(o.title))]
  }

  /// The form's changes after a conflict was settled: all of mine, or mine without the
  /// fields someone else changed.
  static func resolve(
    _ state: inout AppState, _ f: FormState, _ conflicts: [FieldConflict], keepMine: Bool, data: AppData
  )
    -> [Effect]
  {
    guard let id = f.editedID else { return [] }
    var typed: [FieldChange] = []
    for (i, e) in f.entries.enumerated() where e.editor.text != f.initialTexts[i] {
      guard
        let value = try? FieldInput.parse(
          e.field, e.editor.text, configuration: state.configuration, today: state.today)
      else { continue }
      if !keepMine, conflicts.contains(where: { $0.field == e.field }) { continue }
      typed.append(FieldChange(e.field, value, expected: f.original[e.field] ?? .null))
    }
    var changes: [FieldChange] = []
    if let current = data.store[id] {
      changes = Pipeline.effective(Pipeline.effective(typed, on: f.originalRecord(current)), on: current)
    }
    state.mode = .normal
    guard !changes.isEmpty else {
      state.inform(Strings.tuiKeptTheirs)
      return []
    }
    let title = data.store[id]?.title ?? ""
    return [.perform([.set(id, changes)], description: Strings.tuiSaved(title))]
  }
}
