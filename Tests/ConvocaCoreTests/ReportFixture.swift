import Foundation

@testable import ConvocaCore

/// A small pipeline whose figures are worked out by hand in PipelineReportTests. Today is
/// Wednesday 2026-06-10 (the week runs Monday 8 to Sunday 14 June); totals are in USD with
/// 1 EUR = 2 USD and no rate for KRW.
enum ReportFixture {
  static let today = CalendarDate(year: 2026, month: 6, day: 10) ?? CalendarDate(daysSinceEpoch: 0)
  static let context = QueryContext(today: today, staleDays: 14, utcOffset: 0, user: "Ana Gómez")

  static func ts(_ s: String) -> Timestamp { Timestamp(iso: s + "T10:00:00Z") ?? Timestamp(seconds: 0) }

  static func make(
    _ id: String, _ stage: Stage, kind: String = "grant", amount: Money? = nil, awarded: Money? = nil,
    decidedAt: String? = nil, owner: String = "", area: String? = nil, deadline: String? = nil,
    updated: String = "2026-06-09", probability: Int? = nil, archived: Bool = false
  ) -> Opportunity {
    var o = Opportunity(
      id: OpportunityID(rawValue: id) ?? OpportunityID.random(), title: "Call " + id,
      kind: Kind(rawValue: kind),
      stage: stage, created: ts("2025-01-01"), updated: ts(updated))
    o.amount = amount
    o.awarded = awarded
    o.owner = owner
    o.area = area.map(Area.init(rawValue:))
    o.deadline = deadline.flatMap { CalendarDate(iso: $0) }
    o.probabilityOverride = probability
    o.archived = archived
    if let decidedAt {
      o.history = [
        HistoryEntry(from: "identified", to: "applied", at: ts("2024-12-01"), by: owner),
        HistoryEntry(from: "applied", to: stage.rawValue, at: ts(decidedAt), by: owner),
      ]
    }
    return o
  }

  static let records: [Opportunity] = [
    make(
      "w1", .won, amount: Money(100, "USD"), awarded: Money(80, "USD"), decidedAt: "2026-01-01",
      owner: "Ana Gómez", area: "innovation", updated: "2026-03-01"),
    make(
      "w2", .won, kind: "award", amount: Money(50, "EUR"), decidedAt: "2025-12-31", owner: "Luis",
      area: "innovation"),
    make(
      "w3", .won, amount: Money(1000, "KRW"), decidedAt: "2025-06-11", owner: "ana gomez",
      area: "education-culture"),
    // No history: decided on its last change, 2025-06-10.
    make("w4", .won, amount: Money(300, "USD"), owner: "Luis", updated: "2025-06-10"),
    make(
      "l1", .lost, amount: Money(200, "USD"), decidedAt: "2026-03-01", owner: "Ana Gómez", area: "innovation"),
    make("l2", .lost, amount: Money(100, "EUR"), decidedAt: "2025-08-01", owner: "Luis"),
    make("d1", .dropped, amount: Money(999, "USD"), owner: "Luis", updated: "2026-02-01"),
    make(
      "a1", .applied, amount: Money(400, "USD"), owner: "Ana Gómez", area: "innovation",
      deadline: "2026-06-01"),
    make(
      "a2", .applied, kind: "award", amount: Money(100, "EUR"), owner: "Luis", area: "education-culture",
      deadline: "2026-06-12", updated: "2026-06-01", probability: 25),
    make(
      "p1", .preparing, kind: "network", amount: Money(1000, "USD"), owner: "Ana Gómez",
      area: "urban-development", deadline: "2026-06-16", updated: "2026-05-01"),
    make("i1", .identified, deadline: "2026-06-05", updated: "2026-06-10"),
    make(
      "i2", .identified, kind: "scholarship", amount: Money(500, "KRW"), owner: "Ana Gómez ",
      area: "innovation",
      deadline: "2026-07-09", updated: "2026-05-27"),
    make("x1", .applied, amount: Money(10, "USD"), owner: "Luis", archived: true),
  ]

  static var store: OpportunityStore {
    var s = OpportunityStore(records)
    s.team.reportingCurrency = "USD"
    s.team.rates["EUR"] = ExchangeRate(currency: "EUR", rate: 2, date: today)
    return s
  }

  static var converter: MoneyConverter {
    store.team.converter(fallback: "USD") ?? MoneyConverter(reporting: "USD")
  }

  /// The rows of the unfiltered list: every call but the archived one.
  static func rows(_ s: OpportunityStore, filter: String = "") -> [Int] {
    let q = (try? Query.parse(filter)) ?? .all
    return s.filter(q.hidingArchived, context: context)
  }

  static func report(_ period: ReportPeriod, filter: String = "") -> (PipelineReport, OpportunityStore) {
    let s = store
    let r = PipelineReport(
      store: s, positions: rows(s, filter: filter), converter: converter, context: context, period: period,
      collectMembers: true)
    return (r, s)
  }
}
