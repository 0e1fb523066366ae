import ArgumentParser
import ConvocaCore

/// `convoca edit ID --field value …`: changes fields of one opportunity.
struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "edit", abstract: Strings.cliAbstractEdit)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpID), completion: ShellCompletion.ids) var id: String
  @OptionGroup var fields: FieldOptions
  @Option(name: .customLong("add-tag"), help: ArgumentHelp(Strings.cliHelpAddTag)) var addTag: [String] = []
  @Option(name: .customLong("remove-tag"), help: ArgumentHelp(Strings.cliHelpRemoveTag)) var removeTag:
    [String] = []

  func run() throws {
    let config = try globals.configuration()
    let db = try globals.openForWriting(config)
    let o = try db.resolveRecord(id)
    var changes = try fields.changes(config, current: o, today: globals.today)
    if !addTag.isEmpty || !removeTag.isEmpty {
      guard fields.tag.isEmpty else { throw ValidationError(Strings.cliTagMix) }
      let tags = Pipeline.tags(o.tags, adding: addTag, removing: removeTag)
      changes.append(
        FieldChange(.tags, .array(tags.map(JSONValue.string)), expected: Field.tags.value(in: o)))
    }
    guard !changes.isEmpty else { throw ValidationError(Strings.cliNothingToEdit) }
    // Values the record already holds change nothing: no journal line, `updated` kept.
    guard let command = Pipeline.edit(o, changes), case .set(_, let effective) = command else {
      Output.note(Strings.cliAlreadySo(o.id.rawValue))
      return
    }
    do { try db.perform(command) } catch { throw CLIError(error.description) }
    changes = effective
    Output.note(Strings.cliEdited(o.id.rawValue, changes.map(\.field.rawValue).joined(separator: ", ")))
  }
}

extension Strings {
  static var cliNothingToEdit: String {
    t("cli.nothingToEdit", "nothing to change: give at least one field, e.g. --deadline 2027-03-01")
  }
  static func cliAlreadySo(_ id: String) -> String {
    t("cli.alreadySo", "{0} already has those values; nothing to change", id)
  }
  static var cliTagMix: String { t("cli.tagMix", "use either --tag (replace all) or --add-tag/--remove-tag") }
  static func cliEdited(_ id: String, _ fields: String) -> String {
    t("cli.edited", "{0}: changed {1}", id, fields)
  }
}
