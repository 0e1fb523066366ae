import ConvocaCore
import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaTUI

/// The tracker uses ConvocaCore's pipeline rules (`Pipeline`), as the command line does:
/// the amount a move to won awards, edits that change nothing, and undo refusing over a
/// colleague's change (shown in the status line).
@Suite struct ReducerPipelineTests {
  func id(_ s: String) -> OpportunityID { TUIFixture.id(s) }

  /// eee5 is applied, asks 90,000 EUR, and was already given an awarded amount.
  func storeWithAwarded() -> OpportunityStore {
    var store = TUIFixture.store
    var o = store[id("eee5")]!
    o.awarded = Money(80_000, "EUR")
    store.upsert(o)
    return store
  }

  func select(_ s: inout AppState, _ data: AppData, _ target: String) {
    while let row = s.selection?.id, row != id(target) {
      let before = s.selection?.id
      TUIFixture.send(&s, [.down], data)
      if s.selection?.id == before { break }
    }
  }

  @Test func stepToWonAwardsWhatTheCommandLineWould() {
    let store = storeWithAwarded()
    let data = TUIFixture.data(store)
    var s = TUIFixture.state(data)
    select(&s, data, "eee5")
    #expect(s.selection?.id == id("eee5"))
    // `>` into won asks, as `m` does, with the amount the command line would award filled in.
    TUIFixture.send(&s, [.char(">")], data)
    guard case .prompt = s.mode else { return #expect(Bool(false), "no question: \(s.mode)") }
    let effects = TUIFixture.send(&s, [.enter], data)
    guard case .perform(let commands, _)? = effects.first,
      case .move(_, let entry, let awarded)? = commands.first
    else { return #expect(Bool(false), "no move: \(effects)") }
    #expect(entry.to == "won")
    #expect(awarded == Pipeline.defaultAwarded(store[id("eee5")]!))
    #expect(awarded == Money(80_000, "EUR"))
  }

  @Test func formSavingWhatTheRecordAlreadyHoldsWritesNothing() {
    var store = TUIFixture.store
    let data = TUIFixture.data(store)
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e")], data)
    guard case .form(var f) = s.mode else { return #expect(Bool(false), "no form") }
    // Someone else set the funder to KfW while the form was open; typing the same is no change.
    var o = store[f.editedID!]!
    o.funder = "KfW"
    store.upsert(o)
    let changed = TUIFixture.data(store)
    let i = f.index(of: .funder)!
    f.entries[i].editor.set("KfW")
    s.mode = .form(f)
    let effects = TUIFixture.send(&s, [.ctrl("s")], changed)
    #expect(effects.isEmpty)
    #expect(s.mode == .normal)
    #expect(s.status?.text == Strings.tuiNothingChanged)
  }

  @Test func refusedUndoShowsWhoInTheStatusLine() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-undo-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("data.jsonl").path
    let mine = try Database(path: path, user: "Laura", lockTimeout: 1)
    let tracker = Tracker(
      terminal: TestTerminal(), database: mine, configuration: TUIFixture.configuration,
      today: TUIFixture.today,
      utcOffset: 0, settingsPath: dir.appendingPathComponent("ui.json").path, environment: [:])
    let o = TUIFixture.opportunity("abcd1234", "Ciudades resilientes")
    #expect(tracker.apply(.dataChanged(.saved(ids: [], message: ""))))
    _ = tracker.run(.perform([.create(o)], description: "added"))
    let theirs = try Database(path: path, user: "Ana", lockTimeout: 1)
    try theirs.perform(try Pipeline.note(theirs.store[o.id]!, "llamé", at: TUIFixture.now, by: "Ana"))
    #expect(tracker.apply(.key(.char("u"))))
    let status = tracker.state.status?.text ?? ""
    #expect(status.contains("abcd1234") && status.contains("Ana"), "\(status)")
    #expect(tracker.state.status?.kind == .error)
    #expect(try Database(path: path, user: "x", lockTimeout: 1).store[o.id]?.notes.count == 1)
  }
}
