import ArgumentParser
import ConvocaCore

/// `convoca note ID TEXT`: adds a dated note.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "note", abstract: Strings.cliAbstractNote)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpID), completion: ShellCompletion.ids) var id: String
  @Argument(help: ArgumentHelp(Strings.cliHelpNoteText)) var text: [String]

  func run() throws {
    let body = text.joined(separator: " ")
    guard !body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw ValidationError(Strings.cliEmptyNote)
    }
    let config = try globals.configuration()
    let db = try globals.openForWriting(config)
    let o = try db.resolveRecord(id)
    do {
      try db.perform(Pipeline.note(o, body, at: db.clock(), by: config.user))
    } catch let e as CommandError {
      throw CLIError(e.message)
    } catch { throw CLIError("\(error)") }
    Output.note(Strings.cliNoted(o.id.rawValue))
  }
}

extension Strings {
  static var cliEmptyNote: String { t("cli.emptyNote", "the note is empty") }
  static func cliNoted(_ id: String) -> String { t("cli.noted", "{0}: note added", id) }
}
