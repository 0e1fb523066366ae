import Foundation
import ConvocaCore
#if canImport(Glibc)
import Glibc
#endif
func now() -> Double { var ts = timespec(); clock_gettime(CLOCK_MONOTONIC, &ts); return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9 }
let today = CalendarDate(iso: "2026-11-18")!
var g = SystemRandomNumberGenerator()
let words = ["Medellín", "educación", "Transporte", "urban", "JICA", "Bogotá", "peace", "Ciudad", "innovation", "program", "call", "capacity", "building"]
var recs: [Opportunity] = []
for _ in 0..<100_000 {
  var o = Opportunity(id: OpportunityID.random(using: &g), title: (0..<6).map { _ in words.randomElement()! }.joined(separator: " "),
    kind: Kind.defaults.randomElement()!, stage: Stage.allCases.randomElement()!, created: Timestamp(seconds: Int64(today.daysSinceEpoch) * 86400 - Int64.random(in: 0...20_000_000)))
  o.owner = ["Ana Gómez", "Luis Perez", "Marta Ruiz"].randomElement()!
  o.funder = ["European Commission", "JICA", "KOICA"].randomElement()!
  o.description = (0..<40).map { _ in words.randomElement()! }.joined(separator: " ")
  o.tags = ["transport", "peace", "educación"]
  if Bool.random() { o.deadline = today.adding(days: Int.random(in: -50...100)) }
  if Bool.random() { o.amount = Money(Decimal(Int.random(in: 0...2000) * 1000), "EUR") }
  recs.append(o)
}
let store = OpportunityStore(recs)
let ctx = QueryContext(today: today)
for line in ["", "kind:grant", "due<30d", "medellin", "zzzz", "\"capacity building\"", "owner:gomez", "funder:jica,koica", "amount>=50k", "is:open is:stale", "tag:edu", "kind:grant,award due<60d -stage:dropped amount>100k educacion", "-zzz -qqq"] {
  let q = try! Query.parse(line)
  _ = store.filter(q, context: ctx)
  let t0 = now()
  var n = 0
  for _ in 0..<10 { n = store.filter(q, context: ctx).count }
  print(line, n, String(format: "%.2f ms", (now() - t0) / 10 * 1000))
}
