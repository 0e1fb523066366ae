import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

/// Issue 8 item 3: normalisation, the duplicate finder (on add and store-wide, with
/// blocking), and merging two records.
@Suite struct DuplicateTests {
  let today = CalendarDate(iso: "2026-11-29")!

  func call(_ id: String, _ title: String, funder: String = "", url: String = "", deadline: String? = nil)
    -> Opportunity
  {
    var o = Fixture.opportunity(id, title)
    o.funder = funder
    o.url = url
    o.deadline = deadline.flatMap { CalendarDate(iso: $0) }
    return o
  }

  // MARK: - Normalisation

  @Test func titlesFoldCaseAccentsPunctuationSpacesAndStopWords() {
    #expect(DuplicateKey.text("The  Mayors' Challenge — 2027!") == "mayors challenge 2027")
    #expect(
      DuplicateKey.text("Convocatoria de Innovación para  Medellín") == "convocatoria innovacion medellin")
    #expect(DuplicateKey.text("«Ciudades» con Futuro…") == "ciudades con futuro")
    #expect(DuplicateKey.text("BLOOMBERG Philanthropies") == DuplicateKey.text("bloomberg philanthropies"))
    #expect(DuplicateKey.text("") == "")
  }

  @Test func urlsLoseSchemeWwwFragmentAndTrailingSlashAndLowerTheHost() {
    #expect(DuplicateKey.url("HTTPS://www.Example.org/Calls/7/#apply") == "example.org/Calls/7")
    #expect(DuplicateKey.url("http://example.org/Calls/7") == "example.org/Calls/7")
    #expect(DuplicateKey.url("example.org/calls/7?x=1") == "example.org/calls/7?x=1")
    #expect(DuplicateKey.url("") == "")
    // Read byte by byte: spaces around, a bare scheme, accents and odd input never trap.
    #expect(DuplicateKey.url("  https://WWW.Alcaldía.gov.co/convocatoria/ \t") == "alcaldía.gov.co/convocatoria")
    #expect(DuplicateKey.url("https://") == "")
    #expect(DuplicateKey.url("#") == "")
    #expect(DuplicateKey.url("   ") == "")
    #expect(DuplicateKey.url("mailto:ana@example.org") == "mailto:ana@example.org")
    #expect(DuplicateKey.url("www.example.org///") == "example.org")
  }

  @Test func similarityIsOneForEqualTitlesAndHighForATypo() {
    #expect(DuplicateKey.similarity("mayors challenge 2027", "mayors challenge 2027") == 1)
    #expect(DuplicateKey.similarity("mayors challenge 2027", "mayor challenge 2027") > 0.85)
    #expect(DuplicateKey.similarity("mayors challenge 2027", "urban lab youth") < 0.4)
  }

  // MARK: - On add

  @Test func likelyDuplicatesOfADraftAreSameTitleAndFunderOrSameURL() {
    let store = OpportunityStore([
      call("aaaa0001", "Mayors Challenge 2027", funder: "Bloomberg Philanthropies"),
      call("aaaa0002", "Urban Lab", funder: "UN-Habitat", url: "https://www.unhabitat.org/lab/"),
      call("aaaa0003", "Mayors Challenge 2027", funder: "IDB"),
    ])
    let sameTitle = call("bbbb0001", "the mayors' challenge — 2027", funder: "BLOOMBERG philanthropies")
    #expect(DuplicateFinder.likelyDuplicates(of: sameTitle, in: store).map(\.id.rawValue) == ["aaaa0001"])
    let sameURL = call("bbbb0002", "Something else", url: "http://unhabitat.org/lab#top")
    #expect(DuplicateFinder.likelyDuplicates(of: sameURL, in: store).map(\.id.rawValue) == ["aaaa0002"])
    let other = call("bbbb0003", "Mayors Challenge 2027", funder: "CAF")
    #expect(DuplicateFinder.likelyDuplicates(of: other, in: store).isEmpty)
  }

  // MARK: - Store-wide

  @Test func pairsExplainWhyAndComeMostLikelyFirst() throws {
    let store = OpportunityStore([
      call("aaaa0001", "Mayors Challenge 2027", funder: "Bloomberg", deadline: "2027-03-01"),
      call("aaaa0002", "Mayor Challenge 2027", funder: "Bloomberg", deadline: "2027-03-04"),
      call("aaaa0003", "Urban Lab", url: "https://unhabitat.org/lab"),
      call("aaaa0004", "Laboratorio urbano", url: "unhabitat.org/lab/"),
      call("aaaa0005", "Mayors Challenge 2027", funder: "IDB"),
      call("aaaa0006", "Peace Prize", funder: "UCLG"),
      call("aaaa0007", "Mayors Challenge 2026", funder: "Bloomberg", deadline: "2026-03-01"),  // another year
    ])
    let pairs = DuplicateFinder.pairs(in: store)
    #expect(pairs.count == 2)
    #expect(pairs[0].sameURL && pairs[0].reason == "same URL")
    #expect(Set([pairs[0].first.rawValue, pairs[0].second.rawValue]) == ["aaaa0003", "aaaa0004"])
    #expect(pairs[1].reason == "same funder, titles 92% alike, deadlines 3 days apart")
    #expect(Set([pairs[1].first.rawValue, pairs[1].second.rawValue]) == ["aaaa0001", "aaaa0002"])
  }

  @Test func blockingStillFindsPlantedPairsAndPairsNoUnrelatedRecords() {
    let base = SyntheticData.records(count: 3000, today: today)
    let planted = SyntheticData.plantedDuplicates(count: 40, today: today, taken: Set(base.map(\.id)))
    let store = OpportunityStore(base + planted.records)
    let pairs = DuplicateFinder.pairs(in: store)
    let found = Set(pairs.map { [$0.first, $0.second].sorted() })
    for (a, b) in planted.pairs { #expect(found.contains([a, b].sorted()), "\(a) \(b)") }
    // Planted records pair only with their twin: different reference codes never match.
    let plantedIDs = Set(planted.records.map(\.id))
    let twins = Set(planted.pairs.map { [$0.0, $0.1].sorted() })
    for p in pairs where plantedIDs.contains(p.first) || plantedIDs.contains(p.second) {
      #expect(twins.contains([p.first, p.second].sorted()))
    }
    // Records with different funders are never paired without the same URL.
    for p in pairs where !p.sameURL {
      #expect(store[p.first]?.funder == store[p.second]?.funder)
    }
  }

  // MARK: - Merge

  func mergeFixture() -> (Opportunity, Opportunity) {
    let t = { (s: String) in Timestamp(iso: s)! }
    var keep = call("keep0001", "Mayors Challenge 2027", funder: "Bloomberg")
    keep.notes = [
      Note(at: t("2026-10-01T10:00:00Z"), by: "Ana", text: "first"),
      Note(at: t("2026-10-05T10:00:00Z"), by: "Ana", text: "third"),
    ]
    keep.history = [
      HistoryEntry(from: "identified", to: "preparing", at: t("2026-10-02T10:00:00Z"), by: "Ana")
    ]
    keep.stage = .preparing
    var other = call("othr0001", "Mayor Challenge 2027", funder: "Bloomberg", url: "https://bloomberg.org/mc")
    other.deadline = CalendarDate(iso: "2027-03-01")
    other.owner = "Luis"
    other.notes = [Note(at: t("2026-10-03T10:00:00Z"), by: "Luis", text: "second"), keep.notes[0]]
    other.history = [
      HistoryEntry(from: "identified", to: "applied", at: t("2026-10-04T10:00:00Z"), by: "Luis")
    ]
    return (keep, other)
  }

  @Test func mergeMovesNotesAndHistoryInTimeOrderFillsEmptyFieldsRemovesOtherAndUndoes() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    let (keep, other) = mergeFixture()
    try db.perform([.create(keep), .create(other)])
    let plan = try Merge.plan(keep: keep, other: other)
    #expect(plan.filled == [.deadline, .owner, .url])
    let linesBefore = Fixture.lines(path).count
    try db.perform(plan.commands)
    #expect(Fixture.lines(path).count == linesBefore + 1)  // one journal line
    let merged = try #require(db.store[keep.id])
    #expect(merged.notes.map(\.text) == ["first", "second", "third"])
    #expect(merged.history.filter { $0.field == nil }.map(\.to) == ["preparing", "applied"])
    #expect(merged.stage == .preparing)
    #expect(merged.url == "https://bloomberg.org/mc" && merged.owner == "Luis")
    #expect(merged.deadline == CalendarDate(iso: "2027-03-01"))
    #expect(db.store[other.id] == nil)
    // A fresh reader replays the journal line the same way, and finds OTHER in it.
    let reread = try Fixture.database(path)
    #expect(reread.store[keep.id]?.notes == merged.notes && reread.store[other.id] == nil)
    #expect(Fixture.lines(path).last?.contains("\"op\":\"merge\"") == true)
    #expect(Fixture.lines(path).last?.contains("\"othr0001\"") == true)
    try db.undo()
    #expect(db.store[keep.id]?.notes == keep.notes && db.store[keep.id]?.history == keep.history)
    #expect(db.store[keep.id]?.url == "" && db.store[keep.id]?.owner == keep.owner)
    #expect(db.store[other.id]?.notes == other.notes)
    #expect(try Fixture.database(path).store[other.id]?.title == other.title)
    try db.redo()
    #expect(db.store[other.id] == nil && db.store[keep.id]?.notes.count == 3)
  }

  @Test func mergeRefusesTheSameRecordTwice() {
    let (keep, _) = mergeFixture()
    #expect(throws: CommandError.self) { try Merge.plan(keep: keep, other: keep) }
    var store = OpportunityStore([keep])
    #expect(throws: CommandError.self) {
      try store.apply(Change(.merge(keep.id, other: keep), at: Fixture.t0, by: "x"))
    }
    #expect(store[keep.id] == keep)
  }

  @Test func mergeAndUnmergeSurviveTheJournalCodec() throws {
    let (keep, other) = mergeFixture()
    for c in [
      Command.merge(keep.id, other: other),
      .unmerge(keep.id, other: other, notes: other.notes, history: other.history),
    ] {
      let e = JournalEntry(at: Fixture.t0, by: "Ana", commands: [c])
      #expect(try JournalCodec.decode(JournalCodec.encode(e)) == e)
    }
  }
}
