import Foundation

/// Settings read from `$XDG_CONFIG_HOME/convoca/config.json` (or `~/.config/…`): who the
/// user is, extra kinds and areas, the days after which an open item is stale, the default
/// currency, the decimal mark. Every setting has a default, so no file is needed.
public struct Configuration: Sendable, Hashable {
  /// The name written as owner, author of notes and mover in history. Empty only when no
  /// name could be found anywhere (see `load`); commands that write refuse then.
  public var user: String
  /// Accepted kinds and areas.
  public var vocabulary: Vocabulary
  /// Days without change after which an open opportunity is stale.
  public var staleDays: Int
  /// The currency assumed when an amount is given without one.
  public var defaultCurrency: String
  /// How typed amounts such as `1,500` are read (see `Money.readAmount`).
  public var numberStyle: NumberStyle
  /// How typed dates such as `03/04/2027` are read (see `DateInput.parse`).
  public var dateOrder: DateOrder
  /// Whether the tracker may copy (an id, a URL) to the clipboard with the terminal's OSC 52
  /// sequence (`"clipboard": true`; off by default: a terminal may log or refuse it).
  public var clipboard: Bool = false
  /// The currency the team's totals are reported in when the data file names none yet
  /// (`"reportingCurrency"`; nil: the default `currency`). The first `convoca rates set`
  /// writes it into the file, where it is shared from then on.
  public var reportingCurrency: String?
  /// Days before a date that `convoca export --format ics` sets its reminder
  /// (`"alarmDays"`, 0 to 366; default 7). `--alarm-days` overrides it.
  public var alarmDays: Int = 7
  /// The language of messages and screens (`"language": "es"`), when neither `--lang` nor
  /// `CONVOCA_LANG` names one; nil: the locale's (see `Language.resolve`).
  public var language: Language?
  /// Minutes between the tracker's automatic syncs of a data file in a git work tree
  /// (`"syncMinutes"`, 0 to 1440; 0, the default: only when `S` is pressed).
  public var syncMinutes: Int = 0

  /// The reporting currency to write into a file that has none: `reportingCurrency`, else
  /// the default `currency`.
  public var reportingOrDefault: String { reportingCurrency ?? defaultCurrency }

  /// Creates a configuration.
  public init(
    user: String, vocabulary: Vocabulary = .standard, staleDays: Int = 14, defaultCurrency: String = "USD",
    numberStyle: NumberStyle = .unspecified, dateOrder: DateOrder = .unspecified
  ) {
    self.user = user
    self.vocabulary = vocabulary
    self.staleDays = staleDays
    self.defaultCurrency = defaultCurrency
    self.numberStyle = numberStyle
    self.dateOrder = dateOrder
  }

  /// The keys a configuration file may hold.
  public static let keys = [
    "alarmDays", "areas", "clipboard", "currency", "decimal", "kinds", "language", "reportingCurrency",
    "staleDays", "syncMinutes", "user",
  ]

  /// The configuration file's path for an environment; nil when there is neither
  /// `$XDG_CONFIG_HOME` nor a home folder (see `Account.home`).
  public static func path(environment env: [String: String]) -> String? {
    if let x = env["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/convoca/config.json" }
    return Account.home(environment: env).map { $0 + "/.config/convoca/config.json" }
  }

  /// The default data file: `$XDG_DATA_HOME/convoca/opportunities.jsonl`, else under the home
  /// folder; nil when there is neither (never the current folder).
  public static func defaultDataPath(environment env: [String: String]) -> String? {
    if let x = env["XDG_DATA_HOME"], !x.isEmpty { return x + "/convoca/opportunities.jsonl" }
    return Account.home(environment: env).map { $0 + "/.local/share/convoca/opportunities.jsonl" }
  }

  /// The user's name: `$CONVOCA_USER`, the file's `user`, `$USER`, then the account's login
  /// name — the first that is not empty; empty when there is none.
  static func userName(environment env: [String: String], file: String?) -> String {
    let candidates = [env["CONVOCA_USER"], file, env["USER"]]
    for case let c? in candidates where !c.trimmingCharacters(in: .whitespaces).isEmpty { return c }
    return Account.loginName() ?? ""
  }

  /// Reads the configuration for an environment; a missing file gives the defaults, a file
  /// that is not JSON an error naming the problem.
  public static func load(environment env: [String: String]) throws(ConfigurationError) -> Configuration {
    try loadReporting(environment: env).configuration
  }

  /// Like `load`, with a warning for every key the file gets wrong: an unknown key (a typo
  /// such as `staledays`) or a value of the wrong type (`"30"` for a number). Each names the
  /// key, its line and what was expected; that key keeps its default.
  public static func loadReporting(environment env: [String: String]) throws(ConfigurationError) -> (
    configuration: Configuration, warnings: [ConfigurationWarning]
  ) {
    let style = NumberStyle.fromLocale(environment: env)
    let order = DateOrder.fromLocale(environment: env)
    guard let path = path(environment: env), let data = FileManager.default.contents(atPath: path) else {
      return (
        Configuration(user: userName(environment: env, file: nil), numberStyle: style, dateOrder: order), []
      )
    }
    let v: JSONValue
    do { v = try JSONParser.parse(Array(data)) } catch {
      throw ConfigurationError(message: Strings.configBad(path, error.description))
    }
    guard case .object(let members) = v else {
      throw ConfigurationError(message: Strings.configBad(path, Strings.configNotObject))
    }
    var warnings: [ConfigurationWarning] = []
    func warn(_ key: String, _ expected: String) {
      warnings.append(
        ConfigurationWarning(path: path, key: key, line: line(of: key, in: data), expected: expected))
    }
    for (key, _) in members where !keys.contains(key) {
      let near = EditDistance.nearest(key, in: keys)
      warn(key, near.map(Strings.configDidYouMean) ?? Strings.configKnownKeys(keys))
    }
    func strings(_ key: String) -> [String] {
      guard let x = v[key] else { return [] }
      guard case .array(let items) = x, items.allSatisfy({ $0.stringValue != nil }) else {
        warn(key, Strings.configExpectStrings)
        return []
      }
      return items.compactMap(\.stringValue)
    }
    var fileUser: String?
    if let u = v["user"] {
      if let s = u.stringValue { fileUser = s } else { warn("user", Strings.configExpectText) }
    }
    var c = Configuration(
      user: userName(environment: env, file: fileUser),
      vocabulary: Vocabulary(extraKinds: strings("kinds"), extraAreas: strings("areas")), numberStyle: style,
      dateOrder: order)
    if let s = v["staleDays"] {
      if case .number(let n) = s, let d = Int(n), d > 0 {
        c.staleDays = d
      } else {
        warn("staleDays", Strings.configExpectDays)
      }
    }
    if let cur = v["currency"] {
      if let code = cur.stringValue, Money.isCurrencyCode(code) {
        c.defaultCurrency = code.uppercased()
      } else {
        warn("currency", Strings.configExpectCurrency)
      }
    }
    if let cur = v["reportingCurrency"] {
      if let code = cur.stringValue, Money.isCurrencyCode(code) {
        c.reportingCurrency = code.uppercased()
      } else {
        warn("reportingCurrency", Strings.configExpectCurrency)
      }
    }
    if let d = v["decimal"] {
      if let mark = d.stringValue, let s = NumberStyle(mark: mark) {
        c.numberStyle = s
      } else {
        warn("decimal", Strings.configExpectDecimal)
      }
    }
    if let a = v["alarmDays"] {
      if case .number(let n) = a, let d = Int(n), (0...366).contains(d) {
        c.alarmDays = d
      } else {
        warn("alarmDays", Strings.configExpectAlarmDays)
      }
    }
    if let b = v["clipboard"] {
      if case .bool(let on) = b { c.clipboard = on } else { warn("clipboard", Strings.configExpectBool) }
    }
    if let m = v["syncMinutes"] {
      if case .number(let n) = m, let d = Int(n), (0...1440).contains(d) {
        c.syncMinutes = d
      } else {
        warn("syncMinutes", Strings.configExpectSyncMinutes)
      }
    }
    if let l = v["language"] {
      if let code = l.stringValue, let lang = Language(code: code) {
        c.language = lang
      } else {
        warn("language", Strings.configExpectLanguage)
      }
    }
    return (c, warnings)
  }

  /// The 1-based line where `"key"` first appears in the file (1 when it cannot be found).
  static func line(of key: String, in data: Data) -> Int {
    let needle = Array(JSONWriter.line(.string(key)).utf8)
    let bytes = Array(data)
    guard needle.count <= bytes.count else { return 1 }
    var line = 1
    for i in 0...(bytes.count - needle.count) {
      if bytes[i] == 0x0A { line += 1 }
      if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return line }
    }
    return 1
  }
}

/// A configuration file that cannot be read.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, and where.
  public var message: String
  public var description: String { message }
}

/// A key of the configuration file that was ignored (its default is used instead).
public struct ConfigurationWarning: Hashable, Sendable, CustomStringConvertible {
  /// The configuration file.
  public var path: String
  /// The key as written.
  public var key: String
  /// The line it is on (1-based).
  public var line: Int
  /// What was expected there.
  public var expected: String
  /// `config.json:3: 'staledays' … expected …; using the default`.
  public var description: String { Strings.configWarning(path, line, key, expected) }
}

extension Strings {
  static var configNotObject: String { t("config.notObject", "not a JSON object") }
  static func configWarning(_ path: String, _ line: Int, _ key: String, _ expected: String) -> String {
    t(
      "config.warning", "{0}:{1}: '{2}' was ignored: {3}; using the default", path, String(line), key,
      expected)
  }
  static func configDidYouMean(_ key: String) -> String {
    t("config.didYouMean", "not a known key — did you mean '{0}'?", key)
  }
  static func configKnownKeys(_ keys: [String]) -> String {
    t("config.knownKeys", "not a known key; the keys are {0}", keys.joined(separator: ", "))
  }
  static var configExpectStrings: String { t("config.expectStrings", "expected a list of texts") }
  static var configExpectText: String { t("config.expectText", "expected a text") }
  static var configExpectDays: String {
    t("config.expectDays", "expected a whole number of days above 0, without quotes (e.g. 30)")
  }
  static var configExpectCurrency: String {
    t("config.expectCurrency", "expected a currency code like \"USD\", \"EUR\" or \"COP\"")
  }
  static var configExpectAlarmDays: String {
    t("config.expectAlarmDays", "expected a whole number of days from 0 to 366, without quotes (e.g. 7)")
  }
  static var configExpectSyncMinutes: String {
    t(
      "config.expectSyncMinutes",
      "expected a whole number of minutes from 0 (off) to 1440, without quotes (e.g. 15)")
  }
  static var configExpectLanguage: String {
    t("config.expectLanguage", "expected a language Convoca speaks: {0}", Language.codes)
  }
  static var configExpectBool: String { t("config.expectBool", "expected true or false, without quotes") }
  static var configExpectDecimal: String { t("config.expectDecimal", "expected \",\" or \".\"") }
}
