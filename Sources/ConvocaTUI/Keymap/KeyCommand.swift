/// The named things a key can do. The raw value is the action's name in `docs/keys.md`.
public enum KeyCommand: String, Hashable, Sendable, CaseIterable {
  // MARK: - Moving
  case up, down, pageUp, pageDown, top, bottom
  // MARK: - List
  case showList, filter, open, add, edit, moveNext, movePrevious, stageMenu, note, mark, markAll, sort, undo,
    redo,
    help, quit
  // MARK: - Quick actions
  case copyID, nextCall, previousCall, moveAndNote, openURL, editNote, deleteNote
  // MARK: - Overlays and editors
  case close, accept, cancel, historyOlder, historyNewer, complete, typeText, nextField, previousField, enter,
    save,
    externalEditor, choose, yes, no, keepMine, keepTheirs, search
  // MARK: - Questions before acting
  case clearMarks, retrySave, saveElsewhere, quitAndLose, visibleOnly, includeHidden
  // MARK: - Column chooser
  case columns, itemUp, itemDown
  // MARK: - Deleting and archiving
  case delete, archive
  // MARK: - Duplicates and merging
  case merge, saveAnyway, openExisting, keepFirst, keepSecond
  // MARK: - Screens
  case showBoard, showDashboard, showStandup
  // MARK: - Board
  case columnLeft, columnRight, foldClosed
  // MARK: - Dashboard
  case cyclePeriod, pickPeriod
  // MARK: - Standup
  case nextPerson, previousPerson, finishStandup, standupSummary
  // MARK: - Saved views
  case saveView, views
  // MARK: - Command line
  case commandLine
  // MARK: - Reviewing a conflict
  case reviewConflict, pickCurrent, pickOther
  // MARK: - Team sync
  case sync, arrivals
}

/// What an action needs before it can run; the reason it is refused comes from here.
public enum Requirement: Hashable, Sendable {
  /// Always possible.
  case none
  /// A selected (or marked) opportunity.
  case selection
  /// A writable file.
  case writable
  /// A writable file and a selected (or marked) opportunity.
  case writableSelection
  /// A writable file and something to undo.
  case undoable
  /// A writable file and something to redo.
  case redoable
  /// A writable file and the stage menu open (the sort menu has no use for it).
  case stageMenu
  /// A writable file and the saved views open (`v`).
  case viewsMenu
}

/// Where a set of keys applies: a screen or a mode.
public enum KeymapContext: String, Hashable, Sendable, CaseIterable {
  case list, detail, filter, form, menu, prompt, confirm, conflict, help, unsaved, hiddenMarks, deleteNote,
    deleteCalls, duplicate, mergeChoice, board, dashboard, standup, commandLine, importConfirm, commandHelp,
    review
}
