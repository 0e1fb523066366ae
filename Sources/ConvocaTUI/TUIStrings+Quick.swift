import ConvocaCore

// MARK: - Quick actions: copy the id, next / previous call, move and note, named note prompts

extension Strings {
  static var tuiKeyCopyID: String {
    t("tui.key.copyID", "copy the id (OSC 52, when the configuration allows it)")
  }
  static var tuiKeyNextCall: String { t("tui.key.nextCall", "the next call of the list") }
  static var tuiKeyPreviousCall: String { t("tui.key.previousCall", "the previous call of the list") }
  static var tuiKeyMoveAndNote: String {
    t("tui.key.moveAndNote", "move there and write a note with the move")
  }
  static var tuiHintNextCall: String { t("tui.hint.nextCall", "next call") }
  static var tuiHintMoveAndNote: String { t("tui.hint.moveAndNote", "move and note") }
  static var tuiOnlyStageMenu: String { t("tui.msg.onlyStageMenu", "only when moving to a stage") }
  static func tuiCopiedID(_ id: String) -> String { t("tui.msg.copiedID", "copied {0}", id) }
  static func tuiCopyOff(_ id: String) -> String {
    t("tui.msg.copyOff", "id {0} — to copy it with y, set \"clipboard\": true in config.json", id)
  }
  static var tuiLastCall: String { t("tui.msg.lastCall", "this is the last call of the list") }
  static var tuiFirstCall: String { t("tui.msg.firstCall", "this is the first call of the list") }
  static var tuiListEmpty: String { t("tui.msg.listEmpty", "the list is empty") }
  static func tuiPromptNoteOn(_ title: String) -> String { t("tui.prompt.noteOn", "Note on '{0}': ", title) }
  static func tuiPromptMoveNote(_ title: String, _ stage: String) -> String {
    t("tui.prompt.moveNote", "Note on moving '{0}' to {1}: ", title, stage)
  }
  static func tuiPromptMoveNoteMany(_ n: Int, _ stage: String) -> String {
    t("tui.prompt.moveNoteMany", "Note on moving {0} to {1}: ", String(n), stage)
  }
}
