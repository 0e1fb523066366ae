import ConvocaResources
import Foundation

/// Every user-facing sentence, by key, with its English text. A translation is a JSON file
/// `Resources/strings/LANG.json` mapping the same keys to other text (`{0}`, `{1}` stand for
/// the arguments). The language is a value (`Language`), put in force with `withLanguage`;
/// with none in force the text is English, whatever the machine's locale. Areas of the code
/// add their strings in `Strings+Area.swift` extensions that call `t(_:_:_:)`, so the table
/// stays one.
public enum Strings {
  /// The bundled table `strings/LANG.json` for `lang` (two letters), or empty when there is
  /// none or it cannot be read. Read with Foundation's parser, not `JSONParser`: that one words
  /// its errors through this table, and looking it up while it loads would never return.
  static func translation(for lang: String) -> [String: String] {
    guard let url = ResourceLocator.url("strings/\(lang).json"),
      let data = try? Data(contentsOf: url),
      let members = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    else { return [:] }
    var t: [String: String] = [:]
    for (k, v) in members { if let s = v as? String { t[k] = s } }
    return t
  }

  /// Looks up `key` in the language in force, falling back to `english`, and fills in `{0}`,
  /// `{1}`, … from `args`.
  public static func t(_ key: String, _ english: String, _ args: String...) -> String {
    t(key, english, args, table: inForce.table)
  }

  /// The language in force for the current task (and the thread outside any task); English
  /// unless `withLanguage` says otherwise.
  @TaskLocal static var scoped: Language?

  /// The language `t(_:_:_:)` uses here: the one `withLanguage` put in force, else English.
  public static var inForce: Language { scoped ?? .en }

  /// Runs `body` with the strings of `language` in force for this task and the tasks it starts.
  public static func withLanguage<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
    try $scoped.withValue(language) { try body() }
  }

  /// `withLanguage` by code (`"es"`); an unknown code is English (for tests).
  public static func withLanguage<T>(_ code: String, _ body: () throws -> T) rethrows -> T {
    try withLanguage(Language(code: code) ?? .en, body)
  }

  /// `t(_:_:_:)` with an explicit table (for tests).
  static func t(_ key: String, _ english: String, _ args: [String], table: [String: String]) -> String {
    var s = table[key] ?? english
    for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a) }
    return s
  }

  // MARK: - Ids and commands

  static var idMissing: String { t("id.missing", "no id given") }
  static func idNotFound(_ id: String) -> String { t("id.notFound", "no opportunity has id '{0}'", id) }
  static func idAmbiguous(_ id: String, _ hits: [String]) -> String {
    t("id.ambiguous", "id prefix '{0}' is ambiguous: it matches {1}", id, hits.joined(separator: ", "))
  }
  static func idTaken(_ id: String) -> String { t("id.taken", "id '{0}' is already taken", id) }
  static func unknownStage(_ s: String) -> String { t("stage.unknown", "unknown stage '{0}'", s) }
  static var moveNotFound: String { t("move.notFound", "that move is no longer in the history") }
  static var noteNotFound: String { t("note.notFound", "that note is no longer there") }
  static var overwroteConcurrent: String {
    t("history.overwrote", "overwrote a change made at the same time by someone else")
  }
}
