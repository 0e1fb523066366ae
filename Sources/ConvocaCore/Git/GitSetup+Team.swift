import Foundation

/// Setting a team up: `convoca init --git REMOTE` (a new team store) and
/// `convoca clone REMOTE [PATH]` (joining one). Each registers the merge driver and ignores the
/// lock and torn-bytes files.
extension GitSetup {
  /// Why setting a team up stopped; the description is the message for the person.
  public struct TeamError: Error, CustomStringConvertible, Sendable {
    /// The message.
    public var description: String
    init(_ message: String) { description = message }
  }

  /// `text` with each of `lines` appended unless a line equal to it (spaces around trimmed) is
  /// already there; nil when nothing is missing. Keeps the existing text as it is and ends
  /// it with a newline before appending.
  public static func addingMissingLines(_ lines: [String], to text: String) -> String? {
    var present = Set(
      text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map {
        $0.trimmingCharacters(in: .whitespaces)
      })
    var out = text
    var changed = false
    for line in lines where !present.contains(line) {
      if let last = out.utf8.last, last != UInt8(ascii: "\n") { out += "\n" }
      out += line + "\n"
      present.insert(line)
      changed = true
    }
    return changed ? out : nil
  }

  /// Appends the missing `lines` to the file at `path` (created when missing).
  static func ensureLines(_ lines: [String], in path: String) throws(TeamError) {
    let old = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    guard let new = addingMissingLines(lines, to: old) else { return }
    do { try new.write(toFile: path, atomically: true, encoding: .utf8) } catch {
      throw TeamError(Strings.gitCannotWrite(path))
    }
  }

  /// Runs git, turning a missing git or a failure into a `TeamError` with git's own words.
  @discardableResult
  static func run(_ args: [String], in folder: String, timeout: Double = 30) throws(TeamError) -> GitResult {
    guard let r = git(args, in: folder, timeout: timeout) else {
      throw TeamError(Strings.gitUnavailable("git " + (args.first ?? "")))
    }
    guard r.status == 0 else {
      throw TeamError(Strings.gitFailed("git " + args.joined(separator: " "), lastLine(r.error)))
    }
    return r
  }

  static func lastLine(_ text: String) -> String {
    text.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
  }

  /// Refuses with a clear message when git is not installed, does not answer, or is older
  /// than `GitRunner.minimumVersion`.
  public static func requireGit() throws(TeamError) {
    guard let r = git(["--version"], in: "/"), r.status == 0 else {
      throw TeamError(Strings.gitUnavailable("git --version"))
    }
    let found = r.output.trimmingCharacters(in: .whitespacesAndNewlines)
    let min = GitRunner.minimumVersion
    guard let v = GitRunner.parseVersion(found), (v.major, v.minor) >= (min.major, min.minor) else {
      throw TeamError(Strings.gitTooOld(found, "\(min.major).\(min.minor)"))
    }
  }

  /// Registers the driver for the data file named `name` in `folder`: the `.gitattributes`
  /// line, the `.gitignore` patterns and the local git configuration. Idempotent.
  static func register(dataFile name: String, in folder: String) throws(TeamError) {
    try ensureLines([attributesLine(dataFile: name)], in: folder + "/.gitattributes")
    try ensureLines(ignorePatterns(dataFile: name), in: folder + "/.gitignore")
    for args in configCommands { try run(args, in: folder) }
  }

  /// The message of the commit that starts a team's data.
  public static let startMessage = "convoca: start the team's data"

  /// What `initTeam` did, for the person.
  public struct InitOutcome: Sendable {
    /// One line per step taken.
    public var steps: [String]
  }

  /// `convoca init --git REMOTE`: in the data file's folder (made when missing), `git init`
  /// unless it is already in a work tree, registers the driver, creates an empty store when
  /// the data file is missing, commits, adds REMOTE as `origin` and pushes. Refuses a work tree
  /// whose `origin` is another remote. An unreachable remote: the local commit is kept and the
  /// error says so.
  public static func initTeam(dataPath: String, remote: String) throws(TeamError) -> InitOutcome {
    try requireGit()
    let url = URL(fileURLWithPath: dataPath)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    var steps: [String] = []
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch { throw TeamError(Strings.gitCannotWrite(folder)) }
    let inside = git(["rev-parse", "--is-inside-work-tree"], in: folder)
    let isWorkTree = inside?.status == 0 && inside?.output.hasPrefix("true") == true
    var hasOrigin = false
    if isWorkTree, let o = git(["remote", "get-url", "origin"], in: folder), o.status == 0 {
      let current = o.output.trimmingCharacters(in: .whitespacesAndNewlines)
      guard current == remote else { throw TeamError(Strings.gitOtherOrigin(folder, current, remote)) }
      hasOrigin = true
    }
    if !isWorkTree {
      try run(["init", "-q"], in: folder)
      steps.append(Strings.gitInitialised(folder))
    }
    try register(dataFile: name, in: folder)
    if !FileManager.default.fileExists(atPath: dataPath) {
      do { try (FileHeader.line + "\n").write(toFile: dataPath, atomically: true, encoding: .utf8) } catch {
        throw TeamError(Strings.gitCannotWrite(dataPath))
      }
      steps.append(Strings.gitCreatedStore(dataPath))
    }
    // The data file is added only the first time: later edits are the team's own commits.
    let tracked = git(["ls-files", "--error-unmatch", "--", name], in: folder)?.status == 0
    try run(["add", "--", ".gitattributes", ".gitignore"] + (tracked ? [] : [name]), in: folder)
    if git(["diff", "--cached", "--quiet"], in: folder)?.status != 0 {
      try run(["commit", "-q", "-m", startMessage], in: folder)
      steps.append(Strings.gitCommitted(startMessage))
    }
    if !hasOrigin { try run(["remote", "add", "origin", remote], in: folder) }
    let push = git(["push", "-q", "-u", "origin", "HEAD"], in: folder, timeout: 120)
    guard let push, push.status == 0 else {
      let why = push.map { lastLine($0.error) } ?? Strings.gitTimedOut
      throw TeamError(Strings.gitPushFailed(remote, folder, why))
    }
    steps.append(Strings.gitPushed(remote))
    return InitOutcome(steps: steps)
  }

  /// The folder `git clone REMOTE` makes by default: the remote's last path part without `.git`.
  public static func defaultCloneFolder(_ remote: String) -> String {
    var s = remote
    while s.hasSuffix("/") { s.removeLast() }
    if s.hasSuffix(".git") { s.removeLast(4) }
    let last = s.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? ""
    return last.isEmpty ? "convoca-team" : last
  }

  /// What `cloneTeam` did: the clone's folder and the data files found in it.
  public struct CloneOutcome: Sendable {
    /// The clone's folder.
    public var folder: String
    /// The paths of the `*.jsonl` files at the clone's top level.
    public var dataFiles: [String]
  }

  /// `convoca clone REMOTE [PATH]`: clones into PATH (default: the repository's name),
  /// registers the driver in the local configuration and writes the attributes and ignore
  /// lines of each data file that lacks them.
  public static func cloneTeam(remote: String, into path: String?) throws(TeamError) -> CloneOutcome {
    try requireGit()
    let target = path.flatMap { $0.isEmpty ? nil : $0 } ?? defaultCloneFolder(remote)
    let cwd = FileManager.default.currentDirectoryPath
    let folder = target.hasPrefix("/") ? target : cwd + "/" + target
    if FileManager.default.fileExists(atPath: folder),
      (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == false
    {
      throw TeamError(Strings.gitCloneTargetExists(folder))
    }
    guard let r = git(["clone", "-q", "--", remote, folder], in: cwd, timeout: 300) else {
      throw TeamError(Strings.gitUnavailable("git clone"))
    }
    guard r.status == 0 else { throw TeamError(Strings.gitCloneFailed(remote, lastLine(r.error))) }
    for args in configCommands { try run(args, in: folder) }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".jsonl") }.sorted()
    for name in names {
      let attr = git(["check-attr", "merge", "--", name], in: folder)
      if attr?.output.hasSuffix(": merge: " + driverName + "\n") != true {
        try ensureLines([attributesLine(dataFile: name)], in: folder + "/.gitattributes")
      }
      try ensureLines(ignorePatterns(dataFile: name), in: folder + "/.gitignore")
    }
    return CloneOutcome(folder: folder, dataFiles: names.map { folder + "/" + $0 })
  }
}

extension Strings {
  static func gitUnavailable(_ what: String) -> String {
    t(
      "git.unavailable",
      "git is not installed or did not answer ({0}): install git and try again; nothing was changed", what)
  }
  static func gitTooOld(_ found: String, _ minimum: String) -> String {
    t(
      "git.tooOld",
      "{0} is too old: Convoca needs git {1} or newer; install a newer git; nothing was changed",
      found, minimum)
  }
  static func gitFailed(_ command: String, _ why: String) -> String {
    t("git.failed", "{0} failed: {1}", command, why)
  }
  static func gitCannotWrite(_ path: String) -> String { t("git.cannotWrite", "cannot write {0}", path) }
  static func gitOtherOrigin(_ folder: String, _ current: String, _ wanted: String) -> String {
    t(
      "git.otherOrigin",
      "{0} is already a git work tree whose origin is {1}, not {2}; nothing was changed", folder, current,
      wanted)
  }
  static func gitInitialised(_ folder: String) -> String {
    t("git.initialised", "git repository created in {0}", folder)
  }
  static func gitCreatedStore(_ path: String) -> String {
    t("git.createdStore", "empty data file created: {0}", path)
  }
  static func gitCommitted(_ message: String) -> String { t("git.committed", "committed: {0}", message) }
  static func gitPushed(_ remote: String) -> String { t("git.pushed", "pushed to {0}", remote) }
  static func gitPushFailed(_ remote: String, _ folder: String, _ why: String) -> String {
    t(
      "git.pushFailed",
      "could not push to {0} ({2}); the local repository in {1} is kept with its commit: run convoca init --git {0} again when the remote can be reached",
      remote, folder, why)
  }
  static var gitTimedOut: String { t("git.timedOut", "git did not answer in time") }
  static func gitCloneTargetExists(_ folder: String) -> String {
    t(
      "git.cloneTargetExists", "{0} already exists and is not empty; give another PATH; nothing was changed",
      folder)
  }
  static func gitCloneFailed(_ remote: String, _ why: String) -> String {
    t("git.cloneFailed", "could not clone {0}: {1}", remote, why)
  }
}
