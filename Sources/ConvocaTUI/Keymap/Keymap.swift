import ConvocaCore

/// The keybindings, as data: one table per screen or mode. Dispatch, the footer hints, the
/// help overlay and `docs/keys.md` all come from these tables.
public enum Keymap {
  // MARK: - Tables

  /// The bindings of a context, in the order help lists them.
  public static func bindings(_ context: KeymapContext) -> [KeyBinding] {
    switch context {
    case .list: return list
    case .detail: return detail
    case .filter: return filter
    case .form: return form
    case .menu: return menu
    case .prompt: return prompt
    case .confirm: return confirm
    case .conflict: return conflict
    case .help: return help
    case .unsaved: return unsaved
    case .hiddenMarks: return hiddenMarks
    case .deleteNote: return deleteNote
    case .deleteCalls: return deleteCalls
    case .duplicate: return duplicate
    case .mergeChoice: return mergeChoice
    case .commandLine: return commandLine
    case .importConfirm: return importConfirm
    case .commandHelp: return commandHelp
    case .review: return review
    case .board: return board
    case .dashboard: return dashboard
    case .standup: return standup
    }
  }

  static var moving: [KeyBinding] {
    [
      KeyBinding([.up, .char("k")], .up, Strings.tuiKeyUp),
      KeyBinding([.down, .char("j")], .down, Strings.tuiKeyDown),
      KeyBinding([.pageUp], .pageUp, Strings.tuiKeyPageUp),
      KeyBinding([.pageDown], .pageDown, Strings.tuiKeyPageDown),
      KeyBinding([.char("g"), .home], .top, Strings.tuiKeyTop),
      KeyBinding([.char("G"), .end], .bottom, Strings.tuiKeyBottom),
    ]
  }

  static var changing: [KeyBinding] {
    [
      KeyBinding(
        [.char("e")], .edit, Strings.tuiKeyEdit, footer: Strings.tuiHintEdit, requires: .writableSelection),
      KeyBinding(
        [.char(">")], .moveNext, Strings.tuiKeyMoveNext, footer: Strings.tuiHintMove,
        requires: .writableSelection),
      KeyBinding([.char("<")], .movePrevious, Strings.tuiKeyMovePrevious, requires: .writableSelection),
      KeyBinding([.char("m")], .stageMenu, Strings.tuiKeyStageMenu, requires: .writableSelection),
      KeyBinding(
        [.char("n")], .note, Strings.tuiKeyNote, footer: Strings.tuiHintNote, requires: .writableSelection),
    ]
  }

  static var undoing: [KeyBinding] {
    [
      KeyBinding([.char("u")], .undo, Strings.tuiKeyUndo, footer: Strings.tuiHintUndo, requires: .undoable),
      KeyBinding([.ctrl("r")], .redo, Strings.tuiKeyRedo, requires: .redoable),
    ]
  }

  /// The list screen.
  public static var list: [KeyBinding] {
    moving + [
      KeyBinding([.char("/")], .filter, Strings.tuiKeyFilter, footer: Strings.tuiHintFilter),
      KeyBinding([.enter], .open, Strings.tuiKeyOpen, footer: Strings.tuiHintOpen, requires: .selection),
      KeyBinding([.char("a")], .add, Strings.tuiKeyAdd, footer: Strings.tuiHintAdd, requires: .writable),
    ] + changing + [
      KeyBinding([.char(" ")], .mark, Strings.tuiKeyMark, footer: Strings.tuiHintMark, requires: .selection),
      KeyBinding([.char("*")], .markAll, Strings.tuiKeyMarkAll),
      KeyBinding([.char("A")], .clearMarks, Strings.tuiKeyClearMarks),
      KeyBinding([.char("s")], .sort, Strings.tuiKeySort, footer: Strings.tuiHintSort),
      KeyBinding([.char("y")], .copyID, Strings.tuiKeyCopyID, requires: .selection),
      KeyBinding([.char("o")], .openURL, Strings.tuiKeyOpenURL, requires: .selection),
      KeyBinding([.char("c")], .columns, Strings.tuiKeyColumns),
      KeyBinding([.char("M")], .merge, Strings.tuiKeyMerge, requires: .writable),
      KeyBinding([.char("C")], .reviewConflict, Strings.tuiKeyReviewConflict, requires: .writableSelection),
    ] + removing + savedViews + syncing() + undoing + screens + [
      KeyBinding([.escape], .cancel, Strings.tuiKeyBackToDashboard),
      KeyBinding([.char("?")], .help, Strings.tuiKeyHelp, footer: Strings.tuiHintHelp),
      KeyBinding([.char("q")], .quit, Strings.tuiKeyQuit, footer: Strings.tuiHintQuit),
    ]
  }

  /// The detail of one opportunity.
  public static var detail: [KeyBinding] {
    [
      KeyBinding(
        [.escape, .char("q"), .enter], .close, Strings.tuiKeyCloseDetail, footer: Strings.tuiHintBack),
      KeyBinding([.up, .char("k")], .up, Strings.tuiKeyScrollUp),
      KeyBinding([.down, .char("j")], .down, Strings.tuiKeyScrollDown),
      KeyBinding([.pageUp], .pageUp, Strings.tuiKeyPageUp),
      KeyBinding([.pageDown, .char(" ")], .pageDown, Strings.tuiKeyPageDown),
      KeyBinding([.char("g"), .home], .top, Strings.tuiKeyTop),
      KeyBinding([.char("G"), .end], .bottom, Strings.tuiKeyBottom),
      KeyBinding([.char("]")], .nextCall, Strings.tuiKeyNextCall, footer: Strings.tuiHintNextCall),
      KeyBinding([.char("[")], .previousCall, Strings.tuiKeyPreviousCall),
      KeyBinding([.char("y")], .copyID, Strings.tuiKeyCopyID),
      KeyBinding([.char("o")], .openURL, Strings.tuiKeyOpenURL),
    ] + changing + [
      KeyBinding([.char("N")], .editNote, Strings.tuiKeyEditNote, requires: .writableSelection),
      KeyBinding([.char("X")], .deleteNote, Strings.tuiKeyDeleteNote, requires: .writableSelection),
      KeyBinding([.char("D")], .delete, Strings.tuiKeyDelete, requires: .writableSelection),
      KeyBinding([.char("c")], .reviewConflict, Strings.tuiKeyReviewConflict, requires: .writableSelection),
    ] + undoing + [
      KeyBinding([.char("?")], .help, Strings.tuiKeyHelp, footer: Strings.tuiHintHelp)
    ]
  }

  /// The filter bar.
  public static var filter: [KeyBinding] {
    [
      KeyBinding([.enter], .accept, Strings.tuiKeyFilterAccept, footer: Strings.tuiHintKeep),
      KeyBinding([.escape], .cancel, Strings.tuiKeyFilterCancel, footer: Strings.tuiHintRestore),
      KeyBinding([.up], .historyOlder, Strings.tuiKeyHistoryOlder, footer: Strings.tuiHintHistory),
      KeyBinding([.down], .historyNewer, Strings.tuiKeyHistoryNewer),
      KeyBinding([.tab], .complete, Strings.tuiKeyComplete, footer: Strings.tuiHintComplete),
      KeyBinding([.left, .right, .backspace, .ctrl("u")], .typeText, Strings.tuiKeyTypeText),
    ]
  }

  /// The add / edit form.
  public static var form: [KeyBinding] {
    [
      KeyBinding([.tab], .complete, Strings.tuiKeyFormComplete, footer: Strings.tuiHintNextField),
      KeyBinding([.down], .nextField, Strings.tuiKeyNextField),
      KeyBinding([.backTab, .up], .previousField, Strings.tuiKeyPreviousField),
      KeyBinding([.enter], .enter, Strings.tuiKeyFormEnter),
      KeyBinding([.ctrl("s")], .save, Strings.tuiKeySave, footer: Strings.tuiHintSave),
      KeyBinding([.escape], .cancel, Strings.tuiKeyFormCancel, footer: Strings.tuiHintCancel),
      KeyBinding([.ctrl("e")], .externalEditor, Strings.tuiKeyExternalEditor, footer: Strings.tuiHintEditor),
      KeyBinding([.left, .right, .char(" ")], .choose, Strings.tuiKeyChoose, footer: Strings.tuiHintChoose),
      KeyBinding([.backspace, .delete, .ctrl("u")], .typeText, Strings.tuiKeyTypeText),
    ]
  }

  /// A menu.
  public static var menu: [KeyBinding] {
    [
      KeyBinding([.up, .char("k")], .up, Strings.tuiKeyUp),
      KeyBinding([.down, .char("j")], .down, Strings.tuiKeyDown),
      KeyBinding([.enter], .accept, Strings.tuiKeyChooseItem, footer: Strings.tuiHintChooseItem),
      KeyBinding(
        [.char("n")], .moveAndNote, Strings.tuiKeyMoveAndNote, footer: Strings.tuiHintMoveAndNote,
        requires: .stageMenu),
      KeyBinding([.escape, .char("q")], .cancel, Strings.tuiKeyCancel, footer: Strings.tuiHintCancel),
      KeyBinding([.char(" ")], .choose, Strings.tuiKeyToggleColumn),
      KeyBinding([.char("K")], .itemUp, Strings.tuiKeyItemUp),
      KeyBinding([.char("J")], .itemDown, Strings.tuiKeyItemDown),
      KeyBinding([.char("x"), .char("d")], .delete, Strings.tuiKeyRemoveView, requires: .viewsMenu),
    ]
  }

  /// A one-line question.
  public static var prompt: [KeyBinding] {
    [
      KeyBinding([.enter], .accept, Strings.tuiKeyPromptAccept, footer: Strings.tuiHintOK),
      KeyBinding([.escape], .cancel, Strings.tuiKeyCancel, footer: Strings.tuiHintCancel),
      KeyBinding([.ctrl("e")], .externalEditor, Strings.tuiKeyExternalEditor, footer: Strings.tuiHintEditor),
      KeyBinding([.left, .right, .backspace, .ctrl("u")], .typeText, Strings.tuiKeyTypeText),
    ]
  }

  /// A yes / no question.
  public static var confirm: [KeyBinding] {
    [
      KeyBinding([.char("y")], .yes, Strings.tuiKeyDiscard, footer: Strings.tuiHintDiscard),
      KeyBinding([.char("n"), .escape], .no, Strings.tuiKeyKeepEditing, footer: Strings.tuiHintKeepEditing),
    ]
  }

  /// Choosing between a form's values and values saved by someone else meanwhile.
  public static var conflict: [KeyBinding] {
    [
      KeyBinding([.char("m")], .keepMine, Strings.tuiKeyKeepMine, footer: Strings.tuiHintKeepMine),
      KeyBinding([.char("t")], .keepTheirs, Strings.tuiKeyKeepTheirs, footer: Strings.tuiHintKeepTheirs),
      KeyBinding([.escape], .cancel, Strings.tuiKeyBackToForm, footer: Strings.tuiHintBackToForm),
    ]
  }

  /// Reviewing a record changed in two copies: one value per field.
  public static var review: [KeyBinding] {
    [
      KeyBinding([.up, .char("k")], .up, Strings.tuiKeyReviewUp),
      KeyBinding([.down, .char("j")], .down, Strings.tuiKeyReviewDown),
      KeyBinding(
        [.left, .char("1")], .pickCurrent, Strings.tuiKeyPickCurrent, footer: Strings.tuiHintPickCurrent),
      KeyBinding(
        [.right, .char("2")], .pickOther, Strings.tuiKeyPickOther, footer: Strings.tuiHintPickOther),
      KeyBinding([.enter], .accept, Strings.tuiKeyReviewApply, footer: Strings.tuiHintReviewApply),
      KeyBinding([.escape], .cancel, Strings.tuiKeyCancel, footer: Strings.tuiHintCancel),
    ]
  }

  /// Quitting while a failed save left edits in memory.
  public static var unsaved: [KeyBinding] {
    [
      KeyBinding([.char("r")], .retrySave, Strings.tuiKeyRetrySave, footer: Strings.tuiHintRetry),
      KeyBinding(
        [.char("s")], .saveElsewhere, Strings.tuiKeySaveElsewhere, footer: Strings.tuiHintSaveElsewhere),
      KeyBinding([.char("d")], .quitAndLose, Strings.tuiKeyQuitAndLose, footer: Strings.tuiHintLose),
      KeyBinding([.escape], .cancel, Strings.tuiKeyStay, footer: Strings.tuiHintStay),
    ]
  }

  /// A move or note on marked rows some of which the filter hides.
  public static var hiddenMarks: [KeyBinding] {
    [
      KeyBinding([.char("v")], .visibleOnly, Strings.tuiKeyVisibleOnly, footer: Strings.tuiHintVisibleOnly),
      KeyBinding(
        [.char("i")], .includeHidden, Strings.tuiKeyIncludeHidden, footer: Strings.tuiHintIncludeHidden),
      KeyBinding([.escape, .char("n")], .cancel, Strings.tuiKeyCancelAction, footer: Strings.tuiHintCancel),
    ]
  }

  /// Deleting a note: yes or no.
  public static var deleteNote: [KeyBinding] {
    [
      KeyBinding([.char("y")], .yes, Strings.tuiKeyDeleteNoteYes, footer: Strings.tuiHintDeleteNoteYes),
      KeyBinding(
        [.char("n"), .escape], .no, Strings.tuiKeyDeleteNoteNo, footer: Strings.tuiHintDeleteNoteNo),
    ]
  }

  /// Saving a new call that looks like one already there.
  public static var duplicate: [KeyBinding] {
    [
      KeyBinding([.char("s")], .saveAnyway, Strings.tuiKeySaveAnyway, footer: Strings.tuiHintSaveAnyway),
      KeyBinding(
        [.char("o")], .openExisting, Strings.tuiKeyOpenExisting, footer: Strings.tuiHintOpenExisting),
      KeyBinding([.escape], .cancel, Strings.tuiKeyBackToForm, footer: Strings.tuiHintBackToForm),
    ]
  }

  /// Merging two marked calls: which one to keep.
  public static var mergeChoice: [KeyBinding] {
    [
      KeyBinding([.char("1")], .keepFirst, Strings.tuiKeyKeepFirst, footer: Strings.tuiHintKeepFirst),
      KeyBinding([.char("2")], .keepSecond, Strings.tuiKeyKeepSecond, footer: Strings.tuiHintKeepSecond),
      KeyBinding([.escape, .char("n")], .cancel, Strings.tuiKeyCancelAction, footer: Strings.tuiHintCancel),
    ]
  }

  /// The help overlay.
  public static var help: [KeyBinding] {
    [
      KeyBinding([.char("/")], .search, Strings.tuiKeySearchHelp, footer: Strings.tuiHintSearch),
      KeyBinding([.up, .char("k")], .up, Strings.tuiKeyScrollUp),
      KeyBinding([.down, .char("j")], .down, Strings.tuiKeyScrollDown),
      KeyBinding(
        [.escape, .char("?"), .char("q")], .close, Strings.tuiKeyCloseHelp, footer: Strings.tuiHintClose),
    ]
  }

  // MARK: - Lookup

  /// The binding a key triggers in a context, if any.
  public static func binding(for key: Key, in context: KeymapContext) -> KeyBinding? {
    bindings(context).first { $0.keys.contains(key) }
  }

  /// Why a binding cannot run now, or nil when it can.
  public static func disabledReason(_ b: KeyBinding, state: AppState, data: AppData) -> String? {
    let hasTarget: Bool = {
      if case .detail = state.mode { return true }
      return state.selection != nil || !state.marks.isEmpty
    }()
    let readOnly =
      data.isReadOnly ? Strings.tuiReadOnly(data.readOnlyReason ?? Strings.tuiReadOnlyUnknown) : nil
    switch b.requirement {
    case .none: return nil
    case .selection: return hasTarget ? nil : Strings.tuiNothingSelected
    case .writable: return readOnly
    case .writableSelection: return readOnly ?? (hasTarget ? nil : Strings.tuiNothingSelected)
    case .undoable: return readOnly ?? (data.canUndo ? nil : Strings.tuiNothingToUndo)
    case .redoable: return readOnly ?? (data.canRedo ? nil : Strings.tuiNothingToRedo)
    case .stageMenu:
      guard case .menu(let m) = state.mode, case .stage = m.purpose else { return Strings.tuiOnlyStageMenu }
      return readOnly
    case .viewsMenu:
      guard case .menu(let m) = state.mode, case .views = m.purpose else { return Strings.tuiOnlyViewsMenu }
      return readOnly
    }
  }

  // MARK: - Documentation

  /// `docs/keys.md`: every context's keys as Markdown tables, in the language in force
  /// (`docs/es/keys.md` is the Spanish one).
  public static func markdown() -> String {
    var out = "# " + Strings.tuiKeysDocTitle + "\n\n"
    out += Strings.tuiKeysDocIntro + "\n"
    for c in KeymapContext.allCases {
      out +=
        "\n## " + Strings.tuiContextTitle(c) + "\n\n| " + Strings.tuiKeysDocColumns + " |\n|---|---|---|\n"
      for b in bindings(c) {
        let keys = b.keys.map {
          "`" + ($0 == .char("`") ? "\\`" : $0.label.replacingOccurrences(of: "|", with: "\\|")) + "`"
        }
        out +=
          "| " + keys.joined(separator: " ") + " | " + b.description + " | " + b.command.rawValue + " |\n"
      }
    }
    return out
  }
}

extension Strings {
  static var tuiKeysDocTitle: String { t("tui.keysDoc.title", "Keys") }
  static var tuiKeysDocIntro: String {
    t(
      "tui.keysDoc.intro",
      "Generated from the tracker's keymap (`Keymap.markdown()`); a test fails when this file drifts.")
  }
  static var tuiKeysDocColumns: String { t("tui.keysDoc.columns", "key | action | name") }
}
