import ArgumentParser
import ConvocaCore
import ConvocaTUI
import Foundation

/// The root command. With no subcommand it opens the full-screen tracker.
struct Convoca: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convoca",
    abstract: Strings.cliAbstractRoot,
    discussion: Strings.cliDiscussionRoot,
    version: ConvocaVersion.line,
    subcommands: [
      ListCommand.self, ShowCommand.self, AddCommand.self, EditCommand.self, MoveCommand.self,
      NoteCommand.self, DeleteCommand.self, RestoreCommand.self, ArchiveCommand.self, UnarchiveCommand.self,
      DuplicatesCommand.self, MergeCommand.self, ResolveCommand.self, CheckCommand.self, CompactCommand.self,
      FieldsCommand.self,
      RatesCommand.self, ViewsCommand.self, ImportCommand.self, ExportCommand.self,
      StandupCommand.self,
      ReportCommand.self, MergeDriverCommand.self, InitCommand.self, CloneCommand.self, SyncCommand.self,
    ]
  )

  @OptionGroup var globals: GlobalOptions

  func run() throws {
    let config = try globals.configuration()
    let env = globals.environment
    guard !config.user.isEmpty else { throw CLIError(Strings.cliNoUser) }
    guard env["XDG_STATE_HOME"].map({ !$0.isEmpty }) ?? false || Account.home(environment: env) != nil else {
      throw CLIError(Strings.cliNoHome)
    }
    let terminal: CursesTerminal
    _ = try globals.dataPath()  // the --demo copy and its note, before the screen is taken
    do { terminal = try CursesTerminal.start(environment: env) } catch { throw CLIError("\(error)") }
    let db: Database
    do {
      db = try globals.open(config, quiet: true)
    } catch {
      terminal.shutdown()
      throw error
    }
    let tracker = Tracker(
      terminal: terminal, database: db, configuration: config, today: globals.today,
      utcOffset: LocalClock.utcOffset(),
      settingsPath: UISettings.defaultPath(environment: env), environment: env, language: Strings.inForce)
    tracker.run()
    terminal.shutdown()
    if let signal = terminal.receivedSignal { throw ExitCode(128 + signal) }
  }
}
