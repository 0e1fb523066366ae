import ConvocaCore
import Testing

@testable import ConvocaTUI

/// Compares a canvas with expected lines (missing lines at the end must be blank).
func expectScreen(_ c: Canvas, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
  let want = expected + Array(repeating: "", count: max(0, c.height - expected.count))
  for (i, (got, exp)) in zip(c.lines, want).enumerated() where got != exp {
    Issue.record("line \(i):\n  got: |\(got)|\n want: |\(exp)|", sourceLocation: sourceLocation)
  }
}

@Suite struct RenderListTests {
  let data = TUIFixture.data()

  @Test func listAt80x24() {
    let s = TUIFixture.state(data)
    var expected = [
      " Convoca   1 List  2 Board  3 Dashboard  4 Standup           6 of 6  deadline ↑",
      "Filter: everything — press / to filter",
      "  ID        TITLE                STAGE       DEADLINE                     AMOUNT",
      "  aaa1      Movilidad urbana M…  identified  2026-11-10 (-8d)        250,000 USD",
      "  bbb2      Becas de innovación  preparing   2026-11-20 (2d)          40,000 EUR",
      "  ccc3      城市创新奖           identified  2026-12-10 (22d)      1,250,000 COP",
      "  ddd4      URBACT network       identified  2027-03-01 (103d)",
      "  eee5      Peace education ca…  applied     2026-10-01               90,000 EUR",
      "  fff6      Digital skills awa…  won                                  15,000 USD",
    ]
    expected += Array(repeating: "", count: 13)
    expected += [
      "                                                                          saved",
      " / filter  Enter open  a add  e edit  > next stage  n note  Space mark  s sort",
    ]
    expectScreen(TUIFixture.screen(s, data), expected)
  }

  @Test func listAt160x40ShowsEveryColumn() {
    let s = TUIFixture.state(data, width: 160, height: 40)
    let c = TUIFixture.screen(s, data)
    expectScreen(
      c,
      [
        " Convoca   1 List  2 Board  3 Dashboard  4 Standup                                                                                  6 of 6  deadline, ascending",
        "Filter: everything — press / to filter",
        "  ID        TITLE                             KIND         FUNDER              AREA                STAGE       DEADLINE                     AMOUNT  OWNER",
        "  aaa1      Movilidad urbana Medellín         grant        JICA                urban-development   identified  2026-11-10 (-8d)        250,000 USD  Laura",
        "  bbb2      Becas de innovación               scholarship  KOICA                                   preparing   2026-11-20 (2d)          40,000 EUR  Ana",
        "  ccc3      城市创新奖                        award        C40                 innovation          identified  2026-12-10 (22d)      1,250,000 COP  Laura",
        "  ddd4      URBACT network                    network      European Commissi…                      identified  2027-03-01 (103d)                    Laura",
        "  eee5      Peace education call              grant        AECID                                   applied     2026-10-01               90,000 EUR  Laura",
        "  fff6      Digital skills award              award        IDB                                     won                                  15,000 USD  Laura",
      ] + Array(repeating: "", count: 29) + [
        "                                                                                                                                                          saved",
        " / filter  Enter open  a add  e edit  > next stage  n note  Space mark  s sort  u undo  ? help  q quit",
      ])
  }

  @Test func columnsGiveWayLeastImportantFirst() {
    #expect(ListView.columns(width: 60).map(\.0) == [.id, .title, .stage])
    #expect(ListView.columns(width: 80).map(\.0) == [.id, .title, .stage, .deadline, .amount])
    #expect(ListView.columns(width: 100).map(\.0) == [.id, .title, .kind, .stage, .deadline, .amount])
    #expect(ListView.columns(width: 160).count == 9)
  }

  /// Columns chosen (and remembered in ui.json) show in their order; the title still takes
  /// the room left; on a narrow screen the last chosen gives way first, the title last.
  @Test func chosenColumnsShowInTheirOrder() {
    #expect(ListView.columns(width: 160, chosen: [.owner, .id, .title]).map(\.0) == [.owner, .id, .title])
    #expect(ListView.columns(width: 30, chosen: [.owner, .id, .title]).map(\.0) == [.title])
    #expect(ListView.columns(width: 40, chosen: [.owner, .id, .title]).map(\.0) == [.owner, .title])
    let s = TUIFixture.state(data, settings: UISettings(columns: [.owner, .id, .title]))
    let c = TUIFixture.screen(s, data)
    let header = c.lines[2].trimmingCharacters(in: .whitespaces)
    #expect(header.hasPrefix(ListTable.Column.owner.header), "\(header)")
    #expect(!header.contains(ListTable.Column.stage.header))
  }

  @Test func deadlinesAreColouredAndSelectionIsReversed() {
    var s = TUIFixture.state(data)
    let c = TUIFixture.screen(s, data)
    let x = 46  // deadline column
    // Row 3: aaa1 selected and overdue: red, bold, reversed.
    #expect(c.style(x: x, y: 3).fg == .red)
    #expect(c.style(x: x, y: 3).attributes.contains(.reverse))
    #expect(c.style(x: 2, y: 3).attributes.contains(.reverse))
    #expect(c.style(x: 79, y: 3).attributes.contains(.reverse))
    // bbb2 due in 2 days: yellow bold; ccc3 this month: yellow; ddd4 later: plain.
    #expect(c.style(x: x, y: 4) == Style(fg: .yellow, bg: .default, .bold))
    #expect(c.style(x: x, y: 5) == Style(fg: .yellow, bg: .default, []))
    #expect(c.style(x: x, y: 6) == .plain)
    #expect(!c.style(x: 2, y: 4).attributes.contains(.reverse))
    // Applied with a past deadline is not overdue.
    #expect(c.style(x: x, y: 7) == .plain)
    TUIFixture.send(&s, [.down], data)
    let c2 = TUIFixture.screen(s, data)
    #expect(!c2.style(x: 2, y: 3).attributes.contains(.reverse))
    #expect(c2.style(x: 2, y: 4).attributes.contains(.reverse))
  }

  @Test func marksShowAGlyph() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char(" "), .down, .char(" ")], data)
    let lines = TUIFixture.screen(s, data).lines
    #expect(lines[3].hasPrefix("✓ aaa1"))
    #expect(lines[4].hasPrefix("  bbb2"))
    #expect(lines[5].hasPrefix("✓ ccc3"))
    #expect(lines[0].contains("2 marked · 6 of 6"))
  }

  @Test func cjkAndAccentedTitlesStayAligned() {
    var recs = [
      TUIFixture.opportunity("a1", "城市创新奖城市创新奖城市创新奖城市创新奖", deadline: "2026-12-01"),
      TUIFixture.opportunity("a2", "Educacio\u{301}n y cultura en Medelli\u{301}n", deadline: "2026-12-02"),
      TUIFixture.opportunity("a3", "Plain ASCII title", deadline: "2026-12-03"),
    ]
    recs[0].stage = .preparing
    let d = TUIFixture.data(OpportunityStore(recs))
    for width in [80, 160] {
      let c = TUIFixture.screen(TUIFixture.state(d, width: width, height: 24), d)
      let stageX = ListView.columns(width: width).prefix { $0.0 != .stage }.reduce(ListView.markWidth) {
        $0 + $1.1 + 2
      }
      #expect(c[stageX, 3].text == "p", "width \(width)")
      #expect(c[stageX, 4].text == "i", "width \(width)")
      #expect(c[stageX, 5].text == "i", "width \(width)")
      // The cell before the stage column is a blank gap in every row: nothing spilled over.
      for y in 3...5 { #expect(c[stageX - 1, y].text == " ") }
    }
  }

  @Test func escapeSequencesInATitleAreInert() {
    var recs = TUIFixture.records
    recs.append(TUIFixture.opportunity("ggg7", TUIFixture.hostileTitle, deadline: "2026-11-25"))
    let d = TUIFixture.data(OpportunityStore(recs))
    var s = TUIFixture.state(d)
    let c = TUIFixture.screen(s, d)
    #expect(c.lines[5] == "  ggg7      ␛]2;pwned␇␛[2J       identified  2026-11-25 (7d)")
    TUIFixture.send(&s, [.down, .down, .enter], d)
    let detail = TUIFixture.screen(s, d)
    #expect(detail.lines[2] == " ␛]2;pwned␇␛[2J")
    for canvas in [c, detail] {
      for cell in canvas.cells {
        #expect(
          !cell.text.unicodeScalars.contains {
            $0.value < 0x20 || $0.value == 0x7F || (0x80..<0xA0).contains($0.value)
          })
      }
    }
  }

  @Test func hundredThousandRowsDrawOnlyTheVisibleWindow() {
    let big = TUIFixture.data(TUIFixture.big(100_000))
    var s = TUIFixture.state(big)
    #expect(s.rows.count == 100_000)
    TUIFixture.send(&s, [.char("G")], big)
    #expect(s.selection?.index == 99_999)
    #expect(s.scroll == 100_000 - s.layout.list.height)
    let c = TUIFixture.screen(s, big)
    #expect(c.lines[0].contains("100000 of 100000"))
    // The last row is the selected one, on the last list line.
    let lastY = s.layout.list.maxY - 1
    #expect(c.style(x: 2, y: lastY).attributes.contains(.reverse))
    #expect(c.lines[lastY].contains(s.rows[99_999].rawValue))
  }
}

@Suite struct ListColumnWidthTests {
  @Test func wideTerminalsGiveTheTitleRoomBeforeMinorColumns() {
    let at120 = ListView.columns(width: 120)
    #expect((at120.first { $0.0 == .title }?.1 ?? 0) >= 40)
    #expect(at120.map(\.0).contains(.amount))
    // Every width adds up exactly (no overflow past the edge).
    for w in [60, 80, 100, 120, 160, 200] {
      let cols = ListView.columns(width: w)
      #expect(ListView.markWidth + cols.reduce(0) { $0 + $1.1 } + 2 * (cols.count - 1) <= w)
    }
  }
}
