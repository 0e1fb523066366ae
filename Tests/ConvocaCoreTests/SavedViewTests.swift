import Foundation
import Testing

@testable import ConvocaCore

@Suite struct SavedViewTests {
  static let today = CalendarDate(iso: "2026-11-18") ?? CalendarDate(daysSinceEpoch: 0)

  @Test func makeChecksAndCanonicalisesWhatListChecks() throws {
    let v = try SavedView.make(
      name: "  Big ones ", query: "amount>100k -kind:award", sort: "-amount", columns: "Title, amount,title",
      screen: "Board")
    #expect(v.name == "Big ones")
    #expect(v.sort == "amount:desc")
    #expect(v.columns == ["title", "amount"])
    #expect(v.screen == "board")
    let r = try v.resolve()
    #expect(r.sort == SortOrder(.amount, descending: true))
    #expect(r.columns == [.title, .amount])
    #expect(throws: SavedViewError.self) { try SavedView.make(name: " ", query: "") }
    #expect(throws: SavedViewError.self) { try SavedView.make(name: "x", query: "due<<") }
    #expect(throws: SavedViewError.self) { try SavedView.make(name: "x", query: "", sort: "colour") }
    #expect(throws: SavedViewError.self) { try SavedView.make(name: "x", query: "", columns: "title,nope") }
    #expect(throws: SavedViewError.self) { try SavedView.make(name: "x", query: "", screen: "calendar") }
    // The vocabulary of the configuration decides what a kind is.
    #expect(throws: SavedViewError.self) { try SavedView.make(name: "x", query: "kind:fellowship") }
    _ = try SavedView.make(
      name: "x", query: "kind:fellowship", vocabulary: Vocabulary(extraKinds: ["fellowship"], extraAreas: []))
  }

  @Test func namesCompareIgnoringCaseAndAccents() throws {
    var team = TeamData()
    try team.apply(.view("Adjudicación", SavedView(name: "Adjudicación", query: "stage:won")))
    #expect(team.view(named: "ADJUDICACION")?.name == "Adjudicación")
    #expect(team.view(named: " adjudicación ")?.query == "stage:won")
  }

  @Test func listViewIsTheViewsQueryAndTheExtraTerms() throws {
    let a = Fixture.opportunity("aaaa1111", "Horizon grant")
    var b = Fixture.opportunity("bbbb2222", "Horizon award")
    b.kind = Kind(rawValue: "award")
    var c = Fixture.opportunity("cccc3333", "Erasmus grant")
    c.stage = .won
    let store = OpportunityStore([a, b, c])
    let view = SavedView(name: "Open", query: "is:open OR kind:award", sort: "title")
    let r = try view.resolve()
    let context = QueryContext(today: SavedViewTests.today, staleDays: 14, utcOffset: 0, user: "ana")
    let both = r.query(and: try Query.parse("horizon -kind:award"))
    let hits = store.filter(both, context: context).map { store.records[$0].id.rawValue }
    #expect(hits == ["aaaa1111"])
    // Its OR stays grouped: the extra terms apply to the whole view.
    let onlyWon = r.query(and: try Query.parse("stage:won"))
    #expect(store.filter(onlyWon, context: context).isEmpty)
    #expect(try Query.parse(both.description) == both)
  }

  @Test func countsAreWhatEachViewMatchesNowArchivedHidden() throws {
    var a = Fixture.opportunity("aaaa1111", "Horizon grant")
    a.archived = true
    let store = OpportunityStore([a, Fixture.opportunity("bbbb2222", "Horizon two")])
    var team = TeamData()
    try team.apply(.view("H", SavedView(name: "H", query: "horizon")))
    try team.apply(.view("Arch", SavedView(name: "Arch", query: "is:archived")))
    try team.apply(.view("Broken", SavedView(name: "Broken", query: "due<<")))
    let context = QueryContext(today: SavedViewTests.today, staleDays: 14, utcOffset: 0, user: "ana")
    let counts = team.viewCounts(in: store, context: context)
    #expect(counts[SavedView(name: "h", query: "").key] == 1)
    #expect(counts[SavedView(name: "arch", query: "").key] == 1)
    #expect(counts[SavedView(name: "broken", query: "").key] == nil)
  }

  @Test func reportingCurrencyComesFromTheConfigurationElseItsCurrency() throws {
    #expect(Configuration.keys.contains("reportingCurrency"))
    var c = Configuration(user: "ana", defaultCurrency: "EUR")
    #expect(c.reportingOrDefault == "EUR")
    c.reportingCurrency = "COP"
    #expect(c.reportingOrDefault == "COP")
  }
}
