import ConvocaCore

extension Strings {
  // MARK: - Screens
  static var tuiKeyShowBoard: String { t("tui.key.showBoard", "show the board") }
  static var tuiKeyShowDashboard: String { t("tui.key.showDashboard", "show the dashboard") }
  static var tuiKeyShowStandup: String { t("tui.key.showStandup", "show the standup") }
  static var tuiHintScreens: String { t("tui.hint.screens", "screens") }
}
