import ConvocaCore

extension Keymap {
  /// The dashboard screen: a cursor over the figures, Enter drills into the list, p/P the period.
  public static var dashboard: [KeyBinding] {
    [
      KeyBinding([.down, .char("j"), .tab], .down, Strings.tuiKeyNextFigure, footer: Strings.tuiHintFigure),
      KeyBinding([.up, .char("k"), .backTab], .up, Strings.tuiKeyPreviousFigure),
      KeyBinding([.right, .char("l")], .columnRight, Strings.tuiKeyNextFigure),
      KeyBinding([.left, .char("h")], .columnLeft, Strings.tuiKeyPreviousFigure),
      KeyBinding([.enter], .open, Strings.tuiKeyDrill, footer: Strings.tuiHintDrill),
      KeyBinding([.char("p")], .cyclePeriod, Strings.tuiKeyCyclePeriod, footer: Strings.tuiHintPeriod),
      KeyBinding([.char("P")], .pickPeriod, Strings.tuiKeyPickPeriod),
    ] + screenCommon
  }
}

extension Strings {
  static var tuiKeyNextFigure: String { t("tui.key.nextFigure", "Select the next figure") }
  static var tuiKeyPreviousFigure: String { t("tui.key.previousFigure", "Select the previous figure") }
  static var tuiHintFigure: String { t("tui.hint.figure", "figure") }
  static var tuiKeyDrill: String {
    t("tui.key.drill", "Show the calls behind the selected figure in the list (Esc there comes back)")
  }
  static var tuiHintDrill: String { t("tui.hint.drill", "calls") }
  static var tuiKeyCyclePeriod: String {
    t("tui.key.cyclePeriod", "Next period: this year, last 12 months, all time")
  }
  static var tuiHintPeriod: String { t("tui.hint.period", "period") }
  static var tuiKeyPickPeriod: String { t("tui.key.pickPeriod", "Pick the period (a year of the data too)") }
  static var tuiKeyBackToDashboard: String {
    t("tui.key.backToDashboard", "Back to the dashboard after a drill-down, with the filter before it")
  }
}
