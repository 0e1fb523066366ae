import ConvocaCore
import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaTUI

/// Every screen at 80×24 in English and in Spanish (issue 11, item 6): key names in the
/// language's words, no row wider than the screen, and the footer's hints as many in Spanish
/// as in English (none lost to the longer labels), each shown whole.
@Suite struct LanguageRenderTests {
  static var conflictData: AppData { TUIFixture.data(ConflictReviewTests.store()) }

  /// Each screen or mode, and the keys that open it from the list.
  static let screens: [(String, [Key])] = [
    ("list", []), ("detail", [.enter]), ("form", [.char("a")]), ("board", [.char("2")]),
    ("dashboard", [.char("3")]), ("standup", [.char("4")]), ("help", [.char("?")]),
    ("commandLine", [.char(":")]), ("filter", [.char("/")]), ("sortMenu", [.char("s")]),
    ("stageMenu", [.char("m")]), ("columns", [.char("c")]), ("note", [.char("n")]),
    ("views", [.char("v")]), ("delete", [.char("D")]), ("conflict", [.char("C")]),
    ("detailHelp", [.enter, .char("?")]), ("boardHelp", [.char("2"), .char("?")]),
  ]

  /// The screen after `keys`, and the footer's hints (key and text) as the status bar lays
  /// them out, in the language in force.
  static func draw(_ keys: [Key]) -> (canvas: Canvas, state: AppState) {
    let data = conflictData
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, keys, data)
    return (TUIFixture.screen(s, data), s)
  }

  /// The hints the footer has room for at this width (as `StatusBar` decides).
  static func hintsThatFit(_ s: AppState, width: Int) -> [String] {
    let data = conflictData
    var x = 1
    var shown: [String] = []
    for b in Keymap.bindings(s.keymapContext) {
      guard let label = b.footer else { continue }
      if Keymap.disabledReason(b, state: s, data: data) != nil, b.requirement == .stageMenu { continue }
      let hint = b.keys[0].label + " " + label
      guard x + TerminalText.width(hint) <= width else { break }
      shown.append(hint)
      x += TerminalText.width(hint) + 2
    }
    return shown
  }

  @Test(arguments: screens.map(\.0)) func everyScreenFitsIn80x24InBothLanguages(_ name: String) {
    guard let keys = Self.screens.first(where: { $0.0 == name })?.1 else { return }
    let en = Strings.withLanguage(Language.en) { Self.draw(keys) }
    let es = Strings.withLanguage(Language.es) { Self.draw(keys) }
    for (lang, drawn) in [("en", en), ("es", es)] {
      #expect(drawn.canvas.lines.count == 24, "\(name) \(lang)")
      for (y, line) in drawn.canvas.lines.enumerated() {
        #expect(TerminalText.width(line) <= 80, "\(name) \(lang) row \(y) overflows: \(line)")
      }
    }
    #expect(en.state.mode == es.state.mode && en.state.screen == es.state.screen, "\(name)")
    let enHints = Strings.withLanguage(Language.en) { Self.hintsThatFit(en.state, width: 80) }
    let esHints = Strings.withLanguage(Language.es) { Self.hintsThatFit(es.state, width: 80) }
    #expect(esHints.count >= enHints.count, "\(name): Spanish footer loses hints: \(esHints) vs \(enHints)")
    // Each hint that fits is on the footer row whole (not clipped mid-word).
    if let footer = es.canvas.lines.last, !footer.trimmingCharacters(in: .whitespaces).isEmpty {
      for hint in esHints { #expect(footer.contains(hint), "\(name): '\(hint)' not whole in '\(footer)'") }
    }
  }

  @Test func keyNamesAreTheLanguagesWords() {
    let keys: [Key] = [
      .enter, .escape, .char(" "), .pageUp, .pageDown, .tab, .delete, .home, .end, .ctrl("r"),
    ]
    let en = Strings.withLanguage(Language.en) { keys.map(\.label) }
    let es = Strings.withLanguage(Language.es) { keys.map(\.label) }
    #expect(en == ["Enter", "Esc", "Space", "PgUp", "PgDn", "Tab", "Del", "Home", "End", "Ctrl-R"])
    #expect(es == ["Intro", "Esc", "Espacio", "RePág", "AvPág", "Tab", "Supr", "Inicio", "Fin", "Ctrl-R"])
  }

  @Test func theHelpAndKeysDocUseTheSpanishKeyNames() {
    let es = Strings.withLanguage(Language.es) { (Keymap.markdown(), Self.draw([.char("?")]).canvas) }
    #expect(es.0.contains("`Intro`") && es.0.contains("`RePág`") && es.0.contains("`Espacio`"))
    #expect(!es.0.contains("`Enter`") && !es.0.contains("`PgUp`") && !es.0.contains("`Space`"))
    #expect(es.1.lines.contains { $0.contains("Intro") })
  }

  /// The tracker carries its language: a Spanish tracker draws Spanish with nothing else in force.
  @Test func theTrackerRendersInItsLanguage() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-lang-tracker-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let db = try Database(path: dir + "/data.jsonl", user: "Laura", clock: { TUIFixture.now })
    try db.perform(.create(TUIFixture.opportunity("aaa1", "Movilidad urbana")))
    #expect(Strings.inForce == .en)
    for (language, tab) in [(Language.es, "1 Lista"), (Language.en, "1 List")] {
      let terminal = TestTerminal(width: 80, height: 24)
      let tracker = Tracker(
        terminal: terminal, database: db, configuration: TUIFixture.configuration, today: TUIFixture.today,
        utcOffset: 0, settingsPath: dir + "/ui.json", environment: ["HOME": dir], language: language)
      terminal.pendingEvents += [.key(.char("q"))]
      tracker.run()
      let screen = terminal.lastFrame?.lines.joined(separator: "\n") ?? ""
      #expect(screen.contains(tab), "\(language): \(screen)")
    }
  }
}
