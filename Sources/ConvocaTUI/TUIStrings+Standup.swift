import ConvocaCore

extension Strings {
  // MARK: - Standup screen
  static var tuiKeyNextPerson: String { t("tui.key.nextPerson", "next person") }
  static var tuiKeyPreviousPerson: String { t("tui.key.previousPerson", "previous person") }
  static var tuiHintNextPerson: String { t("tui.hint.nextPerson", "next person") }
  static var tuiKeyFinishStandup: String {
    t("tui.key.finishStandup", "finish the standup and record it in the file")
  }
  static var tuiHintFinishStandup: String { t("tui.hint.finishStandup", "finish") }
  static var tuiKeyStandupSummary: String { t("tui.key.standupSummary", "show or hide the summary page") }
  static var tuiHintStandupSummary: String { t("tui.hint.standupSummary", "summary") }
  static var tuiKeyCloseSummary: String { t("tui.key.closeSummary", "back from the summary page") }
  static func tuiStandupSince(_ since: String) -> String { t("tui.standup.since", "Since {0}", since) }
  static func tuiStandupTurn(_ n: Int, _ of: Int) -> String {
    t("tui.standup.turn", "person {0} of {1}", String(n), String(of))
  }
  static func tuiStandupTimer(_ person: String, _ total: String) -> String {
    t("tui.standup.timer", "⏱ {0} this person · {1} total", person, total)
  }
  static var tuiStandupConfirmFinish: String {
    t("tui.standup.confirmFinish", "Finish the standup and record it? y: finish · n: keep going")
  }
  static var tuiStandupFinishTitle: String { t("tui.standup.finishTitle", "Finish") }
  static var tuiStandupNotFinished: String { t("tui.standup.notFinished", "Standup goes on") }
  static var tuiStandupRecorded: String {
    t("tui.standup.recorded", "Standup recorded: the next one starts from now")
  }
  static var tuiStandupSummarySoFar: String { t("tui.standup.summarySoFar", "Summary so far") }
  static var tuiStandupSummaryFinished: String {
    t("tui.standup.summaryFinished", "Standup finished and recorded")
  }
  static var tuiStandupWalk: String { t("tui.standup.walk", "The walk") }
  static func tuiStandupCounts(_ done: Int, _ due: Int, _ stale: Int, _ awaiting: Int) -> String {
    t(
      "tui.standup.counts", "{0} done · {1} due · {2} stale · {3} waiting", String(done), String(due),
      String(stale), String(awaiting))
  }
  static func tuiStandupTotal(_ total: String) -> String { t("tui.standup.total", "Total {0}", total) }
}
