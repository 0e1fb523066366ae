import ConvocaCore
import Foundation

/// The core targets of issue 2: open, ten queries, one durable edit, compaction, memory, and
/// `convoca list QUERY` as a whole process.
struct CoreBenchmark {
  let count: Int
  let today = CalendarDate(iso: "2026-11-29") ?? LocalClock.today()

  static let queries = [
    "kind:grant", "medellin", "due<30d", "is:overdue", "stage:applied amount>=100k", "\"smart city\" -stage:dropped",
    "funder:bloomberg is:open", "area:innov owner:laura", "is:stale", "educacion due<90d kind:grant,award",
  ]

  func run() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-bench-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("data.jsonl").path
    let bytes = SyntheticData.fileBytes(count: count, today: today)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    print("convoca-bench: \(count) opportunities, \(bytes.count / 1_048_576) MB file, \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print("")

    // Open: load + ready to query (best of 3, after one warm-up so the page cache is hot).
    _ = try Database(path: path, user: "bench")
    var opens: [Double] = []
    var db: Database?
    for _ in 0..<3 {
      opens.append(try Measure.ms { db = try Database(path: path, user: "bench") })
    }
    guard let db else { throw BenchError("open failed") }
    Measure.report("open (load + ready), median of 3", Measure.summary(opens).median, unit: "ms", target: 250)

    let context = QueryContext(today: today, staleDays: 14, utcOffset: 0)
    var medians: [Double] = []
    var worstAll = 0.0
    for q in CoreBenchmark.queries {
      let query = try Query.parse(q)
      var samples: [Double] = []
      var hits = 0
      for _ in 0..<15 { samples.append(Measure.ms { hits = db.store.filter(query, context: context).count }) }
      let s = Measure.summary(samples)
      medians.append(s.median)
      worstAll = max(worstAll, s.worst)
      let name: String = q.padding(toLength: 40, withPad: " ", startingAt: 0)
      let count: String = "\(hits) hits".padding(toLength: 12, withPad: " ", startingAt: 0)
      let times: String = "median " + Measure.fmt(s.median) + " ms, worst " + Measure.fmt(s.worst) + " ms"
      print("  query " + name + count + times)
    }
    Measure.report("query, slowest median of the ten", medians.max() ?? 0, unit: "ms", target: 10)
    Measure.report("query, worst single run", worstAll, unit: "ms", target: 10 * 3)

    var sorts: [Double] = []
    let all = db.store.filter(try Query.parse(""), context: context)
    for _ in 0..<5 { sorts.append(Measure.ms { _ = SortOrder.standard.sort(all, in: db.store) }) }
    print("  sort all by deadline: median " + Measure.fmt(Measure.summary(sorts).median) + " ms")

    // One durable edit (journal line appended + fsynced), many times.
    let ids = db.store.records.prefix(200).map(\.id)
    var edits: [Double] = []
    for (k, id) in ids.enumerated() {
      edits.append(try Measure.ms { try db.perform(.set(id, [FieldChange(.contact, .string("bench \(k)"))])) })
    }
    let e = Measure.summary(edits)
    Measure.report("durable edit, median of \(edits.count)", e.median, unit: "ms", target: 2)
    print("  durable edit worst: " + Measure.fmt(e.worst) + " ms")

    var compactions: [Double] = []
    for _ in 0..<3 { compactions.append(try Measure.ms { try db.compact() }) }
    Measure.report("compaction, median of 3", Measure.summary(compactions).median, unit: "ms", target: 1000)

    Measure.report("peak memory (this process)", Measure.peakMemoryMB(), unit: "MB", target: 150)

    // The command line as a whole process.
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("convoca").path
    if FileManager.default.isExecutableFile(atPath: exe) {
      var runs: [Double] = []
      for _ in 0..<5 {
        runs.append(try Measure.ms { try Spawn.run(exe, ["list", "funder:bloomberg", "due<30d", "kind:grant", "--file", path]) })
      }
      Measure.report("`convoca list QUERY` whole process, median of 5", Measure.summary(runs).median, unit: "ms", target: 300)
    } else {
      print("(build the convoca product in the same configuration to time `convoca list`)")
    }
  }
}

/// Runs a program to completion with its output discarded (posix_spawn: Foundation.Process
/// can hang on Linux when children keep descriptors open).
enum Spawn {
  static func run(_ path: String, _ args: [String]) throws {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { throw BenchError("cannot start \(path)") }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0 else { throw BenchError("\(path) exited with status \(status)") }
  }
}
