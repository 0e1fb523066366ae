import Foundation

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}

/// Wall-clock timing on the monotonic clock.
enum Measure {
  static func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Milliseconds `body` takes.
  static func ms(_ body: () throws -> Void) rethrows -> Double {
    let t = now()
    try body()
    return (now() - t) * 1000
  }

  /// Median and worst of several samples.
  static func summary(_ samples: [Double]) -> (median: Double, worst: Double) {
    let s = samples.sorted()
    return (s[s.count / 2], s.last ?? 0)
  }

  /// Peak resident memory of this process, in MB.
  static func peakMemoryMB() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_maxrss) / 1024
  }

  static func fmt(_ v: Double) -> String { String(format: v < 10 ? "%.2f" : "%.1f", v) }

  /// Prints one result line: name, figure, target, verdict.
  static func report(_ name: String, _ value: Double, unit: String, target: Double) {
    let ok = value <= target ? "ok" : "MISSED"
    print(
      name.padding(toLength: 52, withPad: " ", startingAt: 0)
        + (fmt(value) + " " + unit).padding(toLength: 14, withPad: " ", startingAt: 0)
        + "target ≤ " + fmt(target) + " " + unit + "  " + ok)
  }
}
