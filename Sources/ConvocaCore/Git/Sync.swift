import Foundation

/// `convoca sync`: brings a data file in a git work tree in step with the team's remote
/// (docs/file-format.md, "Team sync through git"). Under Convoca's lock, the one writers
/// take, held while git touches the work tree's file, it:
///
/// 1. compacts the file to its canonical form (when it has journal lines);
/// 2. commits it (and `.gitattributes`/`.gitignore` when they changed) with a message that
///    summarises the change since HEAD's version ("ana: 3 moved, 2 added, 1 note");
/// 3. fetches, merges the upstream with the merge driver (registered when missing) and pushes,
///    fetching and merging again when another push got there first (up to `Options.pushRetries`);
/// 4. takes the merged file in (the store reloads it) and reports what arrived, by person.
///
/// An unreachable remote is not an error: the report says `offline` and the local commit waits
/// for the next sync. A remote whose history was rewritten (the old upstream is not an ancestor
/// of the new one) is refused: nothing is merged, the local commits are kept on a branch
/// `convoca-kept/DATE-TIME`.
public enum Sync {
  /// How a sync runs.
  public struct Options: Sendable {
    /// A folder put first on git's `PATH`, so the driver's `convoca merge-driver` is this
    /// very program (the command line passes its own folder); nil: git's `PATH` as it is.
    public var driverDirectory: String?
    /// How long a fetch or a push may take before git is stopped and the remote counted as
    /// unreachable, in seconds.
    public var networkTimeout: Double = 60
    /// How many times a push another push beat is tried again (fetch, merge, push).
    public var pushRetries = 3
    /// The clock (tests pass a fixed one).
    public var now: @Sendable () -> Timestamp = { Timestamp.now() }

    /// Creates options.
    public init(driverDirectory: String? = nil) { self.driverDirectory = driverDirectory }
  }

  /// Why a sync stopped; `description` is the message for the person. The report says what
  /// was done before (a commit made, the branch that keeps local commits).
  public struct SyncError: Error, CustomStringConvertible, Sendable {
    /// The message.
    public var description: String
    /// What the sync did before it stopped.
    public var report: SyncReport?
  }

  /// Where a data file sits in its repository.
  public struct Location: Sendable, Hashable {
    /// The data file's folder.
    public var folder: String
    /// The data file's name.
    public var name: String
    /// Its path inside the repository.
    public var relativePath: String
    /// The repository's git folder (absolute).
    public var gitDir: String
    /// The file that keeps the last sync (`SyncState`).
    public var stateFile: String { gitDir + "/" + SyncState.fileName }

    /// Runs git in the data file's folder (with `environment` added); throws when git cannot
    /// run at all. The one way a sync runs git.
    func git(_ args: [String], timeout: Double = 30, environment: [String: String] = [:]) throws
      -> GitSetup.GitResult
    {
      guard let r = GitSetup.git(args, in: folder, timeout: timeout, environment: environment) else {
        throw SyncError(description: Strings.gitUnavailable("git " + (args.first ?? "")))
      }
      return r
    }
  }

  /// The data file's repository, or nil when it is not in a git work tree (runs git).
  public static func locate(_ dataPath: String) -> Location? {
    let url = URL(fileURLWithPath: Database.resolve(dataPath))
    let folder = url.deletingLastPathComponent().path
    guard let r = GitSetup.git(["rev-parse", "--absolute-git-dir", "--show-prefix"], in: folder),
      r.status == 0
    else { return nil }
    let lines = r.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let gitDir = lines.first, !gitDir.isEmpty else { return nil }
    let prefix = lines.count > 1 ? lines[1] : ""
    return Location(
      folder: folder, name: url.lastPathComponent, relativePath: prefix + url.lastPathComponent,
      gitDir: gitDir)
  }

  /// Syncs the data file of `db` (the tracker passes its own store, which then holds the
  /// merged file) and saves the outcome as the last sync (`SyncState`).
  /// - Returns: the report; `offline` when the remote could not be reached.
  /// - Throws: `SyncError` for a missing or too old git, a file outside a git work tree or
  ///   without a remote, a read-only store, a merge the driver refused (the merge is undone,
  ///   the local commit kept), a rewritten remote, or a push that lost every race.
  public static func run(_ db: Database, options: Options = Options()) throws(SyncError) -> SyncReport {
    do { try GitSetup.requireGit() } catch { throw SyncError(description: error.description) }
    guard let loc = locate(db.path) else { throw SyncError(description: Strings.syncNotInGit(db.path)) }
    if let why = db.readOnlyReason { throw SyncError(description: why) }
    do { try GitSetup.register(dataFile: loc.name, in: loc.folder) } catch {
      throw SyncError(description: error.description)
    }
    var run = SyncRun(db: db, loc: loc, options: options, report: SyncReport(at: options.now()))
    var failure: SyncError?
    do {
      try db.withLock { () throws(DatabaseError) in
        do { try run.locked() } catch let e as SyncError { failure = e } catch let e as DatabaseError {
          throw e
        } catch {
          failure = SyncError(description: String(describing: error))
        }
      }
    } catch {
      failure = SyncError(description: error.description)
    }
    var report = run.report
    if failure != nil { report.problem = failure?.description }
    let state = SyncState(
      at: report.at, ok: failure == nil && !report.offline, offline: report.offline, ahead: report.ahead,
      behind: report.behind, problem: report.problem, arrived: report.arrived)
    state.save(gitDir: loc.gitDir, relativePath: loc.relativePath)
    if var f = failure {
      f.report = report
      throw f
    }
    return report
  }
}

extension Sync {
  /// The remote and branch a sync pulls from and pushes to: the branch's configured upstream,
  /// else `origin` (or the only remote) and a branch of the same name.
  struct Upstream {
    var remote: String
    var branch: String
    /// Whether the local branch has its upstream set (the first push sets it).
    var configured: Bool
    /// The remote-tracking ref.
    var tracking: String { "refs/remotes/" + remote + "/" + branch }

    static func of(_ loc: Location, git: ([String]) throws -> GitSetup.GitResult) throws -> Upstream {
      let head = try git(["rev-parse", "--abbrev-ref", "HEAD"])
      let branch = head.output.trimmingCharacters(in: .whitespacesAndNewlines)
      guard head.status == 0, branch != "HEAD" else {
        throw SyncError(description: Strings.syncDetached(loc.folder))
      }
      let configured = try git(["config", "--get", "branch." + branch + ".remote"])
      var remote = configured.output.trimmingCharacters(in: .whitespacesAndNewlines)
      let isSet = configured.status == 0 && !remote.isEmpty
      if !isSet {
        let remotes = try git(["remote"]).output.split(separator: "\n").map(String.init)
        guard let r = remotes.contains("origin") ? "origin" : remotes.first else {
          throw SyncError(description: Strings.syncNoRemote(loc.folder))
        }
        remote = r
      }
      let merge = try git(["config", "--get", "branch." + branch + ".merge"]).output
        .trimmingCharacters(in: .whitespacesAndNewlines)
      let remoteBranch = merge.hasPrefix("refs/heads/") ? String(merge.dropFirst(11)) : branch
      return Upstream(remote: remote, branch: remoteBranch, configured: isSet)
    }
  }

  /// The report of a sync with nothing to do, found without reading the data file: the file,
  /// `.gitattributes` and `.gitignore` are as HEAD has them, and the remote's branch (asked with
  /// `git ls-remote`, which changes no ref, so a rewritten remote is still caught by the whole
  /// sync) and the remote-tracking ref are both HEAD. Nil when any of that is not so, or git
  /// cannot tell: the command then opens the file and runs the whole sync. The last sync is
  /// saved as for a whole sync. (A store of 100,000 calls takes longer to load than the whole
  /// check: issue 12's target for a sync with nothing to do.)
  public static func upToDate(dataPath: String, options: Options = Options()) -> SyncReport? {
    guard (try? GitSetup.requireGit()) != nil, let loc = locate(dataPath) else { return nil }
    func git(_ args: [String], timeout: Double = 30) throws -> GitSetup.GitResult {
      try loc.git(args, timeout: timeout)
    }
    do {
      let status = try git(["status", "--porcelain", "--", loc.name, ".gitattributes", ".gitignore"])
      guard status.status == 0, status.output.isEmpty else { return nil }
      let up = try Upstream.of(loc) { (args) throws in try git(args) }
      guard up.configured else { return nil }
      let refs = try git(["rev-parse", "-q", "HEAD", up.tracking])
      let local = refs.output.split(separator: "\n").map(String.init)
      guard refs.status == 0, local.count == 2, local[0] == local[1] else { return nil }
      let remote = try git(
        ["ls-remote", "-q", up.remote, "refs/heads/" + up.branch], timeout: options.networkTimeout)
      guard remote.status == 0, remote.output.split(separator: "\t").first.map(String.init) == local[0] else {
        return nil
      }
    } catch {
      return nil
    }
    let report = SyncReport(at: options.now())
    SyncState(at: report.at, ok: true).save(gitDir: loc.gitDir, relativePath: loc.relativePath)
    return report
  }
}

/// One sync's steps under the lock.
struct SyncRun {
  let db: Database
  let loc: Sync.Location
  let options: Sync.Options
  var report: SyncReport
  /// The most incoming commits summarised one by one; more are summarised together.
  static let commitsSummarised = 20

  var gitEnvironment: [String: String] {
    guard let dir = options.driverDirectory else { return [:] }
    return ["PATH": dir + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
  }

  /// Runs git in the data file's folder; throws when git cannot run at all.
  func git(_ args: [String], timeout: Double = 30) throws -> GitSetup.GitResult {
    try loc.git(args, timeout: timeout, environment: gitEnvironment)
  }

  /// Runs git and throws its own words when it fails.
  @discardableResult
  func must(_ args: [String], timeout: Double = 30) throws -> GitSetup.GitResult {
    let r = try git(args, timeout: timeout)
    guard r.status == 0 else {
      throw Sync.SyncError(
        description: Strings.gitFailed(
          "git " + args.joined(separator: " "), GitSetup.lastLine(r.error + r.output)))
    }
    return r
  }

  func revision(_ name: String) throws -> String? {
    let r = try git(["rev-parse", "--verify", "-q", name + "^{commit}"])
    return r.status == 0 ? r.output.trimmingCharacters(in: .whitespacesAndNewlines) : nil
  }

  /// The store in commit `rev`'s version of the file (empty when it has none or it is not sound).
  func store(at rev: String) throws -> OpportunityStore {
    let r = try git(["show", rev + ":./" + loc.name], timeout: 120)
    guard r.status == 0 else { return OpportunityStore() }
    return (try? FileMerge.read(r.bytes, rev)) ?? OpportunityStore()
  }

  mutating func locked() throws {
    try db.syncLocked()
    if db.parsed.version != nil || !db.unsaved.isEmpty,
      !db.unsaved.isEmpty || db.needsRewrite || db.parsed.lineCount != db.snapshotLineCount
    {
      try db.rewriteSettled()
    }
    try commit()
    let up = try Sync.Upstream.of(loc) { (args) throws in try git(args) }
    let (remote, remoteBranch, tracking) = (up.remote, up.branch, up.tracking)
    var attempt = 0
    while true {
      let oldTip = try revision(tracking)
      let fetch = try git(["fetch", "-q", remote], timeout: options.networkTimeout)
      guard fetch.status == 0 else { return try offline(tracking, why: GitSetup.lastLine(fetch.error)) }
      let newTip = try revision(tracking)
      if let oldTip, let newTip, oldTip != newTip,
        try git(["merge-base", "--is-ancestor", oldTip, newTip]).status != 0
      {
        try refuseRewrite(tracking: tracking, oldTip: oldTip, remote: remote + "/" + remoteBranch)
      }
      if let newTip, try git(["merge-base", "--is-ancestor", newTip, "HEAD"]).status != 0 {
        try mergeUpstream(newTip, name: remote + "/" + remoteBranch)
      }
      let head = try revision("HEAD")
      if head == nil || head == newTip { break }
      var args = ["push", "-q", "--porcelain"]
      if !up.configured { args.append("-u") }
      let push = try git(args + [remote, "HEAD:refs/heads/" + remoteBranch], timeout: options.networkTimeout)
      if push.status == 0 { break }
      let said = push.error + push.output
      if let refusal = Self.serverRefusal(said) {
        throw Sync.SyncError(description: Strings.syncPushRefused(remote, refusal))
      }
      let raced = [
        "[rejected]", "fetch first", "non-fast-forward", "failed to update ref", "cannot lock ref",
      ]
      .contains { said.contains($0) }
      guard raced else { return try offline(tracking, why: GitSetup.lastLine(push.error)) }
      guard attempt < options.pushRetries else {
        throw Sync.SyncError(description: Strings.syncRaceLost(options.pushRetries))
      }
      attempt += 1
      report.retries = attempt
    }
    try counts(tracking)
  }

  /// Stages the data file and the attributes/ignore files and commits them when they changed.
  mutating func commit() throws {
    let paths = [loc.name, ".gitattributes", ".gitignore"].filter {
      FileManager.default.fileExists(atPath: loc.folder + "/" + $0)
    }
    try must(["add", "--"] + paths)
    guard try git(["diff", "--cached", "--quiet", "--"] + paths).status != 0 else { return }
    let hasHead = try revision("HEAD") != nil
    let old = hasHead ? try store(at: "HEAD") : OpportunityStore()
    let message = ChangeSummary.between(old, db.store).commitMessage(by: db.user)
    var identity: [String] = []
    if try git(["config", "user.name"]).status != 0 { identity += ["-c", "user.name=" + db.user] }
    if try git(["config", "user.email"]).status != 0 {
      identity += ["-c", "user.email=" + db.user.filter { $0.isLetter || $0.isNumber } + "@convoca.invalid"]
    }
    try must(identity + ["commit", "-q", "--no-verify", "-m", message, "--"] + paths)
    report.committed = message
  }

  /// Merges `tip` with the driver; on failure the merge is undone and the sync stops.
  mutating func mergeUpstream(_ tip: String, name: String) throws {
    guard let before = try revision("HEAD") else {
      try must(["merge", "-q", "--ff-only", tip])
      try arrivals(from: nil, to: tip)
      try db.syncLocked()
      return
    }
    let m = try git(["merge", "-q", "--no-edit", "-m", "convoca: merge " + name, tip], timeout: 600)
    guard m.status == 0 else {
      _ = try? git(["merge", "--abort"])
      let why = (m.error + m.output).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }.prefix(4).joined(separator: "; ")
      throw Sync.SyncError(description: Strings.syncMergeRefused(name, why))
    }
    try arrivals(from: before, to: tip)
    try db.syncLocked()
  }

  /// Adds what the commits between `from` and `to` that touched the file changed, by person.
  mutating func arrivals(from: String?, to tip: String) throws {
    let range = from.map { $0 + ".." + tip } ?? tip
    let log = try must(["log", "--no-merges", "--format=%H%x1f%P%x1f%an%x1f%s", range, "--", loc.name])
    let commits = log.output.split(separator: "\n").map {
      $0.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
    }
    var byPerson: [String: ChangeSummary] = [:]
    if commits.count > Self.commitsSummarised {
      let old = try from.map { try store(at: $0) } ?? OpportunityStore()
      byPerson[Strings.syncSeveral(commits.count)] = ChangeSummary.between(old, try store(at: tip))
    } else {
      for c in commits where c.count == 4 {
        let parent = c[1].split(separator: " ").first.map(String.init)
        let old = try parent.map { try store(at: $0) } ?? OpportunityStore()
        let s = ChangeSummary.between(old, try store(at: c[0]))
        guard !s.isEmpty else { continue }
        let person = Self.person(subject: c[3], author: c[2])
        byPerson[person] = (byPerson[person] ?? ChangeSummary()).adding(s)
      }
    }
    var all = Dictionary(uniqueKeysWithValues: report.arrived.map { ($0.person, $0.changes) })
    for (p, s) in byPerson { all[p] = (all[p] ?? ChangeSummary()).adding(s) }
    report.arrived = all.sorted { $0.key < $1.key }.map {
      SyncReport.Arrival(person: $0.key, changes: $0.value)
    }
  }

  /// When the server refused the push itself (a hook, a protected branch: `[remote
  /// rejected]` for a reason other than a ref another push held), git's words for it: the
  /// reason and the server's own `remote:` lines. Nil for a race or an unreachable remote.
  static func serverRefusal(_ said: String) -> String? {
    let lines = said.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let line = lines.first(where: { $0.contains("[remote rejected]") }) else { return nil }
    let reason =
      line.range(of: "[remote rejected]").map {
        line[$0.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ()"))
      } ?? ""
    // The server could not update the ref because another push held it: a race.
    if reason.contains("failed to update ref") || reason.contains("cannot lock ref") { return nil }
    let remoteSaid = lines.filter { $0.hasPrefix("remote:") }.map {
      $0.dropFirst(7).trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    return ([reason] + remoteSaid).filter { !$0.isEmpty }.joined(separator: "; ")
  }

  /// Who made a commit: the account before ": " in a sync's message, else git's author.
  static func person(subject: String, author: String) -> String {
    if let r = subject.range(of: ": "), !subject[..<r.lowerBound].isEmpty,
      subject[..<r.lowerBound] != "convoca"
    {
      return String(subject[..<r.lowerBound])
    }
    return author
  }

  /// The remote cannot be reached: the local commits stay and the report says how many wait.
  mutating func offline(_ tracking: String, why: String) throws {
    report.offline = true
    report.problem = why
    let known = try revision(tracking) != nil
    let r = try git(["rev-list", "--count", known ? tracking + "..HEAD" : "HEAD"])
    report.ahead = Int(r.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// The remote's history was rewritten: keep the local commits on a branch, put the
  /// remote-tracking ref back where it was (so the next sync refuses again until a person
  /// decides) and stop.
  mutating func refuseRewrite(tracking: String, oldTip: String, remote: String) throws {
    let stamp = report.at.description.filter { $0.isNumber || $0 == "T" }.replacingOccurrences(
      of: "T", with: "-")
    var kept = "convoca-kept/" + stamp
    var n = 1
    while try revision("refs/heads/" + kept) != nil {
      n += 1
      kept = "convoca-kept/" + stamp + "-\(n)"
    }
    try must(["branch", kept, "HEAD"])
    try must(["update-ref", tracking, oldTip])
    report.rewritten = true
    report.keptBranch = kept
    throw Sync.SyncError(description: Strings.syncRewritten(remote, kept))
  }

  /// Ahead and behind the upstream after the sync.
  mutating func counts(_ tracking: String) throws {
    guard try revision(tracking) != nil else { return }
    let r = try git(["rev-list", "--left-right", "--count", "HEAD..." + tracking])
    let n = r.output.split(whereSeparator: { $0 == "\t" || $0 == " " || $0 == "\n" }).compactMap { Int($0) }
    if n.count == 2 {
      report.ahead = n[0]
      report.behind = n[1]
    }
  }
}

extension Strings {
  static func syncNotInGit(_ path: String) -> String {
    t(
      "sync.notInGit",
      "{0} is not in a git work tree: start a team with convoca init --git REMOTE, or join one with convoca clone REMOTE",
      path)
  }
  static func syncDetached(_ folder: String) -> String {
    t(
      "sync.detached", "{0} is not on a branch (detached HEAD): check out the team's branch and sync again",
      folder)
  }
  static func syncNoRemote(_ folder: String) -> String {
    t(
      "sync.noRemote", "the git repository in {0} has no remote: add one with git remote add origin REMOTE",
      folder)
  }
  static func syncRaceLost(_ n: Int) -> String {
    t(
      "sync.raceLost",
      "other pushes got there first {0} times in a row; your commit is kept: sync again in a moment",
      String(n))
  }
  static func syncMergeRefused(_ upstream: String, _ why: String) -> String {
    t(
      "sync.mergeRefused",
      "could not merge {0} ({1}); the merge was undone, your commit is kept and nothing was pushed: run git merge {0} to see git's conflict",
      upstream, why)
  }
  static func syncRewritten(_ upstream: String, _ kept: String) -> String {
    t(
      "sync.rewritten",
      "the history of {0} was rewritten (force-push): nothing was merged; your commits are kept on the branch {1}; ask the team which history is right before syncing again",
      upstream, kept)
  }
  static func syncPushRefused(_ remote: String, _ why: String) -> String {
    t(
      "sync.pushRefused",
      "{0} refused the push ({1}); your commit is kept here: ask whoever runs the server, then sync again",
      remote, why)
  }
  static func syncSeveral(_ n: Int) -> String { t("sync.several", "{0} commits", String(n)) }
  static func syncCommitted(_ message: String) -> String { t("sync.committed", "committed: {0}", message) }
  static func syncArrived(_ text: String) -> String { t("sync.arrived", "arrived: {0}", text) }
  static func syncOffline(_ n: Int) -> String {
    t(
      "sync.offline",
      "offline: {0} commits wait for the next sync (your work is saved and committed here)", String(n))
  }
  static func syncKept(_ branch: String) -> String { t("sync.kept", "your commits are kept on {0}", branch) }
  static var syncNothing: String { t("sync.nothing", "up to date: nothing to send, nothing arrived") }
}
