import ArgumentParser
import ConvocaCore

/// `convoca show ID`: every field, notes and history of one opportunity.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: Strings.cliAbstractShow)

  @OptionGroup var globals: GlobalOptions

  @Argument(help: ArgumentHelp(Strings.cliHelpID), completion: ShellCompletion.ids)
  var id: String

  @Flag(help: ArgumentHelp(Strings.cliHelpShowJSON))
  var json = false

  func run() throws {
    let db = try globals.open(try globals.configuration())
    let o = try db.resolveRecord(id)
    if json {
      Output.line(JSONWriter.pretty(RecordCodec.encode(o, style: .export)))
    } else {
      for l in DetailText.lines(o, today: globals.today, width: min(Output.width, 100)) {
        Output.line(TerminalText.portable(l))
      }
    }
    try globals.endRead(db)
  }
}

extension Database {
  /// The record a typed id (or unique prefix) names, or an error saying why not.
  func resolveRecord(_ text: String) throws -> Opportunity {
    do {
      let id = try store.resolve(text)
      guard let o = store[id] else { throw CLIError(Strings.idNotFoundText(text)) }
      return o
    } catch let e as CommandError {
      throw CLIError(e.message)
    }
  }
}

extension Strings {
  static func idNotFoundText(_ id: String) -> String { t("id.notFound", "no opportunity has id '{0}'", id) }
}
