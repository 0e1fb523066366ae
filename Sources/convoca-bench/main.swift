// convoca-bench: generates synthetic data files and measures the speed goals of
// docs/performance.md in a release build.
//
//   convoca-bench generate N PATH     write a data file of N synthetic opportunities
//   convoca-bench run [N]             measure open, queries, durable edit, compaction, memory
//   convoca-bench duplicates [N]      time `convoca duplicates` over N records (planted pairs)
//   convoca-bench import [N]          `convoca import` of an N-row spreadsheet (default 100,000)
//   convoca-bench export [N]         export N calls to CSV (in process and `convoca export`)
//   convoca-bench huge                the tracker with a 10 MB title and description
//   convoca-bench compact [N] [REPS] only compaction, REPS times (default 100,000, 5)
//   convoca-bench queries [N] [REPS] only the ten queries and the OR query, REPS times each
//   convoca-bench tui [N]             only the tracker's measures (start-up, frames, keystrokes, Tab)
//   convoca-bench standup [N]         the standup screen: press 4, Tab, the agenda after a save
//   convoca-bench dashboard [N]       only the dashboard's and `convoca report`'s measures
//   convoca-bench sync [N]            `convoca sync` with nothing to do (Convoca's time vs git's)
//   convoca-bench growth [--max N] [--svg PATH]
//                                     open, list, query, edit, compaction, keystroke at
//                                     N = 1k, 10k, 100k (, 1M): table, slopes, log-log SVG
//   convoca-bench taskwarrior [N]     `convoca list` against `task list`, paired runs
//   convoca-bench memory [N...]       the store's memory per record and where it goes
import ConvocaCore
import Foundation

let args = Array(CommandLine.arguments.dropFirst())
// Every `convoca` this benchmark starts, and every open it makes, uses a private cache.
_ = BenchCache.home
do {
  switch args.first {
  case "generate":
    guard args.count == 3 || args.count == 4, let n = Int(args[1]), n >= 0 else {
      throw BenchError("usage: convoca-bench generate N PATH [YYYY-MM-DD]")
    }
    let today = args.count == 4 ? CalendarDate(iso: args[3]) ?? LocalClock.today() : LocalClock.today()
    try Data(SyntheticData.fileBytes(count: n, today: today)).write(to: URL(fileURLWithPath: args[2]))
    print("wrote \(n) opportunities to \(args[2])")
  case "run", nil:
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    try CoreBenchmark(count: n).run()
  case "compact":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    let reps = args.count > 2 ? max(1, Int(args[2]) ?? 5) : 5
    try CompactionBenchmark(count: n, repetitions: reps).run()
  case "queries":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    let reps = args.count > 2 ? max(1, Int(args[2]) ?? 15) : 15
    try QueryBenchmark(count: n, repetitions: reps).run()
  case "tui":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    try CoreBenchmark(count: n).runTracker()
  case "standup":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    try CoreBenchmark(count: n).runStandup()
  case "dashboard":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    try CoreBenchmark(count: n).runDashboard()
  case "duplicates":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    let today = CalendarDate(iso: "2026-11-29") ?? LocalClock.today()
    try DuplicatesBenchmark(count: n, today: today).run()
  case "import":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    try ImportBenchmark(count: n).run()
  case "export":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    let today = CalendarDate(iso: "2026-11-29") ?? LocalClock.today()
    let file = try SyntheticFile(count: n, today: today)
    defer { file.remove() }
    let path = file.path
    try ExportBenchmark(path: path, today: today).run()
  case "merge":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    try MergeBenchmark(count: n, today: CalendarDate(iso: "2026-11-29") ?? LocalClock.today()).run()
  case "sync":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    try SyncBenchmark(count: n, today: CalendarDate(iso: "2026-11-29") ?? LocalClock.today()).run()
  case "huge":
    try HugeFieldBenchmark(today: LocalClock.today()).run()
  case "growth":
    var max = 100_000
    var svg = "docs/growth.svg"
    var rest = args.dropFirst()
    while let flag = rest.popFirst() {
      guard let value = rest.popFirst() else {
        throw BenchError("usage: convoca-bench growth [--max N] [--svg PATH]")
      }
      switch flag {
      case "--max":
        guard let n = Int(value), n >= 1_000 else { throw BenchError("growth: --max wants a number ≥ 1000") }
        max = n
      case "--svg": svg = value
      default: throw BenchError("usage: convoca-bench growth [--max N] [--svg PATH]")
      }
    }
    try GrowthBenchmark(max: max, svgPath: svg, today: CalendarDate(iso: "2026-11-29") ?? LocalClock.today())
      .run()
  case "growth-point":
    // Internal: one size of `growth`, in its own process.
    guard args.count == 4, let today = CalendarDate(iso: args[3]) else {
      throw BenchError("usage: convoca-bench growth-point PATH OUT YYYY-MM-DD")
    }
    try GrowthBenchmark.point(path: args[1], out: args[2], today: today)
  case "taskwarrior":
    let n = args.count > 1 ? Int(args[1]) ?? 100_000 : 100_000
    try TaskwarriorBenchmark(
      count: n, pairs: 10, today: CalendarDate(iso: "2026-11-29") ?? LocalClock.today()
    )
    .run()
  case "tasks-json":
    // Internal: the synthetic calls as taskwarrior import JSON.
    guard args.count == 4, let n = Int(args[1]), let today = CalendarDate(iso: args[3]) else {
      throw BenchError("usage: convoca-bench tasks-json N PATH YYYY-MM-DD")
    }
    try Data(TaskwarriorBenchmark.tasksJSON(count: n, today: today)).write(to: URL(fileURLWithPath: args[2]))
  case "memory":
    let sizes = args.count > 1 ? args.dropFirst().compactMap { Int($0) } : [100_000, 1_000_000]
    try MemoryBenchmark(sizes: sizes, today: CalendarDate(iso: "2026-11-29") ?? LocalClock.today()).run()
  case "memory-point":
    // Internal: one size of `memory`, in its own process.
    guard args.count == 3 else { throw BenchError("usage: convoca-bench memory-point PATH OUT") }
    try MemoryBenchmark.point(path: args[1], out: args[2])
  default:
    throw BenchError(
      "usage: convoca-bench generate N PATH | convoca-bench run [N] | convoca-bench queries [N] [REPS] | convoca-bench tui [N] | convoca-bench standup [N] | convoca-bench dashboard [N] | convoca-bench duplicates [N] | convoca-bench import [N] | convoca-bench export [N] | convoca-bench merge [N] | convoca-bench huge | convoca-bench growth [--max N] [--svg PATH] | convoca-bench taskwarrior [N] | convoca-bench memory [N...] | convoca-bench sync [N]"
    )
  }
} catch {
  FileHandle.standardError.write(Data("convoca-bench: \(error)\n".utf8))
  exit(1)
}
