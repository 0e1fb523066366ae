import ArgumentParser
import ConvocaCore

/// `convoca move ID STAGE`: moves an opportunity along the pipeline, recording it in history.
struct MoveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "move", abstract: Strings.cliAbstractMove)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpID), completion: ShellCompletion.ids) var id: String
  @Argument(help: ArgumentHelp(Strings.cliHelpMoveStage), completion: .list(Stage.allCases.map(\.rawValue)))
  var stage: String
  @Option(help: ArgumentHelp(Strings.cliHelpMoveNote)) var note: String?
  @Option(help: ArgumentHelp(Strings.cliHelpMoveAwarded)) var awarded: String?

  func run() throws {
    let config = try globals.configuration()
    guard let target = Stage.named(stage) else {
      throw ValidationError(Strings.cliUnknownStage(stage, Stage.allCases.map(\.rawValue)))
    }
    var awardedMoney: Money?
    if let a = awarded {
      // Whether an awarded amount may go with this move is the pipeline's rule (Pipeline.move).
      do { awardedMoney = try FieldInput.money(.awarded, a, configuration: config) } catch {
        throw ValidationError(error.description)
      }
    }
    let db = try globals.openForWriting(config)
    let o = try db.resolveRecord(id)
    do {
      try db.perform(
        Pipeline.move(o, to: target, awarded: awardedMoney, note: note, at: db.clock(), by: config.user))
    } catch let e as CommandError {
      throw CLIError(e.message)
    } catch { throw CLIError("\(error)") }
    Output.note(
      Strings.cliMoved(
        o.id.rawValue, Strings.valueName("stage", o.stage.rawValue),
        Strings.valueName("stage", target.rawValue)))
  }
}

extension Strings {
  static func cliMoved(_ id: String, _ from: String, _ to: String) -> String {
    t("cli.moved", "{0}: {1} → {2}", id, from, to)
  }
}
