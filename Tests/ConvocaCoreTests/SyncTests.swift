import Foundation
import Testing

@testable import ConvocaCore

extension GitProcessTests {
  /// `convoca sync`'s pieces: the change summary of its commit message and report, git's
  /// version check, who a commit is from, and a sync against a local bare remote (offline, then
  /// caught up; the last sync saved for the tracker).
  @Suite struct SyncTests {
    @Test func theSummaryCountsMovesAddsEditsDeletesNotesAndResolutions() {
      var a = Fixture.opportunity("a1", "A")
      let b = Fixture.opportunity("b1", "B")
      let c = Fixture.opportunity("c1", "C")
      let old = OpportunityStore([a, b, c])
      a.stage = .preparing
      a.notes = [Note(at: Fixture.t0, by: "ana", text: "x"), Note(at: Fixture.t0, by: "ana", text: "y")]
      var b2 = b
      b2.owner = "Carlos"
      b2.history.append(
        HistoryEntry(field: "owner", from: "", to: "Carlos", at: Fixture.t0, by: "ana", note: "resolved"))
      let d = Fixture.opportunity("d1", "D")
      let s = ChangeSummary.between(old, OpportunityStore([a, b2, d]))
      #expect(s.moved.map(\.rawValue) == ["a1"])
      #expect(s.added.map(\.rawValue) == ["d1"])
      #expect(s.edited.map(\.rawValue) == ["b1"])
      #expect(s.deleted.map(\.rawValue) == ["c1"])
      #expect(s.notes == 2 && s.noted.map(\.rawValue) == ["a1"])
      #expect(s.resolved.map(\.rawValue) == ["b1"])
      #expect(s.commitMessage(by: "ana") == "ana: 1 moved, 1 added, 1 edited, 1 deleted, 2 notes, 1 resolved")
      #expect(ChangeSummary.between(old, old).isEmpty)
      #expect(ChangeSummary().commitMessage(by: "ana") == "ana: updated")
    }

    /// `convoca sync` finds "nothing to do" without loading the file, and only then: an edit,
    /// a commit of another officer's on the remote, or a rewritten remote each send it to the
    /// whole sync (which still refuses the rewrite, since the quick check moved no ref).
    @Test func nothingToDoIsFoundWithoutTheFileAndOnlyWhenTrue() throws {
      let dir = TempDir()
      var team = try SyncTeam(dir)
      let ana = try team.officer("ana")
      let carlos = try team.officer("carlos")
      #expect(Sync.upToDate(dataPath: ana, options: team.options) != nil)
      // An edit not yet committed.
      let db = try Fixture.database(ana)
      db.user = "ana"
      _ = try db.perform(.create(Fixture.opportunity("q1", "Quick")))
      #expect(Sync.upToDate(dataPath: ana, options: team.options) == nil)
      _ = try Sync.run(db, options: team.options)
      #expect(Sync.upToDate(dataPath: ana, options: team.options) != nil)
      // Something new on the remote.
      #expect(Sync.upToDate(dataPath: carlos, options: team.options) == nil)
      let cdb = try Fixture.database(carlos)
      cdb.user = "carlos"
      _ = try Sync.run(cdb, options: team.options)
      #expect(Sync.upToDate(dataPath: carlos, options: team.options) != nil)
      #expect(Sync.upToDate(dataPath: ana, options: team.options) != nil)  // carlos pushed nothing new
      // A rewritten remote: not "nothing to do", and the whole sync still refuses it.
      try SyncTeam.git(["commit", "-q", "--allow-empty", "-m", "x"], in: dir.path + "/carlos")
      try SyncTeam.git(["push", "-q", "origin", "HEAD:main"], in: dir.path + "/carlos")
      _ = try Sync.run(db, options: team.options)  // ana takes in the commit "x" ...
      #expect(Sync.upToDate(dataPath: ana, options: team.options) != nil)
      try SyncTeam.git(["push", "-q", "-f", "origin", "HEAD~1:main"], in: dir.path + "/carlos")
      #expect(Sync.upToDate(dataPath: ana, options: team.options) == nil)  // ... rewritten away
      #expect(throws: Sync.SyncError.self) { _ = try Sync.run(db, options: team.options) }
    }

    @Test func gitsVersionIsReadAndAnOldOneRefused() {
      #expect(GitRunner.parseVersion("git version 2.39.5\n")! == (2, 39))
      #expect(GitRunner.parseVersion("git version 2.43.0.windows.1")! == (2, 43))
      #expect(GitRunner.parseVersion("nonsense") == nil)
      #expect(Strings.gitTooOld("git version 1.8.3", "2.20").contains("too old"))
    }

    @Test func theRunnerCapturesBothOutputsAndKillsGitOnTimeout() {
      let r = GitRunner.run(["--version"], timeout: 10)
      #expect(r?.status == 0 && r?.output.hasPrefix("git version") == true)
      let bad = GitRunner.run(["no-such-command"], timeout: 10)
      #expect(bad?.status != 0 && bad?.error.contains("not a git command") == true)
      // A git that waits for input it never gets (a credential prompt, a hung remote) is stopped.
      let hung = GitRunner.run(["-c", "alias.wait=!exec sleep 2", "wait"], timeout: 0.5)
      #expect(hung == nil)
    }

    @Test func aCommitsPersonIsTheAccountInItsMessageElseItsAuthor() {
      #expect(SyncRun.person(subject: "carlos: 2 moved", author: "Carlos R") == "carlos")
      #expect(SyncRun.person(subject: "fix typo", author: "Carlos R") == "Carlos R")
      #expect(SyncRun.person(subject: "convoca: start the team's data", author: "Ana") == "Ana")
    }

    @Test func anUnreachableRemoteKeepsTheCommitAndTheNextSyncCatchesUp() throws {
      let dir = TempDir()
      var team = try SyncTeam(dir)
      let ana = try team.officer("ana")
      let db = try Fixture.database(ana)
      db.user = "ana"
      _ = try db.perform(.create(Fixture.opportunity("a1", "Offline call")))
      try FileManager.default.moveItem(atPath: team.remote, toPath: team.remote + ".away")
      let offline = try Sync.run(db, options: team.options)
      #expect(offline.offline && offline.ahead == 1)
      #expect(offline.committed == "ana: 1 added")
      let state = try #require(SyncState.load(dataPath: ana))
      #expect(state.offline && !state.ok && state.ahead == 1)
      try FileManager.default.moveItem(atPath: team.remote + ".away", toPath: team.remote)
      let back = try Sync.run(db, options: team.options)
      #expect(!back.offline && back.ahead == 0 && back.behind == 0)
      #expect(SyncState.load(dataPath: ana)?.ok == true)
      // A second officer gets it, and sees it arrived from ana.
      let carlos = try team.officer("carlos")
      let db2 = try Fixture.database(carlos)
      db2.user = "carlos"
      #expect(db2.store.contains(OpportunityID(rawValue: "a1")!))
      _ = try db2.perform(.create(Fixture.opportunity("c1", "Carlos")))
      _ = try Sync.run(db2, options: team.options)
      let arrived = try Sync.run(db, options: team.options)
      #expect(arrived.arrived.map(\.person) == ["carlos"])
      #expect(arrived.arrived.first?.changes.added.map(\.rawValue) == ["c1"])
      #expect(db.store.contains(OpportunityID(rawValue: "c1")!))  // the store took the merged file in
    }

    @Test func gitAndTheMergeDriverItStartsGetTheLanguageInForce() {
      let alias = ["-c", "alias.lang=!printf %s \"$CONVOCA_LANG\"", "lang"]
      #expect(Strings.withLanguage(.es) { GitRunner.run(alias, timeout: 10)?.output } == "es")
      #expect(Strings.withLanguage(.en) { GitRunner.run(alias, timeout: 10)?.output } == "en")
    }

    @Test func aPushAServerHookRefusesIsNeitherARaceNorOffline() throws {
      let dir = TempDir()
      var team = try SyncTeam(dir)
      let ana = try team.officer("ana")
      let hook = team.remote + "/hooks/pre-receive"
      Fixture.write(hook, "#!/bin/sh\necho 'no pushes on Fridays' >&2\nexit 1\n")
      #expect(chmod(hook, 0o755) == 0)
      let db = try Fixture.database(ana)
      db.user = "ana"
      _ = try db.perform(.create(Fixture.opportunity("a1", "Call")))
      do {
        _ = try Sync.run(db, options: team.options)
        Issue.record("the refused push was reported as a success")
      } catch {
        #expect(error.description.contains("pre-receive hook declined"), "\(error.description)")
        #expect(error.description.contains("no pushes on Fridays"))
        #expect(!error.description.contains("got there first"))
        #expect(error.report?.retries == 0 && error.report?.offline == false)
      }
      #expect(SyncState.load(dataPath: ana)?.offline == false)
      #expect(SyncRun.serverRefusal(" ! [remote rejected] main -> main (failed to update ref)") == nil)
      #expect(SyncRun.serverRefusal("! [rejected] main -> main (fetch first)") == nil)
    }

    @Test func theLastSyncKeepsWhatArrivedForTheTracker() throws {
      let dir = TempDir()
      var team = try SyncTeam(dir)
      let ana = try team.officer("ana")
      let carlos = try team.officer("carlos")
      let db2 = try Fixture.database(carlos)
      db2.user = "carlos"
      _ = try db2.perform(.create(Fixture.opportunity("c1", "Carlos")))
      _ = try Sync.run(db2, options: team.options)
      let db = try Fixture.database(ana)
      db.user = "ana"
      _ = try Sync.run(db, options: team.options)
      let loc = try #require(Sync.locate(ana))
      let state = try #require(SyncState.load(loc))
      #expect(state.arrived.map(\.person) == ["carlos"])
      #expect(state.arrived.first?.changes.added.map(\.rawValue) == ["c1"])
    }

    @Test func aFileOutsideGitIsRefused() throws {
      let dir = TempDir()
      let db = try Fixture.database(dir.file())
      #expect(throws: Sync.SyncError.self) { try Sync.run(db) }
    }
  }
}

/// A team on a local bare remote: the first officer starts it (the first sync pushes), the
/// others clone it. Merges go through the real `convoca merge-driver`, built beside the tests.
struct SyncTeam {
  let dir: TempDir
  let remote: String
  var options = Sync.Options()
  var started = false

  init(_ dir: TempDir) throws {
    self.dir = dir
    remote = dir.path + "/team.git"
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
      .path
    try #require(
      FileManager.default.isExecutableFile(atPath: exe + "/convoca"),
      "build convoca first (swift build --build-tests)")
    options.driverDirectory = exe
    options.networkTimeout = 20
    try Self.git(["init", "-q", "--bare", remote], in: dir.path)
    try Self.git(["--git-dir", remote, "symbolic-ref", "HEAD", "refs/heads/main"], in: dir.path)
  }

  static func git(_ args: [String], in folder: String) throws {
    let r = try #require(GitSetup.git(args, in: folder, timeout: 30))
    try #require(r.status == 0, "git \(args): \(r.error)")
  }

  /// The data file of officer `name`: the first one starts the team (a sync of an empty
  /// store pushes it), the others clone the remote.
  mutating func officer(_ name: String, base: [UInt8]? = nil) throws -> String {
    let folder = dir.path + "/" + name
    if !started {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try Self.git(["init", "-q"], in: folder)
      try Self.git(["symbolic-ref", "HEAD", "refs/heads/main"], in: folder)
      try Self.git(["remote", "add", "origin", remote], in: folder)
      let data = folder + "/calls.jsonl"
      Fixture.write(
        data, String(decoding: base ?? FileMerge.canonicalBytes(OpportunityStore()), as: UTF8.self))
      let db = try Fixture.database(data)
      db.user = name
      _ = try Sync.run(db, options: options)
      started = true
      return data
    }
    try Self.git(["clone", "-q", remote, folder], in: dir.path)
    return folder + "/calls.jsonl"
  }
}
