import ArgumentParser
import ConvocaCore

/// `convoca delete ID…`: deletes records as one undoable change; the file keeps them until
/// compaction (`convoca restore`).
struct DeleteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "delete", abstract: Strings.cliAbstractDelete)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpIDs), completion: ShellCompletion.ids) var ids: [String]

  func run() throws {
    guard !ids.isEmpty else { throw ValidationError(Strings.cliNoIDs) }
    let config = try globals.configuration()
    let db = try globals.openForWriting(config)
    let records = try ids.map { try db.resolveRecord($0) }  // every id before anything is written
    try db.performCLI(Pipeline.delete(records))
    for o in records { Output.note(Strings.cliDeleted(o.id.rawValue, o.title)) }
  }
}

/// `convoca restore ID`: brings back a record deleted since the last compaction.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore", abstract: Strings.cliAbstractRestore)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpDeletedID)) var id: String

  func run() throws {
    let config = try globals.configuration()
    let db = try globals.openForWriting(config)
    let command: Command
    let d: DeletedRecord
    do {
      d = try db.store.resolveDeleted(id)
      command = try db.store.restoreCommand(d)
    } catch { throw CLIError(error.message) }
    try db.performCLI([command])
    Output.note(Strings.cliRestored(d.id.rawValue, d.record.title))
  }
}

/// `convoca archive ID…` and `convoca unarchive ID…`.
struct ArchiveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "archive", abstract: Strings.cliAbstractArchive)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpIDs), completion: ShellCompletion.ids) var ids: [String]

  func run() throws { try ArchiveCommand.run(globals, ids, on: true) }

  static func run(_ globals: GlobalOptions, _ ids: [String], on: Bool) throws {
    guard !ids.isEmpty else { throw ValidationError(Strings.cliNoIDs) }
    let config = try globals.configuration()
    let db = try globals.openForWriting(config)
    let records = try ids.map { try db.resolveRecord($0) }
    let (commands, unchanged) = Pipeline.archive(records, on)
    for o in unchanged {
      Output.note(on ? Strings.cliAlreadyArchived(o.id.rawValue) : Strings.cliNotArchived(o.id.rawValue))
    }
    guard !commands.isEmpty else { return }
    try db.performCLI(commands)
    for id in commands.compactMap(\.id) {
      Output.note(on ? Strings.cliArchived(id.rawValue) : Strings.cliUnarchived(id.rawValue))
    }
  }
}

/// `convoca unarchive ID…`.
struct UnarchiveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unarchive", abstract: Strings.cliAbstractUnarchive)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpIDs), completion: ShellCompletion.ids) var ids: [String]

  func run() throws { try ArchiveCommand.run(globals, ids, on: false) }
}

extension Database {
  /// Performs `commands` as one action, wording any failure for the command line.
  func performCLI(_ commands: [Command]) throws {
    do { try perform(commands) } catch { throw CLIError(error.description) }
  }
}

extension Strings {
  static var cliAbstractDelete: String {
    t("cli.abstract.delete", "Delete opportunities (one undoable change; restorable until compaction).")
  }
  static var cliAbstractRestore: String {
    t("cli.abstract.restore", "Bring back an opportunity deleted since the last compaction.")
  }
  static var cliAbstractArchive: String {
    t("cli.abstract.archive", "Archive opportunities: hidden from default views (is:archived shows them).")
  }
  static var cliAbstractUnarchive: String { t("cli.abstract.unarchive", "Unarchive opportunities.") }
  static var cliNoIDs: String { t("id.missing", "no id given") }
  static var cliHelpIDs: String { t("cli.help.ids", "Ids, or unique prefixes of them.") }
  static var cliHelpDeletedID: String {
    t("cli.help.deletedID", "The id of a deleted opportunity (see check --deleted), or a unique prefix.")
  }
  static func cliDeleted(_ id: String, _ title: String) -> String {
    t(
      "cli.deleted", "{0}: deleted '{1}' (convoca restore {0} brings it back)", id,
      TerminalText.sanitize(title))
  }
  static func cliRestored(_ id: String, _ title: String) -> String {
    t("cli.restored", "{0}: restored '{1}'", id, TerminalText.sanitize(title))
  }
  static func cliArchived(_ id: String) -> String { t("cli.archived", "{0}: archived", id) }
  static func cliUnarchived(_ id: String) -> String { t("cli.unarchived", "{0}: unarchived", id) }
  static func cliAlreadyArchived(_ id: String) -> String {
    t("cli.alreadyArchived", "{0}: already archived; nothing to do", id)
  }
  static func cliNotArchived(_ id: String) -> String {
    t("cli.notArchived", "{0}: not archived; nothing to do", id)
  }
}
