import Foundation
import Testing

@testable import ConvocaCore

/// The language is a value (issue 11, item 1): resolved in order from `--lang`, `CONVOCA_LANG`,
/// the configuration and the locale; with nothing in force, every text is English.
@Suite struct LanguageTests {
  @Test func codesAndLocalesAreRead() {
    #expect(Language(code: "es") == .es && Language(code: "EN") == .en)
    #expect(Language(code: "es_CO.UTF-8") == .es && Language(code: "es-CO") == .es)
    #expect(Language(code: "xx") == nil && Language(code: "") == nil && Language(code: "C") == nil)
    #expect(Language.ofLocale("es_CO.UTF-8") == .es)
    #expect(Language.ofLocale("C") == .en && Language.ofLocale("POSIX") == .en)
    #expect(Language.ofLocale("C.UTF-8") == .en && Language.ofLocale("en_US.UTF-8") == .en)
    #expect(Language.ofLocale("de_DE.UTF-8") == .en)
  }

  @Test func resolutionOrderIsFlagEnvConfigLocale() throws {
    let all = ["CONVOCA_LANG": "en", "LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"]
    #expect(try Language.resolve(flag: "es", environment: all, configured: "en") == .es)
    #expect(try Language.resolve(flag: "en", environment: ["CONVOCA_LANG": "es"], configured: "es") == .en)
    #expect(
      try Language.resolve(flag: nil, environment: ["CONVOCA_LANG": "es", "LANG": "en"], configured: "en")
        == .es)
    #expect(try Language.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8"], configured: "es") == .es)
    #expect(try Language.resolve(flag: nil, environment: ["LANG": "es_CO.UTF-8"], configured: nil) == .es)
    // LC_ALL, then LC_MESSAGES, then LANG; empty ones are skipped.
    #expect(
      try Language.resolve(
        flag: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "es_CO.UTF-8", "LANG": "en_US"], configured: nil
      )
        == .es)
    #expect(
      try Language.resolve(flag: nil, environment: ["LC_ALL": "C", "LANG": "es_CO.UTF-8"], configured: nil)
        == .en)
    #expect(try Language.resolve(flag: nil, environment: ["LANG": "fr_FR.UTF-8"], configured: nil) == .en)
    #expect(try Language.resolve(flag: nil, environment: [:], configured: nil) == .en)
  }

  @Test func anUnknownLanguageIsAnErrorNamingTheLanguages() {
    #expect(throws: LanguageError(source: "--lang", value: "xx")) {
      try Language.resolve(flag: "xx", environment: [:], configured: nil)
    }
    #expect(throws: LanguageError(source: "CONVOCA_LANG", value: "fr")) {
      try Language.resolve(flag: nil, environment: ["CONVOCA_LANG": "fr"], configured: nil)
    }
    let message = LanguageError(source: "--lang", value: "xx").description
    #expect(message.contains("'xx'") && message.contains("en, es"))
  }

  /// Nothing in force: English, whatever LANG the machine (and this test process) has.
  @Test func withNothingInForceTheTextIsEnglish() {
    #expect(Strings.inForce == .en)
    #expect(Strings.t("tui.menu.sort", "Sort by") == "Sort by")
    Strings.withLanguage(Language.es) {
      #expect(Strings.t("tui.menu.sort", "Sort by") == "Ordenar por")
      Strings.withLanguage(Language.en) { #expect(Strings.t("tui.menu.sort", "Sort by") == "Sort by") }
    }
  }

  @Test func theConfigurationNamesALanguage() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-lang-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    try FileManager.default.createDirectory(atPath: dir + "/convoca", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let env = ["XDG_CONFIG_HOME": dir, "USER": "laura"]
    try #"{"language": "es"}"#.write(toFile: dir + "/convoca/config.json", atomically: true, encoding: .utf8)
    let (c, warnings) = try Configuration.loadReporting(environment: env)
    #expect(c.language == .es && warnings.isEmpty)
    try #"{"language": "klingon"}"#.write(
      toFile: dir + "/convoca/config.json", atomically: true, encoding: .utf8)
    let (bad, badWarnings) = try Configuration.loadReporting(environment: env)
    #expect(bad.language == nil)
    #expect(badWarnings.map(\.key) == ["language"])
    #expect(badWarnings.first?.description.contains("en, es") == true)
  }
}
