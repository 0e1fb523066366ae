import ConvocaResources
import Foundation
import Testing

@testable import ConvocaCore

@Suite struct DemoDataTests {
  /// The bundled file's lines (header first), as written.
  static func rawLines() throws -> [String] {
    let url = try #require(ResourceLocator.url("demo.jsonl"))
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.hasSuffix("\n"))
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// The bundled file's record lines (the team lines follow them).
  static func recordLines() throws -> [String] {
    try rawLines().dropFirst().filter { $0.hasPrefix("{\"id\":") }
  }

  @Test func headerNamesFormatAndAnchor() throws {
    let header = try JSONParser.parse(try #require(Self.rawLines().first))
    #expect(header["format"]?.stringValue == "convoca")
    #expect(header["version"] == .number("2"))
    let anchor = try #require(header["demoAnchor"]?.stringValue.flatMap { CalendarDate(iso: $0) })
    #expect(try DemoData.load().anchor == anchor)
  }

  @Test func decodesFullyWithEnoughRecords() throws {
    let lines = try Self.recordLines()
    let demo = try DemoData.load()
    #expect(demo.records.count == lines.count)
    #expect(demo.records.count >= 60)
  }

  @Test func coversEveryKindAreaStageAndSeveralCurrencies() throws {
    let records = try DemoData.load().records
    #expect(Set(records.map(\.kind)) == Set(Kind.defaults))
    #expect(Set(records.compactMap(\.area)) == Set(Area.defaults))
    #expect(Set(records.map(\.stage)) == Set(Stage.allCases))
    let currencies = Set(records.compactMap(\.amount?.currency) + records.compactMap(\.awarded?.currency))
    #expect(currencies.count >= 4)
    #expect(currencies.isSuperset(of: ["USD", "EUR", "COP", "GBP", "JPY", "KRW"]))
    for o in records {
      #expect(!o.owner.isEmpty, "\(o.id) has no owner")
      #expect(!o.description.isEmpty, "\(o.id) has no description")
      #expect(o.area != nil, "\(o.id) has no area")
    }
    // A small, consistent team.
    #expect((4...5).contains(Set(records.map(\.owner)).count))
    // Accents for accent-insensitive search.
    #expect(records.contains { $0.title.contains("Medellín") })
  }

  @Test func idsAreUniqueSortedAndWellFormed() throws {
    let ids = try DemoData.load().records.map(\.id.rawValue)
    #expect(Set(ids).count == ids.count)
    let fromFile = try Self.recordLines().map {
      try #require(try JSONParser.parse($0)["id"]?.stringValue)
    }
    #expect(fromFile == fromFile.sorted())
    #expect(fromFile == ids)
    let alphabet = Set("0123456789abcdefghjkmnpqrstvwxyz")
    for id in ids {
      #expect(id.count == 8 && id.allSatisfy(alphabet.contains), "bad id \(id)")
    }
  }

  @Test func everyLineIsCanonical() throws {
    for line in try Self.recordLines() {
      let o = try RecordCodec.decode(try JSONParser.parse(line))
      let again = JSONWriter.line(RecordCodec.encode(o, style: .file))
      #expect(again == line)
    }
  }

  @Test func historiesAreConsistent() throws {
    for o in try DemoData.load().records {
      #expect(o.created <= o.updated, "\(o.id): created after updated")
      var stage = Stage.identified
      var last = o.created
      for h in o.history {
        let move = try #require(h.stages, "\(o.id): history entry is not a stage move")
        #expect(move.from == stage, "\(o.id): history does not chain at \(h.at)")
        #expect(move.from != move.to)
        #expect(h.at >= last, "\(o.id): history out of order")
        #expect(!h.by.isEmpty)
        stage = move.to
        last = h.at
      }
      #expect(stage == o.stage, "\(o.id): history ends at \(stage), record is \(o.stage)")
      #expect(last <= o.updated, "\(o.id): history after updated")
      for n in o.notes {
        #expect(n.at >= o.created && n.at <= o.updated, "\(o.id): note outside created…updated")
        #expect(!n.by.isEmpty && !n.text.isEmpty)
      }
      #expect(zip(o.notes, o.notes.dropFirst()).allSatisfy { $0.at <= $1.at }, "\(o.id): notes out of order")
    }
  }

  @Test func wonOnesHaveAwardedAndClosedOnesAreInThePast() throws {
    let demo = try DemoData.load()
    let end = Timestamp(seconds: Int64(demo.anchor.daysSinceEpoch + 1) * 86_400)
    for o in demo.records {
      if o.stage == .won { #expect(o.awarded != nil, "\(o.id) won without an awarded amount") }
      if o.stage == .won || o.stage == .lost, let d = o.decision { #expect(d <= demo.anchor) }
      #expect(o.updated < end, "\(o.id) updated after the anchor")
    }
    let reopened = demo.records.filter { o in
      o.history.contains { $0.stages.map { !$0.from.isOpen } ?? false }
    }
    #expect(!reopened.isEmpty, "some record is reopened")
    #expect(demo.records.contains { $0.isStale(today: demo.anchor, days: 30) }, "some open record is stale")
  }

  @Test func shiftingKeepsDeadlinesNearToday() throws {
    let today = try #require(CalendarDate(iso: "2030-03-14"))
    let records = try DemoData.records(shiftedTo: today)
    let open = records.filter(\.isOpen)
    let soon = open.filter { o in o.deadline.map { (0...7).contains(today.days(until: $0)) } ?? false }
    #expect(soon.count >= 3)
    #expect(open.contains { $0.isOverdue(today: today) })
    #expect(records.contains { $0.isStale(today: today, days: 30) })
    #expect(records.allSatisfy { $0.updated.utcDate <= today })
    #expect(records.contains { $0.updated.utcDate.days(until: today) <= 1 })
  }

  @Test func shiftingMovesEveryDateByTheSameDays() throws {
    let demo = try DemoData.load()
    let a = try #require(CalendarDate(iso: "2027-01-10"))
    let b = a.adding(days: 45)
    let ra = try DemoData.records(shiftedTo: a)
    let rb = try DemoData.records(shiftedTo: b)
    let base = demo.records
    #expect(ra.count == base.count && rb.count == base.count)
    let dayA = Int64(demo.anchor.days(until: a)) * 86_400
    for ((o, x), y) in zip(zip(base, ra), rb) {
      #expect(x.id == o.id && y.id == o.id)
      #expect(x.deadline == o.deadline?.adding(days: demo.anchor.days(until: a)))
      #expect(y.deadline == x.deadline?.adding(days: 45))
      #expect(y.decision == x.decision?.adding(days: 45))
      #expect(x.created.seconds == o.created.seconds + dayA)
      #expect(y.created.seconds == x.created.seconds + 45 * 86_400)
      #expect(y.updated.seconds == x.updated.seconds + 45 * 86_400)
      #expect(zip(x.notes, y.notes).allSatisfy { $1.at.seconds == $0.at.seconds + 45 * 86_400 })
      #expect(zip(x.history, y.history).allSatisfy { $1.at.seconds == $0.at.seconds + 45 * 86_400 })
      // Times of day are kept.
      #expect(x.created.seconds % 86_400 == o.created.seconds % 86_400)
      // Only dates move.
      let back = DemoData.shift(y, byDays: -demo.anchor.days(until: b))
      #expect(back == o)
    }
    #expect(try DemoData.records(shiftedTo: demo.anchor) == base)
  }

  @Test func fileTextIsACompleteDataFile() throws {
    let today = try #require(CalendarDate(iso: "2027-06-01"))
    let text = try DemoData.fileText(shiftedTo: today)
    #expect(text.hasSuffix("\n"))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "{\"format\":\"convoca\",\"version\":2}")
    let records = try DemoData.records(shiftedTo: today)
    let team = try DemoData.team(shiftedTo: today)
    #expect(lines.count == records.count + 1 + TeamCodec.snapshotLines(team).count)
    let decoded = try lines.dropFirst().prefix(records.count).map {
      try RecordCodec.decode(try JSONParser.parse($0))
    }
    #expect(decoded == records)
    #expect(decoded.map(\.id) == decoded.map(\.id).sorted())
    // The file opens as a data file with the team's rates and views.
    let dir = TempDir()
    let path = dir.file("demo.jsonl")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let db = try Fixture.database(path)
    #expect(db.store.count == records.count)
    #expect(db.store.team == team)
    #expect(db.formatProblem == nil)
  }

  @Test func teamDataHasRatesForEveryCurrencyAndUsefulViews() throws {
    let demo = try DemoData.load()
    let team = demo.team
    #expect(team.reportingCurrency == "COP")
    let currencies = Set(
      demo.records.compactMap(\.amount?.currency) + demo.records.compactMap(\.awarded?.currency))
    for c in currencies where c != "COP" {
      let r = try #require(team.rates[c], "no rate for \(c)")
      #expect(r.rate > 0)
      #expect(r.date <= demo.anchor && r.date.days(until: demo.anchor) <= 7, "\(c) rate is not recent")
    }
    // A total of every amount is complete: nothing is left unconverted.
    let conv = try #require(team.converter())
    #expect(!conv.total(demo.records.compactMap(\.amount)).isPartial)
    // The five views, found by name ignoring case and accents, all parse and match something
    // on the anchor day for the demo's user.
    let names = ["due this week", "MY OPEN CALLS", "awaiting decision", "won this year", "stale"]
    var store = OpportunityStore(demo.records)
    store.team = team
    let context = QueryContext(today: demo.anchor, staleDays: 14, utcOffset: 0, user: DemoData.user)
    let counts = team.viewCounts(in: store, context: context)
    for n in names {
      let v = try #require(team.view(named: n), "no view \(n)")
      _ = try v.resolve()
      #expect((counts[v.key] ?? 0) > 0, "view \(n) matches nothing")
    }
    // Shifting moves the rates' dates with everything else.
    let later = demo.anchor.adding(days: 40)
    #expect(
      try DemoData.team(shiftedTo: later).rates["EUR"]?.date == team.rates["EUR"]?.date.adding(days: 40))
  }

  @Test func badTextGivesClearErrors() throws {
    let header = "{\"format\":\"convoca\",\"version\":1,\"demoAnchor\":\"2026-11-29\"}"
    let good =
      "{\"id\":\"abc\",\"title\":\"T\",\"kind\":\"grant\",\"stage\":\"identified\","
      + "\"created\":\"2026-01-01T10:00:00Z\",\"updated\":\"2026-01-01T10:00:00Z\"}"
    #expect(try DemoData.parse(header + "\n" + good + "\n").records.count == 1)
    do {
      _ = try DemoData.parse(header + "\n" + good + "\n{\"id\":\"x\"\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("line 3"))
    }
    do {
      _ = try DemoData.parse(header + "\n\n" + good + "\n" + good + "\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("line 4"))
      #expect(error.description.contains("abc"))
    }
    do {
      _ = try DemoData.parse("{\"format\":\"convoca\",\"version\":1}\n" + good + "\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("line 1"))
    }
    #expect(throws: DemoDataError.self) { try DemoData.parse("") }
  }
}
