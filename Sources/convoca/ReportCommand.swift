import ArgumentParser
import ConvocaCore

/// `convoca report [QUERY…] [--period this-year|12m|YEAR|all] [--format text|md|json]`: the
/// dashboard's figures for the calls the query selects, with the query behind each one.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "report", abstract: Strings.cliAbstractReport)

  @OptionGroup var globals: GlobalOptions

  @Argument(help: ArgumentHelp(Strings.cliHelpQuery))
  var query: [String] = []

  @Option(help: ArgumentHelp(Strings.cliHelpPeriod))
  var period: String = "this-year"

  @Option(
    help: ArgumentHelp(Strings.cliHelpReportFormat), completion: .list(ReportFormat.allCases.map(\.rawValue)))
  var format: String = "text"

  static let valueOptions: Set<String> = ["--period", "--format", "--file"]

  /// Like `ListCommand.queryWordsAsArguments`: query words that start with `-` reach the query.
  static func queryWordsAsArguments(_ args: [String]) -> [String] {
    guard args.first == "report" else { return args }
    return ListCommand.sortingQueryWords(args, valueOptions: valueOptions, flagOptions: ["-h"])
  }

  func run() throws {
    let config = try globals.configuration()
    guard let p = ReportPeriod(parsing: period) else {
      throw ValidationError(Strings.cliBadPeriod(period, ReportPeriod.inputs))
    }
    guard let f = ReportFormat(rawValue: format.lowercased()) else {
      throw ValidationError(Strings.cliBadFormat(format, ReportFormat.allCases.map(\.rawValue)))
    }
    let text = query.joined(separator: " ")
    let q: Query
    do { q = try Query.parse(text, vocabulary: config.vocabulary) } catch {
      throw CLIError(error.description)
    }
    let db = try globals.open(config)
    let today = globals.today
    let context = QueryContext(
      today: today, staleDays: config.staleDays, utcOffset: LocalClock.utcOffset(), user: config.user)
    let store = db.store
    let rows = store.filter(q.hidingArchived, context: context)
    let converter =
      store.team.converter(fallback: config.defaultCurrency)
      ?? MoneyConverter(reporting: config.defaultCurrency)
    let report = PipelineReport(
      store: store, positions: rows, converter: converter, context: context, period: p)
    switch f {
    case .json:
      Output.line(JSONWriter.pretty(report.json(today: today, filter: text, vocabulary: config.vocabulary)))
    case .text, .md:
      for line in report.lines(today: today, filter: text, markdown: f == .md, vocabulary: config.vocabulary)
      {
        Output.line(TerminalText.portable(TerminalText.sanitize(line)))
      }
    }
    try globals.endRead(db)
  }
}

extension Strings {
  static var cliAbstractReport: String {
    t(
      "cli.abstract.report",
      "Print the dashboard's figures: per stage, win rate, money won per year, per owner.")
  }
  static var cliHelpPeriod: String {
    t(
      "cli.help.period",
      "The period of the win rate and the won figures: this-year, 12m, a year (2025) or all.")
  }
  static var cliHelpReportFormat: String { t("cli.help.reportFormat", "text, md (Markdown) or json.") }
  static func cliBadPeriod(_ s: String, _ choices: [String]) -> String {
    t("cli.badPeriod", "unknown period '{0}'; use one of {1}", s, choices.joined(separator: ", "))
  }
}
