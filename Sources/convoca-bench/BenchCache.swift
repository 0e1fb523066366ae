import ConvocaCore
import Foundation

/// The snapshot cache the benchmark uses: a private folder (set as `XDG_CACHE_HOME` for the
/// `convoca` processes it starts too), removed when the benchmark ends.
enum BenchCache {
  /// The folder `XDG_CACHE_HOME` points to while the benchmark runs.
  /// A child benchmark process (`growth-point`) inherits its parent's folder.
  static let home: String = {
    if let inherited = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"],
      inherited.contains("/convoca-bench-cache-")
    {
      return inherited
    }
    let h = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-bench-cache-\(getpid())")
      .path
    try? FileManager.default.createDirectory(atPath: h, withIntermediateDirectories: true)
    setenv("XDG_CACHE_HOME", h, 1)
    unsetenv("CONVOCA_CACHE")
    unsetenv("CONVOCA_CACHE_MIN_RECORDS")
    atexit { try? FileManager.default.removeItem(atPath: BenchCache.home) }
    return h
  }()

  /// The cache in-process opens use (what `convoca` itself would use with this environment).
  static var cache: SnapshotCache { SnapshotCache(directory: home + "/convoca") }

  /// Forgets every cache, so the next open reads the file whole.
  static func clear() { try? FileManager.default.removeItem(atPath: home + "/convoca") }
}
