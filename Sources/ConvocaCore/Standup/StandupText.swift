/// The standup agenda as text: the lines `convoca standup` prints (plain or Markdown, ready
/// to paste into a chat) and the phrases the tracker's standup screen shares with it.
public enum StandupText {
  /// How the agenda is printed.
  public enum Format: String, CaseIterable, Sendable {
    /// Plain text.
    case text
    /// Markdown: a heading per person, bullet lists.
    case md
  }

  /// Said when nobody has anything to report or discuss.
  public static var nothing: String { Strings.standupNothing }

  /// Said for a person with nothing new and nothing pressing.
  public static var personNothing: String { Strings.standupPersonNothing }

  /// `2026-11-27 09:00` (Spanish: `27/11/2026 09:00`), in local time.
  public static func local(_ t: Timestamp, utcOffset: Int) -> String {
    let shifted = t.adding(seconds: Int64(utcOffset))
    let s = shifted.description  // YYYY-MM-DDTHH:MM:SSZ
    let day = CalendarDate(iso: String(s.prefix(10))).map(Formatting.date) ?? String(s.prefix(10))
    return day + " " + String(s.dropFirst(11).prefix(5))
  }

  /// The name a person is shown under ("(no owner)" for unowned calls).
  public static func name(_ p: StandupAgenda.Person) -> String {
    p.isNoOwner ? Strings.standupNoOwner : TerminalText.sanitize(p.name)
  }

  /// What an activity says after the call: `moved preparing → applied`, `noted: …`, `added`,
  /// with `(by NAME)` when someone other than the owner did it.
  public static func activity(_ a: StandupAgenda.Activity) -> String {
    var s: String
    switch a.kind {
    case .added: s = Strings.standupAdded
    case .moved(let from, let to):
      s = Strings.standupMoved(
        Strings.valueName("stage", from.rawValue), Strings.valueName("stage", to.rawValue))
    case .noted(let text):
      let first = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
      s = Strings.standupNoted(TerminalText.sanitize(first))
    }
    if a.byOther { s += " " + Strings.standupBy(TerminalText.sanitize(a.by)) }
    return s
  }

  /// What a listed call shows after its title in a section.
  public static func detail(_ o: Opportunity, section: Section, today: CalendarDate, utcOffset: Int) -> String
  {
    switch section {
    case .activity: return ""
    case .due:
      guard let d = o.deadline else { return "" }
      return Strings.standupDeadline(Formatting.deadline(d, open: true, today: today))
    case .stale:
      return Strings.standupUntouched(
        RelativeDate.text(days: today.days(until: o.updated.date(utcOffset: utcOffset))))
    case .awaiting:
      guard let d = o.decision else { return "" }
      return Strings.standupDecision(
        Formatting.date(d) + " (" + RelativeDate.text(days: today.days(until: d)) + ")")
    }
  }

  /// The sections of a person's part.
  public enum Section: Int, CaseIterable, Sendable {
    case activity, due, stale, awaiting

    /// The section's heading.
    public var title: String {
      switch self {
      case .activity: return Strings.standupSectionActivity
      case .due: return Strings.standupSectionDue
      case .stale: return Strings.standupSectionStale
      case .awaiting: return Strings.standupSectionAwaiting
      }
    }
  }

  /// The summary's lines (no bullets).
  public static func summary(_ s: StandupAgenda.Summary) -> [String] {
    let byStage = Stage.allCases.compactMap { st in
      s.movesTo[st].map { Strings.valueName("stage", st.rawValue) + " " + String($0) }
    }
    var won = s.won.compactText
    if s.won.isPartial { won += " (" + s.won.partialNote + ")" }
    return [
      Strings.standupSummaryMoves(s.moves)
        + (byStage.isEmpty ? "" : " (" + byStage.joined(separator: ", ") + ")"),
      Strings.standupSummaryWon(s.wonCalls, s.wonCalls == 0 ? "0 " + s.won.reporting : won),
      Strings.standupSummaryNew(s.newCalls),
      Strings.standupSummaryNotes(s.notes),
    ]
  }

  /// The whole agenda, one line per element.
  public static func lines(
    _ agenda: StandupAgenda, store: OpportunityStore, format: Format, utcOffset: Int
  ) -> [String] {
    let md = format == .md
    var out: [String] = []
    let head = Strings.standupHeading(local(agenda.since, utcOffset: utcOffset), agenda.today.description)
    out.append(md ? "## " + head : head)
    if agenda.people.isEmpty {
      out.append("")
      out.append(Strings.standupNothing)
    }
    for p in agenda.people {
      out.append("")
      out.append(md ? "### " + name(p) : "== " + name(p) + " ==")
      if p.calls.isEmpty { out.append((md ? "- " : "  ") + Strings.standupPersonNothing) }
      for section in Section.allCases {
        let rows: [(OpportunityID, String)]
        switch section {
        case .activity: rows = p.activity.map { ($0.id, activity($0)) }
        case .due: rows = p.due.map { ($0, "") }
        case .stale: rows = p.stale.map { ($0, "") }
        case .awaiting: rows = p.awaiting.map { ($0, "") }
        }
        guard !rows.isEmpty else { continue }
        out.append(md ? "**" + section.title + "**" : section.title + ":")
        for (id, text) in rows {
          guard let o = store[id] else { continue }
          let title = TerminalText.sanitize(o.title)
          let what =
            section == .activity
            ? text : detail(o, section: section, today: agenda.today, utcOffset: utcOffset)
          let idText = md ? "`" + id.rawValue + "`" : id.rawValue
          out.append((md ? "- " : "  - ") + idText + " " + title + (what.isEmpty ? "" : " — " + what))
        }
      }
    }
    out.append("")
    out.append(md ? "### " + Strings.standupSummaryTitle : "== " + Strings.standupSummaryTitle + " ==")
    for l in summary(agenda.summary) { out.append((md ? "- " : "  ") + l) }
    return out
  }
}

extension Strings {
  // MARK: - Standup
  static var standupNoOwner: String { t("standup.noOwner", "(no owner)") }
  static var standupAdded: String { t("standup.added", "added") }
  static func standupMoved(_ a: String, _ b: String) -> String { t("standup.moved", "moved {0} → {1}", a, b) }
  static func standupNoted(_ text: String) -> String { t("standup.noted", "noted: {0}", text) }
  static func standupBy(_ who: String) -> String { t("standup.by", "(by {0})", who) }
  static func standupDeadline(_ d: String) -> String { t("standup.deadline", "deadline {0}", d) }
  static func standupUntouched(_ ago: String) -> String {
    t("standup.untouched", "last change {0}", ago)
  }
  static func standupDecision(_ d: String) -> String { t("standup.decision", "decision {0}", d) }
  static var standupSectionActivity: String { t("standup.section.activity", "Moved, added, noted since") }
  static var standupSectionDue: String { t("standup.section.due", "Due in 7 days") }
  static var standupSectionStale: String { t("standup.section.stale", "Stale") }
  static var standupSectionAwaiting: String { t("standup.section.awaiting", "Waiting on a decision") }
  static var standupSummaryTitle: String { t("standup.summary", "Summary") }
  static func standupHeading(_ since: String, _ today: String) -> String {
    t("standup.heading", "Standup {1}, since {0}", since, today)
  }
  static var standupPersonNothing: String { t("standup.personNothing", "nothing new, nothing pressing") }
  static var standupNothing: String { t("standup.nothing", "Nothing to discuss: no activity, nothing due.") }
  static func standupSummaryMoves(_ n: Int) -> String { t("standup.summary.moves", "Moves: {0}", String(n)) }
  static func standupSummaryWon(_ n: Int, _ money: String) -> String {
    t("standup.summary.won", "Moved to won: {0} ({1})", String(n), money)
  }
  static func standupSummaryNew(_ n: Int) -> String { t("standup.summary.new", "New calls: {0}", String(n)) }
  static func standupSummaryNotes(_ n: Int) -> String { t("standup.summary.notes", "Notes: {0}", String(n)) }
}
