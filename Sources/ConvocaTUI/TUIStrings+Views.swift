import ConvocaCore

extension Strings {
  // MARK: - Saved views
  static var tuiKeySaveView: String {
    t("tui.key.saveView", "save the filter, sort, columns and screen as a view")
  }
  static var tuiKeyViews: String { t("tui.key.views", "list the saved views; Enter applies one") }
  static var tuiKeyRemoveView: String {
    t("tui.key.removeView", "remove the selected saved view (asks: press again)")
  }
  static var tuiOnlyViewsMenu: String { t("tui.onlyViewsMenu", "only in the saved views (v)") }
  static func tuiMenuRemoveView(_ n: String) -> String {
    t("tui.menu.removeView", "Remove '{0}'? x again: yes", n)
  }
  static func tuiViewRemoved(_ n: String) -> String { t("tui.viewRemoved", "view '{0}' removed", n) }
  static var tuiMenuViews: String { t("tui.menu.views", "Saved views (matching now)") }
  static var tuiPromptSaveView: String { t("tui.prompt.saveView", "Save view as: ") }
  static var tuiNoViews: String { t("tui.noViews", "no saved views yet — V saves the filter as one") }
  static func tuiViewGone(_ n: String) -> String {
    t("tui.viewGone", "the view '{0}' was removed meanwhile", n)
  }
  static func tuiViewApplied(_ n: String, _ count: Int) -> String {
    t("tui.viewApplied", "view '{0}': {1} calls", n, String(count))
  }
  static func tuiViewExists(_ n: String) -> String {
    t("tui.viewExists", "'{0}' exists — Enter again replaces it", n)
  }
  static func tuiViewSaved(_ n: String) -> String { t("tui.viewSaved", "view '{0}' saved", n) }
}
