import ConvocaCore

// MARK: - Key descriptions (help overlay and docs/keys.md)

extension Strings {
  static var tuiKeyUp: String { t("tui.key.up", "previous row") }
  static var tuiKeyDown: String { t("tui.key.down", "next row") }
  static var tuiKeyPageUp: String { t("tui.key.pageUp", "one page up") }
  static var tuiKeyPageDown: String { t("tui.key.pageDown", "one page down") }
  static var tuiKeyTop: String { t("tui.key.top", "go to the top") }
  static var tuiKeyBottom: String { t("tui.key.bottom", "go to the bottom") }
  static var tuiKeyShowList: String { t("tui.key.showList", "show the list") }
  static var tuiKeyFilter: String {
    t("tui.key.filter", "edit the filter (the list follows every keystroke)")
  }
  static var tuiKeyOpen: String { t("tui.key.open", "open the selected opportunity") }
  static var tuiKeyAdd: String { t("tui.key.add", "add an opportunity") }
  static var tuiKeyEdit: String { t("tui.key.edit", "edit the selected opportunity") }
  static var tuiKeyMoveNext: String {
    t("tui.key.moveNext", "move the selected (or all marked) to the next stage")
  }
  static var tuiKeyMovePrevious: String {
    t("tui.key.movePrevious", "move the selected (or all marked) to the previous stage")
  }
  static var tuiKeyStageMenu: String { t("tui.key.stageMenu", "move to a stage chosen from a menu") }
  static var tuiKeyNote: String { t("tui.key.note", "add a note") }
  static var tuiKeyMark: String {
    t("tui.key.mark", "mark / unmark (moves and notes apply to the marked rows shown)")
  }
  static var tuiKeyMarkAll: String { t("tui.key.markAll", "mark everything in the filter / clear the marks") }
  static var tuiKeySort: String { t("tui.key.sort", "choose the sort") }
  static var tuiKeyColumns: String { t("tui.key.columns", "choose and order the columns") }
  static var tuiKeyToggleColumn: String {
    t("tui.key.toggleColumn", "show or hide the column (columns menu)")
  }
  static var tuiKeyItemUp: String { t("tui.key.itemUp", "move the column up (columns menu)") }
  static var tuiKeyItemDown: String { t("tui.key.itemDown", "move the column down (columns menu)") }
  static var tuiMenuColumns: String { t("tui.menu.columns", "Columns") }
  static var tuiNoColumns: String { t("tui.msg.noColumns", "show at least one column") }
  static var tuiColumnsKept: String { t("tui.msg.columnsKept", "columns kept") }
  static var tuiKeyUndo: String { t("tui.key.undo", "undo") }
  static var tuiKeyRedo: String { t("tui.key.redo", "redo") }
  static var tuiKeyHelp: String { t("tui.key.help", "help for this screen") }
  static var tuiKeyQuit: String { t("tui.key.quit", "quit (asks first when edits are unsaved)") }
  static var tuiKeyCloseDetail: String { t("tui.key.closeDetail", "back to the list") }
  static var tuiKeyScrollUp: String { t("tui.key.scrollUp", "scroll up") }
  static var tuiKeyScrollDown: String { t("tui.key.scrollDown", "scroll down") }
  static var tuiKeyFilterAccept: String { t("tui.key.filterAccept", "keep this filter") }
  static var tuiKeyFilterCancel: String { t("tui.key.filterCancel", "restore the previous filter") }
  static var tuiKeyHistoryOlder: String { t("tui.key.historyOlder", "recall an earlier filter") }
  static var tuiKeyHistoryNewer: String { t("tui.key.historyNewer", "recall a later filter") }
  static var tuiKeyComplete: String { t("tui.key.complete", "complete a field name or value") }
  static var tuiKeyTypeText: String { t("tui.key.typeText", "edit the text") }
  static var tuiKeyNextField: String { t("tui.key.nextField", "next field") }
  static var tuiKeyPreviousField: String { t("tui.key.previousField", "previous field") }
  static var tuiKeyFormEnter: String {
    t("tui.key.formEnter", "next field; a new line in the description; save on the last field")
  }
  static var tuiKeySave: String { t("tui.key.save", "save") }
  static var tuiKeyFormCancel: String { t("tui.key.formCancel", "leave the form (asks first when changed)") }
  static var tuiKeyExternalEditor: String { t("tui.key.externalEditor", "write the text in $EDITOR") }
  static var tuiKeyChoose: String {
    t("tui.key.choose", "change the choice (kind, area); ← → move the cursor elsewhere")
  }
  static var tuiKeyChooseItem: String { t("tui.key.chooseItem", "choose") }
  static var tuiKeyCancel: String { t("tui.key.cancel", "cancel") }
  static var tuiKeyPromptAccept: String { t("tui.key.promptAccept", "done") }
  static var tuiKeyDiscard: String { t("tui.key.discard", "throw the changes away") }
  static var tuiKeyKeepEditing: String { t("tui.key.keepEditing", "keep editing") }
  static var tuiKeyKeepMine: String { t("tui.key.keepMine", "keep my values") }
  static var tuiKeyKeepTheirs: String { t("tui.key.keepTheirs", "keep their values (save the rest of mine)") }
  static var tuiKeyBackToForm: String { t("tui.key.backToForm", "back to the form") }
  static var tuiKeySearchHelp: String { t("tui.key.searchHelp", "search the keys") }
  static var tuiKeyCloseHelp: String { t("tui.key.closeHelp", "close help") }

  static func tuiContextTitle(_ c: KeymapContext) -> String {
    switch c {
    case .list: return t("tui.context.list", "List")
    case .board: return t("tui.context.board", "Board")
    case .dashboard: return t("tui.context.dashboard", "Dashboard")
    case .standup: return t("tui.context.standup", "Standup")
    case .detail: return t("tui.context.detail", "Detail")
    case .filter: return t("tui.context.filter", "Filter bar")
    case .form: return t("tui.context.form", "Add / edit form")
    case .menu: return t("tui.context.menu", "Menus (sort, stage, columns)")
    case .prompt: return t("tui.context.prompt", "Questions (note, awarded amount)")
    case .confirm: return t("tui.context.confirm", "Leaving a changed form")
    case .conflict: return t("tui.context.conflict", "Changed by someone else meanwhile")
    case .help: return t("tui.context.help", "Help")
    case .unsaved: return t("tui.context.unsaved", "Quitting with unsaved edits")
    case .hiddenMarks: return t("tui.context.hiddenMarks", "Marked rows hidden by the filter")
    case .deleteNote: return t("tui.context.deleteNote", "Deleting a note")
    case .deleteCalls: return t("tui.context.deleteCalls", "Deleting calls")
    case .duplicate: return t("tui.context.duplicate", "Adding a likely duplicate")
    case .mergeChoice: return t("tui.context.mergeChoice", "Merging two marked calls")
    case .commandLine: return t("tui.context.commandLine", "Command line (:)")
    case .importConfirm: return t("tui.context.importConfirm", "Confirming an import")
    case .commandHelp: return t("tui.context.commandHelp", "The command list (:help)")
    case .review: return t("tui.context.review", "Reviewing a call changed in two copies")
    }
  }
}

// MARK: - Footer hints

extension Strings {
  static var tuiHintEdit: String { t("tui.hint.edit", "edit") }
  static var tuiHintMove: String { t("tui.hint.move", "next stage") }
  static var tuiHintNote: String { t("tui.hint.note", "note") }
  static var tuiHintUndo: String { t("tui.hint.undo", "undo") }
  static var tuiHintFilter: String { t("tui.hint.filter", "filter") }
  static var tuiHintOpen: String { t("tui.hint.open", "open") }
  static var tuiHintAdd: String { t("tui.hint.add", "add") }
  static var tuiHintMark: String { t("tui.hint.mark", "mark") }
  static var tuiHintSort: String { t("tui.hint.sort", "sort") }
  static var tuiHintHelp: String { t("tui.hint.help", "help") }
  static var tuiHintQuit: String { t("tui.hint.quit", "quit") }
  static var tuiHintBack: String { t("tui.hint.back", "back") }
  static var tuiHintKeep: String { t("tui.hint.keep", "keep") }
  static var tuiHintRestore: String { t("tui.hint.restore", "restore") }
  static var tuiHintHistory: String { t("tui.hint.history", "history") }
  static var tuiHintComplete: String { t("tui.hint.complete", "complete") }
  static var tuiHintNextField: String { t("tui.hint.nextField", "next field") }
  static var tuiHintSave: String { t("tui.hint.save", "save") }
  static var tuiHintCancel: String { t("tui.hint.cancel", "cancel") }
  static var tuiHintEditor: String { t("tui.hint.editor", "$EDITOR") }
  static var tuiHintChoose: String { t("tui.hint.choose", "choose") }
  static var tuiHintChooseItem: String { t("tui.hint.chooseItem", "choose") }
  static var tuiHintOK: String { t("tui.hint.ok", "OK") }
  static var tuiHintDiscard: String { t("tui.hint.discard", "discard") }
  static var tuiHintKeepEditing: String { t("tui.hint.keepEditing", "keep editing") }
  static var tuiHintKeepMine: String { t("tui.hint.keepMine", "keep mine") }
  static var tuiHintKeepTheirs: String { t("tui.hint.keepTheirs", "keep theirs") }
  static var tuiHintBackToForm: String { t("tui.hint.backToForm", "back to the form") }
  static var tuiHintSearch: String { t("tui.hint.search", "search") }
  static var tuiHintClose: String { t("tui.hint.close", "close") }
}
