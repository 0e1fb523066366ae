import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca export --format csv|xlsx|ics [QUERY…]`: the matching calls as a spreadsheet or a
/// calendar, to `--output FILE` (written atomically) or stdout.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: Strings.cliAbstractExport)

  @OptionGroup var globals: GlobalOptions

  @Argument(help: ArgumentHelp(Strings.cliHelpQuery))
  var query: [String] = []

  @Option(
    help: ArgumentHelp(Strings.cliHelpExportFormat), completion: .list(ExportFormat.allCases.map(\.rawValue)))
  var format: String = "csv"

  @Option(help: ArgumentHelp(Strings.cliHelpColumns))
  var columns: String?

  @Option(help: ArgumentHelp(Strings.cliHelpSort), completion: .list(SortField.allCases.map(\.rawValue)))
  var sort: String?

  @Option(help: ArgumentHelp(Strings.cliHelpExportOutput), completion: .file())
  var output: String?

  @Flag(help: ArgumentHelp(Strings.cliHelpExportExcel))
  var excel = false

  @Option(help: ArgumentHelp(Strings.cliHelpExportAlarm))
  var alarmDays: Int?

  @Flag(help: ArgumentHelp(Strings.cliHelpExportNoAlarm))
  var noAlarm = false

  /// The options `export` takes with a value, and those that stand alone (see
  /// `ListCommand.queryWordsAsArguments`: query words may start with `-`).
  static let valueOptions: Set<String> = [
    "--format", "--columns", "--sort", "--output", "--alarm-days", "--file",
  ]
  static let flagOptions: Set<String> = ["--excel", "--no-alarm", "--demo", "--help", "-h"]

  /// `export`'s arguments with query words after `--`.
  static func queryWordsAsArguments(_ args: [String]) -> [String] {
    guard args.first == "export" else { return args }
    return ListCommand.sortingQueryWords(args, valueOptions: valueOptions, flagOptions: flagOptions)
  }

  func run() throws {
    // Every argument is checked before the file is opened; nothing is written on an error.
    let config = try globals.configuration()
    guard let chosen = ExportFormat(rawValue: format.lowercased()) else {
      throw ValidationError(Strings.cliBadFormat(format, ExportFormat.allCases.map(\.rawValue)))
    }
    if excel && chosen != .csv { throw ValidationError(Strings.cliExportExcelOnlyCSV) }
    if (alarmDays != nil || noAlarm) && chosen != .ics {
      throw ValidationError(Strings.cliExportAlarmOnlyICS)
    }
    if let alarmDays, !(0...366).contains(alarmDays) { throw ValidationError(Strings.cliExportBadAlarm) }
    if columns != nil && chosen == .ics { throw ValidationError(Strings.cliExportColumnsNotICS) }
    if columns != nil && chosen == .json { throw ValidationError(Strings.cliExportColumnsNotJSON) }
    if let output, output.isEmpty { throw ValidationError(Strings.cliExportEmptyOutput) }
    if chosen == .xlsx && output == nil && Output.isTerminal { throw CLIError(Strings.cliExportXLSXTerminal) }
    let given = try ListOptions(columns: columns, sort: sort, query: query, config: config)
    let (fields, order, q) = (given.columns, given.order, given.query)
    let db = try globals.open(config)
    let context = ListCommand.context(config, globals)
    // JSON without a query is the whole data, archived calls included, in id order (as the
    // file keeps them), so an import into an empty file gives back exactly the same.
    let whole = chosen == .json && query.isEmpty
    let matches = db.store.filter(whole ? q : q.hidingArchived, context: context)
    let hits =
      chosen == .json && sort == nil
      ? matches.sorted { db.store.records[$0].id < db.store.records[$1].id }
      : order.sort(matches, in: db.store)
    let rows = hits.lazy.map { db.store.records[$0] }
    let progress = ProgressBar(total: hits.count)
    defer { progress.finish() }
    let table = ExportTable(fields: fields)
    let bytes: [UInt8]
    switch chosen {
    case .csv:
      var dialect: CSVExport.Dialect = excel ? .excel(config.numberStyle) : .standard
      dialect.terminalSafe = output == nil && Output.isTerminal
      bytes = CSVExport(table: table, dialect: dialect).bytes(
        db.store.records, at: Array(hits), progress: progress.update)
    case .xlsx:
      do { bytes = Array(try XLSXExport(table: table).bytes(rows, progress: progress.update)) } catch {
        throw CLIError(error.message)
      }
    case .ics:
      let alarm = noAlarm ? nil : (alarmDays ?? config.alarmDays)
      bytes = ICSExport(stamp: Timestamp.now(), alarmDays: alarm).bytes(rows, progress: progress.update)
    case .json:
      bytes = JSONExport.bytes(rows, team: db.store.team, progress: progress.update)
    }
    progress.finish()
    if let output {
      do { try AtomicFile.write(bytes, to: output) } catch { throw CLIError(error.message) }
      Output.note(Strings.cliExported(hits.count, output))
    } else {
      Output.raw(bytes)
    }
    try globals.endRead(db)
  }
}

extension Strings {
  static var cliAbstractExport: String {
    t("cli.abstract.export", "Export matching opportunities as CSV, an Excel workbook or a calendar.")
  }
  static var cliHelpExportFormat: String {
    t("cli.help.exportFormat", "csv (the default), xlsx, ics or json (whole records, for convoca import).")
  }
  static var cliHelpExportOutput: String {
    t("cli.help.exportOutput", "Write to this file (atomically) instead of stdout.")
  }
  static var cliHelpExportExcel: String {
    t(
      "cli.help.exportExcel",
      "CSV for Excel: a byte order mark, ';' between fields, the locale's decimal mark.")
  }
  static var cliHelpExportAlarm: String {
    t(
      "cli.help.exportAlarm",
      "ics: the reminder this many days before each date (default: the alarmDays key, else 7; 0: on the day)."
    )
  }
  static var cliHelpExportNoAlarm: String { t("cli.help.exportNoAlarm", "ics: no reminders.") }
  static var cliExportColumnsNotJSON: String {
    t("cli.export.columnsNotJSON", "--columns does not apply to --format json: it exports whole records")
  }
  static var cliExportExcelOnlyCSV: String {
    t("cli.export.excelOnlyCSV", "--excel applies to --format csv only")
  }
  static var cliExportAlarmOnlyICS: String {
    t("cli.export.alarmOnlyICS", "--alarm-days and --no-alarm apply to --format ics only")
  }
  static var cliExportBadAlarm: String { t("cli.export.badAlarm", "--alarm-days must be from 0 to 366") }
  static var cliExportColumnsNotICS: String {
    t("cli.export.columnsNotICS", "--columns applies to csv and xlsx, not to ics")
  }
  static var cliExportEmptyOutput: String { t("cli.export.emptyOutput", "--output needs a file name") }
  static var cliExportXLSXTerminal: String {
    t(
      "cli.export.xlsxTerminal",
      "not writing a workbook (binary) to the terminal: give --output FILE.xlsx or redirect stdout")
  }
  static func cliExported(_ n: Int, _ path: String) -> String {
    t("cli.exported", "exported {0} opportunities to {1}", String(n), path)
  }
}
