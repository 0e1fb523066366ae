import ConvocaCore
import Testing

@testable import ConvocaTUI

/// Team sync in the tracker: `S` asks the app loop to sync (refused outside git), the answer
/// updates the status line ("synced 3 min ago · ↑1 · offline"), `W` lists what arrived by
/// person and Enter filters the list to their calls (`id=…`); auto-sync and a CLI sync's saved
/// state arrive as actions. Rendered at 80×24 in English and Spanish.
@Suite struct SyncTrackerTests {
  let data = TUIFixture.data()

  static let arrival: SyncReport.Arrival = {
    var c = ChangeSummary()
    c.moved = [TUIFixture.id("aaa1"), TUIFixture.id("ccc3")]
    c.added = [TUIFixture.id("bbb2")]
    return SyncReport.Arrival(person: "carlos", changes: c)
  }()

  func inGit(at: Timestamp = TUIFixture.now) -> AppState {
    var s = TUIFixture.state(data)
    s.sync = SyncDisplay(inGit: true, last: nil, now: at)
    return s
  }

  @Test func sOutsideGitIsRefusedClearly() {
    var s = TUIFixture.state(data)
    let effects = TUIFixture.send(&s, [.char("S")], data)
    #expect(effects.isEmpty)
    #expect(s.status?.kind == .error && s.status?.text.contains("not in a git work tree") == true)
    // Auto-sync outside git says nothing.
    var quiet = TUIFixture.state(data)
    #expect(reduce(&quiet, .sync(.due), data: data).isEmpty && quiet.status == nil)
  }

  @Test func sInGitAsksTheLoopToSyncAndShowsSyncing() {
    var s = inGit()
    #expect(TUIFixture.send(&s, [.char("S")], data) == [.sync])
    #expect(s.sync.syncing)
    #expect(TUIFixture.screen(s, data).lines[22].contains("syncing…"))
    // A second S while it runs starts nothing.
    #expect(TUIFixture.send(&s, [.char("S")], data).isEmpty)
    // Auto-sync when due: the same effect.
    var a = inGit()
    #expect(reduce(&a, .sync(.due), data: data) == [.sync])
    // From the board and the dashboard too.
    var b = inGit()
    #expect(TUIFixture.send(&b, [.char("2"), .char("S")], data) == [.sync])
  }

  @Test func theResultShowsInTheStatusLineAndWListsWhatArrived() {
    var s = inGit()
    _ = TUIFixture.send(&s, [.char("S")], data)
    var r = SyncReport(at: TUIFixture.now.adding(seconds: -180))
    r.arrived = [Self.arrival]
    r.ahead = 1
    reduce(&s, .sync(.finished(r)), data: data)
    reduce(&s, .sync(.clock(TUIFixture.now)), data: data)
    #expect(!s.sync.syncing)
    #expect(s.status?.text.contains("arrived: carlos: 2 moved, 1 added") == true)
    s.status = nil
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[22].contains("synced 3 min ago · ↑1 · saved"))
    // W: one line per person; Enter filters to their calls.
    _ = TUIFixture.send(&s, [.char("W")], data)
    let panel = TUIFixture.screen(s, data)
    #expect(panel.lines.contains { $0.contains("What arrived (Enter: their calls)") })
    #expect(panel.lines.contains { $0.contains("carlos: 2 moved, 1 added") })
    _ = TUIFixture.send(&s, [.enter], data)
    #expect(s.filterText == "id=aaa1,bbb2,ccc3")
    #expect(Set(s.rows.map(\.rawValue)) == ["aaa1", "bbb2", "ccc3"])
    #expect(s.mode == .normal && s.screen == .list)
  }

  @Test func offlineAndAFailureShow() {
    var s = inGit()
    var r = SyncReport(at: TUIFixture.now.adding(seconds: -7200))
    r.offline = true
    r.ahead = 2
    reduce(&s, .sync(.finished(r)), data: data)
    reduce(&s, .sync(.clock(TUIFixture.now)), data: data)
    s.status = nil
    #expect(TUIFixture.screen(s, data).lines[22].contains("synced 2 h ago · ↑2 · offline · saved"))
    reduce(&s, .sync(.failed("the remote refused", nil)), data: data)
    #expect(s.status?.kind == .error && s.status?.text == "the remote refused")
  }

  @Test func aSyncSavedByTheCommandLineShowsWithItsArrivals() {
    var s = inGit()
    let saved = SyncState(at: TUIFixture.now, ok: true, arrived: [Self.arrival])
    reduce(&s, .sync(.stateRead(saved)), data: data)
    #expect(s.sync.arrived == [Self.arrival])
    #expect(s.status?.text.contains("W shows what arrived") == true)
    s.status = nil
    #expect(TUIFixture.screen(s, data).lines[22].contains("synced just now · saved"))
  }

  @Test func notInGitTheStatusLineSaysNothingOfSync() {
    let c = TUIFixture.screen(TUIFixture.state(data), data)
    #expect(!c.lines[22].contains("sync"))
    var s = TUIFixture.state(data)
    _ = TUIFixture.send(&s, [.char("W")], data)
    #expect(s.mode == .normal && s.status?.text.contains("not in a git work tree") == true)
  }

  @Test func inSpanish() {
    Strings.withLanguage(.es) {
      var s = inGit()
      var r = SyncReport(at: TUIFixture.now.adding(seconds: -180))
      r.arrived = [Self.arrival]
      r.behind = 1
      reduce(&s, .sync(.finished(r)), data: data)
      reduce(&s, .sync(.clock(TUIFixture.now)), data: data)
      s.status = nil
      let c = TUIFixture.screen(s, data)
      #expect(c.lines[22].contains("sincronizado hace 3 min · ↓1"))
      _ = TUIFixture.send(&s, [.char("W")], data)
      let panel = TUIFixture.screen(s, data)
      #expect(panel.lines.contains { $0.contains("Lo que llegó (Enter: sus convocatorias)") })
      var n = inGit()
      _ = TUIFixture.send(&n, [.char("S")], data)
      #expect(TUIFixture.screen(n, data).lines[22].contains("sincronizando…"))
      var out = TUIFixture.state(data)
      _ = TUIFixture.send(&out, [.char("S")], data)
      #expect(out.status?.text.contains("no está en un repositorio git") == true)
    }
  }

  @Test func theStandupKeepsSForItsSummary() {
    #expect(Keymap.binding(for: .char("S"), in: .standup)?.command == .standupSummary)
    #expect(Keymap.binding(for: .char("S"), in: .list)?.command == .sync)
    #expect(Keymap.binding(for: .char("W"), in: .standup)?.command == .arrivals)
  }
}
