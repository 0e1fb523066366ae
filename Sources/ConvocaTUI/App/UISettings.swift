import ConvocaCore
import Foundation

/// What the tracker remembers between runs: the filter history and the sort. Kept at
/// `$XDG_STATE_HOME/convoca/ui.json` (`~/.local/state/…` when unset).
public struct UISettings: Hashable, Sendable {
  /// Earlier filters, oldest first (at most `historyLimit`).
  public var filterHistory: [String]
  /// The list's sort.
  public var sort: ConvocaCore.SortOrder

  /// How many filters are remembered.
  public static let historyLimit = 50

  /// Creates settings.
  public init(filterHistory: [String] = [], sort: ConvocaCore.SortOrder = .standard) {
    self.filterHistory = Array(filterHistory.suffix(UISettings.historyLimit))
    self.sort = sort
  }

  /// `$XDG_STATE_HOME/convoca/ui.json`, or `~/.local/state/convoca/ui.json`.
  public static func defaultPath(environment env: [String: String]) -> String {
    if let x = env["XDG_STATE_HOME"], !x.isEmpty { return x + "/convoca/ui.json" }
    return (env["HOME"] ?? ".") + "/.local/state/convoca/ui.json"
  }

  /// Reads the settings; a missing or unreadable file gives the defaults (they are a
  /// convenience, never worth an error).
  public static func load(from path: String) -> UISettings {
    guard let data = FileManager.default.contents(atPath: path), let v = try? JSONParser.parse(Array(data))
    else {
      return UISettings()
    }
    return UISettings(json: v)
  }

  /// Parses the JSON form; unknown or malformed members are ignored.
  public init(json v: JSONValue) {
    var history: [String] = []
    if case .array(let items)? = v["filterHistory"] { history = items.compactMap(\.stringValue) }
    let sort = v["sort"]?.stringValue.flatMap(ConvocaCore.SortOrder.init(parsing:)) ?? .standard
    self.init(filterHistory: history, sort: sort)
  }

  /// The JSON form.
  public var json: JSONValue {
    .object([
      ("filterHistory", .array(filterHistory.map(JSONValue.string))), ("sort", .string(sort.description)),
    ])
  }

  /// Writes the settings atomically, creating the folder when needed.
  public func save(to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data((JSONWriter.pretty(json) + "\n").utf8).write(to: url, options: .atomic)
  }
}
