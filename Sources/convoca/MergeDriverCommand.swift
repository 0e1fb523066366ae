import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca merge-driver %O %A %B %P`: git's merge driver for data files. Merges the three
/// copies record by record and writes the result over `%A` atomically; when it cannot (an
/// input is not a sound Convoca file, or both sides changed the reporting currency), exits 1
/// with `%A` untouched and git keeps its normal conflict. Never writes conflict markers.
struct MergeDriverCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge-driver", abstract: Strings.cliAbstractMergeDriver)

  @Argument(help: ArgumentHelp(Strings.cliHelpMergeBase)) var base: String
  @Argument(help: ArgumentHelp(Strings.cliHelpMergeOurs)) var ours: String
  @Argument(help: ArgumentHelp(Strings.cliHelpMergeTheirs)) var theirs: String
  @Argument(help: ArgumentHelp(Strings.cliHelpMergePath)) var path: String

  func run() throws {
    do {
      let merged = try FileMerge.merge(
        base: try Self.read(base, "base"), ours: try Self.read(ours, "ours"),
        theirs: try Self.read(theirs, "theirs"))
      try AtomicFile.write(merged, to: ours)
    } catch let e as FileMergeError {
      Output.note(Strings.cliMergeRefused(path, e.description))
      throw ExitCode(1)
    } catch let e as ExportError {
      Output.note(Strings.cliMergeRefused(path, e.description))
      throw ExitCode(1)
    }
  }

  static func read(_ file: String, _ input: String) throws(FileMergeError) -> [UInt8] {
    // Straight into the array (pread): no second copy of a 60 MB file through `Data`.
    do {
      return try PosixFileSystem().read(file, from: 0)
    } catch {
      throw FileMergeError(input: input, reason: Strings.cliMergeUnreadable(file))
    }
  }
}

extension Strings {
  static var cliAbstractMergeDriver: String {
    t("cli.abstractMergeDriver", "Git's merge driver for a data file: merges three copies record by record.")
  }
  static var cliHelpMergeBase: String { t("cli.helpMergeBase", "The common ancestor's copy (git's %O).") }
  static var cliHelpMergeOurs: String {
    t("cli.helpMergeOurs", "Our copy (git's %A); the merged file replaces it.")
  }
  static var cliHelpMergeTheirs: String { t("cli.helpMergeTheirs", "Their copy (git's %B).") }
  static var cliHelpMergePath: String {
    t("cli.helpMergePath", "The file's path in the repository (git's %P).")
  }
  static func cliMergeRefused(_ path: String, _ reason: String) -> String {
    t(
      "cli.mergeRefused",
      "merge-driver: {0} not merged ({1}); git keeps its conflict for a person to resolve",
      path, reason)
  }
  static func cliMergeUnreadable(_ file: String) -> String {
    t("cli.mergeUnreadable", "cannot read {0}", file)
  }
}
