import ConvocaCore
import Foundation

/// The side-by-side (issue 13, item 3): the same N synthetic calls as a Convoca data file and
/// as taskwarrior tasks in a throw-away TASKDATA, then `convoca list kind:award area:education
/// due<60d` against the equivalent `task … list`, alternately (paired runs), with both medians,
/// the ratio, each one's peak memory and `task --version`. Without `task` on PATH it says so
/// and succeeds (install Debian's `taskwarrior` to run it).
struct TaskwarriorBenchmark {
  let count: Int
  let pairs: Int
  let today: CalendarDate

  static let convocaQuery = ["kind:award", "area:education", "due<60d"]
  /// The same filter in taskwarrior's terms: kind → project, area → a string UDA, and
  /// `due<60d` ("from today up to 60 days ahead") → after yesterday and before today + 60 days.
  static let taskFilter = [
    "project:award", "area.startswith:education", "due.after:yesterday", "due.before:today+60d",
  ]

  func run() throws {
    guard let task = TaskwarriorBenchmark.onPath("task") else {
      print("convoca-bench taskwarrior: `task` is not on PATH; nothing measured.")
      print("  (install taskwarrior, e.g. `apt-get install taskwarrior`, to run the side-by-side)")
      return
    }
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("convoca").path
    guard FileManager.default.isExecutableFile(atPath: exe) else {
      throw BenchError("taskwarrior: build the convoca product in the same configuration first (\(exe))")
    }
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-bench-\(getpid())")
    let taskData = dir.appendingPathComponent("task").path
    try FileManager.default.createDirectory(atPath: taskData, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("data.jsonl").path
    let json = dir.appendingPathComponent("tasks.json").path
    let rc = dir.appendingPathComponent("taskrc").path
    try """
    data.location=\(taskData)
    confirmation=off
    verbose=nothing
    color=off
    hooks=off
    uda.area.type=string
    uda.area.label=Area
    news.version=99.0.0

    """.write(toFile: rc, atomically: true, encoding: .utf8)
    setenv("TASKRC", rc, 1)
    setenv("TASKDATA", taskData, 1)
    // Both files are written by child processes, so this one stays small (see CoreBenchmark).
    try Spawn.run(CommandLine.arguments[0], ["generate", String(count), path, today.description])
    try Spawn.run(CommandLine.arguments[0], ["tasks-json", String(count), json, today.description])
    let version =
      (try? Spawn.output(task, ["--version"]))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    print("convoca-bench taskwarrior: \(count) calls, taskwarrior \(version), \(pairs) paired runs")
    let importMs = try Measure.ms { try Spawn.run(task, ["import", json]) }
    print("  task import of \(count) tasks: " + Measure.fmt(importMs / 1000) + " s (once, not compared)")

    let convocaArgs = ["list"] + TaskwarriorBenchmark.convocaQuery + ["--file", path]
    let taskArgs = ["rc.gc=off"] + TaskwarriorBenchmark.taskFilter + ["list"]
    let convocaLines = try Spawn.output(exe, convocaArgs).split(separator: "\n").count
    let taskCount = try Spawn.output(task, TaskwarriorBenchmark.taskFilter + ["count"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    print(
      "  convoca list \(TaskwarriorBenchmark.convocaQuery.joined(separator: " ")): \(convocaLines) lines of output"
    )
    print("  task \(TaskwarriorBenchmark.taskFilter.joined(separator: " ")) list: \(taskCount) tasks match")
    // One warm-up each, so both read from the page cache.
    _ = try Spawn.run(exe, convocaArgs)
    _ = try Spawn.run(task, taskArgs)
    var convocaMs: [Double] = []
    var taskMs: [Double] = []
    var convocaPeak = 0.0
    var taskPeak = 0.0
    for k in 0..<pairs {
      // Alternate which goes first, so neither always runs right after the other.
      func runConvoca() throws {
        convocaMs.append(try Measure.ms { convocaPeak = max(convocaPeak, try Spawn.run(exe, convocaArgs)) })
      }
      func runTask() throws {
        taskMs.append(try Measure.ms { taskPeak = max(taskPeak, try Spawn.run(task, taskArgs)) })
      }
      if k % 2 == 0 {
        try runConvoca()
        try runTask()
      } else {
        try runTask()
        try runConvoca()
      }
    }
    let c = Measure.summary(convocaMs).median
    let t = Measure.summary(taskMs).median
    print("")
    print("| | median of \(pairs) (ms) | peak memory (MB) |")
    print("|---|---|---|")
    print(
      "| `convoca list \(TaskwarriorBenchmark.convocaQuery.joined(separator: " "))` | \(Measure.fmt(c)) | \(Measure.fmt(convocaPeak)) |"
    )
    print(
      "| `task \(TaskwarriorBenchmark.taskFilter.joined(separator: " ")) list` | \(Measure.fmt(t)) | \(Measure.fmt(taskPeak)) |"
    )
    print("")
    print("  convoca is " + String(format: "%.1f", t / c) + "× faster than taskwarrior \(version)")
    print("  (target ≥ 15×: " + (t / c >= 15 ? "ok" : "MISSED") + ")")
  }

  /// The first executable called `name` in PATH's folders.
  static func onPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The N synthetic calls as taskwarrior's import JSON (an array of tasks): title →
  /// description, kind → project, area → `area` (a UDA), tags (spaces made `_`), deadline →
  /// due (midnight UTC), created → entry; every task pending, as `convoca list` hides no stage.
  static func tasksJSON(count: Int, today: CalendarDate) -> [UInt8] {
    var out: [UInt8] = Array("[\n".utf8)
    var first = true
    for o in SyntheticData.records(count: count, today: today) {
      var w = JSONWriter()
      var fields: [(String, JSONValue)] = [
        ("uuid", .string(UUID().uuidString.lowercased())),
        ("status", .string("pending")),
        ("description", .string(o.title)),
        ("project", .string(o.kind.rawValue)),
        ("entry", .string(taskTime(o.created.seconds))),
        ("tags", .array(o.tags.map { .string($0.replacingOccurrences(of: " ", with: "_")) })),
      ]
      if let area = o.area { fields.append(("area", .string(area.rawValue))) }
      if let d = o.deadline { fields.append(("due", .string(taskTime(Int64(d.daysSinceEpoch) * 86_400)))) }
      w.write(.object(fields))
      if !first { out += Array(",\n".utf8) }
      first = false
      out += w.bytes
    }
    out += Array("\n]\n".utf8)
    return out
  }

  /// Seconds since the epoch as taskwarrior's ISO basic form, `20261129T000000Z`.
  static func taskTime(_ seconds: Int64) -> String {
    var t = time_t(seconds)
    var tm = tm()
    gmtime_r(&t, &tm)
    return String(
      format: "%04d%02d%02dT%02d%02d%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
      tm.tm_min,
      tm.tm_sec)
  }
}
