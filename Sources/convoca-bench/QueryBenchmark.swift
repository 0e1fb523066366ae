import ConvocaCore
import Foundation

/// Only the ten typical queries and the OR query, each many times, over a store opened from
/// the cache: quick to run while working on the query engine, and steady enough to profile
/// (`perf record convoca-bench queries`).
struct QueryBenchmark {
  let count: Int
  let repetitions: Int
  let today = CalendarDate(iso: "2026-11-29") ?? LocalClock.today()

  func run() throws {
    let file = try SyntheticFile(count: count, today: today)
    defer { file.remove() }
    let path = file.path
    _ = try Database(path: path, user: "bench", cache: BenchCache.cache)
    let db = try Database(path: path, user: "bench", cache: BenchCache.cache)
    print(
      "convoca-bench queries: \(count) opportunities, \(repetitions) runs each, cached open: \(db.openedFromCache)"
    )
    let context = QueryContext(today: today, staleDays: 14, utcOffset: 0)
    var medians: [Double] = []
    for q in CoreBenchmark.queries + [CoreBenchmark.orQuery] {
      let query = try Query.parse(q)
      var samples: [Double] = []
      var hits = 0
      for _ in 0..<repetitions {
        samples.append(Measure.ms { hits = db.store.filter(query, context: context).count })
      }
      let s = Measure.summary(samples)
      if q != CoreBenchmark.orQuery { medians.append(s.median) }
      let name: String = q.padding(toLength: 40, withPad: " ", startingAt: 0)
      let count: String = "\(hits) hits".padding(toLength: 12, withPad: " ", startingAt: 0)
      print(
        "  query " + name + count + "median " + Measure.fmt(s.median) + " ms, worst " + Measure.fmt(s.worst)
          + " ms")
    }
    Measure.report("query, slowest median of the ten", medians.max() ?? 0, unit: "ms", target: 5)
  }
}
