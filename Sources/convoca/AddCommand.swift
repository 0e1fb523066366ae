import ArgumentParser
import ConvocaCore

/// `convoca add --title …`: adds an opportunity and prints its id alone.
struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: Strings.cliAbstractAdd)

  @OptionGroup var globals: GlobalOptions
  @OptionGroup var fields: FieldOptions

  @Option(help: ArgumentHelp(Strings.cliHelpAddStage), completion: .list(Stage.allCases.map(\.rawValue)))
  var stage: String?

  @Flag(help: ArgumentHelp(Strings.cliHelpAllowDuplicate)) var allowDuplicate = false

  func run() throws {
    let config = try globals.configuration()
    guard fields.title != nil else { throw ValidationError(Strings.cliTitleRequired) }
    let changes = try fields.changes(config, current: nil, today: globals.today)
    var initial: Stage = .identified
    if let s = stage {
      guard let st = Stage.named(s) else {
        throw ValidationError(Strings.cliUnknownStage(s, Stage.allCases.map(\.rawValue)))
      }
      initial = st
    }
    let db = try globals.openForWriting(config)
    var generator = SystemRandomNumberGenerator()
    let o: Opportunity
    do {
      o = try Pipeline.create(
        id: db.store.newID(using: &generator), fields: changes, stage: initial, owner: config.user,
        at: db.clock())
    } catch { throw ValidationError(error.message) }
    if !allowDuplicate {
      let existing = DuplicateFinder.likelyDuplicates(of: o, in: db.store)
      if !existing.isEmpty { throw CLIError(Strings.cliLikelyDuplicate(existing)) }
    }
    do { try db.perform(.create(o)) } catch { throw CLIError(error.description) }
    Output.line(o.id.rawValue)
  }
}

extension Strings {
  static var cliHelpAllowDuplicate: String {
    t(
      "cli.help.allowDuplicate",
      "Add even when a call with the same title and funder, or the same URL, exists.")
  }
  static func cliLikelyDuplicate(_ existing: [Opportunity]) -> String {
    let list = existing.prefix(3).map { "\($0.id.rawValue) \"\($0.title)\"" }.joined(separator: ", ")
    return t(
      "cli.likelyDuplicate",
      "likely a duplicate of {0} (same title and funder, or same URL); nothing was added — use --allow-duplicate to add it anyway",
      list)
  }
  static var cliTitleRequired: String { t("cli.titleRequired", "--title is required") }
  static func cliUnknownStage(_ s: String, _ all: [String]) -> String {
    let near = Suggest.nearest(s, in: all).map { t("input.didYouMean", " — did you mean '{0}'?", $0) } ?? ""
    return t("cli.unknownStage", "unknown stage '{0}'; stages are {1}", s, all.joined(separator: ", ")) + near
  }
}
