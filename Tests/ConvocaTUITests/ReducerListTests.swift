import ConvocaCore
import Testing

@testable import ConvocaTUI

@Suite struct ReducerListTests {
  let data = TUIFixture.data()
  func id(_ s: String) -> OpportunityID { TUIFixture.id(s) }

  // MARK: - Moving around

  @Test func movingKeys() {
    var s = TUIFixture.state(data)
    #expect(s.rows.map(\.rawValue) == ["aaa1", "bbb2", "ccc3", "ddd4", "eee5", "fff6"])
    #expect(s.selection?.id == id("aaa1"))
    TUIFixture.send(&s, [.down, .char("j")], data)
    #expect(s.selection?.index == 2)
    TUIFixture.send(&s, [.up], data)
    #expect(s.selection?.id == id("bbb2"))
    TUIFixture.send(&s, [.char("k"), .char("k")], data)
    #expect(s.selection?.index == 0)
    TUIFixture.send(&s, [.char("G")], data)
    #expect(s.selection?.id == id("fff6"))
    TUIFixture.send(&s, [.char("g")], data)
    #expect(s.selection?.index == 0)
    TUIFixture.send(&s, [.pageDown], data)
    #expect(s.selection?.index == 5)
    TUIFixture.send(&s, [.pageUp], data)
    #expect(s.selection?.index == 0)
  }

  @Test func pagingScrollsALongList() {
    let big = TUIFixture.data(TUIFixture.big(200))
    var s = TUIFixture.state(big)
    let h = s.layout.list.height
    TUIFixture.send(&s, [.pageDown], big)
    #expect(s.selection?.index == h - 1)
    TUIFixture.send(&s, [.down], big)
    #expect(s.scroll == 1)
    TUIFixture.send(&s, [.char("G")], big)
    #expect(s.scroll == 200 - h)
  }

  @Test func enterOpensDetailAndEscCloses() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.down, .enter], data)
    #expect(s.mode == .detail(DetailState(id: id("bbb2"))))
    TUIFixture.send(&s, [.char("j")], data)
    TUIFixture.send(&s, [.escape], data)
    #expect(s.mode == .normal)
    #expect(s.selection?.id == id("bbb2"))
  }

  @Test func detailScrollsWithinItsText() {
    var recs = TUIFixture.records
    recs[0].description = (1...60).map { "Line \($0)" }.joined(separator: "\n")
    let d = TUIFixture.data(OpportunityStore(recs))
    var s = TUIFixture.state(d)
    TUIFixture.send(&s, [.enter, .pageDown], d)
    guard case .detail(let det) = s.mode else { return #expect(Bool(false)) }
    #expect(det.scroll == s.layout.body.height - 2)
    TUIFixture.send(&s, [.char("G")], d)
    guard case .detail(let end) = s.mode else { return #expect(Bool(false)) }
    let total = Reducer.detailLines(id("aaa1"), state: s, data: d).count
    #expect(end.scroll == total - s.layout.body.height)
    TUIFixture.send(&s, [.char("g")], d)
    #expect(s.mode == .detail(DetailState(id: id("aaa1"))))
  }

  @Test func quitHelpSortAndListKeys() {
    var s = TUIFixture.state(data)
    #expect(TUIFixture.send(&s, [.char("q")], data) == [.quit])
    TUIFixture.send(&s, [.char("?")], data)
    #expect(s.mode == .help(HelpState(context: .list)))
    TUIFixture.send(&s, [.escape], data)
    TUIFixture.send(&s, [.char("1")], data)
    #expect(s.screen == .list && s.mode == .normal)
    TUIFixture.send(&s, [.char("s"), .down, .down], data)
    let effects = TUIFixture.send(&s, [.enter], data)
    #expect(s.sort == SortOrder(.amount))
    #expect(effects == [.saveSettings(UISettings(filterHistory: [], sort: SortOrder(.amount)))])
    #expect(s.rows.first == id("fff6"))  // 15,000 is the smallest amount
    #expect(s.status?.text == "sorted by amount, ascending")
    TUIFixture.send(&s, [.char("s"), .escape], data)
    #expect(s.mode == .normal && s.sort == SortOrder(.amount))
  }

  // MARK: - Marks

  @Test func spaceMarksAndMovesDown() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char(" ")], data)
    #expect(s.marks == [id("aaa1")])
    #expect(s.selection?.index == 1)
    TUIFixture.send(&s, [.up, .char(" ")], data)
    #expect(s.marks.isEmpty)
  }

  @Test func starMarksTheFilterThenClears() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("*")], data)
    #expect(s.marks.count == 6)
    TUIFixture.send(&s, [.char("A")], data)
    #expect(s.marks.isEmpty)
    #expect(s.status?.text == "marks cleared")
  }

  @Test func capitalAClearsTheMarksAndNeverMarks() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("A")], data)
    #expect(s.marks.isEmpty)
    TUIFixture.send(&s, [.char(" "), .char("A"), .char("A")], data)
    #expect(s.marks.isEmpty)
  }

  @Test func bulkMoveAppliesToAllMarked() {
    var s = TUIFixture.state(data)
    // Mark aaa1 (identified), bbb2 (preparing) and fff6 (won: already last).
    TUIFixture.send(&s, [.char(" "), .char(" "), .char("G"), .char(" ")], data)
    let effects = TUIFixture.send(&s, [.char(">")], data)
    guard case .perform(let commands, let description)? = effects.first else { return #expect(Bool(false)) }
    #expect(commands.count == 2)
    #expect(commands.map(\.id) == [id("aaa1"), id("bbb2")])
    if case .move(_, let entry, let awarded) = commands[1] {
      #expect(entry.from == "preparing" && entry.to == "applied" && entry.by == "Laura" && awarded == nil)
    }
    #expect(
      description == "moved 2 opportunities one stage (1 left as they were)"
        || description.hasPrefix("moved 2"))
  }

  @Test func moveNextToWonAsksForTheAwardedAmountLikeM() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.down, .down, .down, .down], data)  // eee5, applied
    #expect(TUIFixture.send(&s, [.char(">")], data).isEmpty)
    #expect(
      s.mode == .prompt(PromptState(.awarded(targets: [id("eee5")], step: true), text: "90000 EUR")))
    let effects = TUIFixture.send(&s, [.enter], data)
    #expect(
      effects == [
        .perform(
          [
            .move(
              id("eee5"), entry: HistoryEntry(from: "applied", to: "won", at: TUIFixture.now, by: "Laura"),
              awarded: Money(90_000, "EUR"))
          ], description: "'Peace education call': applied → won")
      ])
  }

  @Test func moveRefusedAtTheEnds() {
    var s = TUIFixture.state(data)
    #expect(TUIFixture.send(&s, [.char("<")], data).isEmpty)
    #expect(s.status == AppState.StatusMessage(text: "already at the first stage", kind: .error, expires: 16))
    TUIFixture.send(&s, [.char("G")], data)
    #expect(TUIFixture.send(&s, [.char(">")], data).isEmpty)
    #expect(s.status?.text == "already at the last stage")
    // `<` reopens a won opportunity as applied.
    let back = TUIFixture.send(&s, [.char("<")], data)
    guard case .perform(let c, _)? = back.first, case .move(_, let e, _) = c[0] else {
      return #expect(Bool(false))
    }
    #expect(e.to == "applied")
  }

  @Test func stageMenuMovesAndAsksForTheAwardedAmount() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("m")], data)
    guard case .menu(let m) = s.mode else { return #expect(Bool(false)) }
    #expect(m.selected == 1)  // the next stage, preparing
    var effects = TUIFixture.send(&s, [.down, .down, .down, .down, .enter], data)  // dropped
    guard case .perform(let c, _)? = effects.first, case .move(_, let e, let a) = c[0] else {
      return #expect(Bool(false))
    }
    #expect(e.to == "dropped" && a == nil)
    // Won asks, defaulting to the requested amount.
    TUIFixture.send(&s, [.char("m"), .down, .down, .enter], data)
    #expect(s.mode == .prompt(PromptState(.awarded(targets: [id("aaa1")]), text: "250000 USD")))
    TUIFixture.send(&s, [.ctrl("u")], data)
    TUIFixture.type(&s, "200k", data)
    effects = TUIFixture.send(&s, [.enter], data)
    guard case .perform(let c2, _)? = effects.first, case .move(_, let e2, let a2) = c2[0] else {
      return #expect(Bool(false))
    }
    #expect(e2.to == "won" && a2 == Money(200_000, "USD"))
    #expect(s.mode == .normal)
  }

  @Test func stageMenuRefusesTheSameStage() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("m"), .char("k"), .enter], data)
    #expect(s.status?.text == "already identified")
  }

  // MARK: - Notes

  @Test func noteForSelectedAndMarked() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("n")], data)
    #expect(TUIFixture.send(&s, [.enter], data).isEmpty)
    guard case .prompt(let p) = s.mode else { return #expect(Bool(false)) }
    #expect(p.error == "a note needs some text")
    TUIFixture.type(&s, "Called JICA", data)
    let effects = TUIFixture.send(&s, [.enter], data)
    #expect(
      effects == [
        .perform(
          [.note(id("aaa1"), Note(at: TUIFixture.now, by: "Laura", text: "Called JICA"))],
          description: "note added to 'Movilidad urbana Medellín'")
      ])
    TUIFixture.send(&s, [.char("*"), .char("n")], data)
    TUIFixture.type(&s, "all", data)
    guard case .perform(let c, _)? = TUIFixture.send(&s, [.enter], data).first else {
      return #expect(Bool(false))
    }
    #expect(c.count == 6)
  }

  @Test func noteInEditorAndEscape() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("n")], data)
    TUIFixture.type(&s, "draft", data)
    #expect(TUIFixture.send(&s, [.ctrl("e")], data) == [.openEditor(initialText: "draft")])
    reduce(&s, .editorFinished(text: "longer\ntext\n"), data: data)
    guard case .prompt(let p) = s.mode else { return #expect(Bool(false)) }
    #expect(p.editor.text == "longer\ntext")
    TUIFixture.send(&s, [.escape], data)
    #expect(s.mode == .normal)
  }

  // MARK: - Undo, read-only, answers

  @Test func undoRedoNeedSomethingToDo() {
    var s = TUIFixture.state(data)
    #expect(TUIFixture.send(&s, [.char("u")], data).isEmpty)
    #expect(s.status?.text == "nothing to undo")
    #expect(TUIFixture.send(&s, [.ctrl("r")], data).isEmpty)
    #expect(s.status?.text == "nothing to redo")
    let both = TUIFixture.data(canUndo: true, canRedo: true)
    #expect(TUIFixture.send(&s, [.char("u")], both) == [.undo])
    #expect(TUIFixture.send(&s, [.ctrl("r")], both) == [.redo])
    #expect(Effect.undo.successMessage == "undone")
  }

  @Test func readOnlyRefusesChangesAndSaysWhy() {
    let ro = TUIFixture.data(readOnly: "line 3 is damaged", canUndo: true)
    var s = TUIFixture.state(ro)
    #expect(s.fileStatus == .readOnly("line 3 is damaged"))
    for key: Key in [.char("a"), .char("e"), .char(">"), .char("<"), .char("m"), .char("n"), .char("u")] {
      s.status = nil
      #expect(TUIFixture.send(&s, [key], ro).isEmpty)
      #expect(s.mode == .normal)
      #expect(s.status?.text == "read-only: line 3 is damaged", "\(key)")
    }
    // Reading still works.
    TUIFixture.send(&s, [.enter], ro)
    #expect(s.mode == .detail(DetailState(id: id("aaa1"))))
  }

  @Test func nothingSelectedOnAnEmptyFile() {
    let empty = TUIFixture.data(OpportunityStore())
    var s = TUIFixture.state(empty)
    for key: Key in [.enter, .char("e"), .char(">"), .char("n"), .char(" ")] {
      #expect(TUIFixture.send(&s, [key], empty).isEmpty)
      #expect(s.status?.text == "nothing selected")
    }
    TUIFixture.send(&s, [.char("a")], empty)
    guard case .form = s.mode else { return #expect(Bool(false)) }
  }

  @Test func savedAnswerRefreshesAndKeepsTheSelection() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.down], data)  // bbb2
    var store = TUIFixture.store
    let effects = TUIFixture.send(&s, [.char(">")], data)
    TUIFixture.apply(effects, to: &store)
    let after = TUIFixture.data(store, canUndo: true)
    reduce(
      &s, .dataChanged(.saved(ids: [id("bbb2")], message: effects.first?.successMessage ?? "")), data: after)
    #expect(s.selection?.id == id("bbb2"))
    #expect(s.status?.text == "'Becas de innovación': preparing → applied")
    #expect(s.fileStatus == .saved)
    reduce(&s, .dataChanged(.failed("disk full")), data: after)
    #expect(s.status == AppState.StatusMessage(text: "not saved: disk full", kind: .error, expires: 16))
  }

  @Test func externalChangesRefreshAndCloseAVanishedDetail() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.enter], data)
    var store = TUIFixture.store
    store.remove(id("aaa1"))
    let after = TUIFixture.data(store)
    reduce(&s, .dataChanged(.external(changed: [id("aaa1")], reloaded: true)), data: after)
    #expect(s.mode == .normal)
    #expect(s.rows.count == 5)
    #expect(s.selection?.id == id("bbb2"))
    #expect(s.fileStatus == .reloaded(changed: 1))
  }

  @Test func statusMessagesExpire() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("<")], data)
    for _ in 0..<15 { reduce(&s, .tick, data: data) }
    #expect(s.status != nil)
    reduce(&s, .tick, data: data)
    #expect(s.status == nil)
  }

  @Test func tooSmallIgnoresKeysButQuit() {
    var s = TUIFixture.state(data, width: 50, height: 10)
    #expect(s.isTooSmall)
    #expect(TUIFixture.send(&s, [.down, .char("a")], data).isEmpty)
    #expect(s.mode == .normal && s.selection?.index == 0)
    #expect(TUIFixture.send(&s, [.char("q")], data) == [.quit])
    reduce(&s, .resize(width: 100, height: 30), data: data)
    #expect(!s.isTooSmall)
  }
}
