import ConvocaCore
import Testing

@testable import ConvocaTUI

/// The dashboard (3): panels at 80×24 and 160×48 in English and Spanish, ⅛-cell bars, the
/// cursor over figures, Enter drilling into the list and Esc coming back. Today is Wednesday
/// 2026-11-18 (TUIFixture).
@Suite struct DashboardTests {
  /// TUIFixture's six calls (fff6 won 2026-11-01, 15,000 USD) and one won in 2025 for
  /// 45,000 USD: the 2026 bar is a third of the 2025 one.
  static var store: OpportunityStore {
    var older = TUIFixture.opportunity(
      "ggg7", "Smart city prize", kind: "award", stage: .won, funder: "IDB", amount: Money(45_000, "USD"))
    older.created = Timestamp(iso: "2025-01-10T10:00:00Z")!
    older.updated = Timestamp(iso: "2025-03-01T10:00:00Z")!
    return OpportunityStore(TUIFixture.records + [older])
  }
  let data = TUIFixture.data(DashboardTests.store)

  func dashboard(width: Int = 80, height: Int = 24) -> AppState {
    var s = TUIFixture.state(data, width: width, height: height)
    TUIFixture.send(&s, [.char("3")], data)
    return s
  }

  func text(_ s: AppState) -> String { TUIFixture.screen(s, data).lines.joined(separator: "\n") }

  func select(_ s: inout AppState, _ figure: String) {
    for _ in 0..<200 where s.dashboard.selected != figure { TUIFixture.send(&s, [.char("j")], data) }
  }

  @Test func rendersAt80x24() {
    let s = dashboard()
    #expect(s.screen == .dashboard)
    let c = TUIFixture.screen(s, data)
    let all = c.lines.joined(separator: "\n")
    #expect(c.lines[2].contains("Period: this year (2026) · totals in USD"))
    #expect(all.contains("Stages") && all.contains("Win rate") && all.contains("Money won per year"))
    #expect(all.contains("identified"))
    #expect(c.lines.last?.contains("figure") == true)  // footer hints of the dashboard
    // The first figure (identified) is selected: drawn reversed.
    let y = c.lines.firstIndex { $0.contains("identified") }!
    let x = c.lines[y].distance(
      from: c.lines[y].startIndex, to: c.lines[y].range(of: "identified")!.lowerBound)
    #expect(c[x, y].style.attributes.contains(.reverse))
  }

  @Test func rendersAt160x48EveryPanel() {
    let all = text(dashboard(width: 160, height: 48))
    for panel in ["Stages", "Win rate", "Money won per year", "By area", "By kind", "Per owner", "Deadlines"]
    {
      #expect(all.contains(panel), "\(panel)")
    }
    #expect(all.contains("due in 7 days"))
    #expect(all.contains("Laura"))
    // 3 EUR amounts have no rate to USD: the screen says partial and names the rate.
    #expect(all.contains("partial: no rate for COP, EUR"))
  }

  @Test func rendersInSpanish() {
    Strings.withLanguage("es") {
      let all = text(dashboard(width: 160, height: 48))
      #expect(all.contains("Periodo: este año (2026)"))
      #expect(all.contains("Etapas") && all.contains("Tasa de éxito") && all.contains("Por responsable"))
      #expect(all.contains("parcial"))
    }
  }

  @Test func rendersInSpanishAt80x24() {
    Strings.withLanguage("es") {
      let c = TUIFixture.screen(dashboard(width: 80, height: 24), data)
      let all = c.lines.joined(separator: "\n")
      #expect(c.lines[0].contains("3 Panel"))
      #expect(all.contains("Periodo: este año (2026)"))
      #expect(all.contains("Etapas") && all.contains("Tasa de éxito"))
      // Nothing is cut into the next cell: every line fits the 80 columns.
      #expect(c.lines.allSatisfy { TerminalText.width($0) <= 80 })
    }
  }

  @Test func moneyWonPerYearAsEighthBarsBestYearMarked() {
    let c = TUIFixture.screen(dashboard(width: 160, height: 48), data)
    let y2025 = c.lines.first { $0.contains("2025 █") }
    let y2026 = c.lines.first { $0.contains("2026 █") || $0.contains("2026 ▏") }
    #expect(y2025?.contains("★") == true)
    #expect(y2026?.contains("★") == false)
    let eighths = Set(ReportBar.eighths)
    let bar2026 = y2026.map { $0.filter { $0 == "█" || eighths.contains($0) } } ?? ""
    let bar2025 = y2025.map { $0.filter { $0 == "█" || eighths.contains($0) } } ?? ""
    // A third of the 2025 bar, to the nearest eighth of a cell: ends in a partial block.
    #expect(bar2026.last.map(eighths.contains) == true)
    #expect(bar2025.allSatisfy { $0 == "█" })
  }

  @Test func enterDrillsIntoDueIn7DaysAndEscComesBack() {
    var s = dashboard()
    select(&s, "due7")
    #expect(s.dashboard.selected == "due7")
    TUIFixture.send(&s, [.enter], data)
    #expect(s.screen == .list)
    #expect(s.filterText == "is:open due<7d")
    #expect(s.rows == [TUIFixture.id("bbb2")])
    #expect(TUIFixture.screen(s, data).lines[1].contains("is:open due<7d"))
    TUIFixture.send(&s, [.escape], data)
    #expect(s.screen == .dashboard)
    #expect(s.filterText == "")
    #expect(s.dashboard.selected == "due7")
    #expect(s.rows.count == 7)
  }

  @Test func drillingCombinesWithTheFilterAndMatchesTheCountedCalls() throws {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "kind:award OR owner:ana", data)
    TUIFixture.send(&s, [.enter, .char("3")], data)
    let store = data.store
    let report = PipelineReport(
      store: store, positions: s.rows.compactMap(store.position(of:)),
      converter: MoneyConverter(reporting: "USD"), context: s.queryContext, period: .thisYear,
      collectMembers: true)
    for f in report.allFigures {
      var t = s
      select(&t, f.id)
      TUIFixture.send(&t, [.enter], data)
      #expect(t.filterText == "(kind:award OR owner:ana) " + f.query)
      #expect(Set(t.rows) == Set(f.members.map { store.records[$0].id }), "\(f.id)")
      TUIFixture.send(&t, [.escape], data)
      #expect(t.filterText == "kind:award OR owner:ana" && t.screen == .dashboard)
    }
  }

  @Test func periodCyclesAndIsPicked() {
    var s = dashboard()
    TUIFixture.send(&s, [.char("p")], data)
    #expect(s.dashboard.period == .last12Months)
    TUIFixture.send(&s, [.char("P")], data)
    // this year, last 12 months, 2026, 2025, all time
    #expect(s.dashboard.picker?.choices == [.thisYear, .last12Months, .year(2026), .year(2025), .allTime])
    #expect(text(s).contains("2025"))
    TUIFixture.send(&s, [.down, .down, .enter], data)
    #expect(s.dashboard.period == .year(2025))
    #expect(s.dashboard.picker == nil)
    #expect(text(s).contains("Period: 2025"))
    TUIFixture.send(&s, [.char("P"), .escape], data)
    #expect(s.dashboard.period == .year(2025) && s.dashboard.picker == nil)
  }

  @Test func escOnTheListWithoutADrillDownDoesNothing() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.escape], data)
    #expect(s.screen == .list)
  }
}
