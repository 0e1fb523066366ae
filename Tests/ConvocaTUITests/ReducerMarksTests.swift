import ConvocaCore
import Testing

@testable import ConvocaTUI

/// Marks and the filter: actions apply to the marked rows shown; hidden ones are asked about;
/// marks clear after the action; `A` clears them (problem 9). And a new filter starts at the
/// top of the list (problem 23).
@Suite struct ReducerMarksTests {
  let data = TUIFixture.data()
  func id(_ s: String) -> OpportunityID { TUIFixture.id(s) }

  /// aaa1 and bbb2 marked, then a filter that shows aaa1 only.
  func markedThenFiltered() -> AppState {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char(" "), .char(" "), .char("/")], data)
    TUIFixture.type(&s, "Movilidad", data)
    TUIFixture.send(&s, [.enter], data)
    return s
  }

  @Test func hiddenMarkedRowsAreAskedAbout() {
    var s = markedThenFiltered()
    #expect(s.rows == [id("aaa1")] && s.marks == [id("aaa1"), id("bbb2")])
    #expect(TUIFixture.send(&s, [.char(">")], data).isEmpty)
    #expect(
      s.mode == .confirm(ConfirmState(.hiddenMarks(.moveNext, visible: [id("aaa1")], hidden: [id("bbb2")]))))
    let screen = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(screen.contains("1 marked rows are hidden by the filter"))
    #expect(screen.contains("v shown only") && screen.contains("i include hidden"))
  }

  @Test func visibleOnlyMovesTheShownRowsAndClearsTheMarks() {
    var s = markedThenFiltered()
    let effects = TUIFixture.send(&s, [.char(">"), .char("v")], data)
    guard case .perform(let commands, _)? = effects.first else { return #expect(Bool(false)) }
    #expect(commands.map(\.id) == [id("aaa1")])
    #expect(s.marks.isEmpty && s.mode == .normal)
  }

  @Test func includeHiddenMovesAllMarked() {
    var s = markedThenFiltered()
    let effects = TUIFixture.send(&s, [.char(">"), .char("i")], data)
    guard case .perform(let commands, _)? = effects.first else { return #expect(Bool(false)) }
    #expect(Set(commands.map(\.id)) == [id("aaa1"), id("bbb2")])
    #expect(s.marks.isEmpty)
  }

  @Test func escapeDoesNothingAndKeepsTheMarks() {
    var s = markedThenFiltered()
    #expect(TUIFixture.send(&s, [.char(">"), .escape], data).isEmpty)
    #expect(s.mode == .normal && s.marks.count == 2)
  }

  @Test func notesAndTheStageMenuAskToo() {
    var s = markedThenFiltered()
    TUIFixture.send(&s, [.char("n")], data)
    guard case .confirm(let c) = s.mode, case .hiddenMarks(.note, _, _) = c.purpose else {
      return #expect(Bool(false))
    }
    TUIFixture.send(&s, [.char("v")], data)
    #expect(s.mode == .prompt(PromptState(.note(targets: [id("aaa1")]))))
    TUIFixture.type(&s, "called", data)
    let effects = TUIFixture.send(&s, [.enter], data)
    guard case .perform(let commands, _)? = effects.first else { return #expect(Bool(false)) }
    #expect(commands.map(\.id) == [id("aaa1")])
    #expect(s.marks.isEmpty)
    s = markedThenFiltered()
    TUIFixture.send(&s, [.char("m")], data)
    guard case .confirm(let c2) = s.mode, case .hiddenMarks(.stageMenu, _, _) = c2.purpose else {
      return #expect(Bool(false))
    }
  }

  @Test func allMarksShownActsWithoutAskingAndClears() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char(" "), .char(" ")], data)
    let effects = TUIFixture.send(&s, [.char(">")], data)
    guard case .perform(let commands, _)? = effects.first else { return #expect(Bool(false)) }
    #expect(commands.map(\.id) == [id("aaa1"), id("bbb2")])
    #expect(s.marks.isEmpty)
  }

  @Test func aNewFilterSelectsTheFirstRow() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.down, .down, .down], data)  // ddd4
    #expect(s.selection?.id == id("ddd4"))
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "-kind:award", data)
    TUIFixture.send(&s, [.enter], data)
    #expect(s.rows.contains(id("ddd4")))
    #expect(s.selection?.index == 0 && s.selection?.id == s.rows.first)
  }
}
