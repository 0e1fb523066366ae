import ConvocaCore
import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaTUI

/// The quick actions of the list and the detail: `]` / `[` through the list from the
/// detail, `y` copying the id (OSC 52 only when the configuration allows it), the note prompt
/// naming the call, and "move and note" in the stage menu.
@Suite struct QuickActionTests {
  let data = TUIFixture.data()
  func id(_ s: String) -> OpportunityID { TUIFixture.id(s) }

  // MARK: - ] and [

  @Test func bracketsWalkTheListFromTheDetailAndTheSelectionFollows() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.down, .enter], data)
    #expect(s.mode == .detail(DetailState(id: id("bbb2"))))
    TUIFixture.send(&s, [.char("]")], data)
    #expect(s.mode == .detail(DetailState(id: id("ccc3"))))
    TUIFixture.send(&s, [.char("["), .char("[")], data)
    #expect(s.mode == .detail(DetailState(id: id("aaa1"))))
    // At the first call: it stays, and says so.
    TUIFixture.send(&s, [.char("[")], data)
    #expect(s.mode == .detail(DetailState(id: id("aaa1"))))
    #expect(s.status?.text == Strings.tuiFirstCall)
    TUIFixture.send(&s, [.char("G"), .char("]")], data)  // G scrolls the detail, ] moves on
    #expect(s.mode == .detail(DetailState(id: id("bbb2"))))
    TUIFixture.send(&s, [.escape], data)
    #expect(s.selection?.id == id("bbb2"))
  }

  @Test func bracketsFollowTheFilterAndTheSort() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "stage:identified", data)
    TUIFixture.send(&s, [.enter], data)
    let rows = s.rows
    #expect(rows.count >= 2)
    TUIFixture.send(&s, [.enter, .char("]")], data)
    #expect(s.mode == .detail(DetailState(id: rows[1])))
    TUIFixture.send(&s, Array(repeating: .char("]"), count: rows.count), data)
    #expect(s.mode == .detail(DetailState(id: rows[rows.count - 1])))
    #expect(s.status?.text == Strings.tuiLastCall)
  }

  // MARK: - y

  @Test func yShowsTheIdAndHowToEnableCopyingWhenTheClipboardIsOff() {
    var s = TUIFixture.state(data)
    let effects = TUIFixture.send(&s, [.char("y")], data)
    #expect(effects.isEmpty)
    #expect(s.status?.text == Strings.tuiCopyOff("aaa1"))
    #expect(s.status?.text.contains("\"clipboard\": true") == true)
  }

  @Test func yCopiesTheIdAsAnEffectWhenTheConfigurationAllowsIt() {
    var s = TUIFixture.state(data)
    s.configuration.clipboard = true
    #expect(TUIFixture.send(&s, [.down, .char("y")], data) == [.copyToClipboard("bbb2")])
    TUIFixture.send(&s, [.enter, .char("]")], data)
    #expect(TUIFixture.send(&s, [.char("y")], data) == [.copyToClipboard("ccc3")])
    // Nothing of the sequence is drawn: the canvas holds text only.
    let screen = TUIFixture.screen(s, data).lines.joined()
    #expect(!screen.contains("\u{1b}") && !screen.contains("]52;"))
  }

  @Test func theTrackerHandsTheCopyToTheTerminal() throws {
    let rig = try TrackerTests.rig()
    rig.tracker.state.configuration.clipboard = true
    rig.run(.key(.char("y")), .key(.char("q")))
    #expect(rig.terminal.clipboard == ["aaa1"])
  }

  @Test func theOSC52SequenceIsBase64BetweenTheEscapes() {
    #expect(String(decoding: OSC52.sequence("aaa1"), as: UTF8.self) == "\u{1b}]52;c;YWFhMQ==\u{07}")
    // Control characters in the text cannot end the sequence early.
    #expect(!OSC52.sequence("a\u{07}\u{1b}b").dropFirst(7).dropLast().contains(0x07))
  }

  // MARK: - The note prompt names the call

  @Test func theNotePromptNamesTheCallSanitisedAndCut() {
    var store = TUIFixture.store
    var o = TUIFixture.records[0]
    o.title = TUIFixture.hostileTitle + String(repeating: "世界", count: 40)
    store.upsert(o)
    let d = TUIFixture.data(store)
    var s = TUIFixture.state(d)
    TUIFixture.send(&s, [.char("n")], d)
    let line = TUIFixture.screen(s, d).lines[22]
    #expect(line.hasPrefix(Strings.tuiPromptNoteOn("").prefix { $0 != "'" } + "'"))
    #expect(!line.contains("\u{1b}") && !line.contains("\u{07}"))
    let label = String(line.prefix { $0 != ":" })
    #expect(TerminalText.width(label) <= 80 / 3 + 12, "\(line)")
    // Several marked calls: the count, not one title.
    var m = TUIFixture.state(data)
    TUIFixture.send(&m, [.char(" "), .char(" "), .char("n")], data)
    #expect(
      TUIFixture.screen(m, data).lines[22].hasPrefix(
        Strings.tuiPromptNoteMany(2).trimmingCharacters(in: .whitespaces)))
  }

  // MARK: - Move and note

  @Test func moveAndNoteWritesTheNoteIntoTheMovesHistoryEntry() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("m"), .char("n")], data)
    #expect(s.mode == .prompt(PromptState(.moveNote(targets: [id("aaa1")], stage: .preparing, awarded: nil))))
    #expect(
      TUIFixture.screen(s, data).lines[22].hasPrefix(
        Strings.tuiPromptMoveNote("Movilidad urbana Medellín", "preparing").trimmingCharacters(
          in: .whitespaces)))
    // An empty note is refused, and the prompt stays.
    TUIFixture.send(&s, [.enter], data)
    if case .prompt(let p) = s.mode {
      #expect(p.error == Strings.tuiNoteEmpty)
    } else {
      Issue.record("\(s.mode)")
    }
    TUIFixture.type(&s, "draft sent to JICA", data)
    let effects = TUIFixture.send(&s, [.enter], data)
    var store = TUIFixture.store
    TUIFixture.apply(effects, to: &store)
    #expect(store[id("aaa1")]?.stage == .preparing)
    #expect(store[id("aaa1")]?.history.last?.note == "draft sent to JICA")
    #expect(s.mode == .normal)
  }

  @Test func moveAndNoteToWonAsksTheAmountThenTheNote() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("m"), .char("j"), .char("j"), .char("n")], data)
    #expect(
      s.mode == .prompt(PromptState(.awarded(targets: [id("aaa1")], withNote: true), text: "250000 USD")))
    TUIFixture.send(&s, [.enter], data)
    #expect(
      s.mode
        == .prompt(PromptState(.moveNote(targets: [id("aaa1")], stage: .won, awarded: Money(250_000, "USD"))))
    )
    TUIFixture.type(&s, "signed", data)
    var store = TUIFixture.store
    TUIFixture.apply(TUIFixture.send(&s, [.enter], data), to: &store)
    #expect(store[id("aaa1")]?.stage == .won && store[id("aaa1")]?.awarded == Money(250_000, "USD"))
    #expect(store[id("aaa1")]?.history.last?.note == "signed")
  }

  @Test func theSortMenuHasNoMoveAndNote() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("s")], data)
    let before = s.mode
    #expect(TUIFixture.send(&s, [.char("n")], data).isEmpty)
    #expect(s.mode == before)
    #expect(!TUIFixture.screen(s, data).lines[23].contains(Strings.tuiHintMoveAndNote))
    TUIFixture.send(&s, [.escape, .char("m")], data)
    #expect(TUIFixture.screen(s, data).lines[23].contains(Strings.tuiHintMoveAndNote))
  }

  @Test func moveAndNoteIsRefusedWhenReadOnly() {
    let ro = TUIFixture.data(readOnly: "test")
    var s = TUIFixture.state(ro)
    s.mode = .menu(MenuState.stage(targets: [id("aaa1")], current: .identified))
    let effects = TUIFixture.send(&s, [.char("n")], ro)
    #expect(effects.isEmpty)
    #expect(s.mode == .normal && s.status?.kind == .error)
  }
}
