import Foundation
import PropertyBased
import Testing

@testable import ConvocaCore

/// `FilterCache` answers exactly as `store.filter` does while a query is typed and erased
/// one key at a time, across changes to the store, and it narrows only when that is sound.
@Suite struct FilterCacheTests {
  @Test func typingAndErasingAnswersAsAFreshFilterDoes() async {
    await Property.check("filter cache while typing", count: Property.cases(80), SeededQueryCase.gen) {
      (c: SeededQueryCase) throws in
      var g = SeededGenerator(seed: c.seed)
      var store = OpportunityStore(c.query.records)
      let cache = FilterCache()
      let line = Array(c.query.line)
      let prefixes = (0...line.count).map { String(line[..<$0]) }
      for (k, text) in (prefixes + prefixes.reversed()).enumerated() {
        if k % 9 == 8, store.count > 0 {
          // Someone else's edit arrives while typing.
          var o = store.records[g.int(0...(store.count - 1))]
          o.title = PropertyTestsQuery.phrase(&g, 1...3)
          o.stage = g.pick(Stage.allCases)
          store.upsert(o)
        }
        guard let q = try? Query.parse(text) else { continue }
        try ensureEqual(
          cache.filter(store, q, context: c.query.context), store.filter(q, context: c.query.context),
          "'\(text)' (\(cache.lastUse))")
      }
    }
  }

  @Test func narrowsOnlyWhenEveryMatchOfTheNewQueryMatchedTheOldOne() throws {
    let today = try #require(CalendarDate(iso: "2026-11-18"))
    let ctx = QueryContext(today: today)
    var store = OpportunityStore(QueryPropertyTests.records(600, today: today))
    let cache = FilterCache()
    func check(_ line: String, _ use: FilterCache.Use, sourceLocation: SourceLocation = #_sourceLocation)
      throws
    {
      let q = try Query.parse(line)
      #expect(
        cache.filter(store, q, context: ctx) == store.filter(q, context: ctx), "\(line)",
        sourceLocation: sourceLocation)
      #expect(cache.lastUse == use, "\(line)", sourceLocation: sourceLocation)
    }
    try check("medel", .scanned)
    try check("medellin", .narrowed(from: try Query.parse("medel")))
    try check("medellin kind:grant", .narrowed(from: try Query.parse("medellin")))
    try check("medel", .remembered)
    // A negated word matches more as it grows: never narrowed.
    try check("-medel", .scanned)
    try check("-medellin", .scanned)
    // Tags match by prefix: `tag:educ` narrows `tag:edu`, not `tag:duc`.
    try check("tag:edu", .scanned)
    try check("tag:duc", .scanned)
    try check("tag:educ", .narrowed(from: try Query.parse("tag:edu")))
    // Field values match anywhere: `owner:gomez` narrows `owner:gom` and `owner:mez`.
    try check("owner:mez", .scanned)
    try check("owner:gomez", .narrowed(from: try Query.parse("owner:mez")))
    // An OR is narrowed only by an equal term.
    try check("kind:grant OR medellin", .scanned)
    try check("kind:grant OR medellin is:open", .scanned)
    try check("is:open (kind:grant OR medellin)", .narrowed(from: try Query.parse("kind:grant OR medellin")))
    // Another context (another day) or any change to the store: scanned afresh.
    let other = QueryContext(today: today.adding(days: 1))
    _ = cache.filter(store, try Query.parse("medel"), context: other)
    #expect(cache.lastUse == .scanned)
    var o = store.records[0]
    o.title = "Medellín again"
    store.upsert(o)
    try check("medellin", .scanned)
  }
}
