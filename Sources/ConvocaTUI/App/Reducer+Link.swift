import ConvocaCore

extension Reducer {
  // MARK: - Opening the call's URL

  /// `o`: checks the call's URL (`CallURL`) and asks the app loop to open it (or, without a
  /// display, to show it as a link and copy it when the configuration enables the clipboard).
  static func openURL(_ state: inout AppState, _ id: OpportunityID, data: AppData) -> [Effect] {
    guard let o = data.store[id] else {
      state.fail(Strings.tuiNothingSelected)
      return []
    }
    switch CallURL.check(o.url) {
    case .missing:
      state.fail(Strings.tuiNoURL(TerminalText.sanitize(o.title)))
      return []
    case .refused(let why):
      state.fail(why)
      return []
    case .openable(let url):
      return [.openURL(url, copy: state.configuration.clipboard)]
    }
  }

  /// Tells what became of the URL: opened, shown as a link (and copied), or why it failed.
  static func linkOpened(_ state: inout AppState, _ outcome: LinkOutcome) {
    switch outcome {
    case .opened(let url): state.inform(Strings.tuiURLOpened(TerminalText.sanitize(url)))
    case .failed(let why): state.fail(Strings.tuiURLOpenFailed(why))
    case .shown(let url, let copied):
      state.inform(copied ? Strings.tuiURLCopied : Strings.tuiURLShown)
      // Long enough to click or copy by hand.
      state.status?.expires = state.ticks + AppState.messageTicks * 4
      state.status?.link = url
    }
  }
}

extension Strings {
  static func tuiNoURL(_ title: String) -> String { t("tui.url.none", "'{0}' has no URL", title) }
  static func tuiURLOpened(_ url: String) -> String { t("tui.url.opened", "Opening {0}", url) }
  static func tuiURLOpenFailed(_ why: String) -> String {
    t("tui.url.failed", "could not start xdg-open: {0}", why)
  }
  static var tuiURLShown: String { t("tui.url.shown", "No display to open a browser on; the link:") }
  static var tuiURLCopied: String { t("tui.url.copied", "No display; link copied to the clipboard:") }
}
