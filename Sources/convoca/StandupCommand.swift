import ArgumentParser
import ConvocaCore

/// `convoca standup [QUERY…] [--since DATE|last] [--format text|md]`: prints the standup
/// agenda (per person: moved, added, noted since; due in 7 days; stale; waiting on a
/// decision; then the summary), ready to paste into a chat. `--finish` records a standup
/// instead, so the next one starts from now for everyone.
struct StandupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "standup", abstract: Strings.cliAbstractStandup)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpQuery)) var query: [String] = []
  @Option(help: ArgumentHelp(Strings.cliHelpStandupSince, valueName: "DATE|last")) var since: String?
  @Option(help: ArgumentHelp(Strings.cliHelpStandupFormat), completion: .list(["text", "md"]))
  var format: String?
  @Flag(help: ArgumentHelp(Strings.cliHelpStandupFinish)) var finish = false

  func validate() throws {
    if finish, !query.isEmpty { throw ValidationError(Strings.cliStandupFinishQuery) }
    if finish, format != nil { throw ValidationError(Strings.cliStandupFinishFormat) }
    if let format, StandupText.Format(rawValue: format.lowercased()) == nil {
      throw ValidationError(Strings.cliBadFormat(format, StandupText.Format.allCases.map(\.rawValue)))
    }
  }

  func run() throws {
    let config = try globals.configuration()
    let today = globals.today
    let offset = LocalClock.utcOffset()
    let q: Query
    do { q = try Query.parse(query.joined(separator: " "), vocabulary: config.vocabulary) } catch {
      throw CLIError(error.description)
    }
    // A bad --since is refused before the file is opened (nothing is written).
    var start: Timestamp?
    if let since, since.lowercased() != "last" {
      do {
        let day = try DateInput.parse(since, today: today, order: config.dateOrder)
        start = Timestamp(seconds: Int64(day.daysSinceEpoch) * 86_400 - Int64(offset))
      } catch { throw CLIError(Strings.cliStandupBadSince(since, error.description)) }
    }
    let db: Database
    if finish {
      db = try globals.openForWriting(config)
    } else {
      db = try globals.open(config)
    }
    let from = start ?? StandupAgenda.since(last: db.store.team.lastStandup, today: today, utcOffset: offset)
    if finish {
      let record = StandupRecord(at: db.clock(), by: config.user, since: from)
      do throws(DatabaseError) {
        try db.perform([.team(.standup(record))])
      } catch { throw CLIError(error.description) }
      let r = db.store.team.lastStandup ?? record
      Output.line(
        Strings.cliStandupRecorded(
          StandupText.local(r.at, utcOffset: offset), TerminalText.sanitize(r.by),
          StandupText.local(r.since, utcOffset: offset)))
      return
    }
    let context = QueryContext(
      today: today, staleDays: config.staleDays, utcOffset: offset, user: config.user)
    let positions = db.store.filter(q.hidingArchived, context: context)
    let converter =
      db.store.team.converter(fallback: config.defaultCurrency)
      ?? MoneyConverter(reporting: config.defaultCurrency)
    let agenda = StandupAgenda(
      store: db.store, positions: positions, today: today, utcOffset: offset, staleDays: config.staleDays,
      since: from, converter: converter)
    let chosen = format.flatMap { StandupText.Format(rawValue: $0.lowercased()) } ?? .text
    for line in StandupText.lines(agenda, store: db.store, format: chosen, utcOffset: offset) {
      Output.line(TerminalText.portable(line))
    }
    try globals.endRead(db)
  }
}

extension Strings {
  static var cliAbstractStandup: String {
    t("cli.abstract.standup", "Print the standup agenda since the last standup, or record one with --finish.")
  }
  static var cliHelpStandupSince: String {
    t(
      "cli.help.standupSince",
      "Start from this day (as dates are typed: yesterday, 2026-11-30, …) or `last` (the last standup recorded; the default)."
    )
  }
  static var cliHelpStandupFormat: String {
    t("cli.help.standupFormat", "text (the default) or md (Markdown).")
  }
  static var cliHelpStandupFinish: String {
    t("cli.help.standupFinish", "Record a standup finished now: the next one starts from it, for everyone.")
  }
  static var cliStandupFinishQuery: String { t("cli.standupFinishQuery", "--finish takes no query") }
  static var cliStandupFinishFormat: String {
    t("cli.standupFinishFormat", "--finish prints no agenda: drop --format")
  }
  static func cliStandupBadSince(_ v: String, _ why: String) -> String {
    t("cli.standupBadSince", "--since '{0}': {1} (give a date, or `last`)", v, why)
  }
  static func cliStandupRecorded(_ at: String, _ by: String, _ since: String) -> String {
    t("cli.standupRecorded", "standup recorded at {0} by {1}, covering since {2}", at, by, since)
  }
}
