import ConvocaCore
import Foundation
import Testing

@testable import ConvocaTUI

@Suite struct KeymapTests {
  /// docs/keys.md, found from this file's path.
  static let docPath: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("docs/keys.md").path
  }()

  /// Fails when docs/keys.md differs from `Keymap.markdown()`. Run with
  /// `CONVOCA_RECORD_KEYS=1 swift test --filter KeymapTests` to rewrite it.
  /// Each document and the language it is written in: docs/keys.md in English (whatever the
  /// machine's locale), docs/es/keys.md in Spanish.
  @Test(arguments: [("docs/keys.md", Language.en), ("docs/es/keys.md", Language.es)])
  func keysDocumentMatchesTheKeymap(_ doc: String, _ language: Language) throws {
    let path = Self.docPath.replacingOccurrences(of: "docs/keys.md", with: doc)
    let generated = Strings.withLanguage(language) { Keymap.markdown() }
    if ProcessInfo.processInfo.environment["CONVOCA_RECORD_KEYS"] == "1" {
      try Data(generated.utf8).write(to: URL(fileURLWithPath: path))
    }
    let onDisk = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    #expect(onDisk == generated, "\(doc) is out of date: rerun with CONVOCA_RECORD_KEYS=1")
  }

  @Test func everyProductKeyIsBoundOnTheList() {
    let expected: [(Key, KeyCommand)] = [
      (.up, .up), (.char("k"), .up), (.down, .down), (.char("j"), .down), (.pageUp, .pageUp),
      (.pageDown, .pageDown),
      (.char("g"), .top), (.char("G"), .bottom), (.char("/"), .filter), (.enter, .open), (.char("a"), .add),
      (.char("e"), .edit), (.char(">"), .moveNext), (.char("<"), .movePrevious), (.char("m"), .stageMenu),
      (.char("n"), .note), (.char(" "), .mark), (.char("*"), .markAll), (.char("A"), .clearMarks),
      (.char("s"), .sort),
      (.char("u"), .undo), (.ctrl("r"), .redo), (.char("?"), .help), (.char("q"), .quit),
    ]
    for (key, command) in expected {
      #expect(Keymap.binding(for: key, in: .list)?.command == command, "\(key)")
    }
  }

  @Test func noKeyIsBoundTwiceInOneContext() {
    for c in KeymapContext.allCases {
      let keys = Keymap.bindings(c).flatMap(\.keys)
      #expect(Set(keys).count == keys.count, "\(c)")
    }
  }

  @Test func disabledReasonsSayWhy() {
    let ro = TUIFixture.data(readOnly: "the file is damaged at line 3")
    let state = TUIFixture.state(ro)
    let add = Keymap.binding(for: .char("a"), in: .list)
    #expect(
      add.flatMap { Keymap.disabledReason($0, state: state, data: ro) }
        == "read-only: the file is damaged at line 3")
    let empty = TUIFixture.data(OpportunityStore())
    let s2 = TUIFixture.state(empty)
    let open = Keymap.binding(for: .enter, in: .list)
    #expect(open.flatMap { Keymap.disabledReason($0, state: s2, data: empty) } == "nothing selected")
    let undo = Keymap.binding(for: .char("u"), in: .list)
    #expect(undo.flatMap { Keymap.disabledReason($0, state: s2, data: empty) } == "nothing to undo")
  }

  @Test func keyLabels() {
    #expect(Key.ctrl("r").label == "Ctrl-R")
    #expect(Key.char(" ").label == "Space")
    #expect(Key.backTab.label == "Shift-Tab")
    #expect(KeyBinding([.up, .char("k")], .up, "x").keyLabel == "↑ / k")
  }
}
