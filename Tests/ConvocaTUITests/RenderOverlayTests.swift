import ConvocaCore
import Testing

@testable import ConvocaTUI

@Suite struct RenderOverlayTests {
  let data = TUIFixture.data()
  static let sizes = [(80, 24), (160, 40)]

  func state(_ w: Int, _ h: Int, _ keys: [Key] = [], data: AppData? = nil) -> AppState {
    let d = data ?? self.data
    var s = TUIFixture.state(d, width: w, height: h)
    TUIFixture.send(&s, keys, d)
    return s
  }

  @Test(arguments: sizes) func detail(_ w: Int, _ h: Int) {
    let c = TUIFixture.screen(state(w, h, [.enter]), data)
    #expect(
      c.lines[2...13] == [
        " Movilidad urbana Medellín",
        " ─────────────────────────",
        " id        aaa1",
        " stage     identified (10% chance)",
        " kind      grant",
        " area      urban-development",
        " funder    JICA",
        " deadline  2026-11-10 (overdue, 8 days ago)",
        " amount    250,000 USD",
        " owner     Laura",
        " created   2026-11-01T10:00:00Z",
        " updated   2026-11-01T10:00:00Z",
      ])
    #expect(c.lines[h - 1] == " Esc back  ] next call  e edit  > next stage  n note  u undo  ? help")
  }

  @Test(arguments: sizes) func editFormShowsEveryFieldAndProblems(_ w: Int, _ h: Int) {
    var s = state(w, h, [.char("e")] + Array(repeating: Key.tab, count: 6))
    TUIFixture.type(&s, "x", data)
    let c = TUIFixture.screen(s, data)
    #expect(
      c.lines[2...9] == [
        " Edit aaa1",
        " title *      Movilidad urbana Medellín",
        " kind         grant",
        " area         urban-development",
        " funder       JICA",
        " program",
        " country",
        " deadline     2026-11-10x",
      ])
    #expect(c.lines[10].hasPrefix("              ✗ '2026-11-10x' is not a date: write 2027-02-15"))
    #expect(c.lines[11] == " decision")
    #expect(c.style(x: 16, y: 10).fg == .red)
    #expect(c.cursor?.x == 25 && c.cursor?.y == 9)
    #expect(c.lines[h - 1].hasPrefix(" Tab next field  Ctrl-S save  Esc cancel  Ctrl-E $EDITOR"))
  }

  @Test func choiceFieldsShowTheirList() {
    let c = TUIFixture.screen(state(160, 40, [.char("a"), .tab]), data)
    #expect(c.lines[2] == " New opportunity")
    #expect(c.lines[4] == " kind         ‹ grant scholarship award network event alliance technical other ›")
    #expect(c.style(x: 73, y: 4) == .reverse)  // "other" is the default kind
  }

  @Test(arguments: sizes) func sortMenu(_ w: Int, _ h: Int) {
    let c = TUIFixture.screen(state(w, h, [.char("s"), .down]), data)
    let text = c.lines.joined(separator: "\n")
    #expect(text.contains("┌ Sort by ──────────────────┐"))
    #expect(text.contains("│• deadline, ascending      │"))
    #expect(text.contains("│  funder, descending       │"))
    let row = c.lines.firstIndex { $0.contains("deadline, descending") } ?? 0
    let x =
      (c.lines[row].firstIndex(of: "│").map { c.lines[row].distance(from: c.lines[row].startIndex, to: $0) }
        ?? 0)
    #expect(c.style(x: x + 3, y: row) == .reverse)
  }

  /// The tracker sorts by every field the CLI's --sort takes (owner, probability, created,
  /// kind, area…), and choosing one applies it.
  @Test func sortMenuOffersEverySortField() {
    let items = MenuState.sort(current: .standard).items
    for f in SortField.allCases {
      #expect(items.contains(.sort(SortOrder(f))))
      #expect(items.contains(.sort(SortOrder(f, descending: true))))
    }
    let downs = (items.firstIndex(of: .sort(SortOrder(.kind))) ?? 0)
    let s = state(80, 24, [.char("s")] + Array(repeating: Key.down, count: downs) + [.enter])
    #expect(s.sort == SortOrder(.kind))
    let c = TUIFixture.screen(state(80, 24, [.char("s")] + Array(repeating: Key.down, count: downs)), data)
    #expect(c.lines.joined().contains("kind, ascending"))
  }

  /// `c` opens the column chooser: Space hides a column, K moves one up, Enter keeps; the
  /// list shows the choice and it goes to ui.json with the other settings.
  @Test func columnChooser() {
    let c = TUIFixture.screen(state(80, 24, [.char("c"), .down]), data)
    let text = c.lines.joined(separator: "\n")
    #expect(text.contains("[x] id"))
    #expect(text.contains("[x] owner"))
    let row = c.lines.firstIndex { $0.contains("[x] title") } ?? 0
    let x = c.lines[row].distance(
      from: c.lines[row].startIndex,
      to: c.lines[row].range(of: "[x] title")?.lowerBound ?? c.lines[row].startIndex)
    #expect(c.style(x: x, y: row) == .reverse)
    // Hide kind (third), move owner (last shown) to the top, keep.
    var keys: [Key] = [.char("c"), .down, .down, .char(" ")]
    keys += Array(repeating: Key.down, count: 6) + Array(repeating: Key.char("K"), count: 8) + [.enter]
    let s = state(160, 40, keys)
    #expect(s.columns == [.owner, .id, .title, .funder, .area, .stage, .deadline, .amount])
    #expect(s.settings.columns == s.columns)
    let header = TUIFixture.screen(s, data).lines[2].trimmingCharacters(in: .whitespaces)
    #expect(header.hasPrefix(ListTable.Column.owner.header))
    #expect(!header.contains(ListTable.Column.kind.header))
    // Hiding every column is refused; the menu stays open.
    var all: [Key] = [.char("c")]
    for _ in 0..<9 { all += [.char(" "), .down] }
    let none = state(80, 24, all + [.enter])
    #expect(none.columns == nil)
    if case .menu = none.mode {} else { Issue.record("the columns menu closed") }
  }

  @Test func stageMenu() {
    let c = TUIFixture.screen(state(80, 24, [.char("m")]), data)
    let text = c.lines.joined(separator: "\n")
    #expect(text.contains("┌ Move to stage ┐"))
    #expect(text.contains("│• identified   │"))
    #expect(text.contains("│  dropped      │"))
  }

  @Test(arguments: sizes) func notePrompt(_ w: Int, _ h: Int) {
    var s = state(w, h, [.char("n")])
    TUIFixture.type(&s, "Called JICA", data)
    let c = TUIFixture.screen(s, data)
    // The prompt names the call it notes.
    #expect(c.lines[h - 2] == "Note on 'Movilidad urbana Medellín': Called JICA")
    #expect(c.lines[h - 1] == " Enter OK  Esc cancel  Ctrl-E $EDITOR")
    #expect(c.cursor?.x == 48 && c.cursor?.y == h - 2)
  }

  @Test func awardedPromptShowsItsProblem() {
    var s = state(80, 24, [.char("m"), .char("j"), .char("j"), .enter])
    #expect(TUIFixture.screen(s, data).lines[22] == "Awarded amount: 250000 USD")
    // The filled-in amount is selected: typing replaces it, the arrows keep it.
    TUIFixture.send(&s, [.right], data)
    TUIFixture.type(&s, "x", data)
    #expect(
      TUIFixture.screen(s, data).lines[22].hasPrefix(
        "Awarded amount: 250000 USDx  ✗ '250000 USDx' is not an amount"))
  }

  @Test func awardedPromptTypingReplacesTheFilledInAmount() {
    var s = state(80, 24, [.char("m"), .char("j"), .char("j"), .enter])
    TUIFixture.type(&s, "x", data)
    #expect(TUIFixture.screen(s, data).lines[22].hasPrefix("Awarded amount: x  ✗ 'x' is not an amount"))
    TUIFixture.send(&s, [.backspace, .backspace], data)
    TUIFixture.type(&s, "120k", data)
    guard case .prompt(let p) = s.mode else { return #expect(Bool(false)) }
    #expect(p.editor.text == "120k" && p.error == nil)
  }

  @Test(arguments: sizes) func confirmDiscard(_ w: Int, _ h: Int) {
    var s = state(w, h, [.char("e")])
    TUIFixture.type(&s, "!", data)
    TUIFixture.send(&s, [.escape], data)
    let c = TUIFixture.screen(s, data)
    let text = c.lines.joined(separator: "\n")
    #expect(text.contains("┌ Throw away the changes in this form? ┐"))
    #expect(text.contains("│ y discard   n keep editing           │"))
    #expect(c.lines[h - 1] == " y discard  n keep editing")
    #expect(c.cursor == nil)
  }

  @Test func conflictShowsBothValues() {
    var s = state(80, 24, [.char("e"), .tab, .tab, .tab])
    TUIFixture.send(&s, [.ctrl("u")], data)
    TUIFixture.type(&s, "JICA Japan", data)
    var store = TUIFixture.store
    _ = try? store.apply(
      Change(
        .set(TUIFixture.id("aaa1"), [FieldChange(.funder, .string("Japan ICA"))]), at: TUIFixture.now,
        by: "Ana"))
    let theirs = TUIFixture.data(store)
    reduce(&s, .dataChanged(.external(changed: [TUIFixture.id("aaa1")], reloaded: false)), data: theirs)
    #expect(
      TUIFixture.screen(s, theirs).lines[2].hasPrefix(
        " Edit aaa1  ⚠ changed by someone else since this form opened"))
    TUIFixture.send(&s, [.ctrl("s")], theirs)
    let text = TUIFixture.screen(s, theirs).lines.joined(separator: "\n")
    #expect(text.contains("┌ Changed by someone else while you edited ─"))
    #expect(text.contains("│ funder"))
    #expect(text.contains("│   mine: JICA Japan"))
    #expect(text.contains("│   theirs: Japan ICA"))
    #expect(text.contains("m keep mine   t keep theirs   Esc back to the form"))
  }

  @Test(arguments: sizes) func helpIsGeneratedFromTheKeymapAndSearchable(_ w: Int, _ h: Int) {
    var s = state(w, h, [.char("?")])
    var text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(text.contains("Keys — List"))
    #expect(text.contains("│ ↑ / k     previous row"))
    #expect(text.contains("│ Space     mark / unmark"))
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "undo", data)
    let c = TUIFixture.screen(s, data)
    text = c.lines.joined(separator: "\n")
    #expect(text.contains("search: undo"))
    #expect(text.contains("│ u         undo (nothing to undo)"))
    #expect(!text.contains("previous row"))
  }

  @Test func helpFromDetailListsDetailKeys() {
    let text = TUIFixture.screen(state(80, 24, [.enter, .char("?")]), data).lines.joined(separator: "\n")
    #expect(text.contains("Keys — Detail"))
    #expect(text.contains("back to the list"))
  }

  @Test(arguments: sizes) func emptyFileWelcomes(_ w: Int, _ h: Int) {
    let empty = TUIFixture.data(OpportunityStore())
    let lines = TUIFixture.screen(state(w, h, data: empty), empty).lines
    #expect(lines[0].contains("0 of 0"))
    #expect(lines.contains { $0.trimmingPrefixSpaces == "No opportunities yet." })
    #expect(lines.contains { $0.trimmingPrefixSpaces == "Press a to add the first one," })
    #expect(lines.contains { $0.contains("convoca add --title") })
  }

  @Test func filterThatMatchesNothing() {
    var s = state(80, 24, [.char("/")])
    TUIFixture.type(&s, "zzzz", data)
    let lines = TUIFixture.screen(s, data).lines
    #expect(lines[0].contains("0 of 6"))
    #expect(lines[1] == "/ zzzz")
    #expect(lines.contains { $0.trimmingPrefixSpaces == "Nothing matches this filter." })
  }

  @Test func invalidFilterShowsItsErrorInTheBar() {
    var s = state(80, 24, [.char("/")])
    TUIFixture.type(&s, "kind:grant stage:xx", data)
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[1].hasPrefix("/ kind:grant stage:xx  ✗ "))
    #expect(c.style(x: 24, y: 1).fg == .red)
    // The list keeps the last valid result: "kind:grant stage" (the plain word "stage"
    // matches nothing), not what "kind:grant" alone showed.
    #expect(c.lines[0].contains("0 of 6"))
    #expect(s.filterText == "kind:grant stage")
    #expect(c.cursor?.x == 21 && c.cursor?.y == 1)
  }

  @Test(arguments: [(59, 15), (80, 14), (20, 5)]) func tooSmall(_ w: Int, _ h: Int) {
    let c = TUIFixture.screen(state(w, h), data)
    let text = c.lines.joined(separator: " ")
    #expect(text.contains("terminal") && text.contains("small"))
    #expect(c.lines.joined().contains("\(w)×\(h)") || w < 30)
  }

  @Test func tooSmallSaysWhatItNeeds() {
    let c = TUIFixture.screen(state(59, 15), data)
    #expect(c.lines[7] == "        terminal too small — need 60×15, have 59×15")
  }

  @Test(arguments: sizes) func readOnlyBanner(_ w: Int, _ h: Int) {
    let ro = TUIFixture.data(readOnly: "line 3 is damaged")
    let c = TUIFixture.screen(state(w, h, data: ro), ro)
    #expect(c.lines[h - 2] == " READ-ONLY: line 3 is damaged")
    #expect(c.style(x: 0, y: h - 2) == Palette.banner)
    #expect(c.style(x: w - 1, y: h - 2) == Palette.banner)
    // Refused actions are dimmed in the footer.
    #expect(c.style(x: 23, y: h - 1) == .dim)  // "a add"
    #expect(c.style(x: 1, y: h - 1) == Palette.key)  // "/ filter" stays available
  }

  @Test func reloadedByOthers() {
    var s = state(80, 24)
    reduce(
      &s, .dataChanged(.external(changed: [TUIFixture.id("aaa1"), TUIFixture.id("bbb2")], reloaded: false)),
      data: data)
    let line = TUIFixture.screen(s, data).lines[22]
    #expect(line.hasSuffix("reloaded: 2 changed by others") && line.count == 79)
  }
}

extension String {
  var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
