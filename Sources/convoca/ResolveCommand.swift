import ArgumentParser
import ConvocaCore

/// `convoca resolve ID [FIELD] --keep current|other`: decides fields a merge flagged
/// `is:conflict` (`Conflicts`); once nothing is left to decide the flag is cleared.
struct ResolveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve", abstract: Strings.cliAbstractResolve)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpID), completion: ShellCompletion.ids) var id: String
  @Argument(help: ArgumentHelp(Strings.cliHelpResolveField)) var field: String?
  @Option(help: ArgumentHelp(Strings.cliHelpResolveKeep), completion: .list(["current", "other"]))
  var keep: String?

  func run() throws {
    let config = try globals.configuration()
    var keepOther: Bool?
    if let k = keep {
      switch k.lowercased() {
      case "current", "actual": keepOther = false
      case "other", "otra", "otro": keepOther = true
      default: throw ValidationError(Strings.cliResolveBadKeep(k))
      }
    }
    let db = try globals.openForWriting(config)
    let o = try db.resolveRecord(id)
    guard o.conflict else { throw CLIError(Strings.cliResolveNotFlagged(o.id.rawValue)) }
    let pending = Conflicts.pending(o)
    var chosen: [Conflicts.Pending] = pending
    if let field {
      // The field as the file names it, or any name `convoca fields` lists (`título`, `monto`).
      let name = FieldCatalogue.resolve(field)?.name ?? field.lowercased()
      guard let p = pending.first(where: { $0.field == name }) else {
        throw CLIError(Strings.cliResolveNotPending(field, pending.map(\.field)))
      }
      chosen = [p]
    }
    if !chosen.isEmpty, keepOther == nil {
      throw CLIError(Strings.cliResolveNeedsKeep(pending.map(\.field)))
    }
    let choices = chosen.map {
      Conflicts.Choice(field: $0.field, value: keepOther == true ? $0.other : $0.kept)
    }
    do { _ = try db.perform(.resolve(o.id, choices)) } catch { throw CLIError(error.description) }
    for c in choices {
      Output.note(Strings.cliResolved(o.id.rawValue, c.field, TerminalText.sanitize(c.value)))
    }
    let left = db.store[o.id].map(Conflicts.pending) ?? []
    Output.note(
      left.isEmpty
        ? Strings.cliResolveCleared(o.id.rawValue)
        : Strings.cliResolveLeft(o.id.rawValue, left.map(\.field).joined(separator: ", ")))
  }
}

extension Strings {
  static var cliAbstractResolve: String {
    t("cli.abstract.resolve", "Decide the fields a merge changed in two copies (is:conflict).")
  }
  static var cliHelpResolveField: String {
    t("cli.help.resolveField", "The field to decide (all pending fields when left out).")
  }
  static var cliHelpResolveKeep: String {
    t("cli.help.resolveKeep", "current: keep the value the record holds; other: take the other copy's.")
  }
  static func cliResolveBadKeep(_ k: String) -> String {
    t("cli.resolve.badKeep", "--keep takes current or other, not '{0}'", k)
  }
  static func cliResolveNotFlagged(_ id: String) -> String {
    t("cli.resolve.notFlagged", "{0} is not flagged as a conflict; nothing to resolve", id)
  }
  static func cliResolveNotPending(_ f: String, _ pending: [String]) -> String {
    pending.isEmpty
      ? t("cli.resolve.nothingPending", "{0} has no conflict to decide; nothing is pending", f)
      : t(
        "cli.resolve.notPending", "{0} has no conflict to decide; pending: {1}", f,
        pending.joined(separator: ", "))
  }
  static func cliResolveNeedsKeep(_ pending: [String]) -> String {
    t(
      "cli.resolve.needsKeep", "say which value to keep with --keep current or --keep other (pending: {0})",
      pending.joined(separator: ", "))
  }
  static func cliResolved(_ id: String, _ field: String, _ value: String) -> String {
    t("cli.resolved", "{0}: {1} = {2}", id, field, value)
  }
  static func cliResolveCleared(_ id: String) -> String {
    t("cli.resolve.cleared", "{0}: nothing left to decide; the conflict flag is cleared", id)
  }
  static func cliResolveLeft(_ id: String, _ fields: String) -> String {
    t("cli.resolve.left", "{0}: still to decide: {1}", id, fields)
  }
}
