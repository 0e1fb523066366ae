import Foundation

/// Settings read from `$XDG_CONFIG_HOME/convoca/config.json` (or `~/.config/…`): who the
/// user is, extra kinds and areas, the days after which an open item is stale, the default
/// currency. Every setting has a default, so no file is needed.
public struct Configuration: Sendable, Hashable {
  /// The name written as owner, author of notes and mover in history.
  public var user: String
  /// Accepted kinds and areas.
  public var vocabulary: Vocabulary
  /// Days without change after which an open opportunity is stale.
  public var staleDays: Int
  /// The currency assumed when an amount is given without one.
  public var defaultCurrency: String

  /// Creates a configuration.
  public init(
    user: String, vocabulary: Vocabulary = .standard, staleDays: Int = 14, defaultCurrency: String = "USD"
  ) {
    self.user = user
    self.vocabulary = vocabulary
    self.staleDays = staleDays
    self.defaultCurrency = defaultCurrency
  }

  /// The configuration file's path for an environment.
  public static func path(environment env: [String: String]) -> String {
    if let x = env["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/convoca/config.json" }
    return (env["HOME"] ?? ".") + "/.config/convoca/config.json"
  }

  /// The default data file: `$XDG_DATA_HOME/convoca/opportunities.jsonl`.
  public static func defaultDataPath(environment env: [String: String]) -> String {
    if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/convoca/opportunities.jsonl" }
    return (env["HOME"] ?? ".") + "/.local/share/convoca/opportunities.jsonl"
  }

  /// Reads the configuration for an environment; a missing file gives the defaults, a bad
  /// one an error naming the problem.
  public static func load(environment env: [String: String]) throws(ConfigurationError) -> Configuration {
    let account = getpwuid(getuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
    let fallbackUser = env["CONVOCA_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? env["USER"] ?? account ?? "me"
    let path = path(environment: env)
    guard let data = FileManager.default.contents(atPath: path) else {
      return Configuration(user: fallbackUser)
    }
    let v: JSONValue
    do { v = try JSONParser.parse(Array(data)) } catch {
      throw ConfigurationError(message: Strings.configBad(path, error.description))
    }
    guard case .object = v else {
      throw ConfigurationError(message: Strings.configBad(path, "not an object"))
    }
    func strings(_ key: String) throws(ConfigurationError) -> [String] {
      guard let x = v[key] else { return [] }
      guard case .array(let items) = x else {
        throw ConfigurationError(message: Strings.configBad(path, key))
      }
      return items.compactMap(\.stringValue)
    }
    var c = Configuration(
      user: env["CONVOCA_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? v["user"]?.stringValue ?? fallbackUser,
      vocabulary: Vocabulary(extraKinds: try strings("kinds"), extraAreas: try strings("areas")))
    if case .number(let n)? = v["staleDays"], let d = Int(n), d > 0 { c.staleDays = d }
    if let cur = v["currency"]?.stringValue, Money.isCurrencyCode(cur) {
      c.defaultCurrency = cur.uppercased()
    }
    return c
  }
}

/// A configuration file that cannot be read.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, and where.
  public var message: String
  public var description: String { message }
}
