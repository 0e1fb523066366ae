import ConvocaCore

// MARK: - Status messages

extension Strings {
  /// What the status line says after an undo.
  public static var tuiUndone: String { t("tui.msg.undone", "undone") }
  /// What the status line says after a redo.
  public static var tuiRedone: String { t("tui.msg.redone", "redone") }
  static var tuiReadOnlyUnknown: String { t("tui.msg.readOnlyUnknown", "the file cannot be written") }
  static func tuiReadOnly(_ why: String) -> String { t("tui.msg.readOnly", "read-only: {0}", why) }
  static var tuiNothingSelected: String { t("tui.msg.nothingSelected", "nothing selected") }
  static var tuiNothingToUndo: String { t("tui.msg.nothingToUndo", "nothing to undo") }
  static var tuiNothingToRedo: String { t("tui.msg.nothingToRedo", "nothing to redo") }
  static var tuiMarksCleared: String { t("tui.msg.marksCleared", "marks cleared") }
  static func tuiMarked(_ n: Int) -> String { t("tui.msg.marked", "{0} marked", String(n)) }
  static func tuiSortLabel(_ s: SortOrder) -> String {
    let field = t("tui.sort." + s.field.rawValue, s.field.rawValue)
    return s.descending
      ? t("tui.sort.desc", "{0}, descending", field) : t("tui.sort.asc", "{0}, ascending", field)
  }
  /// The sort in few cells: `deadline ↑`.
  static func tuiSortShort(_ s: SortOrder) -> String {
    t("tui.sort." + s.field.rawValue, s.field.rawValue) + (s.descending ? " ↓" : " ↑")
  }
  static func tuiSortedBy(_ label: String) -> String { t("tui.msg.sortedBy", "sorted by {0}", label) }
  static func tuiFailed(_ text: String) -> String { t("tui.msg.failed", "not saved: {0}", text) }
  static var tuiChangedElsewhere: String {
    t(
      "tui.msg.changedElsewhere",
      "someone else changed this opportunity meanwhile; saving will ask which values to keep")
  }
  static var tuiGoneElsewhere: String {
    t("tui.msg.goneElsewhere", "this opportunity no longer exists (removed elsewhere)")
  }
  static var tuiEditorFailed: String {
    t("tui.msg.editorFailed", "the editor did not return any text; nothing changed")
  }
  static var tuiAtLastStage: String { t("tui.msg.atLastStage", "already at the last stage") }
  static var tuiAtFirstStage: String { t("tui.msg.atFirstStage", "already at the first stage") }
  static func tuiAlreadyAt(_ stage: String) -> String { t("tui.msg.alreadyAt", "already {0}", stage) }
  static func tuiMovedOne(_ title: String, _ from: String, _ to: String) -> String {
    t("tui.msg.movedOne", "'{0}': {1} → {2}", title, from, to)
  }
  static func tuiMovedMany(_ n: Int, _ to: String) -> String {
    t("tui.msg.movedMany", "moved {0} to {1}", String(n), to)
  }
  static func tuiMovedSteps(_ n: Int) -> String { t("tui.msg.movedSteps", "moved {0} one stage", String(n)) }
  static func tuiSkipped(_ n: Int) -> String { t("tui.msg.skipped", " ({0} left as they were)", String(n)) }
  static var tuiNoteEmpty: String { t("tui.msg.noteEmpty", "a note needs some text") }
  static func tuiNoteAdded(_ title: String) -> String { t("tui.msg.noteAdded", "note added to '{0}'", title) }
  static func tuiNotesAdded(_ n: Int) -> String {
    t("tui.msg.notesAdded", "note added to {0} opportunities", String(n))
  }
  static func tuiKeptLastValid(_ e: String) -> String {
    t("tui.msg.keptLastValid", "kept the last valid filter — {0}", e)
  }
  static func tuiFixFields(_ label: String, _ e: String) -> String {
    t("tui.msg.fixFields", "not saved — {0}: {1}", label, e)
  }
  static var tuiNothingChanged: String { t("tui.msg.nothingChanged", "nothing changed") }
  static func tuiSaved(_ title: String) -> String { t("tui.msg.saved", "saved '{0}'", title) }
  static func tuiAdded(_ title: String) -> String { t("tui.msg.added", "added '{0}'", title) }
  static var tuiKeptTheirs: String { t("tui.msg.keptTheirs", "kept their values; nothing else to save") }
  static var tuiDiscarded: String { t("tui.msg.discarded", "changes thrown away") }
}

// MARK: - Screen text

extension Strings {
  static var tuiAppName: String { t("tui.appName", "Convoca") }
  static func tuiTab(_ s: AppState.Screen) -> String {
    switch s {
    case .list: return t("tui.tab.list", "1 List")
    case .board: return t("tui.tab.board", "2 Board")
    case .dashboard: return t("tui.tab.dashboard", "3 Dashboard")
    case .standup: return t("tui.tab.standup", "4 Standup")
    }
  }
  static func tuiCount(_ shown: Int, _ total: Int) -> String {
    t("tui.count", "{0} of {1}", String(shown), String(total))
  }
  static var tuiFilterLabel: String { t("tui.filter.label", "Filter: ") }
  static var tuiFilterPlaceholder: String { t("tui.filter.placeholder", "everything — press / to filter") }
  static var tuiEmptyTitle: String { t("tui.empty.title", "No opportunities yet.") }
  static var tuiEmptyAdd: String { t("tui.empty.add", "Press a to add the first one,") }
  static var tuiEmptyImport: String {
    t("tui.empty.import", "or from a script: convoca add --title \"…\" --kind grant")
  }
  static var tuiNoMatch: String { t("tui.empty.noMatch", "Nothing matches this filter.") }
  static var tuiNoMatchHint: String { t("tui.empty.noMatchHint", "Press / to change it.") }
  static func tuiTooSmall(_ w: Int, _ h: Int, _ nw: Int, _ nh: Int) -> String {
    t(
      "tui.tooSmall", "terminal too small — need {0}×{1}, have {2}×{3}", String(nw), String(nh), String(w),
      String(h))
  }
  static var tuiFileSaved: String { t("tui.file.saved", "saved") }
  static func tuiFileReadOnly(_ why: String) -> String { t("tui.file.readOnly", "READ-ONLY: {0}", why) }
  static func tuiFileReloaded(_ n: Int) -> String {
    t("tui.file.reloaded", "reloaded: {0} changed by others", String(n))
  }
  static var tuiFormAdd: String { t("tui.form.add", "New opportunity") }
  static func tuiFormEdit(_ id: String) -> String { t("tui.form.edit", "Edit {0}", id) }
  static var tuiNone: String { t("tui.form.none", "(none)") }
  static var tuiChangedElsewhereBanner: String {
    t("tui.form.changedElsewhere", "changed by someone else since this form opened")
  }
  static func tuiPromptNoteMany(_ n: Int) -> String { t("tui.prompt.noteMany", "Note for {0}: ", String(n)) }
  static var tuiPromptAwarded: String { t("tui.prompt.awarded", "Awarded amount: ") }
  static var tuiPromptAwardedMany: String {
    t("tui.prompt.awardedMany", "Awarded (empty: each its requested amount): ")
  }
  static var tuiConfirmDiscard: String { t("tui.confirm.discard", "Throw away the changes in this form?") }
  static var tuiConflictTitle: String { t("tui.conflict.title", "Changed by someone else while you edited") }
  static var tuiConflictMine: String { t("tui.conflict.mine", "mine") }
  static var tuiConflictTheirs: String { t("tui.conflict.theirs", "theirs") }
  static func tuiHelpTitle(_ context: String) -> String { t("tui.help.title", "Keys — {0}", context) }
  static var tuiHelpSearch: String { t("tui.help.search", "search: ") }
  static var tuiHelpNoMatch: String { t("tui.help.noMatch", "no key matches") }
  static var tuiMenuSort: String { t("tui.menu.sort", "Sort by") }
  static func tuiMenuStage(_ n: Int) -> String {
    n == 1 ? t("tui.menu.stage", "Move to stage") : t("tui.menu.stageMany", "Move {0} to stage", String(n))
  }
  static var tuiDetailNotes: String { t("tui.detail.gone", "This opportunity no longer exists.") }
}
