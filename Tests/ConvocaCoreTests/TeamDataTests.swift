import Foundation
import Synchronization
import Testing

@testable import ConvocaCore

@Suite struct TeamDataTests {
  static let day = CalendarDate(iso: "2026-12-01")!

  func money(_ v: Decimal, _ c: String) -> Money { Money(v, c) }

  @Test func totalsConvertAndKeepMissingRatesApart() {
    let conv = MoneyConverter(reporting: "COP", rates: ["EUR": 4420.15, "USD": 4000])
    let t = conv.total([
      money(10, "EUR"), money(2, "USD"), money(500, "COP"), money(7, "KRW"), money(3, "KRW"),
    ])
    #expect(t.converted == 44201.5 + 8000 + 500)
    #expect(t.unconverted == ["KRW": 10])
    #expect(t.isPartial && t.missingRates == ["KRW"])
    #expect(t.parts == [money(52701.5, "COP"), money(10, "KRW")])
    #expect(t.count == 5)
  }

  @Test func teamLinesRoundTripThroughTheFileAndCompaction() throws {
    let dir = TempDir()
    let path = dir.file("data.jsonl")
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("aaaa1111", "Horizon")))
    try db.perform(.team(.reporting("cop")))
    try db.perform(.team(.rate("eur", ExchangeRate(currency: "EUR", rate: 4420.15, date: Self.day))))
    try db.perform(
      .team(.view("Due this week", SavedView(name: "Due this week", query: "due<7d", sort: "deadline"))))
    try db.perform(
      .team(.standup(StandupRecord(at: Fixture.t0, by: "ana", since: Fixture.t0.adding(seconds: -86_400)))))
    let journal = Fixture.lines(path).filter { $0.contains("\"op\":") }
    #expect(
      journal.contains { $0.contains(#""op":"rate","currency":"EUR","rate":4420.15,"date":"2026-12-01""#) })
    let again = try Fixture.database(path)
    #expect(again.store.team == db.store.team)
    #expect(again.store.team.reportingCurrency == "COP")
    #expect(again.store.team.view(named: "due THIS week")?.query == "due<7d")
    try again.compact()
    let lines = Fixture.lines(path)
    #expect(lines.allSatisfy { !$0.contains("\"op\":") })
    #expect(lines.contains(#"{"reporting":"COP"}"#))
    #expect(lines.contains(#"{"rate":"EUR","value":4420.15,"date":"2026-12-01"}"#))
    #expect(lines.contains(#"{"view":"Due this week","query":"due<7d","sort":"deadline"}"#))
    let third = try Fixture.database(path)
    #expect(third.store.team == db.store.team)
    #expect(third.store.count == 1)
  }

  /// Found by `undoRestoresDatabaseFile`: undoing the removal of a standup put it back stamped
  /// with the undo's time, so undoing the standup itself then found none to take back.
  @Test func undoingARemovedStandupPutsBackTheSameOne() throws {
    let dir = TempDir()
    let times = Synchronization.Mutex([
      Timestamp(iso: "2026-11-10T14:00:00Z")!, Timestamp(iso: "2026-11-11T14:00:00Z")!,
      Timestamp(iso: "2026-11-12T14:00:00Z")!, Timestamp(iso: "2026-11-13T14:00:00Z")!,
    ])
    let db = try Database(
      path: dir.file(), user: "Laura", lockTimeout: 1, clock: { times.withLock { $0.removeFirst() } })
    let since = Timestamp(iso: "2026-11-09T14:00:00Z")!
    _ = try db.perform(.team(.standup(StandupRecord(at: since, by: "Laura", since: since))))
    let recorded = try #require(db.store.team.standups.last)
    _ = try db.perform(.team(.unstandup(recorded)))
    _ = try db.undo()
    #expect(db.store.team.standups == [recorded])
    _ = try db.undo()
    #expect(db.store.team.standups.isEmpty)
  }

  @Test func compactionKeepsOnlyTheLastStandups() throws {
    let dir = TempDir()
    let path = dir.file("data.jsonl")
    for k in 0..<(TeamData.standupsKept + 5) {
      // A standup's `at` is the time it is written: one clock per day.
      let at = Fixture.t0.adding(seconds: Int64(k) * 86_400)
      let db = try Database(path: path, user: "ana", lockTimeout: 1, clock: Fixture.clock(at))
      try db.perform(.team(.standup(StandupRecord(at: at, by: "ana", since: at.adding(seconds: -60)))))
    }
    try Fixture.database(path).compact()
    let again = try Fixture.database(path)
    #expect(again.store.team.standups.count == TeamData.standupsKept)
    #expect(
      again.store.team.lastStandup?.at
        == Fixture.t0.adding(seconds: Int64(TeamData.standupsKept + 4) * 86_400))
  }

  @Test func versionOneFilesOpenAndUpgradeOnTheFirstWrite() throws {
    let dir = TempDir()
    let path = dir.file("data.jsonl")
    let record =
      #"{"id":"aaaa1111","title":"Old","kind":"grant","stage":"identified","created":"2026-11-01T10:00:00Z","updated":"2026-11-01T10:00:00Z"}"#
    Fixture.write(path, #"{"format":"convoca","version":1}"# + "\n" + record + "\n")
    let db = try Fixture.database(path)
    #expect(db.store.count == 1 && !db.isReadOnly)
    #expect(Fixture.lines(path)[0] == #"{"format":"convoca","version":1}"#)  // reading never writes
    try db.perform(.note(OpportunityID(rawValue: "aaaa1111")!, Note(at: Fixture.t0, by: "x", text: "hola")))
    #expect(Fixture.isHeader(Fixture.lines(path).first))
    let again = try Fixture.database(path)
    #expect(again.store.records == db.store.records)
  }

  @Test func aTeamLineInAVersionOneFileIsDamage() throws {
    let dir = TempDir()
    let path = dir.file("data.jsonl")
    Fixture.write(path, #"{"format":"convoca","version":1}"# + "\n" + #"{"reporting":"COP"}"# + "\n")
    let db = try Fixture.database(path)
    #expect(db.isReadOnly)
    #expect(db.readOnlyReason?.contains("line 2") == true)
  }

  @Test(arguments: [
    #"{"rate":"EUR","value":-3,"date":"2026-12-01"}"#, #"{"rate":"EURO","value":3,"date":"2026-12-01"}"#,
    #"{"rate":"EUR","value":3}"#, #"{"view":"x","query":"a","colour":"red"}"#,
    #"{"reporting":"COP","extra":1}"#,
    #"{"standup":"nope","by":"a","since":"2026-12-01T00:00:00Z"}"#,
  ])
  func badTeamLinesAreDamageNamedByLine(_ line: String) throws {
    let dir = TempDir()
    let path = dir.file("data.jsonl")
    Fixture.write(path, #"{"format":"convoca","version":2}"# + "\n" + line + "\n")
    let db = try Fixture.database(path)
    #expect(db.isReadOnly)
    #expect(db.readOnlyReason?.contains("2") == true)
  }

  @Test func amountsCompareAndSortInTheReportingCurrency() throws {
    var store = OpportunityStore()
    var krw = Fixture.opportunity("aaaa1111", "Korean")
    krw.amount = Money(18_000_000, "KRW")
    var usd = Fixture.opportunity("bbbb2222", "American")
    usd.amount = Money(1_000_000, "USD")
    var chf = Fixture.opportunity("cccc3333", "Swiss (no rate)")
    chf.amount = Money(50_000, "CHF")
    for o in [krw, usd, chf] { store.upsert(o) }
    let ctx = QueryContext(today: Self.day)
    let q = try Query.parse("amount>100k")
    func ids(_ positions: [Int]) -> [String] { positions.map { store.records[$0].id.rawValue } }
    // No rates: the numbers as written (18,000,000 > 1,000,000).
    #expect(Set(ids(store.filter(q, context: ctx))) == ["aaaa1111", "bbbb2222"])
    let desc = try #require(SortOrder(parsing: "amount:desc"))
    #expect(ids(desc.sort(Array(store.records.indices), in: store)) == ["aaaa1111", "bbbb2222", "cccc3333"])
    _ = try store.apply(Change(.team(.reporting("USD")), at: Fixture.t0, by: "x"))
    _ = try store.apply(
      Change(
        .team(.rate("KRW", ExchangeRate(currency: "KRW", rate: 0.00075, date: Self.day))), at: Fixture.t0,
        by: "x"))
    // 18,000,000 KRW is 13,500 USD: below 100k, and below 1,000,000 USD in the sort.
    #expect(Set(ids(store.filter(q, context: ctx))) == ["bbbb2222"])
    #expect(ids(desc.sort(Array(store.records.indices), in: store)) == ["bbbb2222", "cccc3333", "aaaa1111"])
  }

  @Test func undoOfARateIsRefusedWhenSomeoneChangedItSince() throws {
    let dir = TempDir()
    let path = dir.file("data.jsonl")
    let a = try Fixture.database(path)
    try a.perform(.team(.rate("EUR", ExchangeRate(currency: "EUR", rate: 4000, date: Self.day))))
    let b = try Fixture.database(path)
    try b.perform(.team(.rate("EUR", ExchangeRate(currency: "EUR", rate: 4500, date: Self.day))))
    #expect(throws: DatabaseError.self) { try a.undo() }
    #expect(a.store.team.rates["EUR"]?.rate == 4500)
    try b.undo()
    #expect(b.store.team.rates["EUR"]?.rate == 4000)
  }
}

@Suite struct MoneyTotalTextTests {
  @Test func partialTotalsNameTheirMissingRates() {
    let conv = MoneyConverter(reporting: "COP", rates: ["EUR": 4000])
    let t = conv.total([Money(1000, "EUR"), Money(1_500_000, "COP"), Money(250, "CHF")])
    #expect(t.groupedText == "5,500,000 COP + 250 CHF")
    #expect(t.compactText == "5.5M COP + 250 CHF")
    #expect(t.partialNote == "partial: no rate for CHF")
    #expect(conv.total([Money(1, "EUR")]).partialNote == "")
  }
}
