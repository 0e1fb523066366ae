import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca import FILE`: adds (and, on re-import, updates) calls from a spreadsheet or a
/// public funding feed (grants.gov XML, EU Funding & Tenders JSON), as one change. The rules
/// live in `ImportPlan`; this picks the reader, reads the file and reports.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: Strings.cliAbstractImport, discussion: Strings.cliDiscussionImport)

  @OptionGroup var globals: GlobalOptions

  @Argument(
    help: ArgumentHelp(Strings.cliHelpImportFile),
    completion: .file(extensions: ["csv", "txt", "xml", "json"]))
  var path: String

  @Option(help: ArgumentHelp(Strings.cliHelpImportFormat)) var format: String?
  @Option(help: ArgumentHelp(Strings.cliHelpImportSince)) var since: String?
  @Option(help: ArgumentHelp(Strings.cliHelpImportOnly)) var only: String?

  @Option(name: .long, help: ArgumentHelp(Strings.cliHelpImportMap)) var map: [String] = []
  @Flag(help: ArgumentHelp(Strings.cliHelpMonthFirst)) var monthFirst = false
  @Flag(help: ArgumentHelp(Strings.cliHelpDryRun)) var dryRun = false
  @Flag(help: ArgumentHelp(Strings.cliHelpSkipInvalid)) var skipInvalid = false
  @Option(help: ArgumentHelp(Strings.cliHelpIDColumn)) var idColumn: String?
  @Flag(help: ArgumentHelp(Strings.cliHelpUpdateStage)) var updateStage = false
  @Flag(help: ArgumentHelp(Strings.cliHelpLatin1)) var latin1 = false

  func run() throws {
    let config = try globals.configuration()
    var options = CSVImportOptions(fileName: URL(fileURLWithPath: path).lastPathComponent)
    for m in map {
      guard let eq = m.lastIndex(of: "="), eq != m.startIndex, m.index(after: eq) != m.endIndex else {
        throw ValidationError(Strings.cliBadMap(m))
      }
      options.maps.append((String(m[..<eq]), String(m[m.index(after: eq)...])))
    }
    options.monthFirst = monthFirst
    options.idColumn = idColumn
    options.updateStage = updateStage
    options.latin1 = latin1
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw CLIError(Strings.cliCannotRead(path, Strings.cliNoSuchFile))
    }
    let source = FeedSource.file(path)
    let kind: ImportFormat
    if let f = format {
      guard let k = ImportFormat(rawValue: f.lowercased()) else {
        throw ValidationError(Strings.cliBadImportFormat(f))
      }
      kind = k
    } else {
      do { kind = ImportFormat.detect(try source.head(4096)) } catch { throw CLIError(error.description) }
    }
    var feed = FeedOptions(
      context: QueryContext(
        today: globals.today, staleDays: config.staleDays, utcOffset: LocalClock.utcOffset(),
        user: config.user))
    if let since {
      guard kind != .csv else { throw ValidationError(Strings.cliSinceFeedsOnly) }
      do { feed.since = try DateInput.parse(since, today: globals.today, order: config.dateOrder) } catch {
        throw ValidationError(Strings.cliBadSince(error.description))
      }
    }
    if let only {
      do { feed.only = try Query.parse(only, vocabulary: config.vocabulary) } catch {
        throw ValidationError(error.description)
      }
    }
    if kind == .json {
      let bytes: [UInt8]
      do { bytes = try source.all() } catch { throw CLIError(error.description) }
      return try runJSON(bytes, config: config)
    }
    let db = dryRun ? try globals.open(config) : try globals.openForWriting(config)
    var generator = SystemRandomNumberGenerator()
    let plan: ImportPlan
    do {
      let bar = ProgressBar()
      defer { bar.finish() }
      plan = try ImportPlan.make(
        kind, source: source, csv: options, feed: feed, configuration: config, store: db.store,
        today: globals.today, at: db.clock(), generator: &generator
      ) { p in
        switch p {
        case .rows(let done, let total):
          bar.total = total
          bar.update(done)
        case .file(let records, let bytes, let size): bar.update(records: records, bytes: bytes, size: size)
        }
      }
    } catch { throw CLIError(error.description) }
    for w in plan.warnings { Output.warn(w) }
    if plan.filtered > 0 { Output.warn(Strings.cliImportFiltered(plan.filtered)) }
    let refused = !plan.rejected.isEmpty && !skipInvalid
    if dryRun {
      Output.line(
        Strings.cliImportWould(
          plan.added.count, plan.updated.count, plan.unchanged.count, plan.rejected.count))
      for a in plan.added {
        Output.line(clean(Strings.cliImportAddLine(a.line, a.record.title)))
      }
      for u in plan.updated {
        Output.line(
          clean(
            Strings.cliImportUpdateLine(
              u.line, u.before.id.rawValue, u.before.title, u.fields.joined(separator: ", "))))
      }
      for s in plan.unchanged {
        Output.line(clean(Strings.cliImportSameLine(s.line, s.record.id.rawValue, s.record.title)))
      }
      for r in plan.rejected { Output.line(clean(Strings.cliImportRejectLine(r.line, r.reason))) }
      if refused {
        Output.flush()  // the listing stands; only the exit status says the import would fail
        throw CLIError(Strings.cliImportWouldRefuse(plan.rejected.count))
      }
      return
    }
    if refused {
      for r in plan.rejected { Output.error(r.description) }
      throw CLIError(Strings.cliImportRefused(plan.rejected.count))
    }
    for r in plan.rejected { Output.warn(Strings.cliImportSkipped(r.description)) }
    if !plan.commands.isEmpty {
      do { try db.perform(plan.commands) } catch { throw CLIError(error.description) }
    }
    Output.line(
      Strings.cliImportDone(plan.added.count, plan.updated.count, plan.unchanged.count, plan.rejected.count))
  }

  /// One line of output, made safe for a terminal (titles come from the file).
  func clean(_ s: String) -> String { TerminalText.sanitize(s) }
}

extension Strings {
  static var cliAbstractImport: String {
    t(
      "cli.abstract.import",
      "Import calls from a CSV file (Excel or LibreOffice, English or Spanish headers), a grants.gov XML extract, the EU Funding & Tenders grantsTenders.json or a Convoca JSON export."
    )
  }
  static var cliHelpImportFormat: String {
    t(
      "cli.help.importFormat",
      "csv, grants-gov or eu-ft (default: from the content — XML is grants.gov, JSON is Funding & Tenders, else CSV)."
    )
  }
  static var cliHelpImportSince: String {
    t("cli.help.importSince", "Feeds: only calls posted or updated on or after this date.")
  }
  static var cliHelpImportOnly: String {
    t(
      "cli.help.importOnly",
      "Only the calls this query matches, as they would be after the import (e.g. 'is:open (medellin OR ciudad OR city)')."
    )
  }
  static func cliBadImportFormat(_ f: String) -> String {
    t("cli.badImportFormat", "--format '{0}': use csv, grants-gov or eu-ft", f)
  }
  static var cliSinceFeedsOnly: String {
    t(
      "cli.sinceFeedsOnly",
      "--since is for feeds (grants.gov, Funding & Tenders): a CSV row has no posting date")
  }
  static func cliBadSince(_ why: String) -> String { t("cli.badSince", "--since: {0}", why) }
  static var cliNoSuchFile: String { t("cli.noSuchFile", "no such readable file") }
  static func cliImportFiltered(_ n: Int) -> String {
    t("cli.importFiltered", "{0} calls left out by --since / --only", String(n))
  }
  static var cliDiscussionImport: String {
    t(
      "cli.discussion.import",
      "Columns are matched by name (título, financiador, cierre, monto, moneda…; see convoca fields). Re-importing the same file updates the calls it created instead of adding them again, never their stage (unless --update-stage), notes or history. The whole import is one change. See docs/interchange.md."
    )
  }
  static var cliHelpImportFile: String {
    t(
      "cli.help.importFile",
      "The file to read: CSV, grants.gov XML, Funding & Tenders JSON or a Convoca JSON export.")
  }
  static var cliHelpImportMap: String {
    t("cli.help.importMap", "Read a column as a field: --map \"Column name=field\" (repeatable).")
  }
  static var cliHelpMonthFirst: String {
    t("cli.help.monthFirst", "Read 03/04/2027 as 4 March (the default is day first: 3 April).")
  }
  static var cliHelpDryRun: String {
    t("cli.help.dryRun", "Show what would be added, updated, unchanged and rejected; write nothing.")
  }
  static var cliHelpSkipInvalid: String {
    t(
      "cli.help.skipInvalid",
      "Import the rows that read and list the others (by default nothing is imported).")
  }
  static var cliHelpIDColumn: String {
    t("cli.help.idColumn", "The column that identifies a row across re-imports (default: title and funder).")
  }
  static var cliHelpUpdateStage: String {
    t("cli.help.updateStage", "On re-import, also move calls to the stage the file gives.")
  }
  static var cliHelpLatin1: String {
    t("cli.help.latin1", "Read the file as Windows-1252 (Latin-1) without a warning.")
  }
  static func cliBadMap(_ m: String) -> String {
    t("cli.badMap", "--map '{0}': write it as \"Column name=field\"", m)
  }
  static func cliCannotRead(_ path: String, _ why: String) -> String {
    t("cli.cannotRead", "cannot read {0}: {1}", path, why)
  }
  static func cliImportWould(_ a: Int, _ u: Int, _ s: Int, _ r: Int) -> String {
    t(
      "cli.importWould",
      "would add {0}, update {1}, leave {2} unchanged, reject {3} (dry run: nothing written)",
      String(a), String(u), String(s), String(r))
  }
  static func cliImportDone(_ a: Int, _ u: Int, _ s: Int, _ r: Int) -> String {
    t(
      "cli.importDone", "imported: {0} added, {1} updated, {2} unchanged, {3} rejected", String(a), String(u),
      String(s), String(r))
  }
  static func cliImportAddLine(_ line: Int, _ title: String) -> String {
    t("cli.importAddLine", "add     line {0}: {1}", String(line), title)
  }
  static func cliImportUpdateLine(_ line: Int, _ id: String, _ title: String, _ fields: String) -> String {
    t("cli.importUpdateLine", "update  line {0}: {1} {2} ({3})", String(line), id, title, fields)
  }
  static func cliImportSameLine(_ line: Int, _ id: String, _ title: String) -> String {
    t("cli.importSameLine", "same    line {0}: {1} {2}", String(line), id, title)
  }
  static func cliImportRejectLine(_ line: Int, _ reason: String) -> String {
    t("cli.importRejectLine", "reject  line {0}: {1}", String(line), reason)
  }
  static func cliImportWouldRefuse(_ n: Int) -> String {
    t(
      "cli.importWouldRefuse",
      "{0} rows cannot be read: the import would add nothing (fix them or pass --skip-invalid)",
      String(n))
  }
  static func cliImportRefused(_ n: Int) -> String {
    t(
      "cli.importRefused",
      "{0} rows cannot be read (listed above); nothing was imported — fix them or pass --skip-invalid",
      String(n))
  }
  static func cliImportSkipped(_ r: String) -> String { t("cli.importSkipped", "skipped {0}", r) }
}
