import Foundation

/// What registers Convoca's record-level merge driver with git, so two copies of a data file
/// merge by record instead of by line (docs/file-format.md, "Merging two copies"), and the
/// check that a data file in a git work tree has it.
public enum GitSetup {
  /// The driver's name in `.gitattributes` (`merge=convoca`) and the git configuration.
  public static let driverName = "convoca"
  /// The configuration key of the driver's command (local git configuration).
  public static let driverConfigKey = "merge.convoca.driver"
  /// The driver's command: git puts the base, ours, theirs and the path in for `%O %A %B %P`.
  public static let driverCommand = "convoca merge-driver %O %A %B %P"
  /// The configuration key of the driver's human-readable name.
  public static let driverLabelKey = "merge.convoca.name"
  /// The driver's human-readable name.
  public static let driverLabel = "Convoca record-level merge"

  /// The `.gitattributes` line for every `.jsonl` file in the repository.
  public static let attributesLineForAll = "*.jsonl merge=convoca"

  /// The `.gitattributes` line for one data file (its name, relative to the attributes file).
  public static func attributesLine(dataFile name: String) -> String {
    quotePattern(name) + " merge=" + driverName
  }

  /// The `.gitignore` patterns for what sits beside a data file and must never be committed:
  /// its lock file and the cut-off bytes saved aside (`NAME.torn-…`).
  public static func ignorePatterns(dataFile name: String) -> [String] {
    [quotePattern(name) + ".lock", quotePattern(name) + ".torn-*"]
  }

  /// `git config` arguments that register the driver in a repository's local configuration.
  public static var configCommands: [[String]] {
    [["config", driverLabelKey, driverLabel], ["config", driverConfigKey, driverCommand]]
  }

  /// A file name as a gitattributes/gitignore pattern: the characters git reads as pattern
  /// syntax escaped with a backslash; spaces as `[ ]` (an attributes line splits on spaces).
  static func quotePattern(_ name: String) -> String {
    var out = ""
    for c in name {
      switch c {
      case "*", "?", "[", "]", "\\", "!", "#": out += "\\" + String(c)
      case " ": out += "[ ]"
      default: out.append(c)
      }
    }
    return out
  }

  /// What is missing for the data file at `path` to merge by record: nil when it is not in a
  /// git work tree, git is not installed or does not answer in time, or the driver is
  /// registered; otherwise a warning that says what to add.
  public static func missingDriverWarning(path: String, timeout: Double = 5) -> String? {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    guard let inside = git(["rev-parse", "--is-inside-work-tree"], in: folder, timeout: timeout),
      inside.status == 0, inside.output.trimmingCharacters(in: .whitespacesAndNewlines) == "true"
    else { return nil }
    var missing: [String] = []
    if let attr = git(["check-attr", "merge", "--", name], in: folder, timeout: timeout), attr.status == 0 {
      if !attr.output.hasSuffix(": merge: " + driverName + "\n") {
        missing.append(Strings.gitMissingAttribute(attributesLine(dataFile: name)))
      }
    } else {
      return nil
    }
    let config = git(["config", "--get", driverConfigKey], in: folder, timeout: timeout)
    if config?.output.contains("merge-driver") != true {
      missing.append(Strings.gitMissingConfig(driverConfigKey, driverCommand))
    }
    guard !missing.isEmpty else { return nil }
    return Strings.gitNoDriver(path, missing.joined(separator: "; "))
  }

  /// What a git run printed and its exit status.
  public struct GitResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Standard output.
    public var output: String { String(decoding: bytes, as: UTF8.self) }
    /// Standard output, as bytes (`git show` of a data file).
    public var bytes: [UInt8]
    /// Standard error (git's own message when it fails).
    public var error: String = ""
  }

  /// Runs `git ARGS` in `folder` through `GitRunner`; nil when git cannot be started (not
  /// installed) or does not finish within `timeout` seconds (it is then killed).
  public static func git(
    _ args: [String], in folder: String, timeout: Double = 5, environment: [String: String] = [:]
  ) -> GitResult? {
    GitRunner.run(["-C", folder] + args, timeout: timeout, environment: environment)
  }
}

extension Strings {
  static func gitNoDriver(_ path: String, _ what: String) -> String {
    t(
      "git.noDriver",
      "{0} is in a git work tree without Convoca's merge driver, so git would merge it line by line: {1}",
      path, what)
  }
  static func gitMissingAttribute(_ line: String) -> String {
    t("git.missingAttribute", "add the line '{0}' to .gitattributes", line)
  }
  static func gitMissingConfig(_ key: String, _ command: String) -> String {
    t("git.missingConfig", "run git config {0} \"{1}\"", key, command)
  }
}
