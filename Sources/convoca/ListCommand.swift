import ArgumentParser
import ConvocaCore

/// `convoca list [QUERY…]`: the matching opportunities as a table or as JSON.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: Strings.cliAbstractList)

  @OptionGroup var globals: GlobalOptions

  @Argument(help: ArgumentHelp(Strings.cliHelpQuery))
  var query: [String] = []

  @Option(help: ArgumentHelp(Strings.cliHelpSort), completion: .list(SortField.allCases.map(\.rawValue)))
  var sort: String?

  @Flag(help: ArgumentHelp(Strings.cliHelpListJSON))
  var json = false

  @Option(help: ArgumentHelp(Strings.cliHelpLimit))
  var limit: Int?

  @Option(help: ArgumentHelp(Strings.cliHelpColumns))
  var columns: String?

  @Option(help: ArgumentHelp(Strings.cliHelpFormat), completion: .list(ListFormat.allCases.map(\.rawValue)))
  var format: String?

  @Option(help: ArgumentHelp(Strings.cliHelpWidth))
  var width: Int?

  @Option(help: ArgumentHelp(Strings.cliHelpListView))
  var view: String?

  /// The options `list` takes that are followed by a value, and those that stand alone.
  /// Every new option must be listed here, or its value would be taken for a query word.
  static let valueOptions: Set<String> = [
    "--sort", "--limit", "--file", "--columns", "--format", "--width", "--view",
  ]
  static let flagOptions: Set<String> = ["--json", "--demo", "--help", "-h"]

  /// Rewrites `list`'s arguments so query words that start with `-` (`-kind:grant`, `-horizon`,
  /// `-"smart city"`) reach the query parser and `--sort -amount` keeps its value.
  ///
  /// Why here and not with an ArgumentParser parsing strategy: `.allUnrecognized` still reads
  /// `-horizon` as the short-flag cluster `-h -o -r …` and so prints help, and
  /// `.captureForPassthrough` would swallow `--json` written after the query. Only the
  /// command knows which words are its options, so it sorts them out before parsing: its
  /// options (long names, `--name=value`, `-h`) and their values go first, every other word
  /// after `--`, where ArgumentParser takes it as a query word whatever it looks like. An
  /// unknown `--word` stays an option, so a typo such as `--jsn` is still refused.
  static func queryWordsAsArguments(_ args: [String]) -> [String] {
    guard args.first == "list" else { return args }
    return sortingQueryWords(args, valueOptions: valueOptions, flagOptions: flagOptions)
  }

  /// `queryWordsAsArguments`'s rule for a command (`args[0]`) with these options.
  static func sortingQueryWords(_ args: [String], valueOptions: Set<String>, flagOptions: Set<String>)
    -> [String]
  {
    var options: [String] = []
    var words: [String] = []
    var i = 1
    while i < args.count {
      let a = args[i]
      if a == "--" {
        words += args[(i + 1)...]
        break
      }
      if valueOptions.contains(a), i + 1 < args.count {
        options.append(a + "=" + args[i + 1])
        i += 2
        continue
      }
      if flagOptions.contains(a) || a.hasPrefix("--") {
        options.append(a)
      } else {
        words.append(a)
      }
      i += 1
    }
    return [args[0]] + options + (words.isEmpty ? [] : ["--"] + words)
  }

  func run() throws {
    let config = try globals.configuration()
    if let limit, limit < 0 { throw ValidationError(Strings.cliBadLimit) }
    if let width, width < 1 { throw ValidationError(Strings.cliBadWidth) }
    var chosenFormat: ListFormat = json ? .json : .table
    if let format {
      guard let f = ListFormat(rawValue: format.lowercased()) else {
        throw ValidationError(Strings.cliBadFormat(format, ListFormat.allCases.map(\.rawValue)))
      }
      if json && f != .json { throw ValidationError(Strings.cliJSONAndFormat) }
      chosenFormat = f
    }
    let given = try ListOptions(columns: columns, sort: sort, query: query, config: config)
    var (chosenColumns, order, q) = (given.columns, given.order, given.query)
    let db = try globals.open(config)
    if let view {
      // The view's query AND the terms given; its sort and columns unless given here.
      let saved = try ListCommand.savedView(view, in: db, config: config)
      q = saved.query(and: q)
      if sort == nil, let s = saved.sort { order = s }
      if columns == nil { chosenColumns = saved.columns }
    }
    let today = globals.today
    let context = ListCommand.context(config, globals)
    var hits = order.sort(db.store.filter(q.hidingArchived, context: context), in: db.store)
    let total = hits.count
    if let limit { hits = Array(hits.prefix(limit)) }
    let rows = hits.map { db.store.records[$0] }
    if chosenFormat != .table {
      for line in ListExport.lines(rows, format: chosenFormat, columns: chosenColumns) { Output.line(line) }
      return try globals.endRead(db)
    }
    if rows.isEmpty {
      // Only a file that can take one is offered an `add`; a damaged one has said why on stderr.
      if db.store.count > 0 {
        // Say so when archived calls would have matched: an officer may wonder where one went.
        let archived = q.mentionsArchived ? 0 : db.store.filter(q, context: context).count
        Output.note(archived > 0 ? Strings.cliNoMatchButArchived(archived) : Strings.cliNoMatch)
      } else if !db.isReadOnly {
        Output.note(Strings.cliEmptyFile)
      }
      return try globals.endRead(db)
    }
    // On a terminal, its width; piped, full values unless --width is given.
    let fit = width ?? (Output.isTerminal ? Output.width : nil)
    let table = ListTable(rows: rows, width: fit, today: today, columns: chosenColumns)
    Output.line(Output.paint(table.headerLine(), "1"))
    for r in rows {
      let line = table.line(r) { column, o, text in Output.paint(text, ListCommand.style(column, o, today)) }
      Output.line(TerminalText.portable(line))
    }
    if Output.isTerminal {
      Output.line(Output.paint(Strings.cliShown(rows.count, total, db.store.count), "2"))
    }
    try globals.endRead(db)
  }

  /// The query context of a command: today, the stale days, the local offset, who "me" is.
  static func context(_ config: Configuration, _ globals: GlobalOptions) -> QueryContext {
    QueryContext(
      today: globals.today, staleDays: config.staleDays, utcOffset: LocalClock.utcOffset(), user: config.user)
  }

  /// `--view NAME`: the saved view, parsed; a clear error when there is none of that name.
  static func savedView(_ name: String, in db: Database, config: Configuration) throws -> ResolvedView {
    guard let v = db.store.team.view(named: name) else {
      throw CLIError(Strings.cliNoSuchView(name, db.store.team.sortedViews.map(\.name)))
    }
    do { return try v.resolve(vocabulary: config.vocabulary) } catch { throw CLIError(error.message) }
  }

  /// ANSI colours: deadlines by urgency, stages by outcome.
  static func style(_ c: ListTable.Column, _ o: Opportunity, _ today: CalendarDate) -> String {
    switch c {
    case .deadline:
      switch Formatting.urgency(o, today: today) {
      case .overdue: return "31"
      case .thisWeek: return "33;1"
      case .thisMonth: return "33"
      default: return ""
      }
    case .stage:
      switch o.stage {
      case .won: return "32"
      case .lost, .dropped: return "2"
      case .applied: return "36"
      default: return ""
      }
    case .id: return "2"
    default: return ""
    }
  }
}

extension Strings {
  static var cliBadLimit: String { t("cli.badLimit", "--limit must be 0 or more") }
  static var cliBadWidth: String { t("cli.badWidth", "--width must be 1 or more") }
  static func cliBadFormat(_ s: String, _ formats: [String]) -> String {
    t("cli.badFormat", "unknown format '{0}'; use one of {1}", s, formats.joined(separator: ", "))
  }
  static var cliJSONAndFormat: String {
    t("cli.jsonAndFormat", "--json is --format json; give one or the other")
  }
  static func cliBadSort(_ s: String, _ fields: [String]) -> String {
    t("cli.badSort", "cannot sort by '{0}'; use one of {1}", s, fields.joined(separator: ", "))
  }
  static var cliEmptyFile: String {
    t("cli.emptyFile", "no opportunities yet — add one with: convoca add --title \"…\" --kind grant")
  }
  static var cliNoMatch: String { t("cli.noMatch", "no opportunity matches") }
  static func cliNoMatchButArchived(_ n: Int) -> String {
    t(
      "cli.noMatchButArchived", "no opportunity matches; {0} archived ones do (add is:archived to see them)",
      String(n))
  }
  static func cliShown(_ shown: Int, _ matched: Int, _ total: Int) -> String {
    shown == matched
      ? t("cli.shown", "{0} of {1} opportunities", String(shown), String(total))
      : t(
        "cli.shownLimited", "{0} shown, {1} match, {2} in all", String(shown), String(matched), String(total))
  }
}
