import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca check`: verifies the data file; exit 1 on any problem.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: Strings.cliAbstractCheck)

  @OptionGroup var globals: GlobalOptions

  @Flag(help: ArgumentHelp(Strings.cliHelpCheckDeleted))
  var deleted = false

  func run() throws {
    let config = try globals.configuration()  // warns about mistakes in the configuration
    let path = try globals.dataPath()
    if deleted { return try DeletedList.run(path: path) }
    let report = FileCheck.run(path: path)
    for n in report.notes { Output.note(n) }
    if let w = GitSetup.missingDriverWarning(path: path) { Output.warn(w) }
    // Read and parsed here, never opened as a Database: check must not write (no recovery).
    if report.records > 0, let data = FileManager.default.contents(atPath: path) {
      let parsed = DataFileParser.parse(Array(data))
      for u in config.vocabulary.unknownValues(in: parsed.store.records) {
        Output.warn(Strings.cliUnknownValue(u.id.rawValue, u.field.rawValue, u.value))
      }
    }
    if report.isSound {
      Output.line(TerminalText.sanitize(Strings.cliCheckOK(path, report.records, report.journalLines)))
      return
    }
    for p in report.problems { Output.note(p) }
    throw ExitCode(1)
  }
}

/// `convoca compact`: rewrites the file as a sorted snapshot with no journal, atomically.
struct CompactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compact", abstract: Strings.cliAbstractCompact)

  @OptionGroup var globals: GlobalOptions

  func run() throws {
    let db = try globals.openForWriting(try globals.configuration())
    do { try db.compact() } catch { throw CLIError(error.description) }
    Output.line(TerminalText.sanitize(Strings.cliCompacted(db.path, db.store.count)))
  }
}

extension Strings {
  static func cliUnknownValue(_ id: String, _ field: String, _ value: String) -> String {
    t(
      "cli.unknownValue",
      "record {0}: {1} '{2}' is not in the configured vocabulary (check the configuration)",
      id, field, TerminalText.sanitize(value))
  }
  static func cliCheckOK(_ path: String, _ records: Int, _ journal: Int) -> String {
    t(
      "cli.checkOK", "{0}: OK — {1} opportunities, {2} changes since the last compaction", path,
      String(records), String(journal))
  }
  static func cliCompacted(_ path: String, _ n: Int) -> String {
    t("cli.compacted", "{0}: compacted, {1} opportunities", path, String(n))
  }
}
