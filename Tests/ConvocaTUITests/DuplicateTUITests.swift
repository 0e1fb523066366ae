import ConvocaCore
import Testing

@testable import ConvocaTUI

/// Issue 8 item 3 in the tracker: saving a likely duplicate from the add form asks first
/// (save anyway, back to the form, open the existing one); `M` merges two marked calls.
@Suite struct DuplicateTUITests {
  func id(_ s: String) -> OpportunityID { TUIFixture.id(s) }

  var store: OpportunityStore {
    OpportunityStore(TUIFixture.records + [TUIFixture.opportunity("ggg7", "Mayors Challenge 2027")])
  }

  /// The add form with a title like ggg7's, saved.
  func savedDuplicate(_ data: AppData) -> (AppState, [Effect]) {
    var s = TUIFixture.state(data, width: 100, height: 30)
    TUIFixture.send(&s, [.char("a")], data)
    TUIFixture.type(&s, "the mayors' challenge 2027", data)
    let effects = TUIFixture.send(&s, [.ctrl("s")], data)
    return (s, effects)
  }

  @Test func savingALikelyDuplicateWarnsNamingTheExistingCall() {
    let data = TUIFixture.data(store)
    let (s, effects) = savedDuplicate(data)
    #expect(effects.isEmpty)
    guard case .confirm(let c) = s.mode, case .duplicate(_, _, let existing) = c.purpose else {
      return #expect(Bool(false), "\(s.mode)")
    }
    #expect(existing == [id("ggg7")])
    let screen = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(screen.contains("Likely a duplicate"))
    #expect(screen.contains("ggg7  Mayors Challenge 2027"))
    #expect(screen.contains("s save anyway") && screen.contains("o open the existing one"))
  }

  @Test func saveAnywayCreatesBackToFormKeepsTheTextOpenShowsTheExisting() {
    let data = TUIFixture.data(store)
    var (s, _) = savedDuplicate(data)
    let effects = TUIFixture.send(&s, [.char("s")], data)
    guard case .perform(let commands, _)? = effects.first, case .create(let o)? = commands.first else {
      return #expect(Bool(false))
    }
    #expect(o.title == "the mayors' challenge 2027" && s.mode == .normal)

    (s, _) = savedDuplicate(data)
    #expect(TUIFixture.send(&s, [.escape], data).isEmpty)
    guard case .form(let f) = s.mode else { return #expect(Bool(false)) }
    #expect(f.entries[0].editor.text == "the mayors' challenge 2027")

    (s, _) = savedDuplicate(data)
    TUIFixture.send(&s, [.char("o")], data)
    #expect(s.mode == .detail(DetailState(id: id("ggg7"))))
  }

  @Test func aNewTitleSavesWithoutAsking() {
    let data = TUIFixture.data(store)
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("a")], data)
    TUIFixture.type(&s, "Something new", data)
    let effects = TUIFixture.send(&s, [.ctrl("s")], data)
    guard case .perform(let commands, _)? = effects.first, case .create? = commands.first else {
      return #expect(Bool(false))
    }
  }

  @Test func mergeAsksWhichToKeepNamingBothAndMergesAsOneAction() {
    var st = store
    let data = TUIFixture.data(st)
    var s = TUIFixture.state(data, width: 100, height: 30)
    // Not two marked: refused with a message.
    TUIFixture.send(&s, [.char("M")], data)
    #expect(s.mode == .normal && s.status?.text.contains("mark exactly two") == true)
    s.marks = [id("aaa1"), id("ggg7")]
    TUIFixture.send(&s, [.char("M")], data)
    guard case .confirm(let c) = s.mode, case .merge = c.purpose else { return #expect(Bool(false)) }
    let screen = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(screen.contains("which one to keep"))
    #expect(
      screen.contains("aaa1  Movilidad urbana Medellín") && screen.contains("ggg7  Mayors Challenge 2027"))
    let effects = TUIFixture.send(&s, [.char("2")], data)
    guard case .perform(let commands, _)? = effects.first else { return #expect(Bool(false)) }
    guard case .merge(let keep, let other)? = commands.last else { return #expect(Bool(false)) }
    #expect(keep == id("ggg7") && other.id == id("aaa1"))
    TUIFixture.apply(effects, to: &st)
    #expect(st.count == TUIFixture.records.count && st[id("aaa1")] == nil)
    #expect(st[id("ggg7")]?.funder == "JICA")  // filled from the merged call
    #expect(s.marks.isEmpty && s.mode == .normal)
  }
}
