// libFuzzer harness: query lines. Build and run with Fuzz/run.sh.
import ConvocaCore

// BEGIN CHECKS FuzzQuery — keep identical to Tests/ConvocaCoreTests/FuzzRegressionTests.swift
/// The day the query checks count relative dates from (docs/query-language.md's "today").
let fuzzQueryToday = CalendarDate(daysSinceEpoch: 20_775)  // 2026-11-18
let fuzzQueryContext = QueryContext(today: fuzzQueryToday)
/// A small fixed store: 12 of the bundled demo records, or three records if they cannot be read.
let fuzzQueryStore: OpportunityStore = {
  if let demo = try? DemoData.records(shiftedTo: fuzzQueryToday), !demo.isEmpty {
    return OpportunityStore(Array(demo.prefix(12)))
  }
  let t = Timestamp(seconds: Int64(fuzzQueryToday.daysSinceEpoch) * 86_400)
  var a = Opportunity(
    id: OpportunityID(rawValue: "aecid") ?? .random(), title: "Cooperación urbana",
    kind: Kind(rawValue: "grant"), stage: .won, created: t)
  a.funder = "AECID"
  a.deadline = fuzzQueryToday.adding(days: -3)
  var b = Opportunity(
    id: OpportunityID(rawValue: "koica") ?? .random(), title: "KOICA fellowship",
    kind: Kind(rawValue: "scholarship"), stage: .preparing, created: t)
  b.amount = Money(20_000, "USD")
  b.deadline = fuzzQueryToday.adding(days: 20)
  b.tags = ["education"]
  let c = Opportunity(
    id: OpportunityID(rawValue: "c40") ?? .random(), title: "C40 award", kind: Kind(rawValue: "award"),
    stage: .applied, created: t.adding(seconds: -40 * 86_400))
  return OpportunityStore([a, b, c])
}()
let fuzzQueryKeys = fuzzQueryStore.records.map(FoldedText.init(searchable:))

/// Query lines: a query that parses has a canonical text that parses back to an equal query
/// selecting the same records (by `filter` and by `matches`); a refused line has an error
/// that points inside the line and says something.
func fuzzCheckQuery(_ data: [UInt8]) -> String? {
  let text = String(decoding: data, as: UTF8.self)
  let query: Query
  do {
    query = try Query.parse(text)
  } catch {
    let length = text.count
    guard error.range.lowerBound >= 0, error.range.upperBound <= length, !error.range.isEmpty else {
      return "error range \(error.range) outside the line \(text.debugDescription) (\(length) characters)"
    }
    guard !error.detail.isEmpty, !error.message.isEmpty else {
      return "empty error message for \(text.debugDescription)"
    }
    return nil
  }
  let canonical = query.description
  let again: Query
  do {
    again = try Query.parse(canonical)
  } catch {
    return
      "canonical \(canonical.debugDescription) of \(text.debugDescription) does not parse: \(error.message)"
  }
  guard again == query else {
    return
      "canonical \(canonical.debugDescription) of \(text.debugDescription) parses to \(again.description.debugDescription)"
  }
  guard again.description == canonical else {
    return "canonical text not stable: \(canonical.debugDescription) → \(again.description.debugDescription)"
  }
  let hits = fuzzQueryStore.filter(query, context: fuzzQueryContext)
  let hitsAgain = fuzzQueryStore.filter(again, context: fuzzQueryContext)
  guard hits == hitsAgain else {
    return
      "\(text.debugDescription) selects \(hits) but its canonical \(canonical.debugDescription) selects \(hitsAgain)"
  }
  let oneByOne = fuzzQueryStore.records.indices.filter { i in
    query.matches(fuzzQueryStore.records[i], key: fuzzQueryKeys[i], in: fuzzQueryContext)
  }
  guard hits == oneByOne else {
    return "\(text.debugDescription): filter selects \(hits) but matches selects \(oneByOne)"
  }
  return nil
}
// END CHECKS FuzzQuery

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueryEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckQuery(bytes) { fatalError(failure) }
  return 0
}
