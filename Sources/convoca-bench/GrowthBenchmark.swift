import ConvocaCore
import ConvocaTUI
import ConvocaTestSupport
import Foundation

/// The growth curve (issue 13, item 2): open, `convoca list QUERY`, one query, one durable
/// edit, compaction and a filter keystroke at N = 1,000, 10,000, 100,000 and 1,000,000 (up
/// to `max`); prints a table with the log–log slope of each measure and writes an SVG plot.
///
/// Each N is measured in a fresh child process (`growth-point`), so the memory of one size
/// never weighs on the next, and `convoca list` is spawned from this small parent.
struct GrowthBenchmark {
  let max: Int
  let svgPath: String
  let today: CalendarDate

  static let sizes = [1_000, 10_000, 100_000, 1_000_000]
  static let listQuery = ["funder:bloomberg", "due<30d", "kind:grant"]
  static let query = "medellin"
  static let typed = "medellin kind:grant"

  /// The measures, in the order of the table: key, label, unit.
  static let measures: [(key: String, label: String)] = [
    ("open", "open (load + ready), median"),
    ("list", "`convoca list QUERY`, whole process, median"),
    ("query", "one query (`medellin`), median of 15"),
    ("edit", "one durable edit, median of 50"),
    ("compact", "compaction, median of 3"),
    ("key", "filter keystroke, median"),
  ]

  func run() throws {
    let sizes = GrowthBenchmark.sizes.filter { $0 <= max }
    guard !sizes.isEmpty else { throw BenchError("growth: --max must be at least 1000") }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-bench-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("convoca").path
    guard FileManager.default.isExecutableFile(atPath: exe) else {
      throw BenchError("growth: build the convoca product in the same configuration first (\(exe))")
    }
    var rows: [Int: [String: Double]] = [:]
    for n in sizes {
      let path = dir.appendingPathComponent("data-\(n).jsonl").path
      try Spawn.run(CommandLine.arguments[0], ["generate", String(n), path, today.description])
      var values: [String: Double] = [:]
      _ = try Spawn.run(exe, ["list"] + GrowthBenchmark.listQuery + ["--file", path])  // warm the page cache
      var lists: [Double] = []
      var peak = 0.0
      for _ in 0..<5 {
        lists.append(
          try Measure.ms {
            peak = Swift.max(
              peak, try Spawn.run(exe, ["list"] + GrowthBenchmark.listQuery + ["--file", path]))
          })
      }
      values["list"] = Measure.summary(lists).median
      values["listPeak"] = peak
      let out = dir.appendingPathComponent("point-\(n).tsv").path
      values["pointPeak"] = try Spawn.run(
        CommandLine.arguments[0], ["growth-point", path, out, today.description])
      for line in try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n") {
        let parts = line.split(separator: "\t")
        if parts.count == 2, let v = Double(parts[1]) { values[String(parts[0])] = v }
      }
      rows[n] = values
      try? FileManager.default.removeItem(atPath: path)
      print("  N = \(n): done")
    }
    print("")
    print(table(sizes: sizes, rows: rows))
    let plot = LogLogPlot(
      title: "convoca-bench growth (release build, median ms)", xLabel: "records (N)",
      yLabel: "milliseconds",
      series: GrowthBenchmark.measures.map { m in
        LogLogPlot.Series(
          name: m.key == "list" ? "convoca list" : m.key == "key" ? "keystroke" : m.key,
          points: sizes.compactMap { n in rows[n]?[m.key].map { (x: Double(n), y: $0) } })
      })
    try plot.svg().write(toFile: svgPath, atomically: true, encoding: .utf8)
    print("wrote \(svgPath)")
  }

  /// The Markdown table: one row per measure, one column per N, then the fitted slope.
  func table(sizes: [Int], rows: [Int: [String: Double]]) -> String {
    func n(_ v: Int) -> String {
      v.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
    var s = "| measure (ms) | " + sizes.map(n).joined(separator: " | ") + " | slope |\n"
    s += "|---|" + String(repeating: "---|", count: sizes.count) + "---|\n"
    for m in GrowthBenchmark.measures {
      let points = sizes.compactMap { k in rows[k]?[m.key].map { (x: Double(k), y: $0) } }
      let slope = LogLogPlot.slope(points).map { String(format: "%.2f", $0) } ?? "—"
      s +=
        "| \(m.label) | "
        + sizes.map { k in rows[k]?[m.key].map(Measure.fmt) ?? "—" }.joined(separator: " | ")
      s += " | \(slope) |\n"
    }
    s +=
      "| filter keystroke, worst | "
      + sizes.map { k in rows[k]?["keyWorst"].map(Measure.fmt) ?? "—" }
      .joined(separator: " | ") + " | |\n"
    s +=
      "| peak memory of `convoca list` (MB) | "
      + sizes.map { k in rows[k]?["listPeak"].map(Measure.fmt) ?? "—" }
      .joined(separator: " | ") + " | |\n"
    return s
  }

  /// One size, measured in this (child) process; writes `key<TAB>value` lines to `out`.
  static func point(path: String, out: String, today: CalendarDate) throws {
    var values: [(String, Double)] = []
    _ = try Database(path: path, user: "bench", cache: BenchCache.cache)  // warm-up; writes the cache
    var opens: [Double] = []
    var opened: Database?
    for _ in 0..<3 {
      opens.append(
        try Measure.ms { opened = try Database(path: path, user: "bench", cache: BenchCache.cache) })
    }
    guard let db = opened else { throw BenchError("open failed") }
    values.append(("open", Measure.summary(opens).median))

    let context = QueryContext(today: today, staleDays: 14, utcOffset: 0)
    let query = try Query.parse(GrowthBenchmark.query)
    var queries: [Double] = []
    for _ in 0..<15 { queries.append(Measure.ms { _ = db.store.filter(query, context: context).count }) }
    values.append(("query", Measure.summary(queries).median))

    // Keystrokes as in TUIBenchmark: the reducer re-filters, then one frame is rendered.
    let data = AppData(database: db)
    var state = AppState(
      configuration: Configuration(user: "bench"), today: today, width: 160, height: 48, data: data)
    reduce(&state, .key(.char("/")), data: data)
    var keys: [Double] = []
    func key(_ k: Key) -> Double {
      Measure.ms {
        reduce(&state, .key(k), data: data)
        var canvas = Canvas(width: 160, height: 48)
        render(state, data: data, into: &canvas)
      }
    }
    for ch in GrowthBenchmark.typed { keys.append(key(.char(ch))) }
    for _ in 0..<GrowthBenchmark.typed.count { keys.append(key(.backspace)) }
    if ProcessInfo.processInfo.environment["CONVOCA_BENCH_KEYS"] != nil {
      // Each keystroke's time, to find the worst one.
      let typed =
        GrowthBenchmark.typed.map { String($0) } + Array(repeating: "⌫", count: GrowthBenchmark.typed.count)
      let line = zip(typed, keys).map { "\($0.0) " + Measure.fmt($0.1) }.joined(separator: ", ")
      FileHandle.standardError.write(Data("keystrokes (ms): \(line)\n".utf8))
    }
    let k = Measure.summary(keys)
    values.append(("key", k.median))
    values.append(("keyWorst", k.worst))

    let ids = db.store.records.prefix(50).map(\.id)
    var edits: [Double] = []
    for (k, id) in ids.enumerated() {
      edits.append(
        try Measure.ms { try db.perform(.set(id, [FieldChange(.contact, .string("bench \(k)"))])) })
    }
    values.append(("edit", Measure.summary(edits).median))
    var compactions: [Double] = []
    for _ in 0..<3 { compactions.append(try Measure.ms { try db.compact() }) }
    values.append(("compact", Measure.summary(compactions).median))
    let text = values.map { "\($0.0)\t\($0.1)" }.joined(separator: "\n") + "\n"
    try text.write(toFile: out, atomically: true, encoding: .utf8)
  }
}
