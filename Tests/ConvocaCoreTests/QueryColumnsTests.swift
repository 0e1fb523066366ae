import Foundation
import PropertyBased
import Testing

@testable import ConvocaCore

/// The query columns (`QueryColumns`) answer exactly as the records do: after every kind of
/// change made once they are built, in a copy that shares them, and for amounts too close for
/// doubles to call.
@Suite struct QueryColumnsTests {
  /// A query that reads every column there is, so they are all built before the changes.
  static let warmUp =
    "funder:x program:x country:x owner:x beneficiary:x contact:x owner:me amount>0 awarded>0 kind:grant area:innov is:open due<1d"

  /// Record `i` matches `line` by the record-at-a-time path (`Query.matches`), which reads no
  /// column.
  static func plain(_ store: OpportunityStore, _ q: Query, _ ctx: QueryContext) -> [Int] {
    var ctx = ctx
    if ctx.money == nil { ctx.money = store.converter }
    return store.records.indices.filter {
      q.matches(store.records[$0], key: store.searchKey(at: $0), in: ctx)
    }
  }

  /// The evaluator given no columns at all: every step reads the records (the path a step
  /// takes if its column was not asked for).
  static func withoutColumns(_ store: OpportunityStore, _ q: Query, _ ctx: QueryContext) -> [Int] {
    var ctx = ctx
    if ctx.money == nil { ctx.money = store.converter }
    let e = QueryEvaluator(q, context: ctx)
    return store.records.withUnsafeBufferPointer { rs in
      store.withSearchText { text, starts, lengths in
        e.run(rs, SearchKeys(text: text, starts: starts, lengths: lengths), QueryColumns())
      }
    }
  }

  /// One random change to `store`, drawn so that every column moves: new values and values
  /// seen before, removals and additions, and a fresh funder each time, so the funder
  /// column's table fills with values nobody holds and is renumbered.
  static func change(
    _ store: inout OpportunityStore, _ g: inout SeededGenerator, _ k: Int, today: CalendarDate
  ) {
    let n = store.count
    if n == 0 || g.chance(0.1) {
      var o = Opportunity(
        id: store.newID(using: &g), title: PropertyTestsQuery.phrase(&g, 1...3), kind: g.pick(Kind.defaults),
        created: Timestamp(seconds: Int64(today.daysSinceEpoch) * 86_400))
      o.funder = g.pick(PropertyTestsQuery.funders)
      store.upsert(o)
      return
    }
    var o = store.records[g.int(0...(n - 1))]
    switch g.int(0...9) {
    case 0:
      store.remove(o.id)
      return
    case 1: o.kind = g.pick(Kind.defaults + [Kind(rawValue: "k\(k % 7)")])
    case 2: o.stage = g.pick(Stage.allCases)
    case 3: o.area = g.chance(0.3) ? nil : g.pick(Area.defaults)
    case 4: o.deadline = g.chance(0.3) ? nil : today.adding(days: g.int(-60...90))
    case 5:
      o.amount = g.chance(0.3) ? nil : Money(Decimal(g.int(0...40) * 25_000), g.pick(["EUR", "USD", "COP"]))
    case 6: o.owner = g.pick(PropertyTestsQuery.people)
    case 7: o.archived.toggle()
    case 8: o.updated = o.updated.adding(seconds: Int64(g.int(-30...30)) * 86_400)
    default: o.funder = g.chance(0.5) ? "Funder \(k)" : g.pick(PropertyTestsQuery.funders)
    }
    store.upsert(o)
  }

  @Test func columnsFollowEveryChangeAndCopiesKeepTheirOwn() async {
    await Property.check("columns follow changes", count: Property.cases(60), SeededQueryCase.gen) {
      (c: SeededQueryCase) throws in
      try Self.check(c)
    }
  }

  static func check(_ c: SeededQueryCase) throws {
    var g = SeededGenerator(seed: c.seed)
    let ctx = c.query.context
    let line = c.query.line
    let q = try Query.parse(line)
    var store = OpportunityStore(c.query.records)
    _ = store.filter(try Query.parse(Self.warmUp), context: ctx)
    let before = store
    let beforeWant = Self.plain(before, q, ctx)
    for k in 0..<300 {
      Self.change(&store, &g, k, today: ctx.today)
      // Every few changes, a query reads the columns as they are now.
      if k % 25 == 0 {
        try ensureEqual(
          store.filter(q, context: ctx), Self.plain(store, q, ctx), "'\(line)' after \(k + 1) changes")
      }
    }
    try ensureEqual(store.filter(q, context: ctx), Self.plain(store, q, ctx), "'\(line)' after 300 changes")
    let bf = BruteForce(ctx)
    let want = store.records.indices.filter { i in c.query.terms.allSatisfy { $0.holds(bf, store.records[i]) }
    }
    try ensureEqual(store.filter(q, context: ctx), want, "'\(line)' against brute force")
    try ensureEqual(Self.withoutColumns(store, q, ctx), want, "'\(line)' read from the records")
    // The copy taken before the changes still answers for its own records.
    try ensureEqual(before.filter(q, context: ctx), beforeWant, "the copy, '\(line)'")
  }

  @Test func amountsTooCloseForDoublesCompareExactly() throws {
    let today = try #require(CalendarDate(iso: "2026-11-18"))
    var ctx = QueryContext(today: today)
    // The reporting currency also has a (wrong) rate: amounts in it are never converted.
    ctx.money = MoneyConverter(reporting: "COP", rates: ["EUR": 3125, "USD": 4000, "COP": 2])
    let amounts: [(String, String)] = [
      ("100000", "COP"), ("100000.000000000000001", "COP"), ("99999.999999999999999", "COP"),
      ("32", "EUR"), ("32.000000000000000000001", "EUR"), ("31.999999999999999999999", "EUR"), ("25", "USD"),
      ("24.99999999999999999", "USD"),
      ("100000", "XYZ"), ("0.000000000000000001", "COP"), ("-5", "EUR"),
      ("123456789012345678901234567", "COP"),
    ]
    var g = SeededGenerator(seed: 7)
    var records: [Opportunity] = []
    for (k, (value, currency)) in amounts.enumerated() {
      var o = Opportunity(id: OpportunityID.random(using: &g), title: "a\(k)", created: Timestamp(seconds: 0))
      o.amount = Money(try #require(Decimal(string: value)), currency)
      o.awarded = o.amount
      records.append(o)
    }
    let store = OpportunityStore(records)
    var queries = 0
    for field in ["amount", "awarded"] {
      for op in ["=", ">", ">=", "<", "<="] {
        for value in [
          "100000", "99999.999999999999999", "100000.000000000000001", "0", "1e-18",
          "123456789012345678901234567",
        ] {
          let line = "\(field)\(op)\(value)"
          guard let q = try? Query.parse(line) else { continue }
          queries += 1
          #expect(store.filter(q, context: ctx) == Self.plain(store, q, ctx), "\(line)")
        }
      }
    }
    #expect(queries >= 40)
    // The cases really sit on the boundary: 100,000 COP, 32 EUR, 25 USD and 100,000 XYZ (no
    // rate: compared as written) equal 100,000; their neighbours do not.
    #expect(store.filter(try Query.parse("amount=100000"), context: ctx).count == 4)
  }

  /// Canonically equal spellings (é composed, e + combining accent) share one value number,
  /// since Swift strings compare them equal; every test must then answer alike for both.
  @Test func canonicallyEqualSpellingsAnswerAsTheirRecordsDo() throws {
    let today = try #require(CalendarDate(iso: "2026-11-18"))
    let ctx = QueryContext(today: today, user: "Jose\u{301} Nu\u{301}n\u{303}ez")
    let spellings = [
      "José Núñez", "Jose\u{301} Nu\u{301}n\u{303}ez", "JOSÉ NÚÑEZ", "Ángela", "A\u{301}ngela", "",
      " José Núñez ",
    ]
    var g = SeededGenerator(seed: 11)
    var records: [Opportunity] = []
    for (k, name) in (spellings + spellings.reversed()).enumerated() {
      var o = Opportunity(id: OpportunityID.random(using: &g), title: "t\(k)", created: Timestamp(seconds: 0))
      o.owner = name
      o.funder = name
      o.kind = Kind(rawValue: k % 2 == 0 ? "gránt" : "gra\u{301}nt")
      records.append(o)
    }
    let store = OpportunityStore(records)
    let lines = [
      "owner:me", "owner:jose", "owner:núñez", "owner:\"nu\u{301}n\u{303}ez\"", "funder:angela",
      "owner:=\"José Núñez\"",
      "funder:=\"A\u{301}ngela\"", "-owner:jose", "no:owner", "kind:gránt", "kind:gra\u{301}nt",
    ]
    for line in lines {
      guard let q = try? Query.parse(line) else { continue }
      #expect(store.filter(q, context: ctx) == Self.plain(store, q, ctx), "\(line)")
    }
    let mine = store.filter(try Query.parse("owner:me"), context: ctx)
    #expect(mine.count >= 4, "\(mine.map { store.records[$0].owner })")
  }

  /// Word searches over many candidates are split across threads; the pieces join in order.
  @Test func wordSearchesSplitAcrossThreadsAnswerAsOneThreadDoes() throws {
    let today = try #require(CalendarDate(iso: "2026-11-18"))
    let ctx = QueryContext(today: today)
    let store = OpportunityStore(
      QueryPropertyTests.records(QueryEvaluator.parallelTextScan + 3_000, today: today))
    for line in ["medellin", "-medellin", "\"ciudad urban\"", "-is:closed ciudad", "alcaldia -bogota", "zzz"]
    {
      let q = try Query.parse(line)
      #expect(store.filter(q, context: ctx) == Self.plain(store, q, ctx), "\(line)")
    }
    var g = SeededGenerator(seed: 5)
    for parts in [2, 3, 7] {
      for negated in [false, true] {
        let candidates = (0..<20_000).filter { _ in g.chance(0.6) }
        let test: (Int) -> Bool = { $0 % 3 == 0 || $0 % 7 == 1 }
        #expect(
          QueryEvaluator.scanInParts(parts, count: candidates.count, candidates, negated: negated, test)
            == candidates.filter { test($0) != negated })
        #expect(
          QueryEvaluator.scanInParts(parts, count: 20_000, nil, negated: negated, test)
            == (0..<20_000).filter { test($0) != negated })
      }
    }
  }
}

/// A generated query case, and the seed of what happens around it (changes to the store).
struct SeededQueryCase: CustomStringConvertible {
  var query: PropertyTestsQuery.Case
  var seed: UInt64
  var description: String { "seed \(seed), \(query)" }

  static let gen = Property.gen { g in
    SeededQueryCase(query: PropertyTestsQuery.makeCase(&g), seed: UInt64(g.int(0...1_000_000)))
  }
}
