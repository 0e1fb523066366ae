import Foundation
import Testing

@testable import ConvocaCore

/// The dashboard's and `convoca report`'s figures, worked out by hand on ReportFixture.
@Suite struct PipelineReportTests {
  func ids(_ s: OpportunityStore, _ positions: [Int]) -> [String] {
    positions.map { s.records[$0].id.rawValue }.sorted()
  }

  func usd(_ t: MoneyTotal) -> Decimal { t.converted }

  @Test func stagesCountTotalAndWeighted() {
    let (r, s) = ReportFixture.report(.thisYear)
    let byStage = Dictionary(uniqueKeysWithValues: r.stages.map { ($0.stage, $0) })
    #expect(r.callCount == 12)  // the archived x1 is not in the rows
    #expect(byStage[.identified]?.figure.count == 2)
    // i1 has no amount; i2's 500 KRW has no rate: the total is partial and names KRW.
    #expect(byStage[.identified]?.figure.total.converted == 0)
    #expect(byStage[.identified]?.figure.total.unconverted == ["KRW": 500])
    #expect(byStage[.identified]?.figure.total.missingRates == ["KRW"])
    #expect(byStage[.identified]?.weighted.unconverted == ["KRW": 50])  // 500 × 10 %
    #expect(byStage[.preparing]?.figure.total.converted == 1000)
    #expect(byStage[.preparing]?.weighted.converted == 300)  // 1000 × 30 %
    // a1 400 USD × 50 % = 200; a2 100 EUR = 200 USD × its own 25 % = 50.
    #expect(byStage[.applied]?.figure.total.converted == 600)
    #expect(byStage[.applied]?.weighted.converted == 250)
    #expect(ids(s, byStage[.applied]?.figure.members ?? []) == ["a1", "a2"])
    // Won: awarded 80 (w1), 50 EUR = 100 (w2), 300 (w4), and 1000 KRW apart.
    #expect(byStage[.won]?.figure.total.converted == 480)
    #expect(byStage[.won]?.figure.total.isPartial == true)
    #expect(byStage[.won]?.weighted.converted == 480)
    #expect(byStage[.lost]?.figure.total.converted == 400)
    #expect(byStage[.lost]?.weighted.converted == 0)
    #expect(byStage[.dropped]?.figure.count == 1)
  }

  @Test func winRateThisYearStartsOnFirstOfJanuary() {
    // w1 won on 1 January 2026 counts; w2 won on 31 December 2025 does not.
    let (r, s) = ReportFixture.report(.thisYear)
    #expect(ids(s, r.won.members) == ["w1"])
    #expect(ids(s, r.lost.members) == ["l1"])
    #expect(ids(s, r.decided.members) == ["l1", "w1"])
    #expect(r.winRateByCount == 0.5)
    #expect(r.won.total.converted == 80)
    #expect(r.decided.total.converted == 280)
    #expect(abs((r.winRateByAmount ?? 0) - 80.0 / 280.0) < 1e-9)
    #expect(!r.winRateByAmountPartial)
  }

  @Test func winRateLast12MonthsIsPartialWithoutAKRWRate() {
    // 2025-06-11 … 2026-06-10: w3 (2025-06-11) is in, w4 (decided on its last change,
    // 2025-06-10) is out.
    let (r, s) = ReportFixture.report(.last12Months)
    #expect(r.periodRange == CalendarDate(iso: "2025-06-11")!...CalendarDate(iso: "2026-06-10")!)
    #expect(ids(s, r.won.members) == ["w1", "w2", "w3"])
    #expect(ids(s, r.decided.members) == ["l1", "l2", "w1", "w2", "w3"])
    #expect(r.winRateByCount == 0.6)
    #expect(r.won.total.converted == 180)  // 80 + 50 EUR × 2
    #expect(r.decided.total.converted == 580)  // + 200 + 100 EUR × 2
    #expect(r.won.total.unconverted == ["KRW": 1000])
    #expect(r.winRateByAmountPartial)
    #expect(r.decided.total.partialNote == "partial: no rate for KRW")
  }

  @Test func chosenYearAndAllTime() {
    let (y, s) = ReportFixture.report(.year(2025))
    #expect(ids(s, y.won.members) == ["w2", "w3", "w4"])
    #expect(ids(s, y.lost.members) == ["l2"])
    #expect(y.winRateByCount == 0.75)
    let (a, _) = ReportFixture.report(.allTime)
    #expect(a.won.count == 4)
    #expect(a.decided.count == 6)  // the dropped d1 is not decided
    #expect(a.periodRange == nil)
  }

  @Test func moneyWonPerYearAndBestYear() {
    let (r, s) = ReportFixture.report(.thisYear)
    #expect(r.years.map(\.year) == [2025, 2026])
    #expect(ids(s, r.years[0].figure.members) == ["w2", "w3", "w4"])
    #expect(r.years[0].figure.total.converted == 400)  // 100 + 300, KRW apart
    #expect(r.years[0].figure.total.unconverted == ["KRW": 1000])
    #expect(r.years[1].figure.total.converted == 80)
    #expect(r.bestYear == 2025)
  }

  @Test func ownersAreasKindsAndDeadlines() {
    let (r, s) = ReportFixture.report(.thisYear)
    #expect(r.owners.map(\.name) == ["Ana Gómez", "Luis", ""])
    let ana = r.owners[0]
    // "Ana Gómez " (i2) is the same owner, ignoring the trailing space.
    #expect(ids(s, ana.open.members) == ["a1", "i2", "p1"])
    #expect(ana.dueThisWeek.count == 0)
    #expect(ids(s, ana.won.members) == ["w1"])
    #expect(ids(s, r.owners[1].dueThisWeek.members) == ["a2"])
    #expect(r.owners[1].won.count == 0)
    #expect(ids(s, r.owners[2].open.members) == ["i1"])
    #expect(r.areas.map(\.key) == ["education-culture", "innovation", "urban-development", ""])
    #expect(ids(s, r.areas[1].open.members) == ["a1", "i2"])
    #expect(ids(s, r.areas[1].won.members) == ["w1"])
    #expect(r.kinds.map(\.key) == ["award", "grant", "network", "scholarship"])
    // Due in 7 days: today to 16 June; in 30: to 9 July.
    #expect(ids(s, r.due7.members) == ["a2", "p1"])
    #expect(ids(s, r.due30.members) == ["a2", "i2", "p1"])
    #expect(ids(s, r.overdue.members) == ["i1"])  // a1 was applied: a past deadline is expected
    #expect(ids(s, r.stale.members) == ["p1"])  // i2 is 14 days old: not yet stale
  }

  @Test(arguments: [ReportPeriod.thisYear, .last12Months, .year(2025), .allTime])
  func everyDrillDownSelectsExactlyTheCountedCalls(_ period: ReportPeriod) throws {
    for filter in ["", "owner:ana", "kind:grant OR kind:award"] {
      let (r, s) = ReportFixture.report(period, filter: filter)
      #expect(r.allFigures.count > 20)
      for f in r.allFigures {
        let text = Query.combining(filter, f.query)
        let q = try Query.parse(text)
        let hits = s.filter(q.hidingArchived, context: ReportFixture.context)
        #expect(ids(s, hits) == ids(s, f.members), "\(f.id): \(text)")
        #expect(f.count == f.members.count)
      }
    }
  }

  @Test func periodsParseAndBoundaries() {
    #expect(ReportPeriod(parsing: "this-year") == .thisYear)
    #expect(ReportPeriod(parsing: "12m") == .last12Months)
    #expect(ReportPeriod(parsing: "2025") == .year(2025))
    #expect(ReportPeriod(parsing: "all") == .allTime)
    #expect(ReportPeriod(parsing: "soon") == nil)
    #expect(ReportPeriod(parsing: "25") == nil)
    let jan1 = CalendarDate(iso: "2027-01-01")!
    #expect(ReportPeriod.thisYear.range(today: jan1) == jan1...CalendarDate(iso: "2027-12-31")!)
    #expect(ReportPeriod.last12Months.range(today: jan1)?.lowerBound == CalendarDate(iso: "2026-01-02"))
    // A leap day a year back: the day after 28 February.
    let leap = CalendarDate(iso: "2029-02-28")!
    #expect(
      ReportPeriod.last12Months.range(today: CalendarDate(iso: "2028-02-29")!)?.lowerBound
        == CalendarDate(iso: "2027-03-01"))
    #expect(ReportPeriod.last12Months.range(today: leap)?.lowerBound == CalendarDate(iso: "2028-02-29"))
    #expect(ReportPeriod.thisYear.queryTerms(today: jan1) == "decided:2027")
    #expect(ReportPeriod.last12Months.queryTerms(today: jan1) == "decided>=2026-01-02 decided<=2027-01-01")
    #expect(
      ReportPeriod.choices(years: [2024, 2026]) == [
        .thisYear, .last12Months, .year(2026), .year(2024), .allTime,
      ])
  }

  @Test func decidedAndExactOwnerTerms() throws {
    let s = ReportFixture.store
    func find(_ text: String) throws -> [String] {
      ids(s, s.filter(try Query.parse(text).hidingArchived, context: ReportFixture.context))
    }
    #expect(try find("decided:2025") == ["l2", "w2", "w3", "w4"])
    #expect(try find("decided:2025-12-31") == ["w2"])
    #expect(try find("decided<2025-06-11") == ["w4"])
    #expect(try find("owner=\"ana gomez\"") == ["a1", "i2", "l1", "p1", "w1", "w3"])
    #expect(try find("owner=ana") == [])  // the whole name, not a part of it
    #expect(try find("owner:ana").count == 6)
    #expect(try Query.parse("owner=\"Ana Gómez\"").description == "owner=\"ana gomez\"")
    #expect(try Query.parse("decided>=2026-01-01").description == "decided>=2026-01-01")
  }

  @Test func combiningKeepsTheFilterWhole() {
    #expect(Query.combining("", "stage:won") == "stage:won")
    #expect(Query.combining("owner:ana", "stage:won") == "owner:ana stage:won")
    #expect(
      Query.combining("kind:grant OR kind:award", "stage:won") == "(kind:grant OR kind:award) stage:won")
  }

  @Test func barsUseEighths() {
    #expect(ReportBar.bar(1, width: 4) == "████")
    #expect(ReportBar.bar(0.5, width: 3) == "█▌")
    #expect(ReportBar.bar(1.0 / 32, width: 4) == "▏")
    #expect(ReportBar.bar(0.001, width: 4) == "▏")  // a positive amount is never invisible
    #expect(ReportBar.bar(0, width: 4) == "")
    #expect(ReportBar.bar(7.0 / 8, width: 1) == "▉")
  }

  @Test func jsonCarriesEveryFigureWithItsQuery() {
    let (r, _) = ReportFixture.report(.thisYear)
    let j = r.json(today: ReportFixture.today, filter: "owner:ana")
    let text = JSONWriter.line(j)
    #expect(text.contains("\"query\":\"owner:ana stage:applied\""))
    #expect(text.contains("\"missingRates\":[\"KRW\"]"))
    #expect(j["winRate"]?["byCount"] != nil)
    #expect(j["deadlines"]?["next7Days"]?["query"]?.stringValue == "owner:ana is:open due<7d")
  }
}
