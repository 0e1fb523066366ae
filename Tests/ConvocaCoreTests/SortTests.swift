import Testing

@testable import ConvocaCore

@Suite struct SortTests {
  static let today = CalendarDate(iso: "2026-11-29")!

  @Test(arguments: SortField.allCases)
  func cachedOrderEqualsSortingTheMatches(field: SortField) throws {
    var store = OpportunityStore(SyntheticData.records(count: 5000, today: SortTests.today, seed: 3))
    let cache = SortCache()
    let matches = FilterCache()
    let context = QueryContext(today: SortTests.today)
    for desc in [false, true] {
      let order = SortOrder(field, descending: desc)
      for text in ["", "kind:grant", "medellin", "-stage:won", "is:open due<90d"] {
        let q = try Query.parse(text)
        let want = order.sort(store.filter(q, context: context), in: store)
        #expect(store.filter(q, context: context, sortedBy: order, cache: cache) == want)
        // The rows carry the ids at those positions, with and without remembered matches.
        let rows = store.rows(q, context: context, sortedBy: order, cache: cache, matches: matches)
        #expect(rows.positions == want, "\(text)")
        #expect(rows.ids == want.map { store.records[$0].id }, "\(text)")
      }
    }
    // A change renews the revision, so the cache does not serve a stale order.
    let before = store.revision
    var first = store.records[0]
    first.deadline = CalendarDate(iso: "1999-01-01")
    store.upsert(first)
    #expect(store.revision != before)
    let order = SortOrder(.deadline)
    #expect(
      store.filter(.all, context: context, sortedBy: order, cache: cache)
        == order.sort(Array(store.records.indices), in: store))
    #expect(
      store.rows(.all, context: context, sortedBy: order, cache: cache).ids
        == order.sort(Array(store.records.indices), in: store).map { store.records[$0].id })
  }

  @Test func sortsByKindAndAreaWithMissingAreasLast() {
    var a = Fixture.opportunity("aaaa", "a")
    a.kind = Kind(rawValue: "scholarship")
    a.area = Area(rawValue: "urban")
    var b = Fixture.opportunity("bbbb", "b")
    b.kind = Kind(rawValue: "award")
    var c = Fixture.opportunity("cccc", "c")
    c.kind = Kind(rawValue: "grant")
    c.area = Area(rawValue: "education")
    let store = OpportunityStore([a, b, c])
    let ids = { (o: SortOrder) in o.sort([0, 1, 2], in: store).map { store.records[$0].id.rawValue } }
    #expect(ids(SortOrder(.kind)) == ["bbbb", "cccc", "aaaa"])
    #expect(ids(SortOrder(.area)) == ["cccc", "aaaa", "bbbb"])
    #expect(ids(SortOrder(.area, descending: true)) == ["aaaa", "cccc", "bbbb"])
    #expect(SortOrder(parsing: "kind:desc") == SortOrder(.kind, descending: true))
    #expect(SortOrder(parsing: "area") == SortOrder(.area))
  }

  @Test func parsesSortNames() {
    #expect(SortOrder(parsing: "amount:desc") == SortOrder(.amount, descending: true))
    #expect(SortOrder(parsing: "-dead") == SortOrder(.deadline, descending: true))
    #expect(SortOrder(parsing: "title:asc") == SortOrder(.title))
    #expect(SortOrder(parsing: "colour") == nil)
    #expect(SortOrder(parsing: "amount:sideways") == nil)
  }

  @Test func deadlinesAheadOfAnApplicationComeFirstAndMissingValuesLast() {
    var a = Fixture.opportunity("a0000001", "applied, early", stage: .applied)
    a.deadline = CalendarDate(iso: "2026-01-01")
    var b = Fixture.opportunity("b0000001", "preparing, later", stage: .preparing)
    b.deadline = CalendarDate(iso: "2026-12-20")
    let c = Fixture.opportunity("c0000001", "no deadline", stage: .identified)
    let store = OpportunityStore([a, b, c])
    let ids = SortOrder(.deadline).sort([0, 1, 2], in: store).map { store.records[$0].id.rawValue }
    #expect(ids == ["b0000001", "c0000001", "a0000001"])
    let desc = SortOrder(.deadline, descending: true).sort([0, 1, 2], in: store).map {
      store.records[$0].id.rawValue
    }
    #expect(desc == ["b0000001", "c0000001", "a0000001"])
  }
}

@Suite struct DetailTextTests {
  @Test func showsEveryFieldNotesAndAnIndentedTimeline() {
    var o = Fixture.opportunity("d0000001", "Premio Medellín \u{1B}[2J")
    o.funder = "UCLG"
    o.deadline = CalendarDate(iso: "2026-12-05")
    o.notes = [Note(at: Fixture.t0, by: "Laura", text: "first line\nsecond line")]
    o.history = [HistoryEntry(from: "identified", to: "applied", at: Fixture.t0, by: "Laura", note: "sent")]
    let lines = DetailText.lines(o, today: CalendarDate(iso: "2026-11-29")!, width: 80)
    #expect(lines[0] == "Premio Medellín ␛[2J")
    #expect(lines.contains("deadline  2026-12-05 (in 6 days)"))
    #expect(lines.contains("funder    UCLG"))
    #expect(lines.contains("    first line"))
    #expect(lines.contains("    second line"))
    #expect(lines.contains("  2026-11-01 identified → applied by Laura — sent"))
    #expect(!lines.joined().contains("\u{1B}"))
  }

  @Test func aLongTitleWrapsWithinTheWidth() {
    let o = Fixture.opportunity(
      "d0000002", String(repeating: "cooperación ", count: 40) + String(repeating: "x", count: 300))
    let lines = DetailText.lines(o, today: CalendarDate(iso: "2026-11-29")!, width: 60)
    #expect(lines.allSatisfy { TerminalText.width($0) <= 60 })
    #expect(lines[0].hasPrefix("cooperación cooperación"))
    #expect(lines.contains(String(repeating: "─", count: 60)))
  }
}
