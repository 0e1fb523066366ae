import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca check --deleted`: the records deleted since the last compaction (id, title, who
/// deleted, when), oldest first. Reads the file without opening it as a database.
enum DeletedList {
  static func run(path: String) throws {
    let data = FileManager.default.contents(atPath: path).map(Array.init) ?? []
    let parsed = DataFileParser.parse(data)
    if let p = parsed.problem { throw CLIError(p.description) }
    let list = parsed.store.deletedRecords
    guard !list.isEmpty else {
      Output.note(Strings.cliNoneDeleted)
      return
    }
    let idWidth = list.map { $0.id.rawValue.count }.max() ?? 8
    for d in list {
      let id = d.id.rawValue.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      Output.line(
        TerminalText.portable(
          TerminalText.sanitize(Strings.cliDeletedLine(id, d.record.title, d.by, d.at.description))))
    }
  }
}

extension Strings {
  static var cliHelpCheckDeleted: String {
    t(
      "cli.help.checkDeleted",
      "List the opportunities deleted since the last compaction (convoca restore ID).")
  }
  static var cliNoneDeleted: String {
    t("cli.noneDeleted", "no opportunity deleted since the last compaction")
  }
  static func cliDeletedLine(_ id: String, _ title: String, _ by: String, _ at: String) -> String {
    t("cli.deletedLine", "{0}  {1}  — deleted by {2} at {3}", id, title, by, at)
  }
}
