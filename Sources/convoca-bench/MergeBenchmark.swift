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
    try runDriver(base: b, ours: o, theirs: t)
  }

  /// The real `convoca merge-driver` (the release binary beside this one) on the three files
  /// written to a temporary folder, as git runs it: its wall time and its own peak memory.
  func runDriver(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws {
    let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let binary = dir.appendingPathComponent("convoca").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print(
        "  (no convoca binary beside the bench: build it with --product convoca to time the driver itself)")
      return
    }
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-merge-\(getpid())")
    try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let (o, t) = (tmp.appendingPathComponent("base").path, tmp.appendingPathComponent("theirs").path)
    try Data(base).write(to: URL(fileURLWithPath: o))
    try Data(theirs).write(to: URL(fileURLWithPath: t))
    // Run under /usr/bin/time for the driver's own peak (a child's ru_maxrss on Linux starts
    // from the parent's size at fork, so the bench's own hundreds of MB would show).
    let time = "/usr/bin/time"
    let timed = FileManager.default.isExecutableFile(atPath: time)
    var samples: [Double] = []
    var peakKB = 0
    for k in 0..<3 {
      // Git hands the driver a fresh copy of ours each time; the merged file replaces it.
      let a = tmp.appendingPathComponent("ours\(k)").path
      try Data(ours).write(to: URL(fileURLWithPath: a))
      let p = Process()
      let args = ["merge-driver", o, a, t, "calls.jsonl"]
      p.executableURL = URL(fileURLWithPath: timed ? time : binary)
      p.arguments = timed ? ["-f", "%M", binary] + args : args
      let err = Pipe()
      p.standardError = err
      samples.append(
        try Measure.ms {
          try p.run()
          p.waitUntilExit()
        })
      let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      guard p.terminationStatus == 0 else { throw BenchError("convoca merge-driver failed: \(said)") }
      let last = said.split(separator: "\n").last.map(String.init) ?? ""
      peakKB = max(peakKB, Int(last.trimmingCharacters(in: .whitespaces)) ?? 0)
    }
    Measure.report(
      "convoca merge-driver (whole process), median of 3", Measure.summary(samples).median, unit: "ms",
      target: 2000)
    if timed {
      Measure.report("its peak memory (/usr/bin/time)", Double(peakKB) / 1024, unit: "MB", target: 500)
    }
  }
}
