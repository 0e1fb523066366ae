import Foundation

/// What `convoca check` finds in a data file, without changing it.
public struct FileCheck: Sendable {
  /// Problems, each naming where (line numbers are 1-based).
  public var problems: [String] = []
  /// Notes that are not problems (leftover files, counts).
  public var notes: [String] = []
  /// Opportunities read.
  public var records = 0
  /// Journal lines read.
  public var journalLines = 0

  /// Whether the file is sound.
  public var isSound: Bool { problems.isEmpty }

  /// Checks the file at `path`.
  public static func run(path: String, fileSystem fs: FileSystem = PosixFileSystem()) -> FileCheck {
    var report = FileCheck()
    let path = Database.resolve(path)
    let st: FileStat?
    do { st = try fs.stat(path) } catch {
      report.problems.append(error.description)
      return report
    }
    guard let st else {
      report.problems.append(Strings.checkMissing(path))
      return report
    }
    guard st.isRegular else {
      report.problems.append(Strings.notRegular + ": " + path)
      return report
    }
    let bytes: [UInt8]
    do { bytes = try fs.read(path, from: 0) } catch {
      report.problems.append(error.description)
      return report
    }
    let parsed = DataFileParser.parse(bytes)
    if let p = parsed.problem {
      report.problems.append(p.description)
      // Keep looking: list every other line that is not even valid JSON.
      var number = 0
      var extra = 0
      for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        number += 1
        guard number > parsed.lineCount + 1, !line.isEmpty else { continue }
        if case .failure(let why) = DataFileParser.decodeLine(line) {
          extra += 1
          if extra <= 20 { report.problems.append(Strings.corruptLine(number, why)) }
        }
      }
      if extra > 20 { report.problems.append(Strings.checkMore(extra - 20)) }
    }
    if !parsed.tornTail.isEmpty && parsed.problem == nil {
      report.problems.append(Strings.checkTorn(parsed.lineCount + 1, parsed.tornTail.count))
    }
    report.records = parsed.store.count
    report.journalLines = parsed.journalLines
    if bytes.isEmpty { report.notes.append(Strings.checkEmpty) }
    report.notes += leftovers(of: path)
    if (try? FileManager.default.destinationOfSymbolicLink(atPath: path + ".lock")) != nil {
      report.problems.append(Strings.checkLockSymlink(path + ".lock"))
    }
    return report
  }
}

/// Files an interrupted compaction (`PATH.tmp-…`) or a torn-tail recovery (`PATH.torn-…`)
/// left beside the data file: never read, but worth knowing about.
func leftovers(of path: String) -> [String] {
  let url = URL(fileURLWithPath: path)
  let base = url.lastPathComponent
  let dir = url.deletingLastPathComponent().path
  let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
  var notes: [String] = []
  for name in names.sorted() {
    if name.hasPrefix(base + ".tmp-") {
      notes.append(Strings.checkLeftoverTemp(dir + "/" + name))
    } else if name.hasPrefix(base + ".torn-") {
      notes.append(Strings.checkLeftoverTorn(dir + "/" + name))
    }
  }
  return notes
}

extension Strings {
  static func checkLeftoverTemp(_ p: String) -> String {
    t(
      "check.leftoverTemp",
      "{0} is left over from an interrupted compaction; it is never read and can be deleted", p)
  }
  static func checkLeftoverTorn(_ p: String) -> String {
    t(
      "check.leftoverTorn",
      "{0} holds the bytes of a write that was cut off, saved aside when the file was recovered", p)
  }
  static func checkMissing(_ path: String) -> String { t("check.missing", "{0} does not exist", path) }
  static func checkMore(_ n: Int) -> String { t("check.more", "… and {0} more damaged lines", String(n)) }
  static func checkTorn(_ line: Int, _ bytes: Int) -> String {
    t(
      "check.torn",
      "line {0} is cut off ({1} bytes: a write that never finished, or another program still writing); the next write saves it aside once the file has been still for a few seconds",
      String(line), String(bytes))
  }
  static var checkEmpty: String { t("check.empty", "the file is empty") }
  static func checkLockSymlink(_ p: String) -> String {
    t(
      "check.lockSymlink",
      "{0} is a symbolic link: every write refuses it; remove it (Convoca makes a new lock file)", p)
  }
}
