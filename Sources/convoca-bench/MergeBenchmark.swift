import ConvocaCore
import Foundation

/// The git merge driver's core (issue 12's target: two 100,000-record sides with 1,000
/// changes each, ≤ 2 s and ≤ 500 MB): a synthetic base, ours with 1,000 records retitled
/// and noted, theirs with 1,000 others re-owned and 100 of ours' records given another
/// funder (conflicts), merged from the three files' bytes to the merged file's bytes.
struct MergeBenchmark {
  let count: Int
  let today: CalendarDate

  /// The base's records edited `k` ways: every `step`-th record from `offset`.
  static func edited(
    _ records: [Opportunity], offset: Int, step: Int, changes: Int, at: Timestamp,
    _ edit: (inout Opportunity, Int) -> Void
  ) -> [Opportunity] {
    var out = records
    var done = 0
    var i = offset
    while done < changes, i < out.count {
      edit(&out[i], i)
      out[i].updated = at
      done += 1
      i += step
    }
    return out
  }

  static func bytes(_ records: [Opportunity]) -> [UInt8] {
    FileMerge.canonicalBytes(OpportunityStore(records))
  }

  func run() throws {
    let base = SyntheticData.records(count: count, today: today)
    let t1 = Timestamp(iso: "2026-12-01T10:00:00Z") ?? Timestamp(seconds: 0)
    let t2 = Timestamp(iso: "2026-12-01T11:00:00Z") ?? Timestamp(seconds: 0)
    let changes = min(1000, count / 4)
    let ours = Self.edited(base, offset: 0, step: 7, changes: changes, at: t1) { o, i in
      o.title += " (revised)"
      o.notes.append(Note(at: t1, by: "Ana", text: "checked \(i)"))
    }
    var theirs = Self.edited(base, offset: 3, step: 7, changes: changes, at: t2) { o, _ in o.owner = "Carlos"
    }
    // A tenth of ours' records changed on their side too (the same field: conflicts).
    theirs = Self.edited(theirs, offset: 0, step: 70, changes: changes / 10, at: t2) { o, _ in
      o.title += " (theirs)"
    }
    let (b, o, t) = (Self.bytes(base), Self.bytes(ours), Self.bytes(theirs))
    print("  merge: 3 files of \(count) records (\(o.count / 1_048_576) MB each), \(changes) changes a side")
    var samples: [Double] = []
    var merged: [UInt8] = []
    for _ in 0..<3 {
      samples.append(try Measure.ms { merged = try FileMerge.merge(base: b, ours: o, theirs: t) })
    }
    guard let parsed = Optional(DataFileParser.parse(merged)), parsed.problem == nil,
      parsed.store.count == count
    else { throw BenchError("the merged file does not read back whole") }
    let flagged = parsed.store.records.filter(\.conflict).count
    print("  merged: \(parsed.store.count) records, \(flagged) flagged is:conflict")
    Measure.report(
      "merge driver on two \(count)-record sides, median of 3", Measure.summary(samples).median, unit: "ms",
      target: 2000)
    Measure.report("peak memory of the process", Measure.peakMemoryMB(), unit: "MB", target: 500)
  }
}
