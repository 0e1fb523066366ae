import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca sync`: commits the data file, merges the team's remote with the merge driver and
/// pushes (docs/file-format.md, "Team sync through git"). Exit status: 0 synced; 75 offline
/// (the remote could not be reached: the local commit is kept and waits for the next sync);
/// 1 refused or failed (message on stderr).
///
/// The command is synchronous like the rest of the command line: the core runs git through
/// `GitRunner` (a Foundation `Process` that blocks only this thread), so the lock (a
/// synchronous closure) can be held across git.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "sync", abstract: Strings.cliAbstractSync)

  /// The exit status of an offline sync (EX_TEMPFAIL: try again later).
  static let offlineStatus: Int32 = 75

  @OptionGroup var globals: GlobalOptions
  @Flag(name: .customLong("json"), help: ArgumentHelp(Strings.cliHelpSyncJSON)) var json = false

  func run() throws {
    var options = Sync.Options()
    options.driverDirectory =
      Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path
    let report: SyncReport
    do {
      // Nothing to do is found without loading the file; anything else opens it and syncs.
      if let quick = Sync.upToDate(dataPath: try globals.dataPath(), options: options) {
        report = quick
      } else {
        report = try Sync.run(try globals.openForWriting(try globals.configuration()), options: options)
      }
    } catch let error as Sync.SyncError {
      if json, let r = error.report { print(r) }
      throw CLIError(error.description)
    }
    if json {
      print(report)
    } else {
      for l in report.lines { Output.line(TerminalText.sanitize(l)) }
    }
    if report.offline {
      if !json { Output.note(Strings.cliSyncOfflineWhy(report.problem ?? "")) }
      Output.flush()
      throw ExitCode(Self.offlineStatus)
    }
  }

  func print(_ r: SyncReport) {
    var w = JSONWriter()
    w.write(r.json)
    Output.raw(w.bytes + [0x0A])
  }
}

extension Strings {
  static var cliAbstractSync: String {
    t(
      "cli.abstract.sync",
      "Sync the data file with the team's git remote: commit, merge record by record, push (exit 75 when offline)."
    )
  }
  static var cliHelpSyncJSON: String { t("cli.help.syncJSON", "Print the sync report as JSON.") }
  static func cliSyncOfflineWhy(_ why: String) -> String {
    t("cli.syncOfflineWhy", "the remote could not be reached: {0}", TerminalText.sanitize(why))
  }
}
