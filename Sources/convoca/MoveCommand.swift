import ArgumentParser
import ConvocaCore

/// `convoca move ID STAGE`: moves an opportunity along the pipeline, recording it in history.
struct MoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "move", abstract: Strings.cliAbstractMove)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpID)) var id: String
  @Argument(help: ArgumentHelp(Strings.cliHelpMoveStage)) var stage: String
  @Option(help: ArgumentHelp(Strings.cliHelpMoveNote)) var note: String?
  @Option(help: ArgumentHelp(Strings.cliHelpMoveAwarded)) var awarded: String?

  func run() throws {
    let config = try globals.configuration()
    guard let target = Stage.named(stage) else {
      throw ValidationError(Strings.cliUnknownStage(stage, Stage.allCases.map(\.rawValue)))
    }
    var awardedMoney: Money?
    if let a = awarded {
      guard target == .won else { throw ValidationError(Strings.cliAwardedOnlyWon) }
      do { awardedMoney = try FieldInput.money(.awarded, a, configuration: config) } catch {
        throw ValidationError(error.description)
      }
    }
    let db = try globals.openForWriting(config)
    let o = try db.resolveRecord(id)
    guard o.stage != target else { throw CLIError(Strings.cliAlreadyIn(o.id.rawValue, target.rawValue)) }
    if target == .won && awardedMoney == nil { awardedMoney = o.awarded ?? o.amount }
    let entry = HistoryEntry(
      from: o.stage.rawValue, to: target.rawValue, at: db.clock(), by: config.user, note: note)
    do { try db.perform(.move(o.id, entry: entry, awarded: awardedMoney)) } catch {
      throw CLIError(error.description)
    }
    Output.note(Strings.cliMoved(o.id.rawValue, o.stage.rawValue, target.rawValue))
  }
}

extension Strings {
  static var cliAwardedOnlyWon: String { t("cli.awardedOnlyWon", "--awarded goes with a move to won") }
  static func cliAlreadyIn(_ id: String, _ stage: String) -> String {
    t("cli.alreadyIn", "{0} is already {1}; nothing was changed", id, stage)
  }
  static func cliMoved(_ id: String, _ from: String, _ to: String) -> String {
    t("cli.moved", "{0}: {1} → {2}", id, from, to)
  }
}
