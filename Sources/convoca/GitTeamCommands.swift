import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca init --git REMOTE`: starts a team's data in a git repository and pushes it.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "init", abstract: Strings.cliAbstractInit)

  @OptionGroup var globals: GlobalOptions

  @Option(name: .customLong("git"), help: ArgumentHelp(Strings.cliHelpInitGit))
  var remote: String

  func run() throws {
    let path = try globals.dataPath()
    do {
      let outcome = try GitSetup.initTeam(dataPath: path, remote: remote)
      for s in outcome.steps { Output.note(s) }
      Output.line(TerminalText.sanitize(Strings.cliInitDone(path)))
    } catch {
      // Typed throws: the error is a `GitSetup.TeamError`.
      throw CLIError(error.description)
    }
  }
}

/// `convoca clone REMOTE [PATH]`: joins a team: clones its repository and registers the driver.
struct CloneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "clone", abstract: Strings.cliAbstractClone)

  @Argument(help: ArgumentHelp(Strings.cliHelpCloneRemote)) var remote: String
  @Argument(help: ArgumentHelp(Strings.cliHelpClonePath)) var path: String?

  func run() throws {
    do {
      let outcome = try GitSetup.cloneTeam(remote: remote, into: path)
      switch outcome.dataFiles.count {
      case 0: Output.line(TerminalText.sanitize(Strings.cliCloneNoData(outcome.folder)))
      default:
        for f in outcome.dataFiles { Output.line(TerminalText.sanitize(Strings.cliCloneUse(f))) }
      }
    } catch {
      // Typed throws: the error is a `GitSetup.TeamError`.
      throw CLIError(error.description)
    }
  }
}

extension Strings {
  static var cliAbstractInit: String {
    t(
      "cli.abstract.init",
      "Start a team's data in git: --git REMOTE (registers the merge driver, commits, pushes).")
  }
  static var cliHelpInitGit: String {
    t("cli.help.initGit", "The team's git remote to push the new data to.")
  }
  static var cliAbstractClone: String {
    t("cli.abstract.clone", "Join a team: clone its git repository and register the merge driver.")
  }
  static var cliHelpCloneRemote: String { t("cli.help.cloneRemote", "The team's git remote.") }
  static var cliHelpClonePath: String {
    t("cli.help.clonePath", "The folder to clone into (default: the repository's name).")
  }
  static func cliInitDone(_ path: String) -> String {
    t("cli.initDone", "the team's data is ready: {0}", path)
  }
  static func cliCloneUse(_ path: String) -> String { t("cli.cloneUse", "use --file {0}", path) }
  static func cliCloneNoData(_ folder: String) -> String {
    t("cli.cloneNoData", "cloned into {0}; it has no data file (*.jsonl) yet", folder)
  }
}
