import ConvocaCore

// MARK: - Unsaved edits, hidden marks, saving a copy

extension Strings {
  static var tuiFileUnsaved: String { t("tui.file.unsaved", "UNSAVED (retrying)") }
  static var tuiUnsavedUnknown: String { t("tui.msg.unsavedUnknown", "the last save failed") }
  static var tuiSavedAfterRetry: String {
    t("tui.msg.savedAfterRetry", "saved: the edits kept in memory are written")
  }
  static var tuiConfirmUnsaved: String { t("tui.confirm.unsaved", "Your last edits are not saved") }
  static func tuiUnsavedWhy(_ why: String) -> String { t("tui.confirm.unsavedWhy", "Why: {0}", why) }
  static var tuiKeyRetrySave: String { t("tui.key.retrySave", "try to save again, then quit") }
  static var tuiKeySaveElsewhere: String {
    t("tui.key.saveElsewhere", "write a full copy to another file, then quit")
  }
  static var tuiKeyQuitAndLose: String { t("tui.key.quitAndLose", "quit and lose the unsaved edits") }
  static var tuiKeyStay: String { t("tui.key.stay", "stay in the tracker") }
  static var tuiHintRetry: String { t("tui.hint.retry", "retry") }
  static var tuiHintSaveElsewhere: String { t("tui.hint.saveElsewhere", "save elsewhere") }
  static var tuiHintLose: String { t("tui.hint.lose", "quit, lose them") }
  static var tuiHintStay: String { t("tui.hint.stay", "stay") }
  static var tuiPromptSavePath: String { t("tui.prompt.savePath", "Save a full copy to: ") }
  static var tuiPathEmpty: String { t("tui.msg.pathEmpty", "type the path of a new file") }
  static func tuiCopyExists(_ path: String) -> String {
    t("tui.msg.copyExists", "{0} already exists: choose a new file name", path)
  }
  static func tuiConfirmHiddenMarks(_ hidden: Int) -> String {
    t("tui.confirm.hiddenMarks", "{0} marked rows are hidden by the filter", String(hidden))
  }
  static func tuiHiddenMarksCounts(_ visible: Int, _ hidden: Int) -> String {
    t("tui.confirm.hiddenMarksCounts", "{0} marked rows shown, {1} hidden", String(visible), String(hidden))
  }
  static var tuiKeyVisibleOnly: String { t("tui.key.visibleOnly", "act on the marked rows shown only") }
  static var tuiKeyIncludeHidden: String { t("tui.key.includeHidden", "act on the hidden marked rows too") }
  static var tuiKeyCancelAction: String { t("tui.key.cancelAction", "do nothing") }
  static var tuiHintVisibleOnly: String { t("tui.hint.visibleOnly", "shown only") }
  static var tuiHintIncludeHidden: String { t("tui.hint.includeHidden", "include hidden") }
  static var tuiKeyClearMarks: String { t("tui.key.clearMarks", "clear the marks") }
  static var tuiNoVisibleMarks: String { t("tui.msg.noVisibleMarks", "no marked row is shown") }
  static func tuiMoreText(_ bytes: Int) -> String {
    t("tui.detail.moreText", "… (cut here: {0} bytes in all; e edits the whole text)", String(bytes))
  }
}
