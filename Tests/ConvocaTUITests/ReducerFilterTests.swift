import ConvocaCore
import Foundation
import Testing

@testable import ConvocaTUI

@Suite struct ReducerFilterTests {
  let data = TUIFixture.data()

  func editor(_ s: AppState) -> FilterEditor? {
    if case .filtering(let f) = s.mode { return f }
    return nil
  }

  @Test func listFollowsEveryKeystrokeAndEnterKeeps() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "kind:award", data)
    #expect(s.rows.map(\.rawValue) == ["ccc3", "fff6"])
    TUIFixture.send(&s, [.backspace, .backspace, .backspace, .backspace, .backspace], data)
    // "kind:" and "kind:a" do not parse: the list keeps "kind:aw".
    #expect(s.filterText == "kind:aw")
    #expect(editor(s)?.error != nil)
    TUIFixture.type(&s, "grant", data)
    let effects = TUIFixture.send(&s, [.enter], data)
    #expect(s.mode == .normal)
    #expect(s.filterText == "kind:grant")
    #expect(s.rows.map(\.rawValue) == ["aaa1", "eee5"])
    #expect(s.filterHistory == ["kind:grant"])
    #expect(
      effects == [.saveSettings(UISettings(filterHistory: ["kind:grant"], sessionFilters: ["kind:grant"]))])
  }

  @Test func ownerMeIsTheConfiguredUserAndOrWorksInTheFilter() {
    // Everyone's call but bbb2 (Ana's) is owned by Laura, the configured user.
    var s = TUIFixture.state(data)
    #expect(s.queryContext.user == "Laura")
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "-owner:me", data)
    #expect(s.rows.map(\.rawValue) == ["bbb2"])
    TUIFixture.send(&s, [.enter, .char("/")], data)
    TUIFixture.send(&s, Array(repeating: .backspace, count: 9), data)
    TUIFixture.type(&s, "(kind:award OR owner:ana) -stage:won", data)
    #expect(Set(s.rows.map(\.rawValue)) == ["bbb2", "ccc3"])
  }

  @Test func invalidQueryKeepsTheLastValidResultAndShowsTheError() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "stage:applied", data)
    #expect(s.rows.map(\.rawValue) == ["eee5"])
    TUIFixture.type(&s, " -kind:x", data)
    #expect(editor(s)?.error != nil)
    #expect(s.rows.map(\.rawValue) == ["eee5"])
    #expect(s.filterText == "stage:applied -kind")
    TUIFixture.send(&s, [.ctrl("u")], data)
    TUIFixture.type(&s, "knd:grant", data)
    #expect(editor(s)?.error?.contains("unknown field 'knd'") == true)
    #expect(editor(s)?.error?.contains("did you mean 'kind'") == true)
    TUIFixture.send(&s, [.enter], data)
    #expect(s.filterText == "knd")
    #expect(s.status?.kind == .error)
    #expect(s.status?.text.hasPrefix("kept the last valid filter — ") == true)
  }

  @Test func escRestoresThePreviousFilter() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "is:open", data)
    TUIFixture.send(&s, [.enter], data)
    #expect(s.rows.count == 5)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, " kind:award", data)
    #expect(s.rows.count == 1)
    TUIFixture.send(&s, [.escape], data)
    #expect(s.mode == .normal)
    #expect(s.filterText == "is:open")
    #expect(s.rows.count == 5)
  }

  @Test func upAndDownRecallEarlierFilters() {
    var s = TUIFixture.state(data, settings: UISettings(filterHistory: ["kind:grant", "is:open"]))
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "med", data)
    TUIFixture.send(&s, [.up], data)
    #expect(editor(s)?.editor.text == "is:open")
    #expect(s.rows.count == 5)
    TUIFixture.send(&s, [.up, .up], data)
    #expect(editor(s)?.editor.text == "kind:grant")
    TUIFixture.send(&s, [.down], data)
    #expect(editor(s)?.editor.text == "is:open")
    TUIFixture.send(&s, [.down], data)
    #expect(editor(s)?.editor.text == "med")
    #expect(s.rows.map(\.rawValue) == ["aaa1"])
    // Accepting a recalled filter moves it to the end of the history.
    TUIFixture.send(&s, [.up, .up, .enter], data)
    #expect(s.filterHistory == ["is:open", "kind:grant"])
  }

  @Test func tabCompletesFieldsAndValues() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "ki", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(editor(s)?.editor.text == "kind:")
    TUIFixture.type(&s, "sch", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(editor(s)?.editor.text == "kind:scholarship")
    #expect(s.rows.map(\.rawValue) == ["bbb2"])
    TUIFixture.type(&s, " stage:", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(editor(s)?.editor.text == "kind:scholarship stage:identified")
    TUIFixture.send(&s, [.tab], data)
    #expect(editor(s)?.editor.text == "kind:scholarship stage:preparing")
    #expect(editor(s)?.completion?.candidates.count == 6)
    // Any other key ends the cycle.
    TUIFixture.type(&s, " ", data)
    #expect(editor(s)?.completion == nil)
    #expect(s.rows.map(\.rawValue) == ["bbb2"])
  }

  @Test func cursorEditing() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "kind:grnt", data)
    TUIFixture.send(&s, [.left, .left], data)
    TUIFixture.type(&s, "a", data)
    #expect(editor(s)?.editor.text == "kind:grant")
    TUIFixture.send(&s, [.ctrl("u")], data)
    #expect(editor(s)?.editor.text == "nt")
  }

  @Test func historyIsCappedAndSettingsRoundTrip() throws {
    var s = TUIFixture.state(
      data,
      settings: UISettings(
        filterHistory: (0..<60).map { "w\($0)" }, sort: SortOrder(.title, descending: true)))
    #expect(s.filterHistory.count == 50)
    #expect(s.sort == SortOrder(.title, descending: true))
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "new", data)
    TUIFixture.send(&s, [.enter], data)
    #expect(s.filterHistory.count == 50 && s.filterHistory.last == "new")
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-ui-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("convoca/ui.json").path
    try s.settings.save(to: path)
    #expect(UISettings.load(from: path).filterHistory == s.settings.filterHistory)
    #expect(UISettings.load(from: path).sort == s.settings.sort)
    #expect(UISettings.load(from: path + ".missing") == UISettings())
    #expect(UISettings.defaultPath(environment: ["XDG_STATE_HOME": "/s"]) == "/s/convoca/ui.json")
    #expect(UISettings.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/convoca/ui.json")
  }
}
