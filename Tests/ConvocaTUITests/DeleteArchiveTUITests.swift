import ConvocaCore
import Testing

@testable import ConvocaTUI

/// Issue 8 item 2 in the tracker: `D` deletes after a confirmation that names the call (or
/// counts the marked ones); `X` archives (hidden from the list) or unarchives.
@Suite struct DeleteArchiveTUITests {
  let data = TUIFixture.data()
  func id(_ s: String) -> OpportunityID { TUIFixture.id(s) }

  /// The state after the app loop ran `effects` against `store`.
  func saved(_ s: inout AppState, _ effects: [Effect], _ store: inout OpportunityStore) -> AppData {
    TUIFixture.apply(effects, to: &store)
    let d = TUIFixture.data(store, canUndo: true)
    let ids = effects.flatMap { e -> [OpportunityID] in
      if case .perform(let cs, _) = e { return cs.compactMap(\.id) }
      return []
    }
    reduce(&s, .dataChanged(.saved(ids: ids, message: effects.first?.successMessage ?? "")), data: d)
    return d
  }

  func commands(_ effects: [Effect]) -> [Command] {
    effects.flatMap { e -> [Command] in
      if case .perform(let cs, _) = e { return cs }
      return []
    }
  }

  @Test func deleteAsksNamingTheCall() {
    var s = TUIFixture.state(data)
    let first = s.rows[0]
    let title = data.store[first]?.title ?? ""
    #expect(TUIFixture.send(&s, [.char("D")], data).isEmpty)
    #expect(s.mode == .confirm(ConfirmState(.deleteCalls([first], title: title))))
    let screen = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(screen.contains("Delete '\(title)'? y/n"))
    #expect(screen.contains("y delete") && screen.contains("n keep"))
  }

  @Test func yesDeletesInOneChangeAndTheRowGoes() {
    var s = TUIFixture.state(data)
    let first = s.rows[0]
    let effects = TUIFixture.send(&s, [.char("D"), .char("y")], data)
    guard case .perform(let commands, _)? = effects.first else { return #expect(Bool(false)) }
    #expect(commands == [.delete(first)])
    var store = data.store
    _ = saved(&s, effects, &store)
    #expect(!s.rows.contains(first) && s.mode == .normal)
  }

  @Test func deleteFromTheDetailAsksToo() {
    var s = TUIFixture.state(data)
    let first = s.rows[0]
    TUIFixture.send(&s, [.enter], data)
    #expect(s.mode == .detail(DetailState(id: first)))
    TUIFixture.send(&s, [.char("D")], data)
    #expect(s.mode == .confirm(ConfirmState(.deleteCalls([first], title: data.store[first]?.title))))
    let effects = TUIFixture.send(&s, [.char("y")], data)
    #expect(commands(effects) == [.delete(first)])
  }

  @Test func noAndEscapeDeleteNothing() {
    for key in [Key.char("n"), .escape] {
      var s = TUIFixture.state(data)
      #expect(TUIFixture.send(&s, [.char("D"), key], data).isEmpty)
      #expect(s.mode == .normal && s.rows.count == data.store.count)
    }
  }

  @Test func marksAreCountedAndAllDeletedTogether() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char(" "), .char(" "), .char(" ")], data)
    TUIFixture.send(&s, [.char("D")], data)
    let screen = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(screen.contains("Delete 3 calls? y/n"))
    let effects = TUIFixture.send(&s, [.char("y")], data)
    guard case .perform(let commands, _)? = effects.first else { return #expect(Bool(false)) }
    #expect(commands.count == 3 && s.marks.isEmpty)
  }

  @Test func deleteIsRefusedOnAReadOnlyFile() {
    let ro = TUIFixture.data(readOnly: "read-only for the test")
    var s = TUIFixture.state(ro)
    #expect(TUIFixture.send(&s, [.char("D")], ro).isEmpty)
    #expect(s.mode == .normal && s.status?.kind == .error)
  }

  @Test func archiveHidesTheCallAndXAgainOnItUnarchives() {
    var s = TUIFixture.state(data)
    let first = s.rows[0]
    let effects = TUIFixture.send(&s, [.char("X")], data)
    #expect(commands(effects) == [Command.archive(first, true)])
    var store = data.store
    var d = saved(&s, effects, &store)
    #expect(!s.rows.contains(first))
    // Shown again with is:archived, where X unarchives it.
    TUIFixture.send(&s, [.char("/")], d)
    TUIFixture.type(&s, "is:archived", d)
    TUIFixture.send(&s, [.enter], d)
    #expect(s.rows == [first])
    let back = TUIFixture.send(&s, [.char("X")], d)
    #expect(commands(back) == [Command.archive(first, false)])
    d = saved(&s, back, &store)
    #expect(d.store[first]?.archived == false)
  }
}
