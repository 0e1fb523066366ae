import Foundation
import Testing

@testable import ConvocaCore

/// Issue 7, problems 16, 17 and 21: no HOME, no user name, and configuration mistakes.
@Suite struct ConfigurationTests {
  /// A configuration folder holding `text` as config.json; the environment that reads it.
  static func environment(_ text: String, _ extra: [String: String] = [:]) throws -> [String: String] {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-config-\(UUID())")
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("convoca"), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: dir.appendingPathComponent("convoca/config.json"))
    return ["XDG_CONFIG_HOME": dir.path, "CONVOCA_USER": "Ana"].merging(extra) { $1 }
  }

  @Test func typosAndWrongTypesAreNamedWithTheirLineAndKeepTheDefault() throws {
    let env = try Self.environment(
      """
      {
        "user": "Ana",
        "staledays": 30,
        "currency": "EUR",
        "staleDays": "30",
        "kinds": "prize",
        "decimal": ";"
      }
      """)
    let (c, warnings) = try Configuration.loadReporting(environment: env)
    #expect(c.staleDays == 14 && c.defaultCurrency == "EUR" && c.vocabulary == .standard)
    let byKey = Dictionary(uniqueKeysWithValues: warnings.map { ($0.key, $0) })
    #expect(Set(byKey.keys) == ["staledays", "staleDays", "kinds", "decimal"])
    #expect(byKey["staledays"]?.line == 3)
    #expect(byKey["staledays"]?.description.contains("'staleDays'") == true)
    #expect(byKey["staleDays"]?.line == 5)
    #expect(byKey["staleDays"]?.description.contains("30") == true)
    #expect(byKey["kinds"]?.line == 6)
    #expect(byKey["staleDays"]?.description.contains("config.json:5:") == true)
  }

  @Test func reportingCurrencyIsReadAndCheckedLikeCurrency() throws {
    var (c, warnings) = try Configuration.loadReporting(
      environment: try Self.environment(#"{"currency": "usd", "reportingCurrency": "cop"}"#))
    #expect(warnings.isEmpty)
    #expect(c.reportingCurrency == "COP" && c.reportingOrDefault == "COP")
    (c, warnings) = try Configuration.loadReporting(
      environment: try Self.environment(#"{"currency": "EUR", "reportingCurrency": "pesos"}"#))
    #expect(warnings.map(\.key) == ["reportingCurrency"])
    #expect(c.reportingCurrency == nil && c.reportingOrDefault == "EUR")
  }

  @Test func aCorrectFileHasNoWarnings() throws {
    let env = try Self.environment(
      #"{"user": "Ana", "staleDays": 30, "currency": "cop", "kinds": ["prize"], "areas": [], "decimal": ","}"#
    )
    let (c, warnings) = try Configuration.loadReporting(environment: env)
    #expect(warnings.isEmpty)
    #expect(c.staleDays == 30 && c.defaultCurrency == "COP" && c.numberStyle == .commaDecimal)
    #expect(c.vocabulary.kinds.contains(Kind(rawValue: "prize")))
  }

  @Test func theLocaleSetsTheNumberStyle() throws {
    let c = try Configuration.load(environment: ["XDG_CONFIG_HOME": "/nonexistent", "LANG": "es_CO.UTF-8"])
    #expect(c.numberStyle == .commaDecimal)
  }

  @Test func withoutHOMEThePathsComeFromThePasswordDatabaseNeverTheCurrentFolder() throws {
    let home = try #require(Account.home(environment: [:]))
    #expect(home.hasPrefix("/"))
    #expect(
      Configuration.defaultDataPath(environment: [:]) == home + "/.local/share/convoca/opportunities.jsonl")
    #expect(Configuration.defaultDataPath(environment: ["HOME": ""])?.hasPrefix(home) == true)
    #expect(Configuration.path(environment: [:]) == home + "/.config/convoca/config.json")
  }

  @Test func anEmptyUSERFallsBackToTheAccountName() throws {
    let name = try #require(Account.loginName())
    let c = try Configuration.load(environment: ["XDG_CONFIG_HOME": "/nonexistent", "USER": ""])
    #expect(c.user == name)
    let d = try Configuration.load(environment: [
      "XDG_CONFIG_HOME": "/nonexistent", "USER": "", "CONVOCA_USER": "",
    ])
    #expect(d.user == name)
  }
}

/// Issue 7, problem 14: `--json` output that a terminal cannot act on.
@Suite struct TerminalSafeJSONTests {
  @Test func c1AndBidiAreEscapedAndTheJSONReadsBack() throws {
    let hostile = "a\u{1B}]52;c;SGVsbG8=\u{07}b\u{9B}31m\u{202E}x\u{2066}y\u{2028}z é 😀"
    let text = JSONWriter.pretty(.object([("kind", .string(hostile))]))
    for u in text.unicodeScalars {
      #expect(!TerminalText.isHostile(u) || u == "\n", "raw U+\(String(u.value, radix: 16)) in --json output")
    }
    #expect(text.contains("\\u009b") && text.contains("\\u202e") && text.contains("\\u001b"))
    #expect(try JSONParser.parse(text)["kind"]?.stringValue == hostile)
    // The file's own lines are unchanged: the escapes are for terminals only.
    #expect(JSONWriter.line(.string("\u{202E}")) == "\"\u{202E}\"")
  }

  @Test func checkFindsKindsAndAreasTheVocabularyDoesNotHold() {
    var a = Opportunity(id: OpportunityID(rawValue: "bbbb")!, title: "t", created: Timestamp(seconds: 0))
    a.kind = Kind(rawValue: "x\u{1B}]2;pwned\u{07}")
    a.area = Area(rawValue: "innovation")
    var b = Opportunity(id: OpportunityID(rawValue: "aaaa")!, title: "t", created: Timestamp(seconds: 0))
    b.area = Area(rawValue: "mystery")
    let found = Vocabulary.standard.unknownValues(in: [a, b])
    #expect(found.map(\.id.rawValue) == ["aaaa", "bbbb"])
    #expect(found.map(\.field) == [.area, .kind])
    #expect(found[1].value == a.kind.rawValue)
  }
}
