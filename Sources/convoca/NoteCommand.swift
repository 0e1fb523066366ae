import ArgumentParser
import ConvocaCore

/// `convoca note ID TEXT`: adds a dated note; `--edit N TEXT` replaces the text of note N
/// (numbered as `show` prints them) and `--delete N` deletes it, both only by its author.
struct NoteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "note", abstract: Strings.cliAbstractNote)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpID), completion: ShellCompletion.ids) var id: String
  @Argument(help: ArgumentHelp(Strings.cliHelpNoteText)) var text: [String] = []
  @Option(name: .customLong("edit"), help: ArgumentHelp(Strings.cliHelpNoteEdit, valueName: "N"))
  var editNumber: Int?
  @Option(name: .customLong("delete"), help: ArgumentHelp(Strings.cliHelpNoteDelete, valueName: "N"))
  var deleteNumber: Int?

  func validate() throws {
    if editNumber != nil && deleteNumber != nil { throw ValidationError(Strings.cliNoteEditAndDelete) }
    if deleteNumber != nil && !text.isEmpty { throw ValidationError(Strings.cliNoteDeleteText) }
  }

  func run() throws {
    let body = text.joined(separator: " ")
    if deleteNumber == nil, body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw ValidationError(Strings.cliEmptyNote)
    }
    let config = try globals.configuration()
    let db = try globals.openForWriting(config)
    let o = try db.resolveRecord(id)
    let done: String
    do {
      if let n = editNumber {
        try db.perform([try Pipeline.editNote(o, number: n, text: body, by: config.user)])
        done = Strings.cliNoteEdited(o.id.rawValue, n)
      } else if let n = deleteNumber {
        try db.perform([try Pipeline.deleteNote(o, number: n, by: config.user)])
        done = Strings.cliNoteDeleted(o.id.rawValue, n)
      } else {
        try db.perform(Pipeline.note(o, body, at: db.clock(), by: config.user))
        done = Strings.cliNoted(o.id.rawValue)
      }
    } catch let e as CommandError {
      throw CLIError(e.message)
    } catch { throw CLIError("\(error)") }
    Output.note(done)
  }
}

extension Strings {
  static var cliEmptyNote: String { t("cli.emptyNote", "the note is empty") }
  static func cliNoted(_ id: String) -> String { t("cli.noted", "{0}: note added", id) }
  static func cliNoteEdited(_ id: String, _ n: Int) -> String {
    t("cli.noteEdited", "{0}: note {1} changed", id, String(n))
  }
  static func cliNoteDeleted(_ id: String, _ n: Int) -> String {
    t("cli.noteDeleted", "{0}: note {1} deleted", id, String(n))
  }
  static var cliHelpNoteEdit: String {
    t(
      "cli.help.noteEdit",
      "Replace the text of note N (as `show` numbers them) with TEXT; only its author may.")
  }
  static var cliHelpNoteDelete: String {
    t("cli.help.noteDelete", "Delete note N (as `show` numbers them); only its author may.")
  }
  static var cliNoteEditAndDelete: String { t("cli.noteEditAndDelete", "give --edit or --delete, not both") }
  static var cliNoteDeleteText: String { t("cli.noteDeleteText", "--delete takes no text") }
}
