import ConvocaCore
import Testing

@testable import ConvocaTUI

/// Reviewing a call changed in two copies: the list's `!`, the detail's banner, the review
/// panel (`c` in the detail, `C` on a list row) and the one undoable change it applies.
@Suite struct ConflictReviewTests {
  /// The fixture with `aaa1` merged from two copies: title and amount changed in both.
  static func store() -> OpportunityStore {
    var records = TUIFixture.records
    var mine = records[0]
    mine.updated = TUIFixture.t0
    var theirs = mine
    theirs.title = "Movilidad sostenible"
    theirs.amount = Money(300_000, "USD")
    theirs.updated = Timestamp(iso: "2026-11-02T10:00:00Z") ?? TUIFixture.t0
    records[0] = RecordMerge.merge(base: nil, ours: mine, theirs: theirs)
    return OpportunityStore(records)
  }

  let data = TUIFixture.data(ConflictReviewTests.store())

  func state(_ keys: [Key]) -> AppState {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, keys, data)
    return s
  }

  func row(_ c: Canvas, _ id: String) -> Int? { c.lines.firstIndex { $0.contains(id) } }

  @Test func aFlaggedRowHasARedMarkInTheMarksSecondCell() {
    let c = TUIFixture.screen(state([]), data)
    guard let y = row(c, "aaa1") else {
      Issue.record("aaa1 is listed")
      return
    }
    #expect(c.lines[y].hasPrefix(" !aaa1"))
    #expect(c.style(x: 1, y: y).fg == .red && c.style(x: 1, y: y).attributes.contains(.bold))
    // Other rows: no mark; the columns stay where they were (80×24 layout unchanged).
    let other = row(c, "bbb2") ?? 0
    #expect(c.lines[other].hasPrefix("  bbb2"))
    #expect(c.lines[2].hasPrefix("  ID"))
  }

  @Test func theDetailShowsABannerNamingTheFieldsAndTheKey() {
    let c = TUIFixture.screen(state([.enter]), data)
    #expect(c.lines[2] == " Changed in two copies: amount, title — press c to review")
    #expect(c.style(x: 0, y: 2) == Palette.banner && c.style(x: 79, y: 2) == Palette.banner)
    #expect(c.lines[3] == " Movilidad sostenible")
    // A call not flagged has no banner.
    var s = state([.down, .enter])
    TUIFixture.send(&s, [], data)
    #expect(TUIFixture.screen(s, data).lines[2].hasPrefix(" Becas de innovación"))
  }

  @Test func thePanelShowsBothValuesAndThePickedOne() {
    let c = TUIFixture.screen(state([.enter, .char("c"), .down, .right]), data)
    let top = c.lines.firstIndex { $0.contains("┌ Changed in two copies: Movilidad sostenible") } ?? 0
    #expect(top > 0)
    #expect(c.lines[top + 1].contains("  amount"))
    #expect(
      c.lines[top + 2].contains("● 1 current: 300000 USD")
        && c.lines[top + 2].contains("○ 2 other copy: 250000 USD"))
    #expect(c.lines[top + 4].contains("› title"))
    #expect(c.lines[top + 5].contains("○ 1 current: Movilidad sostenible"))
    #expect(c.lines[top + 5].contains("● 2 other copy: Movilidad urbana M…"))
    #expect(c.lines[top + 7].contains("← current   → other   Enter apply   Esc cancel"))
    // The pick under the cursor in reverse; the other field's pick underlined.
    let otherX = c.lines[top + 5].distance(
      from: c.lines[top + 5].startIndex,
      to: c.lines[top + 5].range(of: "● 2")?.lowerBound ?? c.lines[top + 5].startIndex)
    #expect(c.style(x: otherX, y: top + 5).attributes.contains(.reverse))
    #expect(c.style(x: 5, y: top + 2).attributes.contains(.underline))
    #expect(c.lines[23] == " ← current  → other  Enter apply  Esc cancel")
  }

  @Test func enterAppliesOneUndoableResolveThatClearsTheFlag() {
    var s = state([.enter, .char("c"), .down, .char("2")])
    let effects = TUIFixture.send(&s, [.enter], data)
    let id = TUIFixture.id("aaa1")
    #expect(
      effects == [
        .perform(
          [
            .resolve(
              id,
              [
                Conflicts.Choice(field: "amount", value: "300000 USD"),
                Conflicts.Choice(field: "title", value: "Movilidad urbana Medellín"),
              ])
          ], description: Strings.tuiReviewApplied("aaa1"))
      ])
    guard case .detail = s.mode else {
      Issue.record("back to the detail")
      return
    }
    var store = data.store
    TUIFixture.apply(effects, to: &store)
    #expect(store[id]?.conflict == false && store[id]?.title == "Movilidad urbana Medellín")
    // The banner is gone.
    let after = TUIFixture.data(store)
    #expect(TUIFixture.screen(s, after).lines[2].hasPrefix(" Movilidad urbana Medellín"))
  }

  @Test func escCancelsAndTheListKeyOpensTheSameReview() {
    var s = state([.enter, .char("c"), .right])
    #expect(TUIFixture.send(&s, [.escape], data).isEmpty)
    guard case .detail = s.mode else {
      Issue.record("Esc goes back to the detail")
      return
    }
    s = state([.char("C")])
    guard case .review(let r) = s.mode else {
      Issue.record("C on a list row opens the review")
      return
    }
    #expect(r.back == nil && r.fields.map(\.field) == ["amount", "title"])
    TUIFixture.send(&s, [.escape], data)
    #expect(s.mode == .normal)
    // A call not flagged: refused with a message, nothing opens.
    s = state([.down, .char("C")])
    #expect(s.mode == .normal && s.status?.text == Strings.tuiReviewNotFlagged)
  }

  @Test func spanishAt80x24() {
    Strings.withLanguage("es") {
      let detail = TUIFixture.screen(state([.enter]), data)
      #expect(detail.lines[2].hasPrefix(" Cambiada en dos copias: monto, título — pulse c para revisar"))
      let c = TUIFixture.screen(state([.enter, .char("c")]), data)
      #expect(c.lines.contains { $0.contains("┌ Cambiada en dos copias: Movilidad sostenible") })
      #expect(
        c.lines.contains {
          $0.contains("● 1 actual: 300000 USD") && $0.contains("○ 2 otra copia: 250000 USD")
        })
      #expect(c.lines.contains { $0.contains("← actual   → otra   Intro aplicar   Esc cancelar") })
      // Every row fits the 80 cells.
      #expect(c.lines.count == 24 && c.lines.allSatisfy { TerminalText.width($0) <= 80 })
    }
  }

  @Test func hostileValuesAreSanitisedInThePanel() {
    var records = TUIFixture.records
    var mine = records[0]
    var theirs = mine
    theirs.title = TUIFixture.hostileTitle
    theirs.updated = TUIFixture.now
    mine.funder = "x"
    records[0] = RecordMerge.merge(base: nil, ours: mine, theirs: theirs)
    let d = TUIFixture.data(OpportunityStore(records))
    var s = TUIFixture.state(d)
    TUIFixture.send(&s, [.enter, .char("c")], d)
    let c = TUIFixture.screen(s, d)
    #expect(!c.lines.joined().contains("\u{1B}"))
  }
}
