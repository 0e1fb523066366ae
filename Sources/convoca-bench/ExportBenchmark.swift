import ConvocaCore
import Foundation

/// Issue 10's export target: 100,000 calls to CSV in ≤ 1 s (in process: filter, sort, every
/// column of the catalogue; and `convoca export` as a whole process, file open included).
struct ExportBenchmark {
  let path: String
  let today: CalendarDate

  func run() throws {
    let db = try Database(path: path, user: "bench")
    let context = QueryContext(today: today, staleDays: 14, utcOffset: 0)
    let table = ExportTable()
    let all = try Query.parse("").hidingArchived
    var samples: [Double] = []
    var size = 0
    for _ in 0..<3 {
      samples.append(
        Measure.ms {
          let hits = SortOrder.standard.sort(
            db.store.filter(all, context: context), in: db.store)
          size = CSVExport(table: table).bytes(db.store.records, at: Array(hits)).count
        })
    }
    print("  export csv: \(db.store.count) calls, \(table.columns.count) columns, \(size / 1_048_576) MB")
    Measure.report(
      "export \(db.store.count) to CSV, in process, median of 3", Measure.summary(samples).median, unit: "ms",
      target: 1000)
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("convoca").path
    guard FileManager.default.isExecutableFile(atPath: exe) else { return }
    let out = path + ".csv"
    defer { try? FileManager.default.removeItem(atPath: out) }
    var runs: [Double] = []
    for _ in 0..<3 {
      runs.append(try Measure.ms { try Spawn.run(exe, ["export", "--file", path, "--output", out]) })
    }
    Measure.report(
      "convoca export --format csv, whole process, median of 3", Measure.summary(runs).median, unit: "ms",
      target: 1000)
  }
}
