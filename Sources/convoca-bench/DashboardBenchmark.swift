import ConvocaCore
import ConvocaTUI
import Foundation

/// The dashboard's targets (issue 9): switching to it and drawing it, and its figures after a
/// move, ≤ 30 ms at 100,000 records; `report --format json` as a whole process ≤ the `list`
/// process + 50 ms.
struct DashboardBenchmark {
  let path: String
  let today: CalendarDate

  func run() throws {
    print("")
    print("dashboard (160×48 canvas)")
    let db = try Database(path: path, user: "bench")
    var data = AppData(database: db)
    let config = Configuration(user: "bench")
    let state = AppState(configuration: config, today: today, width: 160, height: 48, data: data)

    // The figures alone: one pass over every row.
    let positions = Array(data.store.records.indices)
    let converter = data.store.team.converter(fallback: "USD") ?? MoneyConverter(reporting: "USD")
    var passes: [Double] = []
    for _ in 0..<5 {
      passes.append(
        Measure.ms {
          _ = PipelineReport(
            store: data.store, positions: positions, converter: converter, context: state.queryContext,
            period: .thisYear)
        })
    }
    Measure.report(
      "dashboard figures, one pass over \(positions.count) rows, median of 5", Measure.summary(passes).median,
      unit: "ms", target: 30)

    // `3` from the list, then the first frame (a fresh dashboard: nothing cached).
    var switches: [Double] = []
    for _ in 0..<5 {
      var s = state
      s.dashboard = DashboardState()
      switches.append(
        Measure.ms {
          reduce(&s, .key(.char("3")), data: data)
          var canvas = Canvas(width: 160, height: 48)
          render(s, data: data, into: &canvas)
        })
    }
    Measure.report(
      "switch to the dashboard and draw it, median of 5", Measure.summary(switches).median, unit: "ms",
      target: 30)

    // Cursor keystrokes on the dashboard (figures cached).
    var s = state
    reduce(&s, .key(.char("3")), data: data)
    var keys: [Double] = []
    for k in 0..<30 {
      keys.append(
        Measure.ms {
          reduce(&s, .key(k < 20 ? .char("j") : .char("k")), data: data)
          var canvas = Canvas(width: 160, height: 48)
          render(s, data: data, into: &canvas)
        })
    }
    Measure.report("dashboard cursor keystroke, worst", Measure.summary(keys).worst, unit: "ms", target: 16)

    // A move on the list (saved to the file), then the dashboard's figures and frame again.
    var afterMove: [Double] = []
    var list = state
    for i in 0..<5 {
      list.screen = .list
      reduce(&list, .key(.char("1")), data: data)
      reduce(&list, .key(.char("j")), data: data)
      let effects = reduce(&list, .key(.char(">")), data: data)
      for case .perform(let commands, _) in effects { _ = try db.perform(commands) }
      data = AppData(database: db)
      guard effects.contains(where: { if case .perform = $0 { return true } else { return false } }) else {
        print("  (move \(i) not made)")
        continue
      }
      afterMove.append(
        Measure.ms {
          reduce(&list, .key(.char("3")), data: data)
          var canvas = Canvas(width: 160, height: 48)
          render(list, data: data, into: &canvas)
        })
    }
    if !afterMove.isEmpty {
      Measure.report(
        "dashboard figures and frame after a move, median of \(afterMove.count)",
        Measure.summary(afterMove).median, unit: "ms", target: 30)
    }

    // `report --format json` and `list` as whole processes.
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("convoca").path
    guard FileManager.default.isExecutableFile(atPath: exe) else {
      print("(build the convoca product in the same configuration to time `convoca report`)")
      return
    }
    func median(_ args: [String]) throws -> Double {
      var runs: [Double] = []
      for _ in 0..<5 { runs.append(try Measure.ms { _ = try Spawn.run(exe, args + ["--file", path]) }) }
      return Measure.summary(runs).median
    }
    let list1 = try median(["list", "funder:bloomberg", "due<30d", "kind:grant"])
    let report = try median(["report", "--format", "json"])
    print("  convoca list QUERY, whole process, median of 5: " + Measure.fmt(list1) + " ms")
    Measure.report(
      "convoca report --format json, whole process, median of 5", report, unit: "ms", target: list1 + 50)
  }
}
