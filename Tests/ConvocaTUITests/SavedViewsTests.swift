import ConvocaCore
import Testing

@testable import ConvocaTUI

@Suite struct SavedViewsTests {
  /// The fixture with two views saved.
  static func data() -> AppData {
    var store = TUIFixture.store
    TUIFixture.apply(
      [
        .perform(
          [
            .team(.view("Awards", SavedView(name: "Awards", query: "kind:award", sort: "title"))),
            .team(
              .view(
                "Mine open",
                SavedView(
                  name: "Mine open", query: "owner:me is:open", sort: "amount:desc",
                  columns: ["title", "amount"],
                  screen: "board"))),
          ], description: "")
      ], to: &store)
    return TUIFixture.data(store)
  }

  @Test func capitalVSavesTheFilterSortColumnsAndScreenAsATeamView() {
    let data = TUIFixture.data()
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "kind:award", data)
    TUIFixture.send(&s, [.enter], data)
    s.sort = SortOrder(.amount, descending: true)
    s.columns = [.title, .amount]
    TUIFixture.send(&s, [.char("2")], data)
    TUIFixture.send(&s, [.char("V")], data)
    guard case .prompt(let p) = s.mode, case .saveView = p.purpose else {
      Issue.record("V did not ask for a name")
      return
    }
    #expect(TUIFixture.screen(s, data).lines.joined().contains("Save view as: "))
    TUIFixture.type(&s, "Big awards", data)
    let effects = TUIFixture.send(&s, [.enter], data)
    let expected = SavedView(
      name: "Big awards", query: "kind:award", sort: "amount:desc", columns: ["title", "amount"],
      screen: "board")
    #expect(
      effects.contains { e in
        if case .perform(let c, _) = e { return c == [.team(.view("Big awards", expected))] }
        return false
      })
    #expect(s.mode == .normal)
  }

  @Test func anExistingNameIsReplacedOnlyAfterASecondEnter() {
    let data = Self.data()
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("V")], data)
    TUIFixture.type(&s, "AWARDS", data)
    var effects = TUIFixture.send(&s, [.enter], data)
    #expect(effects.isEmpty)
    guard case .prompt(let p) = s.mode else {
      Issue.record("the prompt closed")
      return
    }
    #expect(p.error?.contains("'Awards' exists") == true)
    #expect(TUIFixture.screen(s, data).lines.joined().contains("Enter again replaces it"))
    effects = TUIFixture.send(&s, [.enter], data)
    #expect(effects.contains { if case .perform = $0 { return true } else { return false } })
    // An empty name is refused in place.
    TUIFixture.send(&s, [.char("V"), .enter], data)
    guard case .prompt(let q) = s.mode else {
      Issue.record("an empty name closed the prompt")
      return
    }
    #expect(q.error != nil)
  }

  @Test func lowercaseVListsTheViewsWithWhatEachMatchesNow() {
    let data = Self.data()
    var s = TUIFixture.state(data, width: 80, height: 24)
    TUIFixture.send(&s, [.char("v")], data)
    guard case .menu(let m) = s.mode, case .views = m.purpose else {
      Issue.record("v did not open the views")
      return
    }
    // kind:award: ccc3 and fff6; owner:me (Laura) and open: aaa1, ccc3, ddd4, eee5.
    #expect(
      m.items == [
        .view(name: "Awards", query: "kind:award", count: 2),
        .view(name: "Mine open", query: "owner:me is:open", count: 4),
      ])
    let text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(text.contains("Saved views (matching now)"))
    #expect(text.contains("Awards  (2)  kind:award"))
    #expect(text.contains("Mine open  (4)  owner:me is:open"))
    TUIFixture.send(&s, [.escape], data)
    #expect(s.mode == .normal)
  }

  @Test func enterAppliesTheViewFilterSortColumnsAndScreen() {
    let data = Self.data()
    var s = TUIFixture.state(data, width: 160, height: 48)
    TUIFixture.send(&s, [.char("v"), .down, .enter], data)
    #expect(s.mode == .normal)
    #expect(s.filterText == "owner:me is:open")
    #expect(s.sort == SortOrder(.amount, descending: true))
    #expect(s.columns == [.title, .amount])
    #expect(s.screen == .board)
    #expect(Set(s.rows.map(\.rawValue)) == ["aaa1", "ccc3", "ddd4", "eee5"])
    // Back on the list, the rows are the view's.
    TUIFixture.send(&s, [.char("1")], data)
    let text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(text.contains("Movilidad urbana"))
    #expect(!text.contains("Becas de innovación"))
    // `v` on another screen works too, and applies the first view.
    TUIFixture.send(&s, [.char("3"), .char("v"), .up, .enter], data)
    #expect(s.filterText == "kind:award" && s.sort == SortOrder(.title))
    #expect(s.screen == .dashboard)  // the view names no screen: it stays
    #expect(s.rows.count == 2)
  }

  @Test func theViewsListAndPromptInSpanish() {
    let data = Self.data()
    Strings.withLanguage("es") {
      var s = TUIFixture.state(data, width: 160, height: 48)
      TUIFixture.send(&s, [.char("v")], data)
      let text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
      #expect(text.contains("Vistas guardadas (coinciden ahora)"))
      #expect(text.contains("Awards  (2)  kind:award"))
      TUIFixture.send(&s, [.enter], data)
      #expect(TUIFixture.screen(s, data).lines.joined().contains("vista 'Awards': 2 convocatorias"))
      TUIFixture.send(&s, [.char("V")], data)
      #expect(TUIFixture.screen(s, data).lines.joined().contains("Guardar vista como: "))
    }
  }

  @Test func xInTheViewsAsksThenRemovesTheSelectedView() {
    let data = Self.data()
    var s = TUIFixture.state(data, width: 100, height: 30)
    TUIFixture.send(&s, [.char("v"), .down], data)
    var effects = TUIFixture.send(&s, [.char("x")], data)
    #expect(effects.isEmpty)
    #expect(TUIFixture.screen(s, data).lines.joined().contains("Remove 'Mine open'? x again: yes"))
    // Another key takes the question back.
    TUIFixture.send(&s, [.up], data)
    guard case .menu(let m) = s.mode, case .views(nil) = m.purpose else {
      Issue.record("the question stayed")
      return
    }
    TUIFixture.send(&s, [.down, .char("d")], data)
    effects = TUIFixture.send(&s, [.char("d")], data)
    #expect(effects == [.perform([.team(.view("Mine open", nil))], description: "view 'Mine open' removed")])
    #expect(s.mode == .normal)
    // x does nothing in other menus.
    #expect(TUIFixture.send(&s, [.char("s"), .char("x")], data).isEmpty)
    guard case .menu(let sortMenu) = s.mode, case .sort = sortMenu.purpose else {
      Issue.record("x left the sort menu")
      return
    }
  }

  @Test func noViewsSaysHowToSaveOne() {
    let data = TUIFixture.data()
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("v")], data)
    #expect(s.mode == .normal)
    #expect(s.status?.text.contains("V saves") == true)
  }

  @Test func theKeysAreInEveryScreensKeymap() {
    for c in [KeymapContext.list, .board, .dashboard, .standup] {
      #expect(Keymap.binding(for: .char("V"), in: c)?.command == .saveView, "\(c)")
      #expect(Keymap.binding(for: .char("v"), in: c)?.command == .views, "\(c)")
    }
  }
}
