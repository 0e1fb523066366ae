import ArgumentParser
import ConvocaCore

/// `convoca report [QUERY…] [--period this-year|12m|YEAR|all] [--format text|json|md|html]
/// [--output FILE]`: the dashboard's figures for the calls the query selects, with the query
/// behind each one; `md` and `html` are the director's report (`DirectorReport`).
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

  @Option(help: ArgumentHelp(Strings.cliHelpReportOutput))
  var output: String?

  static let valueOptions: Set<String> = ["--period", "--format", "--output", "--file"]

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
    if let output, output.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError(Strings.cliReportEmptyOutput)
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
    // The director's report lists the calls behind two figures: it keeps each figure's calls.
    let director = f == .md || f == .html
    let report = PipelineReport(
      store: store, positions: rows, converter: converter, context: context, period: p,
      collectMembers: director)
    let document: String
    switch f {
    case .json:
      document =
        JSONWriter.pretty(report.json(today: today, filter: text, vocabulary: config.vocabulary)) + "\n"
    case .text:
      document = report.lines(today: today, filter: text, markdown: false, vocabulary: config.vocabulary)
        .map { $0 + "\n" }.joined()
    case .md, .html:
      let d = DirectorReport(
        report: report, store: store, today: today, filter: text, utcOffset: context.utcOffset,
        vocabulary: config.vocabulary)
      document = f == .md ? d.markdown : d.html
    }
    if let output {
      do { try AtomicFile.write(Array(document.utf8), to: output) } catch { throw CLIError(error.message) }
      Output.note(Strings.cliReportWritten(output))
    } else if f == .html {
      Output.raw(Array(document.utf8))
    } else {
      var lines = document.split(separator: "\n", omittingEmptySubsequences: false)
      if lines.last == "" { lines.removeLast() }
      for line in lines { Output.line(TerminalText.portable(TerminalText.sanitize(String(line)))) }
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
  static var cliHelpReportFormat: String {
    t("cli.help.reportFormat", "text, json, md (Markdown) or html (one page to read and print).")
  }
  static var cliHelpReportOutput: String {
    t("cli.help.reportOutput", "Write the report to this file (atomically) instead of stdout.")
  }
  static var cliReportEmptyOutput: String { t("cli.report.emptyOutput", "--output needs a file name") }
  static func cliReportWritten(_ path: String) -> String {
    t("cli.report.written", "report written to {0}", path)
  }
  static func cliBadPeriod(_ s: String, _ choices: [String]) -> String {
    t("cli.badPeriod", "unknown period '{0}'; use one of {1}", s, choices.joined(separator: ", "))
  }
}
