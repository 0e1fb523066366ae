import ConvocaCore
import Foundation

/// `convoca-bench compact [N] [REPS]`: only compaction (issue 13), REPS times on one open
/// database of N synthetic calls, each time printed, then the median — a quick loop for
/// profiling (`perf record -g convoca-bench compact`).
struct CompactionBenchmark {
  let count: Int
  let repetitions: Int
  let today = CalendarDate(iso: "2026-11-29") ?? LocalClock.today()

  func run() throws {
    let file = try SyntheticFile(count: count, today: today)
    defer { file.remove() }
    let path = file.path
    let db = try Database(path: path, user: "bench")
    var samples: [Double] = []
    for k in 0..<repetitions {
      let ms = try Measure.ms { try db.compact() }
      samples.append(ms)
      print("  compaction \(k + 1): " + Measure.fmt(ms) + " ms")
    }
    Measure.report(
      "compaction, median of \(repetitions)", Measure.summary(samples).median, unit: "ms", target: 1000)
  }
}
