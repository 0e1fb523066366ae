import ConvocaCore
import Testing

@testable import ConvocaTUI

@Suite struct ReducerFormTests {
  let data = TUIFixture.data()
  func id(_ s: String) -> OpportunityID { TUIFixture.id(s) }

  func form(_ s: AppState) -> FormState? {
    if case .form(let f) = s.mode { return f }
    return nil
  }

  /// Focuses `field` in the open form with Tab.
  func focus(_ s: inout AppState, _ field: Field) {
    while let f = form(s), f.focused.field != field { TUIFixture.send(&s, [.tab], data) }
  }

  @Test func addFormCreatesWithOwnerAndNewID() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("a")], data)
    #expect(form(s)?.text(.owner) == "Laura")
    #expect(form(s)?.text(.kind) == "other")
    // Saving without a title is refused and says why.
    #expect(TUIFixture.send(&s, [.ctrl("s")], data).isEmpty)
    #expect(form(s)?.entries[0].error == "a title is required")
    #expect(s.status?.text == "not saved — title: a title is required")
    TUIFixture.type(&s, "Ciudades resilientes", data)
    TUIFixture.send(&s, [.tab, .char("a")], data)  // kind: first value starting with "a" after "other"
    #expect(form(s)?.text(.kind) == "award")
    focus(&s, .deadline)
    TUIFixture.type(&s, "2027-02-30", data)
    #expect(form(s)?.focused.error == "'2027-02-30' is not a day on the calendar")
    TUIFixture.send(&s, [.backspace, .backspace], data)
    TUIFixture.type(&s, "28", data)
    #expect(form(s)?.focused.error == nil)
    focus(&s, .amount)
    TUIFixture.type(&s, "1.5m EUR", data)
    focus(&s, .probability)
    TUIFixture.type(&s, "101", data)
    #expect(form(s)?.focused.error == "'101' is not a whole number from 0 to 100")
    TUIFixture.send(&s, [.backspace], data)
    let effects = TUIFixture.send(&s, [.ctrl("s")], data)
    guard case .perform(let commands, let description)? = effects.first, case .create(let o) = commands[0]
    else {
      return #expect(Bool(false))
    }
    #expect(description == "added 'Ciudades resilientes'")
    #expect(o.title == "Ciudades resilientes" && o.kind.rawValue == "award" && o.owner == "Laura")
    #expect(o.deadline?.description == "2027-02-28")
    #expect(o.amount == Money(1_500_000, "EUR"))
    #expect(o.probabilityOverride == 10)
    #expect(o.created == TUIFixture.now && o.stage == .identified)
    #expect(!data.store.contains(o.id))
    #expect(s.mode == .normal)
    // When the save is confirmed, the new one is selected.
    var store = TUIFixture.store
    TUIFixture.apply(effects, to: &store)
    let after = TUIFixture.data(store)
    reduce(&s, .dataChanged(.saved(ids: [o.id], message: description)), data: after)
    #expect(s.selection?.id == o.id)
  }

  @Test func enterMovesOnAndSavesOnTheLastField() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e"), .enter], data)
    #expect(form(s)?.focus == 1)
    focus(&s, .description)
    TUIFixture.type(&s, "one", data)
    TUIFixture.send(&s, [.enter], data)
    TUIFixture.type(&s, "two", data)
    #expect(form(s)?.text(.description) == "one\ntwo")
    TUIFixture.send(&s, [.tab, .tab, .tab], data)  // beneficiary, the last field
    let effects = TUIFixture.send(&s, [.enter], data)
    #expect(
      effects == [
        .perform(
          [.set(id("aaa1"), [FieldChange(.description, .string("one\ntwo"), expected: .string(""))])],
          description: "saved 'Movilidad urbana Medellín'")
      ])
  }

  @Test func editSendsOnlyChangedFieldsWithExpectedValues() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e")], data)
    focus(&s, .area)
    TUIFixture.send(&s, [.right], data)  // urban-development → security-peace
    focus(&s, .amount)
    TUIFixture.send(&s, [.ctrl("u")], data)
    TUIFixture.type(&s, "250k USD", data)  // same value, other text: not sent
    focus(&s, .tags)
    TUIFixture.type(&s, "transport, peace", data)
    let effects = TUIFixture.send(&s, [.ctrl("s")], data)
    #expect(
      effects == [
        .perform(
          [
            .set(
              id("aaa1"),
              [
                FieldChange(.area, .string("security-peace"), expected: .string("urban-development")),
                FieldChange(.tags, .array([.string("transport"), .string("peace")]), expected: .array([])),
              ])
          ], description: "saved 'Movilidad urbana Medellín'")
      ])
  }

  @Test func unchangedFormSavesNothing() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e")], data)
    #expect(TUIFixture.send(&s, [.ctrl("s")], data).isEmpty)
    #expect(s.mode == .normal)
    #expect(s.status?.text == "nothing changed")
  }

  @Test func escAsksBeforeThrowingChangesAway() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e"), .escape], data)
    #expect(s.mode == .normal)  // nothing changed: no question
    TUIFixture.send(&s, [.char("e")], data)
    TUIFixture.type(&s, "!", data)
    let typed = form(s)
    TUIFixture.send(&s, [.escape], data)
    guard case .confirm(let c) = s.mode, let typed else { return #expect(Bool(false)) }
    #expect(c.purpose == .discardForm(typed))
    TUIFixture.send(&s, [.char("n")], data)
    #expect(s.mode == .form(typed))
    TUIFixture.send(&s, [.escape, .char("y")], data)
    #expect(s.mode == .normal)
    #expect(s.status?.text == "changes thrown away")
  }

  @Test func ctrlEEditsTheDescriptionInTheEditor() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e")], data)
    #expect(TUIFixture.send(&s, [.ctrl("e")], data) == [.openEditor(initialText: "")])
    #expect(form(s)?.focused.field == .description)
    reduce(&s, .editorFinished(text: "From the editor\n"), data: data)
    #expect(form(s)?.text(.description) == "From the editor")
    reduce(&s, .editorFinished(text: nil), data: data)
    #expect(form(s)?.text(.description) == "From the editor")
    #expect(s.status?.kind == .error)
  }

  @Test func conflictAsksWhichValueToKeep() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e")], data)
    focus(&s, .funder)
    TUIFixture.send(&s, [.ctrl("u")], data)
    TUIFixture.type(&s, "JICA Japan", data)
    focus(&s, .country)
    TUIFixture.type(&s, "JP", data)
    var store = TUIFixture.store
    _ = try? store.apply(
      Change(.set(id("aaa1"), [FieldChange(.funder, .string("Japan ICA"))]), at: TUIFixture.now, by: "Ana"))
    let theirs = TUIFixture.data(store)
    reduce(&s, .dataChanged(.external(changed: [id("aaa1")], reloaded: false)), data: theirs)
    #expect(form(s)?.changedElsewhere == true)
    #expect(TUIFixture.send(&s, [.ctrl("s")], theirs).isEmpty)
    guard case .confirm(let c) = s.mode, case .conflict(_, let conflicts) = c.purpose else {
      return #expect(Bool(false))
    }
    #expect(
      conflicts == [
        FieldConflict(
          field: .funder, original: .string("JICA"), theirs: .string("Japan ICA"), mine: .string("JICA Japan")
        )
      ])
    // Esc goes back to the form; t keeps theirs and saves the rest of mine.
    TUIFixture.send(&s, [.escape], theirs)
    #expect(form(s) != nil)
    TUIFixture.send(&s, [.ctrl("s")], theirs)
    let keepTheirs = TUIFixture.send(&s, [.char("t")], theirs)
    #expect(
      keepTheirs == [
        .perform(
          [.set(id("aaa1"), [FieldChange(.country, .string("JP"), expected: .string(""))])],
          description: "saved 'Movilidad urbana Medellín'")
      ])
    // m keeps mine (the store records the overwritten value in the history).
    TUIFixture.send(&s, [.char("e")], data)
    focus(&s, .funder)
    TUIFixture.type(&s, "!", data)
    TUIFixture.send(&s, [.ctrl("s")], theirs)
    let keepMine = TUIFixture.send(&s, [.char("m")], theirs)
    #expect(
      keepMine == [
        .perform(
          [.set(id("aaa1"), [FieldChange(.funder, .string("JICA!"), expected: .string("JICA"))])],
          description: "saved 'Movilidad urbana Medellín'")
      ])
  }

  @Test func resizeDuringAFormKeepsIt() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e")], data)
    TUIFixture.type(&s, " 2", data)
    let before = form(s)
    reduce(&s, .resize(width: 40, height: 10), data: data)
    #expect(s.isTooSmall)
    TUIFixture.type(&s, "zzz", data)  // ignored while nothing can be seen
    #expect(form(s) == before)
    reduce(&s, .resize(width: 100, height: 30), data: data)
    #expect(form(s) == before)
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[3] == " title *      Movilidad urbana Medellín 2")
  }

  @Test func readOnlyWhileTheFormWasOpen() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("e")], data)
    TUIFixture.type(&s, "!", data)
    let ro = TUIFixture.data(readOnly: "permission denied")
    #expect(TUIFixture.send(&s, [.ctrl("s")], ro).isEmpty)
    #expect(form(s) != nil)
    #expect(s.status?.text == "read-only: permission denied")
  }

  @Test func longFormScrollsToTheFocusedField() {
    var s = TUIFixture.state(data, width: 60, height: 15)
    TUIFixture.send(&s, [.char("e")], data)
    focus(&s, .contact)
    let lines = TUIFixture.screen(s, data).lines
    #expect(lines.contains { $0.hasPrefix(" contact") })
    #expect(!lines.contains { $0.hasPrefix(" title") })
  }
}
