import ConvocaCore
import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaTUI

/// The app loop (`Tracker`) driven end to end: a scripted terminal, a real data file behind a
/// file system that fails on demand, and a clock the test moves.
@Suite struct TrackerTests {
  /// A clock the test sets (seconds).
  final class FakeClock: @unchecked Sendable { var now = 1000.0 }

  struct Rig {
    let dir: String
    let path: String
    let fs: FaultInjectingFileSystem
    let db: Database
    let terminal: TestTerminal
    let tracker: Tracker

    /// The last frame as text.
    var screen: String { terminal.lastFrame?.lines.joined(separator: "\n") ?? "" }
    /// Runs the loop until the scripted events run out (or it quits).
    func run(_ events: TerminalEvent...) {
      terminal.pendingEvents += events
      tracker.run()
    }
  }

  static func rig(clock: FakeClock? = nil) throws -> Rig {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-tracker-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/data.jsonl"
    let fs = FaultInjectingFileSystem()
    let db = try Database(path: path, fileSystem: fs, user: "Laura", clock: { TUIFixture.now })
    try db.perform(
      .create(TUIFixture.opportunity("aaa1", "Movilidad urbana", amount: Money(250_000, "USD"))))
    let terminal = TestTerminal(width: 100, height: 24)
    let tracker = Tracker(
      terminal: terminal, database: db, configuration: TUIFixture.configuration, today: TUIFixture.today,
      utcOffset: 0, settingsPath: dir + "/ui.json", environment: ["HOME": dir],
      clock: clock.map { c in { c.now } } ?? Tracker.monotonicSeconds)
    return Rig(dir: dir, path: path, fs: fs, db: db, terminal: terminal, tracker: tracker)
  }

  static func stage(at path: String) throws -> Stage? {
    try Database(path: path, user: "check").store[TUIFixture.id("aaa1")]?.stage
  }

  // MARK: - A failed save (problem 5)

  @Test func failedSaveShowsUnsavedUntilATickWritesIt() throws {
    let r = try Self.rig()
    defer { try? FileManager.default.removeItem(atPath: r.dir) }
    r.fs.set(.init(.write, sticky: true))  // the disk is full
    r.run(.key(.char(">")))  // identified → preparing: the save fails
    #expect(r.db.hasUnsavedChanges)
    #expect(r.tracker.state.fileStatus != .saved)
    #expect(r.screen.contains("UNSAVED (retrying)"))
    // Ticks retry; while the disk is full it stays unsaved.
    r.run(.tick, .tick)
    #expect(r.fs.fired >= 3)
    #expect(r.screen.contains("UNSAVED (retrying)"))
    #expect(try Self.stage(at: r.path) == .identified)
    // Space again: the next tick writes the edit.
    r.fs.set(nil)
    r.run(.tick)
    #expect(!r.db.hasUnsavedChanges)
    #expect(r.tracker.state.fileStatus == .saved)
    #expect(!r.screen.contains("UNSAVED"))
    #expect(try Self.stage(at: r.path) == .preparing)
  }

  @Test func quitWithUnsavedEditsAsksAndQuitAndLoseQuits() throws {
    let r = try Self.rig()
    defer { try? FileManager.default.removeItem(atPath: r.dir) }
    r.fs.set(.init(.write, sticky: true))
    r.run(.key(.char(">")), .key(.char("q")))
    guard case .confirm(let c) = r.tracker.state.mode, case .unsavedQuit = c.purpose else {
      return #expect(Bool(false), "q did not ask")
    }
    #expect(r.screen.contains("Your last edits are not saved"))
    #expect(r.screen.contains("r retry") && r.screen.contains("s save elsewhere"))
    // Esc stays; d quits (the event after it is never read).
    r.run(.key(.escape))
    #expect(r.tracker.state.mode == .normal)
    r.run(.key(.char("q")), .key(.char("d")), .key(.char("j")))
    #expect(r.terminal.pendingEvents.count == 1)
    #expect(try Self.stage(at: r.path) == .identified)
  }

  @Test func aTickThatSavesWhileAskingClosesTheQuestion() throws {
    let r = try Self.rig()
    defer { try? FileManager.default.removeItem(atPath: r.dir) }
    r.fs.set(.init(.sync))
    r.run(.key(.char(">")), .key(.char("q")))
    guard case .confirm = r.tracker.state.mode else { return #expect(Bool(false), "q did not ask") }
    r.run(.tick)
    #expect(r.tracker.state.mode == .normal)
    #expect(r.screen.contains("the edits kept in memory are written"))
    r.run(.key(.char("q")), .key(.char("j")))
    #expect(r.terminal.pendingEvents.count == 1)
  }

  @Test func quitRetryWritesThenQuits() throws {
    let r = try Self.rig()
    defer { try? FileManager.default.removeItem(atPath: r.dir) }
    r.fs.set(.init(.sync))  // one failed fsync
    r.run(.key(.char(">")), .key(.char("q")))
    guard case .confirm = r.tracker.state.mode else { return #expect(Bool(false), "q did not ask") }
    r.run(.key(.char("r")), .key(.char("j")))
    #expect(r.terminal.pendingEvents.count == 1)
    #expect(!r.db.hasUnsavedChanges)
    #expect(try Self.stage(at: r.path) == .preparing)
  }

  @Test func quitRetryThatFailsStaysAndSaysWhy() throws {
    let r = try Self.rig()
    defer { try? FileManager.default.removeItem(atPath: r.dir) }
    r.fs.set(.init(.write, sticky: true))
    r.run(.key(.char(">")), .key(.char("q")), .key(.char("r")))
    #expect(r.tracker.state.mode == .normal)
    #expect(r.db.hasUnsavedChanges)
    #expect(r.screen.contains("UNSAVED"))
  }

  @Test func quitSaveElsewhereWritesAFullCopyThenQuits() throws {
    let r = try Self.rig()
    defer { try? FileManager.default.removeItem(atPath: r.dir) }
    r.fs.set(.init(.sync))
    r.run(.key(.char(">")))
    r.fs.set(.init(.rename, sticky: true))  // retries keep failing; a copy needs no rename
    r.run(.tick, .key(.char("q")), .key(.char("s")))
    guard case .prompt(let p) = r.tracker.state.mode, case .savePath = p.purpose else {
      return #expect(Bool(false), "no path prompt")
    }
    // An empty path is refused; an existing file is never overwritten.
    r.run(.key(.enter))
    guard case .prompt(let p2) = r.tracker.state.mode else { return #expect(Bool(false)) }
    #expect(p2.error != nil)
    r.terminal.type("~/data.jsonl")
    r.run(.key(.enter))
    #expect(r.screen.contains("already exists"))
    #expect(try Self.stage(at: r.path) == .identified)
    r.terminal.enqueue(keys: .char("q"), .char("s"))
    r.terminal.type("~/rescued.jsonl")
    r.run(.key(.enter), .key(.char("j")))
    #expect(r.terminal.pendingEvents.count == 1)
    r.fs.set(nil)
    #expect(try Self.stage(at: r.dir + "/rescued.jsonl") == .preparing)
  }

  // MARK: - The refresh timer

  @Test func refreshTimerRunsOnTheMonotonicClock() throws {
    let clock = FakeClock()
    let r = try Self.rig(clock: clock)
    defer { try? FileManager.default.removeItem(atPath: r.dir) }
    r.run(.tick)  // the first look
    let other = try Database(path: r.path, user: "Ana", clock: { TUIFixture.now })
    try other.perform(.create(TUIFixture.opportunity("bbb2", "Becas")))
    r.run(.tick, .tick)  // the clock did not move: no look
    #expect(r.tracker.state.rows.count == 1)
    clock.now += Tracker.refreshInterval
    r.run(.tick)
    #expect(r.tracker.state.rows.count == 2)
    let a = Tracker.monotonicSeconds()
    #expect(Tracker.monotonicSeconds() >= a)
  }
}
