import ConvocaCore
import Foundation

/// `convoca duplicates` over a large store (issue 8: ≤ 2 s over 100,000 records), with
/// near-duplicate pairs planted among the synthetic records; checks they are all found.
struct DuplicatesBenchmark {
  let count: Int
  let today: CalendarDate

  func run() throws {
    let planted = 200
    var records = SyntheticData.records(count: max(0, count - 2 * planted), today: today)
    let extra = SyntheticData.plantedDuplicates(count: planted, today: today, taken: Set(records.map(\.id)))
    records += extra.records
    let store = OpportunityStore(records)
    var runs: [Double] = []
    var pairs: [DuplicatePair] = []
    for _ in 0..<5 { runs.append(Measure.ms { pairs = DuplicateFinder.pairs(in: store) }) }
    let found = Set(pairs.map { "\($0.first.rawValue) \($0.second.rawValue)" })
    let hit = extra.pairs.filter {
      found.contains("\($0.0.rawValue) \($0.1.rawValue)")
        || found.contains("\($0.1.rawValue) \($0.0.rawValue)")
    }.count
    print(
      "  duplicates: \(pairs.count) likely pairs in \(store.count) records; planted found \(hit) of \(planted)"
    )
    Measure.report(
      "duplicates over the whole store, median of 5", Measure.summary(runs).median, unit: "ms", target: 2000)
  }
}
