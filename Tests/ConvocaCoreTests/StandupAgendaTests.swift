import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

/// The standup agenda: where it starts, who is on it, what is listed under whom, and the
/// summary's money through `MoneyTotal`.
@Suite struct StandupAgendaTests {
  static func ts(_ s: String) -> Timestamp { Timestamp(iso: s)! }
  static func day(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

  func call(
    _ id: String, owner: String, stage: Stage = .identified, created: String = "2026-10-01T09:00:00Z",
    updated: String? = nil
  ) -> Opportunity {
    var o = Opportunity(
      id: OpportunityID(rawValue: id)!, title: "Call " + id, kind: Kind(rawValue: "grant"), stage: stage,
      created: Self.ts(created), updated: Self.ts(updated ?? "2026-11-27T09:00:00Z"))
    o.owner = owner
    return o
  }

  func agenda(
    _ records: [Opportunity], today: String = "2026-11-30", since: String = "2026-11-27T00:00:00Z",
    converter: MoneyConverter = MoneyConverter(reporting: "COP")
  ) -> StandupAgenda {
    let store = OpportunityStore(records)
    return StandupAgenda(
      store: store, positions: store.records.indices, today: Self.day(today), utcOffset: 0, staleDays: 14,
      since: Self.ts(since), converter: converter)
  }

  // MARK: - Since when

  @Test func theFirstStandupStartsOnTheLastWorkingDayAcrossAWeekend() {
    // 2026-11-30 is a Monday; 2026-11-29 a Sunday; 2026-11-27 the Friday before.
    #expect(StandupAgenda.lastWorkingDay(before: Self.day("2026-11-30")) == Self.day("2026-11-27"))
    #expect(StandupAgenda.lastWorkingDay(before: Self.day("2026-11-29")) == Self.day("2026-11-27"))
    #expect(StandupAgenda.lastWorkingDay(before: Self.day("2026-11-28")) == Self.day("2026-11-27"))
    #expect(StandupAgenda.lastWorkingDay(before: Self.day("2026-12-01")) == Self.day("2026-11-30"))
    // The start of that day in local time: Bogotá is UTC-5, so Friday 00:00 there is 05:00Z.
    let monday = StandupAgenda.since(last: nil, today: Self.day("2026-11-30"), utcOffset: -5 * 3600)
    #expect(monday == Self.ts("2026-11-27T05:00:00Z"))
    let sunday = StandupAgenda.since(last: nil, today: Self.day("2026-11-29"), utcOffset: 0)
    #expect(sunday == Self.ts("2026-11-27T00:00:00Z"))
    // A recorded standup wins.
    let last = StandupRecord(
      at: Self.ts("2026-11-28T10:00:00Z"), by: "Ana", since: Self.ts("2026-11-27T00:00:00Z"))
    #expect(StandupAgenda.since(last: last, today: Self.day("2026-11-30"), utcOffset: 0) == last.at)
  }

  @Test func aStandupRecordedByAnotherProcessIsPickedUp() throws {
    let dir = TempDir()
    let path = dir.file()
    let mine = try Database(
      path: path, user: "Laura", lockTimeout: 1, clock: Fixture.clock(Self.ts("2026-11-30T09:00:00Z")))
    try mine.perform(.create(call("st000001", owner: "Laura")))
    #expect(mine.store.team.lastStandup == nil)
    let theirs = try Database(
      path: path, user: "Ana", lockTimeout: 1, clock: Fixture.clock(Self.ts("2026-11-30T09:20:00Z")))
    // The record's own `at` is replaced by the write's time, and `by` by the writer.
    try theirs.perform(
      .team(
        .standup(
          StandupRecord(at: Self.ts("2001-01-01T00:00:00Z"), by: "x", since: Self.ts("2026-11-27T00:00:00Z")))
      ))
    #expect(theirs.store.team.lastStandup?.at == Self.ts("2026-11-30T09:20:00Z"))
    #expect(theirs.store.team.lastStandup?.by == "Ana")
    _ = try mine.refresh()
    let last = try #require(mine.store.team.lastStandup)
    #expect(last.at == Self.ts("2026-11-30T09:20:00Z") && last.by == "Ana")
    #expect(
      StandupAgenda.since(last: mine.store.team.lastStandup, today: Self.day("2026-11-30"), utcOffset: 0)
        == last.at)
  }

  // MARK: - Who did what

  @Test func entriesByTwoPeopleOnOneCallAreListedUnderWhoDidThem() {
    var o = call("st000002", owner: "Laura Gómez", stage: .applied)
    o.history = [
      HistoryEntry(
        from: "identified", to: "preparing", at: Self.ts("2026-11-20T10:00:00Z"), by: "Laura Gómez"),
      HistoryEntry(from: "preparing", to: "applied", at: Self.ts("2026-11-27T10:00:00Z"), by: "Ana"),
    ]
    o.notes = [
      Note(at: Self.ts("2026-11-28T11:00:00Z"), by: "laura gomez", text: "sent the budget\nsecond line")
    ]
    let a = agenda([o])
    #expect(a.people.map(\.name) == ["Ana", "Laura Gómez"])
    let ana = a.people[0]
    #expect(ana.activity.count == 1)
    #expect(ana.activity[0].kind == .moved(from: .preparing, to: .applied))
    #expect(ana.activity[0].byOther && ana.activity[0].by == "Ana")
    #expect(StandupText.activity(ana.activity[0]) == "moved preparing → applied (by Ana)")
    // Laura's note, written as "laura gomez": the same person (case, accents, spaces folded),
    // her own call, so no "(by …)"; the move before the start is not listed.
    let laura = a.people[1]
    #expect(laura.activity.count == 1 && laura.activity[0].kind == .noted("sent the budget\nsecond line"))
    #expect(!laura.activity[0].byOther)
    #expect(StandupText.activity(laura.activity[0]) == "noted: sent the budget")
    #expect(a.summary.moves == 1 && a.summary.movesTo == [.applied: 1] && a.summary.notes == 1)
  }

  @Test func namesFoldAndShowAsMostOftenWritten() {
    let a = agenda([
      call("st000003", owner: "José Pérez"), call("st000004", owner: "jose perez"),
      call("st000005", owner: "José  Pérez"), call("st000006", owner: "José Pérez"),
      call("st000007", owner: ""),
    ])
    #expect(a.people.map(\.name) == ["José Pérez", ""])
    #expect(a.people[1].isNoOwner && StandupText.name(a.people[1]) == "(no owner)")
  }

  // MARK: - Due, stale, awaiting

  @Test func dueStaleAndAwaitingSets() {
    var due = call("st000010", owner: "Ana")
    due.deadline = Self.day("2026-12-07")  // 7 days: due
    var later = call("st000011", owner: "Ana")
    later.deadline = Self.day("2026-12-08")  // 8 days: not
    var overdue = call("st000012", owner: "Ana", stage: .preparing)
    overdue.deadline = Self.day("2026-11-25")  // overdue: due
    var appliedPastDeadline = call("st000013", owner: "Ana", stage: .applied)
    appliedPastDeadline.deadline = Self.day("2026-12-01")  // applied: the deadline no longer matters
    let stale = call("st000014", owner: "Ana", updated: "2026-11-10T09:00:00Z")  // 20 days
    let fresh = call("st000015", owner: "Ana", updated: "2026-11-20T09:00:00Z")  // 10 days
    var staleWon = call("st000016", owner: "Ana", stage: .won, updated: "2026-01-10T09:00:00Z")
    staleWon.deadline = Self.day("2026-12-01")
    var awaiting = call("st000017", owner: "Ana", stage: .applied)
    awaiting.decision = Self.day("2026-11-20")  // passed
    var near = call("st000018", owner: "Ana", stage: .applied)
    near.decision = Self.day("2026-12-05")  // near
    var far = call("st000019", owner: "Ana", stage: .applied)
    far.decision = Self.day("2027-01-15")
    var notApplied = call("st000020", owner: "Ana", stage: .preparing)
    notApplied.decision = Self.day("2026-11-20")
    let a = agenda([
      due, later, overdue, appliedPastDeadline, stale, fresh, staleWon, awaiting, near, far, notApplied,
    ])
    let ana = a.people[0]
    #expect(ana.due.map(\.rawValue) == ["st000012", "st000010"])
    #expect(ana.stale.map(\.rawValue) == ["st000014"])
    #expect(ana.awaiting.map(\.rawValue) == ["st000017", "st000018"])
    #expect(ana.activity.isEmpty)
  }

  // MARK: - Summary

  @Test func summaryMoneyGoesThroughMoneyTotal() {
    var won1 = call("st000030", owner: "Ana", stage: .won)
    won1.awarded = Money(1000, "EUR")
    won1.history = [HistoryEntry(from: "applied", to: "won", at: Self.ts("2026-11-28T10:00:00Z"), by: "Ana")]
    var won2 = call("st000031", owner: "Ana", stage: .won)
    won2.amount = Money(2_000_000, "COP")
    won2.history = [HistoryEntry(from: "applied", to: "won", at: Self.ts("2026-11-28T11:00:00Z"), by: "Ana")]
    var won3 = call("st000032", owner: "Luis", stage: .won)
    won3.awarded = Money(5, "KRW")
    won3.history = [HistoryEntry(from: "applied", to: "won", at: Self.ts("2026-11-28T12:00:00Z"), by: "Luis")]
    var wonBefore = call("st000033", owner: "Luis", stage: .won)
    wonBefore.awarded = Money(999, "EUR")
    wonBefore.history = [
      HistoryEntry(from: "applied", to: "won", at: Self.ts("2026-11-20T12:00:00Z"), by: "Luis")
    ]
    let added = call("st000034", owner: "Luis", created: "2026-11-29T08:00:00Z")
    let conv = MoneyConverter(reporting: "COP", rates: ["EUR": 4000])
    let a = agenda([won1, won2, won3, wonBefore, added], converter: conv)
    #expect(a.summary.moves == 3 && a.summary.movesTo == [.won: 3] && a.summary.wonCalls == 3)
    #expect(a.summary.won.converted == 6_000_000)
    #expect(a.summary.won.isPartial && a.summary.won.missingRates == ["KRW"])
    #expect(a.summary.newCalls == 1)
    let luis = a.people.first { $0.name == "Luis" }
    #expect(luis?.activity.map(\.kind) == [.moved(from: .applied, to: .won), .added])
    let lines = StandupText.summary(a.summary)
    #expect(lines[0] == "Moves: 3 (won 3)")
    #expect(lines[1].contains("partial: no rate for KRW"), "\(lines[1])")
  }

  @Test func markdownHasAHeadingPerPersonAndBullets() {
    var o = call("st000040", owner: "Ana", stage: .preparing, created: "2026-11-28T09:00:00Z")
    o.deadline = Self.day("2026-12-02")
    let store = OpportunityStore([o])
    let a = StandupAgenda(
      store: store, positions: store.records.indices, today: Self.day("2026-11-30"), utcOffset: 0,
      staleDays: 14,
      since: Self.ts("2026-11-27T00:00:00Z"), converter: MoneyConverter(reporting: "COP"))
    let md = StandupText.lines(a, store: store, format: .md, utcOffset: 0)
    #expect(md[0] == "## Standup 2026-11-30, since 2026-11-27 00:00")
    #expect(md.contains("### Ana"))
    #expect(md.contains("- `st000040` Call st000040 — added"))
    #expect(md.contains("- `st000040` Call st000040 — deadline 2026-12-02 (in 2 days)"))
    #expect(md.contains("### Summary"))
  }
}
