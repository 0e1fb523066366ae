import ConvocaCore

extension Strings {
  // MARK: - Board
  static var tuiKeyCardUp: String { t("tui.key.cardUp", "previous card in the column") }
  static var tuiKeyCardDown: String { t("tui.key.cardDown", "next card in the column") }
  static var tuiKeyCardTop: String { t("tui.key.cardTop", "first card in the column") }
  static var tuiKeyCardBottom: String { t("tui.key.cardBottom", "last card in the column") }
  static var tuiKeyColumnLeft: String { t("tui.key.columnLeft", "column to the left (folded ones skipped)") }
  static var tuiKeyColumnRight: String {
    t("tui.key.columnRight", "column to the right (folded ones skipped)")
  }
  static var tuiKeyFoldClosed: String {
    t("tui.key.foldClosed", "fold or unfold the closed stages (won, lost, dropped)")
  }
  static var tuiHintColumn: String { t("tui.hint.column", "column") }
  static var tuiHintFold: String { t("tui.hint.fold", "fold") }
  static var tuiBoardEmpty: String { t("tui.board.empty", "no calls") }
  static var tuiBoardPartial: String { t("tui.board.partial", "partial") }
  static var tuiBoardFolded: String { t("tui.board.folded", "closed stages folded (z shows them)") }
  static var tuiBoardUnfolded: String { t("tui.board.unfolded", "closed stages shown") }
}
