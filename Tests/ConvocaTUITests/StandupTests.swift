import ConvocaCore
import Testing

@testable import ConvocaTUI

/// The standup screen: the walk through people, the timers, inline notes and moves, and
/// finishing (recorded through a `.team(.standup)` command).
@Suite struct StandupTests {
  // Today is Wednesday 2026-11-18, so with no standup recorded the agenda starts on
  // Tuesday 2026-11-17 at 00:00 (the fixture's offset is UTC).
  static let since = Timestamp(iso: "2026-11-17T00:00:00Z")!

  static var store: OpportunityStore {
    var records = TUIFixture.records
    // Ana noted Laura's overdue call yesterday; Laura moved Ana's call to preparing.
    records[0].notes = [Note(at: Timestamp(iso: "2026-11-17T15:00:00Z")!, by: "Ana", text: "called JICA")]
    records[0].updated = records[0].notes[0].at  // every change moves `updated`
    records[1].history = [
      HistoryEntry(
        from: "identified", to: "preparing", at: Timestamp(iso: "2026-11-17T16:00:00Z")!, by: "Laura")
    ]
    records[1].updated = records[1].history[0].at
    return OpportunityStore(records)
  }

  func data(now: Timestamp = TUIFixture.now, store: OpportunityStore = StandupTests.store) -> AppData {
    AppData(store: store, now: now)
  }

  func standup(_ data: AppData, width: Int = 80, height: Int = 24) -> AppState {
    var s = TUIFixture.state(data, width: width, height: height)
    TUIFixture.send(&s, [.char("4")], data)
    return s
  }

  @Test func theWalkStartsAtTheFirstPersonSinceTheLastWorkingDay() throws {
    let d = data()
    let s = standup(d)
    let agenda = try #require(s.standup.agenda)
    #expect(agenda.since == StandupTests.since)
    #expect(agenda.people.map(\.name) == ["Ana", "Laura"])
    #expect(s.standup.person == 0)
    // Ana's page: her note on Laura's call (naming her), then her call due this week.
    let ana = agenda.people[0]
    #expect(ana.activity.map(\.id.rawValue) == ["aaa1"] && ana.activity[0].byOther)
    #expect(ana.due.map(\.rawValue) == ["bbb2"])
    // Laura's: her move of Ana's call (her own doing, not her call: named too).
    let laura = agenda.people[1]
    #expect(laura.activity.map(\.id.rawValue) == ["bbb2"] && laura.activity[0].byOther)
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func rendersInEnglish(width: Int, height: Int) {
    let d = data()
    let s = standup(d, width: width, height: height)
    let lines = TUIFixture.screen(s, d).lines
    let text = lines.joined(separator: "\n")
    #expect(lines[2].contains("Since 2026-11-17 00:00 · person 1 of 2"), "\(lines[2])")
    #expect(lines[2].contains("00:00 this person"))
    #expect(lines[3].contains(" Ana ") && lines[3].contains("Laura"), "\(text)")
    #expect(text.contains("Moved, added, noted since (1)"))
    #expect(text.contains("aaa1"))
    #expect(text.contains("(by Ana)") || width < 100)
    #expect(text.contains("Due in 7 days (1)"))
    #expect(text.contains("bbb2"))
    #expect(lines[height - 1].contains("Tab next person"), "\(lines[height - 1])")
    for line in lines { #expect(TerminalText.width(line) <= width) }
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func rendersInSpanish(width: Int, height: Int) {
    let d = data()
    Strings.withLanguage("es") {
      let s = standup(d, width: width, height: height)
      let text = TUIFixture.screen(s, d).lines.joined(separator: "\n")
      #expect(text.contains("Desde 17/11/2026 00:00 · persona 1 de 2"), "\(text)")
      #expect(text.contains("Vence en 7 días (1)"))
      #expect(text.contains("Movido, añadido, anotado desde (1)"))
    }
  }

  @Test func tabAndShiftTabWalkThePeople() {
    let d = data()
    var s = standup(d)
    TUIFixture.send(&s, [.tab], d)
    #expect(s.standup.person == 1 && s.standup.current?.name == "Laura")
    TUIFixture.send(&s, [.tab], d)
    #expect(s.standup.person == 0)
    TUIFixture.send(&s, [.backTab], d)
    #expect(s.standup.person == 1)
    #expect(TUIFixture.screen(s, d).lines[2].contains("person 2 of 2"))
  }

  @Test func theTimersCountFromTheInstantTheLoopPassesIn() {
    let start = TUIFixture.now
    var s = standup(data(now: start))
    let later = data(now: start.adding(seconds: 65))
    #expect(TUIFixture.screen(s, later).lines[2].contains("01:05 this person · 01:05 total"))
    TUIFixture.send(&s, [.tab], later)  // 65 s on Ana, now Laura's turn
    let after = data(now: start.adding(seconds: 100))
    #expect(TUIFixture.screen(s, after).lines[2].contains("00:35 this person · 01:40 total"))
    TUIFixture.send(&s, [.backTab], after)  // back to Ana: her time goes on from 01:05
    #expect(
      TUIFixture.screen(s, data(now: start.adding(seconds: 110))).lines[2].contains("01:15 this person"))
    // Ticks do not move the clock; the instant does.
    reduce(&s, .tick, data: after)
    #expect(TUIFixture.screen(s, after).lines[2].contains("01:05 this person"))
  }

  @Test func anInlineNoteIsSavedOnTheSelectedCall() throws {
    let d = data()
    var s = standup(d)
    TUIFixture.send(&s, [.down], d)  // Ana's second row: bbb2, due
    #expect(s.standup.selectedID?.rawValue == "bbb2")
    TUIFixture.send(&s, [.char("n")], d)
    TUIFixture.type(&s, "decided to apply", d)
    let effects = TUIFixture.send(&s, [.enter], d)
    guard case .perform(let commands, _)? = effects.first, case .note(let id, let note)? = commands.first
    else {
      Issue.record("no note: \(effects)")
      return
    }
    #expect(id.rawValue == "bbb2" && note.text == "decided to apply")
    // Saved: the agenda is drawn up again with the note listed under Laura (the user).
    var store = d.store
    TUIFixture.apply(effects, to: &store)
    let saved = data(store: store)
    reduce(&s, .dataChanged(.saved(ids: [id], message: "")), data: saved)
    let laura = s.standup.agenda?.people.first { $0.name == "Laura" }
    #expect(laura?.activity.contains { $0.kind == .noted("decided to apply") } == true)
    #expect(s.screen == .standup && s.standup.person == 0)
  }

  @Test func movingInlineGoesThroughTheSharedChange() {
    let d = data()
    var s = standup(d)
    TUIFixture.send(&s, [.down], d)
    let effects = TUIFixture.send(&s, [.char(">")], d)
    guard case .perform(let commands, _)? = effects.first, case .move(let id, let entry, _)? = commands.first
    else {
      Issue.record("no move: \(effects)")
      return
    }
    #expect(id.rawValue == "bbb2" && entry.to == "applied")
  }

  @Test func enterOpensTheSelectedCall() {
    let d = data()
    var s = standup(d)
    TUIFixture.send(&s, [.enter], d)
    guard case .detail(let det) = s.mode else {
      Issue.record("not the detail")
      return
    }
    #expect(det.id.rawValue == "aaa1")
    TUIFixture.send(&s, [.escape], d)
    #expect(s.screen == .standup)
  }

  @Test func finishAsksThenRecordsTheStandup() throws {
    let d = data()
    var s = standup(d)
    #expect(TUIFixture.send(&s, [.char("F")], d).isEmpty)
    #expect(TUIFixture.screen(s, d).lines.joined().contains("Finish the standup and record it?"))
    #expect(TUIFixture.send(&s, [.char("n")], d).isEmpty)
    #expect(!s.standup.confirmingFinish)
    TUIFixture.send(&s, [.char("F")], d)
    let effects = TUIFixture.send(&s, [.char("y")], d)
    guard case .perform(let commands, _)? = effects.first, case .team(.standup(let r))? = commands.first
    else {
      Issue.record("no standup: \(effects)")
      return
    }
    #expect(r.since == StandupTests.since && r.by == "Laura" && r.at == TUIFixture.now)
    #expect(s.standup.showsSummary)
    let text = TUIFixture.screen(s, d).lines.joined(separator: "\n")
    #expect(text.contains("Standup finished and recorded"))
    #expect(text.contains("Moves: 1 (preparing 1)"))
    #expect(text.contains("Notes: 1"))
    // Saved: the next standup starts from the recorded one.
    var store = d.store
    TUIFixture.apply(effects, to: &store)
    reduce(&s, .dataChanged(.saved(ids: [], message: "")), data: data(store: store))
    #expect(s.standup.agenda?.since == TUIFixture.now)
  }

  @Test func theSummaryPageShowsAnyTime() {
    let d = data()
    var s = standup(d)
    TUIFixture.send(&s, [.char("S")], d)
    let text = TUIFixture.screen(s, d).lines.joined(separator: "\n")
    #expect(text.contains("Summary so far"))
    #expect(text.contains("Moves: 1 (preparing 1)"))
    #expect(text.contains("Ana") && text.contains("1 done · 1 due"))
    TUIFixture.send(&s, [.char("S")], d)
    #expect(!s.standup.showsSummary)
  }

  @Test func aStandupRecordedElsewhereMovesTheStart() {
    let d = data()
    var s = standup(d)
    var store = d.store
    let theirs = StandupRecord(
      at: Timestamp(iso: "2026-11-18T08:30:00Z")!, by: "Ana", since: StandupTests.since)
    _ = try? store.apply(Change(.team(.standup(theirs)), at: theirs.at, by: "Ana"))
    reduce(&s, .dataChanged(.external(changed: [], reloaded: false)), data: data(store: store))
    #expect(s.standup.agenda?.since == theirs.at)
    // Nothing happened since 08:30: only what is due, stale or awaiting is left.
    #expect(s.standup.agenda?.people.allSatisfy { $0.activity.isEmpty } == true)
  }
}
