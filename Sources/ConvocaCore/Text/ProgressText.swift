/// The text of the command line's progress bar (issue 10, item 8): a bar, the counts and the
/// rate. Here, not in the executable, so that a test can read it; drawing it (and deciding
/// whether to, on a terminal only) is the executable's.
public enum ProgressText {
  /// The bar's width in cells.
  public static let width = 30

  /// `[#####-----] 500 of 1000 (250/s)`: `done` of `total` items after `elapsed` seconds.
  public static func items(done: Int, total: Int, elapsed: Double) -> String {
    bar(done, total) + " " + Strings.cliProgress(done, total, rate(done, elapsed))
  }

  /// `[#####-----] 1200 records, 12 of 300 MB (600/s)`: a file read `bytes` of `size` so far,
  /// `records` of them read after `elapsed` seconds (the bar follows the bytes).
  public static func file(records: Int, bytes: Int, size: Int?, elapsed: Double) -> String {
    let mb = 1_048_576
    let total = size ?? 0
    return bar(bytes, total) + " "
      + Strings.progressFile(records, bytes / mb, (total + mb - 1) / mb, rate(records, elapsed))
  }

  static func rate(_ n: Int, _ elapsed: Double) -> Int { Int(Double(n) / max(elapsed, 0.001)) }

  static func bar(_ done: Int, _ total: Int) -> String {
    let filled = total > 0 ? max(0, min(width, done * width / total)) : 0
    return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
  }
}

extension Strings {
  /// `500 of 1000 (250/s)`.
  public static func cliProgress(_ done: Int, _ total: Int, _ rate: Int) -> String {
    t("cli.progress", "{0} of {1} ({2}/s)", String(done), String(total), String(rate))
  }
  static func progressFile(_ records: Int, _ mb: Int, _ total: Int, _ rate: Int) -> String {
    t(
      "progress.file", "{0} records, {1} of {2} MB ({3}/s)", String(records), String(mb), String(total),
      String(rate))
  }
}
