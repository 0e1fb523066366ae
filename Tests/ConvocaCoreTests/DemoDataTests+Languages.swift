import Testing

@testable import ConvocaCore

/// Issue 11, item 8: the demo reads in both languages — mostly calls written in Spanish, as an
/// agency in Medellín tracks them, beside international ones in English.
@Suite struct DemoDataLanguageTests {
  enum Language { case spanish, english, unclear }

  /// The language of a text, by its most frequent function words (accents folded).
  static func language(of text: String) -> Language {
    let spanish: Set<String> = [
      "de", "la", "el", "los", "las", "del", "para", "con", "y", "en", "por", "una", "que", "se",
    ]
    let english: Set<String> = [
      "the", "of", "and", "for", "to", "with", "in", "on", "is", "by", "from", "that",
    ]
    let words = TextFolding.folded(text).split { !$0.isLetter }.map(String.init)
    let es = words.filter { spanish.contains($0) }.count
    let en = words.filter { english.contains($0) }.count
    if es >= 2 * max(en, 1) { return .spanish }
    if en >= 2 * max(es, 1) { return .english }
    return .unclear
  }

  /// What an officer reads of a call: its description, its notes and the notes of its moves.
  static func body(_ o: Opportunity) -> String {
    ([o.description] + o.notes.map(\.text) + o.history.compactMap(\.note)).joined(separator: " ")
  }

  @Test func mostCallsAreWrittenInSpanishBesideEnglishOnes() throws {
    let records = try DemoData.load().records
    let languages = records.map { Self.language(of: Self.body($0)) }
    let spanish = languages.filter { $0 == .spanish }.count
    let english = languages.filter { $0 == .english }.count
    // About 60/40: between 55 % and 70 % Spanish, at least a quarter English.
    #expect(spanish * 100 >= records.count * 55, "\(spanish) of \(records.count) calls in Spanish")
    #expect(spanish * 100 <= records.count * 70, "\(spanish) of \(records.count) calls in Spanish")
    #expect(english * 100 >= records.count * 25, "\(english) of \(records.count) calls in English")
    #expect(spanish + english == records.count, "calls written in neither language: \(languages)")
  }

  @Test func aSpanishTitleIsNeverOverAnEnglishDescription() throws {
    for o in try DemoData.load().records where Self.language(of: o.title) == .spanish {
      #expect(Self.language(of: Self.body(o)) == .spanish, "\(o.id) '\(o.title)' reads in English")
    }
  }

  @Test func accentsAndEnyeAreKeptAndFoundWithoutThem() throws {
    let records = try DemoData.load().records
    var store = OpportunityStore()
    for o in records { store.upsert(o) }
    let context = QueryContext(today: try DemoData.load().anchor)
    let found = store.filter(try Query.parse("medellin"), context: context).map { store.records[$0] }
    #expect(found.count >= 20)
    #expect(found.contains { $0.title.contains("Medellín") })
    #expect(records.contains { $0.title.contains("ñ") || $0.description.contains("ñ") })
    // Words of Spanish titles are found with and without their accents.
    let withAccent = store.filter(try Query.parse("cooperación"), context: context)
    #expect(!withAccent.isEmpty)
    #expect(withAccent == store.filter(try Query.parse("cooperacion"), context: context))
  }
}
