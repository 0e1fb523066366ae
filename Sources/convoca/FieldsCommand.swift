import ArgumentParser
import ConvocaCore

/// `convoca fields`: the field catalogue — every field's names (English, Spanish, aliases),
/// type, flag, query name, and whether it sorts and can be a list column.
struct FieldsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "fields", abstract: Strings.cliAbstractFields)

  @Flag(help: ArgumentHelp(Strings.cliHelpFieldsJSON))
  var json = false

  func run() throws {
    if json {
      Output.line(JSONWriter.pretty(FieldCatalogue.json()))
      return
    }
    let rows = FieldCatalogue.rows()
    let widths = (0..<rows[0].count).map { c in rows.map { TerminalText.width($0[c]) }.max() ?? 0 }
    for r in rows {
      let cells = r.enumerated().map { TerminalText.pad($1, toWidth: widths[$0], alignRight: false) }
      var line = cells.joined(separator: "  ")
      while line.last == " " { line.removeLast() }
      Output.line(line)
    }
  }
}

extension Strings {
  static var cliAbstractFields: String {
    t("cli.abstract.fields", "List every field: names in English and Spanish, type, flag, query name.")
  }
  static var cliHelpFieldsJSON: String { t("cli.help.fieldsJSON", "Print the catalogue as JSON.") }
}
