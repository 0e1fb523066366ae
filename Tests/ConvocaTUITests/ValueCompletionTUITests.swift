import ConvocaCore
import Testing

@testable import ConvocaTUI

@Suite struct ValueCompletionTUITests {
  static var store: OpportunityStore {
    var records = TUIFixture.records
    let extra: [(String, String, String, [String])] = [
      ("ggg7", "Ana Gómez", "Agencia Española", ["education", "mobility"]),
      ("hhh8", "Ana Gómez", "Agencia Española", ["education"]),
      ("iii9", "Gomez", "JICA", ["energy"]),
    ]
    for (id, owner, funder, tags) in extra {
      var o = TUIFixture.opportunity(id, "Call " + id, funder: funder, owner: owner)
      o.tags = tags
      records.append(o)
    }
    return OpportunityStore(records)
  }
  let data = TUIFixture.data(ValueCompletionTUITests.store)

  func filter(_ s: AppState) -> FilterEditor? {
    if case .filtering(let f) = s.mode { return f }
    return nil
  }

  func form(_ s: AppState) -> FormState? {
    if case .form(let f) = s.mode { return f }
    return nil
  }

  @Test func filterTabCompletesOwnersFromTheDataAndCycles() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "owner:gom", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(filter(s)?.editor.text == #"owner:"Ana Gómez""#)
    #expect(Set(s.rows.map(\.rawValue)) == ["ggg7", "hhh8"])
    // The candidates show on the filter line, most frequent first.
    let line = TUIFixture.screen(s, data).lines[1]
    #expect(line.contains(#"owner:"Ana Gómez"  owner:Gomez"#))
    TUIFixture.send(&s, [.tab], data)
    #expect(filter(s)?.editor.text == "owner:Gomez")
    TUIFixture.send(&s, [.tab], data)
    #expect(filter(s)?.editor.text == #"owner:"Ana Gómez""#)
    TUIFixture.type(&s, " funder:agen", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(filter(s)?.editor.text == #"owner:"Ana Gómez" funder:"Agencia Española""#)
    #expect(filter(s)?.error == nil)
    TUIFixture.type(&s, " tag:", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(filter(s)?.editor.text.hasSuffix(" tag:education") == true)
  }

  @Test func aPauseIndexesTheFieldBeingTyped() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "owner:", data)
    #expect(!s.valueCache.index(data.store, for: []).holds(.owner))
    reduce(&s, .tick, data: data)
    #expect(s.valueCache.index(data.store, for: []).holds(.owner))
    #expect(!s.valueCache.index(data.store, for: []).holds(.funder))
  }

  @Test func formTabCompletesOwnerFunderAndTheLastTag() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("a")], data)
    func focus(_ field: Field) {
      while let f = form(s), f.focused.field != field { TUIFixture.send(&s, [.down], data) }
    }
    focus(.owner)
    TUIFixture.send(&s, [.ctrl("u")], data)
    TUIFixture.type(&s, "gom", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(form(s)?.text(.owner) == "Ana Gómez")
    #expect(form(s)?.focused.field == .owner)
    // The candidates show under the field, the current one highlighted.
    let lines = TUIFixture.screen(s, data).lines
    let row = lines.firstIndex { $0.contains("Ana Gómez") }
    #expect(row.map { lines[$0 + 1].contains("Ana Gómez  Gomez") } == true)
    TUIFixture.send(&s, [.tab], data)
    #expect(form(s)?.text(.owner) == "Gomez")
    TUIFixture.send(&s, [.tab], data)
    #expect(form(s)?.text(.owner) == "Ana Gómez")
    // Tags: the last comma-separated item, skipping those already given.
    focus(.tags)
    TUIFixture.type(&s, "edu", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(form(s)?.text(.tags) == "education")
    // One candidate: the next Tab goes on to the next field.
    TUIFixture.send(&s, [.tab], data)
    #expect(form(s)?.focused.field == .description)
    focus(.tags)
    TUIFixture.type(&s, ", mo", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(form(s)?.text(.tags) == "education, mobility")
    // A field with nothing to complete: Tab is the next field.
    focus(.funder)
    TUIFixture.type(&s, "zzz", data)
    TUIFixture.send(&s, [.tab], data)
    #expect(form(s)?.focused.field == .program)
    // An empty owner: Tab moves on.
    focus(.country)
    TUIFixture.send(&s, [.tab], data)
    #expect(form(s)?.focused.field == .deadline)
  }
}
