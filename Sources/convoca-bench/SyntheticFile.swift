import ConvocaCore
import Foundation

/// A data file of synthetic calls in a folder of this process's own, removed by `remove()`.
struct SyntheticFile {
  /// The folder, `convoca-bench-PID` in the temporary directory.
  let directory: URL
  /// The data file in it.
  let path: String

  /// Writes `count` synthetic calls dated around `today`.
  init(count: Int, today: CalendarDate) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-bench-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    path = directory.appendingPathComponent("data.jsonl").path
    try Data(SyntheticData.fileBytes(count: count, today: today)).write(to: URL(fileURLWithPath: path))
  }

  /// Removes the folder and everything in it.
  func remove() { try? FileManager.default.removeItem(at: directory) }
}
