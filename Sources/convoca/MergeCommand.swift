import ArgumentParser
import ConvocaCore

/// `convoca merge KEEP OTHER`: merges OTHER into KEEP and removes OTHER.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "merge", abstract: Strings.cliAbstractMerge)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpMergeKeep)) var keep: String
  @Argument(help: ArgumentHelp(Strings.cliHelpMergeOther)) var other: String

  func run() throws {
    let config = try globals.configuration()
    let db = try globals.openForWriting(config)
    let k = try db.resolveRecord(keep)
    let o = try db.resolveRecord(other)
    let plan: Merge.Plan
    do { plan = try Merge.plan(keep: k, other: o) } catch { throw CLIError(error.message) }
    do { try db.perform(plan.commands) } catch { throw CLIError(error.description) }
    Output.note(Strings.cliMerged(o.id.rawValue, k.id.rawValue, k.title))
    if !plan.filled.isEmpty {
      Output.note(Strings.cliMergeFilled(plan.filled.map { Strings.fieldLabel($0.rawValue) }))
    }
  }
}

extension Strings {
  static var cliAbstractMerge: String {
    t(
      "cli.abstract.merge", "Merge a duplicate into the call kept: notes, history and empty fields move over."
    )
  }
  static var cliHelpMergeKeep: String { t("cli.help.mergeKeep", "The call to keep (id or unique prefix).") }
  static var cliHelpMergeOther: String {
    t("cli.help.mergeOther", "The duplicate to merge into it and remove (id or unique prefix).")
  }
  static func cliMerged(_ other: String, _ keep: String, _ title: String) -> String {
    t("cli.merged", "{0} merged into {1} \"{2}\" and removed", other, keep, title)
  }
  static func cliMergeFilled(_ fields: [String]) -> String {
    t("cli.mergeFilled", "filled from it: {0}", fields.joined(separator: ", "))
  }
}
