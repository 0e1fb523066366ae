import ConvocaCore
import ConvocaTestSupport
import Testing

@testable import ConvocaTUI

/// In the detail, `N` edits and `X` deletes one of the user's notes, chosen from a menu of the
/// call's notes: the prompt is prefilled, the delete asks first; someone else's note is
/// refused with the store's reason.
@Suite struct NoteEditTrackerTests {
  let t0 = TUIFixture.now
  func data() -> AppData {
    var store = TUIFixture.store
    var o = store[TUIFixture.id("aaa1")]!
    o.notes = [Note(at: t0, by: "Ana", text: "Hers"), Note(at: t0, by: "Laura", text: "Called the NCP")]
    store.upsert(o)
    return TUIFixture.data(store)
  }

  @Test func nEditsTheChosenNoteWithThePromptPrefilled() {
    let d = data()
    var s = TUIFixture.state(d)
    TUIFixture.send(&s, [.enter, .char("N")], d)
    guard case .menu(let m) = s.mode else {
      Issue.record("no menu: \(s.mode)")
      return
    }
    #expect(m.selected == 1)  // the user's last note
    let menu = TUIFixture.screen(s, d).lines.joined(separator: "\n")
    #expect(menu.contains(Strings.tuiMenuNotes(false)))
    #expect(menu.contains("2. 2026-"))
    TUIFixture.send(&s, [.enter], d)
    guard case .prompt(let p) = s.mode else {
      Issue.record("no prompt: \(s.mode)")
      return
    }
    #expect(p.editor.text == "Called the NCP")
    #expect(TUIFixture.screen(s, d).lines.joined().contains(Strings.tuiPromptEditNote(2) + "Called the NCP"))
    TUIFixture.type(&s, " twice", d)
    let effects = TUIFixture.send(&s, [.enter], d)
    guard case .perform(let commands, _)? = effects.first, case .editNote(_, let e)? = commands.first else {
      Issue.record("no edit: \(effects)")
      return
    }
    #expect(e.old?.text == "Called the NCP" && e.new?.text == "Called the NCP twice")
    #expect(s.mode == .detail(DetailState(id: TUIFixture.id("aaa1"))))
  }

  @Test func xDeletesAfterAskingAndEscapeBacksOut() {
    let d = data()
    var s = TUIFixture.state(d)
    TUIFixture.send(&s, [.enter, .char("X"), .enter], d)
    guard case .confirm(let c) = s.mode, case .deleteNote(_, 2, _) = c.purpose else {
      Issue.record("no question: \(s.mode)")
      return
    }
    let text = TUIFixture.screen(s, d).lines.joined(separator: "\n")
    #expect(text.contains(Strings.tuiConfirmDeleteNote(2)))
    #expect(text.contains("Called the NCP"))
    #expect(text.contains("y " + Strings.tuiHintDeleteNoteYes))
    TUIFixture.send(&s, [.escape], d)
    #expect(s.mode == .detail(DetailState(id: TUIFixture.id("aaa1"))))
    let effects = TUIFixture.send(&s, [.char("X"), .enter, .char("y")], d)
    var store = d.store
    TUIFixture.apply(effects, to: &store)
    #expect(store[TUIFixture.id("aaa1")]?.notes.map(\.text) == ["Hers"])
    #expect(store[TUIFixture.id("aaa1")]?.history.last?.field == "note")
  }

  @Test func someoneElsesNoteOrNoNotesIsRefused() {
    let d = data()
    var s = TUIFixture.state(d)
    TUIFixture.send(&s, [.enter, .char("N"), .up, .enter], d)
    #expect(s.mode == .detail(DetailState(id: TUIFixture.id("aaa1"))))
    #expect(s.status?.kind == .error)
    #expect(s.status?.text.contains("Ana") == true)
    TUIFixture.send(&s, [.char("]"), .char("X")], d)
    #expect(s.status?.text == Strings.tuiNoNotes)
    // Menu Esc goes back to the detail.
    TUIFixture.send(&s, [.char("["), .char("N"), .escape], d)
    #expect(s.mode == .detail(DetailState(id: TUIFixture.id("aaa1"))))
  }
}

/// `?` help is searchable: `/` or just typing filters the bindings by key or description,
/// accents ignored; Esc clears the search, then closes.
@Suite struct HelpSearchTests {
  let data = TUIFixture.data()

  @Test func typingWithoutSlashSearchesAccentInsensitively() {
    var s = TUIFixture.state(data, width: 100, height: 40)
    TUIFixture.send(&s, [.char("?")], data)
    TUIFixture.type(&s, "URL", data)
    var text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(text.contains(Strings.tuiHelpSearch + "URL"))
    #expect(text.contains(Strings.tuiKeyOpenURL))
    #expect(!text.contains(Strings.tuiKeyUp))
    // Accents and case are ignored: "MÁRK" finds "mark / unmark".
    TUIFixture.send(&s, [.ctrl("u")], data)
    TUIFixture.type(
      &s, String(Strings.tuiKeyMark.prefix(4)).replacingOccurrences(of: "a", with: "á").uppercased(), data)
    text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(text.contains(Strings.tuiKeyMark))
    #expect(!text.contains(Strings.tuiKeyOpenURL))
    // Enter keeps the search; Esc clears it; Esc again closes.
    TUIFixture.send(&s, [.enter, .escape], data)
    guard case .help(let h) = s.mode else {
      Issue.record("help closed too early")
      return
    }
    #expect(h.search.text.isEmpty)
    TUIFixture.send(&s, [.escape], data)
    #expect(s.mode == .normal)
  }

  @Test func keysOfHelpItselfStillWork() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("?"), .char("q")], data)
    #expect(s.mode == .normal)
  }
}
