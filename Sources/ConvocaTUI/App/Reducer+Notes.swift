import ConvocaCore

extension Reducer {
  // MARK: - Editing and deleting notes (detail view)

  /// `N` / `X` in the detail: the menu of the call's notes, numbered as the detail shows
  /// them, to edit or delete one. Only the notes the configured user wrote can be changed;
  /// the store's rules say why another cannot.
  static func pickNote(_ state: inout AppState, _ d: DetailState, delete: Bool, data: AppData) -> [Effect] {
    guard let o = data.store[d.id] else {
      state.fail(Strings.tuiNothingSelected)
      return []
    }
    guard !o.notes.isEmpty else {
      state.fail(Strings.tuiNoNotes)
      return []
    }
    let items = o.notes.enumerated().map {
      MenuState.Item.note(number: $0.offset + 1, label: noteLabel($0.element))
    }
    // The last note the user wrote is the likeliest one.
    let mine = o.notes.lastIndex { NoteEdit.isAuthor(state.configuration.user, of: $0.by) }
    state.mode = .menu(
      MenuState(purpose: .notes(detail: d, delete: delete), items: items, selected: mine ?? 0, current: nil))
    return []
  }

  /// A note in the menu: who wrote it, when, and its first line.
  static func noteLabel(_ n: Note) -> String {
    let first = n.text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
    return n.at.utcDate.description + "  " + n.by + ": "
      + TerminalText.truncate(TerminalText.sanitize(first), toWidth: 40)
  }

  /// A note chosen in the menu: checks it may be changed, then asks for the new text
  /// (prefilled) or for a confirmation of the delete.
  static func choseNote(_ state: inout AppState, _ d: DetailState, number: Int, delete: Bool, data: AppData)
    -> [Effect]
  {
    state.mode = .detail(d)
    guard let o = data.store[d.id] else { return [] }
    if let why = Keymap.readOnlyReason(data) {
      state.fail(why)
      return []
    }
    do throws(CommandError) {
      let n = try Pipeline.authored(o, number: number, by: state.configuration.user)
      if delete {
        state.mode = .confirm(ConfirmState(.deleteNote(d, number: number, note: n)))
      } else {
        state.mode = .prompt(PromptState(.editNote(d, number: number), text: n.text))
      }
    } catch { state.fail(error.message) }
    return []
  }

  /// The edited text of note `number`: the command, or why it is refused (the prompt stays).
  static func answerEditNote(
    _ state: inout AppState, _ p: PromptState, _ d: DetailState, number: Int, data: AppData
  ) -> [Effect] {
    var p = p
    guard let o = data.store[d.id] else {
      state.mode = .detail(d)
      return []
    }
    do throws(CommandError) {
      let c = try Pipeline.editNote(o, number: number, text: p.editor.text, by: state.configuration.user)
      state.mode = .detail(d)
      return [.perform([c], description: Strings.tuiNoteEdited(number, TerminalText.sanitize(o.title)))]
    } catch {
      p.error = error.message
      state.mode = .prompt(p)
      return []
    }
  }

  /// `y` on the delete question: deletes note `number`.
  static func confirmDeleteNote(_ state: inout AppState, _ d: DetailState, number: Int, data: AppData)
    -> [Effect]
  {
    state.mode = .detail(d)
    guard let o = data.store[d.id] else { return [] }
    do throws(CommandError) {
      let c = try Pipeline.deleteNote(o, number: number, by: state.configuration.user)
      return [.perform([c], description: Strings.tuiNoteDeleted(number, TerminalText.sanitize(o.title)))]
    } catch {
      state.fail(error.message)
      return []
    }
  }
}

extension Keymap {
  /// Why nothing can be written now, or nil.
  static func readOnlyReason(_ data: AppData) -> String? {
    data.isReadOnly ? Strings.tuiReadOnly(data.readOnlyReason ?? Strings.tuiReadOnlyUnknown) : nil
  }
}

extension Strings {
  static var tuiNoNotes: String { t("tui.notes.none", "This call has no notes") }
  static func tuiNoteEdited(_ n: Int, _ title: String) -> String {
    t("tui.notes.edited", "Note {0} on '{1}' changed", String(n), title)
  }
  static func tuiNoteDeleted(_ n: Int, _ title: String) -> String {
    t("tui.notes.deleted", "Note {0} on '{1}' deleted", String(n), title)
  }
  static func tuiMenuNotes(_ delete: Bool) -> String {
    delete ? t("tui.menu.deleteNote", "Delete which note?") : t("tui.menu.editNote", "Edit which note?")
  }
  static func tuiPromptEditNote(_ n: Int) -> String { t("tui.prompt.editNote", "Note {0}: ", String(n)) }
  static func tuiConfirmDeleteNote(_ n: Int) -> String {
    t("tui.confirm.deleteNote", "Delete note {0}?", String(n))
  }
  static var tuiKeyOpenURL: String { t("tui.key.openURL", "open the call's URL (or show it as a link)") }
  static var tuiKeyEditNote: String { t("tui.key.editNote", "edit one of your notes") }
  static var tuiKeyDeleteNote: String { t("tui.key.deleteNote", "delete one of your notes") }
  static var tuiKeyDeleteNoteYes: String { t("tui.key.deleteNoteYes", "delete the note") }
  static var tuiKeyDeleteNoteNo: String { t("tui.key.deleteNoteNo", "keep it") }
  static var tuiHintDeleteNoteYes: String { t("tui.hint.deleteNoteYes", "delete") }
  static var tuiHintDeleteNoteNo: String { t("tui.hint.deleteNoteNo", "keep") }
}
