import ConvocaCore
import Testing

@testable import ConvocaTUI

@Suite struct ScreenTabsTests {
  let data = TUIFixture.data()

  @Test func digitsSwitchScreensAndTheFilterStays() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "kind:award", data)
    TUIFixture.send(&s, [.enter], data)
    let rows = s.rows
    for (key, screen) in [("2", AppState.Screen.board), ("3", .dashboard), ("4", .standup), ("1", .list)] {
      TUIFixture.send(&s, [.char(Character(key))], data)
      #expect(s.screen == screen)
      #expect(s.filterText == "kind:award" && s.rows == rows)
    }
  }

  @Test func theHeaderShowsTabsTheCurrentOneBold() {
    var s = TUIFixture.state(data, width: 160, height: 48)
    TUIFixture.send(&s, [.char("3")], data)
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[0].hasPrefix(" Convoca   1 List  2 Board  3 Dashboard  4 Standup "))
    let x = c.lines[0].distance(
      from: c.lines[0].startIndex, to: c.lines[0].range(of: " 3 Dashboard ")!.lowerBound)
    #expect(c[x + 1, 0].style.attributes.contains(.bold))
    #expect(!c[x + 1, 0].style.attributes.contains(.reverse))
    #expect(c[2, 0].style.attributes.contains(.reverse))
  }

  @Test func theTabsAreInSpanishUnderASpanishTable() {
    Strings.withLanguage("es") {
      let s = TUIFixture.state(data, width: 160, height: 48)
      let c = TUIFixture.screen(s, data)
      #expect(c.lines[0].contains("1 Lista  2 Tablero  3 Panel  4 Reunión diaria"))
    }
    let c = TUIFixture.screen(TUIFixture.state(data, width: 160, height: 48), data)
    #expect(c.lines[0].contains("1 List  2 Board"))
  }

  @Test func narrowTerminalsKeepTheCurrentTabNameAndTheCount() {
    var s = TUIFixture.state(data, width: 60, height: 24)
    TUIFixture.send(&s, [.char("2")], data)
    let line = TUIFixture.screen(s, data).lines[0]
    #expect(line.contains("2 Board"))
    #expect(line.contains("6 of 6"))
  }
}
