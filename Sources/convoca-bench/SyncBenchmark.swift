import ConvocaCore
import Foundation

/// `convoca sync` with nothing to do (issue 12's target: ≤ 300 ms plus git's own time), at
/// `count` records: a temporary repository with a bare remote, the file committed and pushed,
/// then syncs that find nothing to send and nothing arrived. Git's time is what `GitRunner`
/// waited for git; Convoca's is the rest.
struct SyncBenchmark {
  let count: Int
  let today: CalendarDate

  func git(_ args: [String], in folder: String) throws {
    guard let r = GitRunner.run(["-C", folder] + args, timeout: 300), r.status == 0 else {
      throw BenchError("git \(args.joined(separator: " ")) failed")
    }
  }

  func run() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-bench-sync-\(getpid())")
      .path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let remote = dir + "/team.git"
    let folder = dir + "/ana"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try git(["init", "-q", "--bare", remote], in: dir)
    try git(["init", "-q"], in: folder)
    try git(["symbolic-ref", "HEAD", "refs/heads/main"], in: folder)
    try git(["remote", "add", "origin", remote], in: folder)
    try git(["config", "user.name", "ana"], in: folder)
    try git(["config", "user.email", "ana@example.org"], in: folder)
    let path = folder + "/calls.jsonl"
    try Data(SyntheticData.fileBytes(count: count, today: today)).write(to: URL(fileURLWithPath: path))
    let db = try Database(path: path, user: "ana", lockTimeout: 5)
    print("  sync: \(count) records, a bare remote in \(dir)")
    let first = try Measure.ms { _ = try Sync.run(db) }
    print("  first sync (compact, commit, push): \(Measure.fmt(first)) ms")
    var totals: [Double] = []
    var gits: [Double] = []
    for _ in 0..<5 {
      let g0 = GitRunner.secondsInGit
      let ms = try Measure.ms {
        let r = try Sync.run(db)
        guard r.committed == nil, r.arrived.isEmpty, !r.offline else {
          throw BenchError("the sync had something to do: \(r.lines)")
        }
      }
      totals.append(ms)
      gits.append((GitRunner.secondsInGit - g0) * 1000)
    }
    // As `convoca sync` runs it: open the file (load and index it), then sync.
    var opened: [Double] = []
    var openedGits: [Double] = []
    for _ in 0..<3 {
      let g0 = GitRunner.secondsInGit
      opened.append(
        try Measure.ms {
          let fresh = try Database(path: path, user: "ana", lockTimeout: 5)
          _ = try Sync.run(fresh)
        })
      openedGits.append((GitRunner.secondsInGit - g0) * 1000)
    }
    let openedOwn = zip(opened, openedGits).map { $0 - $1 }
    let own = zip(totals, gits).map { $0 - $1 }
    print("  nothing to do, 5 runs: total \(totals.map(Measure.fmt)) ms; git \(gits.map(Measure.fmt)) ms")
    Measure.report(
      "sync, nothing to do: whole, median of 5 (no target)", Measure.summary(totals).median,
      unit: "ms", target: .infinity)
    Measure.report(
      "  of which git's own time, median", Measure.summary(gits).median, unit: "ms", target: .infinity)
    Measure.report(
      "  Convoca's time (whole − git), median", Measure.summary(own).median, unit: "ms", target: 300)
    Measure.report(
      "open the file + sync (as the command), median of 3", Measure.summary(opened).median, unit: "ms",
      target: .infinity)
    Measure.report(
      "  its Convoca time (open + sync − git), median", Measure.summary(openedOwn).median, unit: "ms",
      target: 300)
  }
}
