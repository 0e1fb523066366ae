import ConvocaCore

extension Strings {
  // MARK: - Deleting and archiving

  static var tuiKeyDelete: String {
    t("tui.key.delete", "delete the call (or the marked ones), after asking")
  }
  static var tuiKeyArchive: String {
    t("tui.key.archive", "archive the call (or the marked ones); unarchive when already archived")
  }
  static var tuiKeyConfirmDelete: String { t("tui.key.confirmDelete", "delete (u undoes it)") }
  static var tuiKeyKeepCalls: String { t("tui.key.keepCalls", "keep them, delete nothing") }
  static var tuiHintDelete: String { t("tui.hint.delete", "delete") }
  static func tuiConfirmDeleteOne(_ title: String) -> String {
    t("tui.confirm.deleteOne", "Delete '{0}'? y/n", TerminalText.sanitize(title))
  }
  static func tuiConfirmDeleteMany(_ n: Int) -> String {
    t("tui.confirm.deleteMany", "Delete {0} calls? y/n", String(n))
  }
  static var tuiDeleteUndoable: String {
    t("tui.confirm.deleteUndoable", "u undoes it; convoca restore brings it back until compaction")
  }
  static var tuiNothingDeleted: String { t("tui.nothingDeleted", "Nothing deleted") }
  static func tuiDeletedOne(_ title: String) -> String {
    t("tui.deletedOne", "Deleted '{0}' (u undoes)", TerminalText.sanitize(title))
  }
  static func tuiDeletedMany(_ n: Int) -> String {
    t("tui.deletedMany", "Deleted {0} calls (u undoes)", String(n))
  }
  static func tuiArchivedOne(_ title: String) -> String {
    t(
      "tui.archivedOne", "Archived '{0}': hidden unless the filter says is:archived",
      TerminalText.sanitize(title))
  }
  static func tuiArchivedMany(_ n: Int) -> String {
    t("tui.archivedMany", "Archived {0} calls: hidden unless the filter says is:archived", String(n))
  }
  static func tuiUnarchivedOne(_ title: String) -> String {
    t("tui.unarchivedOne", "Unarchived '{0}'", TerminalText.sanitize(title))
  }
  static func tuiUnarchivedMany(_ n: Int) -> String {
    t("tui.unarchivedMany", "Unarchived {0} calls", String(n))
  }
}
