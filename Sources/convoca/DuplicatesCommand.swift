import ArgumentParser
import ConvocaCore

/// `convoca duplicates [QUERY…]`: likely duplicate pairs, most likely first.
struct DuplicatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "duplicates", abstract: Strings.cliAbstractDuplicates)

  @OptionGroup var globals: GlobalOptions

  @Argument(help: ArgumentHelp(Strings.cliHelpDuplicatesQuery))
  var query: [String] = []

  @Flag(help: ArgumentHelp(Strings.cliHelpDuplicatesJSON))
  var json = false

  func run() throws {
    let config = try globals.configuration()
    let q: Query
    do { q = try Query.parse(query.joined(separator: " "), vocabulary: config.vocabulary) } catch {
      throw CLIError(error.description)
    }
    let db = try globals.open(config)
    let store = db.store
    var pairs = DuplicateFinder.pairs(in: store)
    if !query.isEmpty {
      let context = QueryContext(
        today: globals.today, staleDays: config.staleDays, utcOffset: LocalClock.utcOffset(),
        user: config.user)
      let hits = Set(store.filter(q, context: context).map { store.records[$0].id })
      pairs = pairs.filter { hits.contains($0.first) || hits.contains($0.second) }
    }
    if json {
      for p in pairs { Output.line(JSONWriter.line(DuplicatesCommand.json(p, store))) }
      return try globals.endRead(db)
    }
    if pairs.isEmpty {
      Output.note(Strings.cliNoDuplicates)
      return try globals.endRead(db)
    }
    for p in pairs {
      guard let a = store[p.first], let b = store[p.second] else { continue }
      let score = String(Int((p.score * 100).rounded(.down))) + "%"
      Output.line(TerminalText.portable(TerminalText.sanitize("\(score)  \(p.reason)")))
      Output.line(TerminalText.portable(TerminalText.sanitize("  \(a.id.rawValue)  \(a.title)")))
      Output.line(TerminalText.portable(TerminalText.sanitize("  \(b.id.rawValue)  \(b.title)")))
    }
    try globals.endRead(db)
  }

  /// One pair as a JSON object.
  static func json(_ p: DuplicatePair, _ store: OpportunityStore) -> JSONValue {
    var m: [(String, JSONValue)] = [
      ("first", .string(p.first.rawValue)), ("second", .string(p.second.rawValue)),
      ("firstTitle", .string(store[p.first]?.title ?? "")),
      ("secondTitle", .string(store[p.second]?.title ?? "")),
      ("score", .number(String(Int((p.score * 100).rounded(.down))))), ("sameURL", .bool(p.sameURL)),
      ("sameFunder", .bool(p.sameFunder)),
      ("titleSimilarity", .number(String(Int((p.titleSimilarity * 100).rounded(.down))))),
    ]
    if let d = p.deadlineDays { m.append(("deadlineDays", .number(String(d)))) }
    m.append(("reason", .string(p.reason)))
    return .object(m)
  }
}

extension Strings {
  static var cliAbstractDuplicates: String {
    t(
      "cli.abstract.duplicates",
      "List likely duplicate calls (similar title, same funder, close deadline, or same URL).")
  }
  static var cliHelpDuplicatesQuery: String {
    t("cli.help.duplicatesQuery", "Only pairs where at least one call matches this query.")
  }
  static var cliHelpDuplicatesJSON: String {
    t("cli.help.duplicatesJSON", "Print one JSON object per pair (scores in percent).")
  }
  static var cliNoDuplicates: String { t("cli.noDuplicates", "no likely duplicates") }
}
