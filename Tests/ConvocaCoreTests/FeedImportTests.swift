import Foundation
import Testing

@testable import ConvocaCore

/// Public funding feeds (issue 10, item 7): the grants.gov XML extract and the EU Funding &
/// Tenders `grantsTenders.json`, streamed into the same `ImportPlan` as CSV.
@Suite struct FeedImportTests {
  static let config = Configuration(user: "Laura")
  static let today = CalendarDate(iso: "2026-11-29")!
  static let t1 = Timestamp(iso: "2026-11-30T10:00:00Z")!

  static func plan(
    _ format: ImportFormat, _ text: String, store: OpportunityStore = OpportunityStore(),
    _ edit: (inout FeedOptions) -> Void = { _ in }
  ) throws(InterchangeError) -> ImportPlan {
    var feed = FeedOptions(context: QueryContext(today: today, user: "Laura"))
    edit(&feed)
    var g = SeededGenerator(seed: 7)
    return try ImportPlan.make(
      format, source: .bytes(Array(text.utf8)), csv: CSVImportOptions(fileName: "x"), feed: feed,
      configuration: config, store: store, today: today, at: Fixture.t0, generator: &g)
  }

  static func error(_ format: ImportFormat, _ text: String) -> String? {
    do {
      _ = try plan(format, text)
      return nil
    } catch { return error.description }
  }

  static func applied(_ p: ImportPlan, to store: inout OpportunityStore) throws {
    for c in p.commands { _ = try store.apply(Change(c, at: Self.t1, by: "Laura")) }
  }

  static func grants(_ records: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Grants xmlns=\"http://apply.grants.gov/system/OpportunityDetail-V1.0\">\n"
      + records + "</Grants>\n"
  }

  static func synopsis(_ id: String, _ fields: String) -> String {
    "<OpportunitySynopsisDetail_1_0>\n<OpportunityID>\(id)</OpportunityID>\n\(fields)</OpportunitySynopsisDetail_1_0>\n"
  }

  static func eu(_ elements: String) -> String { "{\"fundingData\": {\"GrantTenderObj\": [\(elements)]}}" }

  // MARK: - grants.gov

  @Test func grantsGovRecordsMapToIdentifiedCallsWithTheirSource() throws {
    let xml = Self.grants(
      Self.synopsis(
        "350001",
        """
        <OpportunityTitle>Smart City Resilience &amp; Inclusion</OpportunityTitle>
        <AgencyName>U.S. Mission to Colombia</AgencyName>
        <CategoryOfFundingActivity>CD</CategoryOfFundingActivity>
        <PostDate>11012026</PostDate>
        <CloseDate>03152027</CloseDate>
        <AwardCeiling>250000</AwardCeiling>
        <Description>&lt;p&gt;Medell&amp;iacute;n&amp;rsquo;s &lt;b&gt;pilots&lt;/b&gt;&amp;nbsp;&amp;amp; more&lt;/p&gt;&lt;p&gt;Second&amp;#39;s.&lt;/p&gt;</Description>
        <AdditionalInformationURL>https://example.org/call</AdditionalInformationURL>

        """)
        + "<OpportunityForecastDetail_1_0><OpportunityID>350003</OpportunityID>"
        + "<OpportunityTitle>Forecast</OpportunityTitle><EstimatedSynopsisCloseDate>06302027</EstimatedSynopsisCloseDate>"
        + "<AwardCeiling>none</AwardCeiling><Description><![CDATA[A <i>city</i> plan]]></Description>"
        + "</OpportunityForecastDetail_1_0>\n")
    let p = try Self.plan(.grantsGov, xml)
    #expect(p.rejected.isEmpty, "\(p.rejected)")
    let (a, f) = (p.added[0].record, p.added[1].record)
    #expect(a.source == Source(system: "grants.gov", id: "350001"))
    #expect(a.stage == .identified && a.kind.rawValue == "grant")
    #expect(a.title == "Smart City Resilience & Inclusion")
    #expect(a.funder == "U.S. Mission to Colombia" && a.country == "US")
    #expect(a.deadline == CalendarDate(iso: "2027-03-15"))
    #expect(a.amount?.amount == 250_000 && a.amount?.currency == "USD")
    #expect(a.description == "Medellín’s pilots & more\n\nSecond's.")
    #expect(a.url == "https://example.org/call")
    #expect(a.tags == ["community-development"])
    #expect(p.added[0].line == 3)
    // A forecast: its estimated close date; `none` ceiling: no amount; CDATA read as HTML.
    #expect(f.source?.id == "350003" && f.deadline == CalendarDate(iso: "2027-06-30"))
    #expect(f.amount == nil)
    #expect(f.description == "A city plan")
    #expect(f.url == "https://www.grants.gov/search-results-detail/350003")
  }

  @Test func grantsGovCeilingAbsentZeroOrBad() throws {
    let p = try Self.plan(
      .grantsGov,
      Self.grants(
        Self.synopsis("1", "<OpportunityTitle>No ceiling</OpportunityTitle>")
          + Self.synopsis("2", "<OpportunityTitle>Zero</OpportunityTitle><AwardCeiling>0</AwardCeiling>")
          + Self.synopsis("3", "<OpportunityTitle>Bad</OpportunityTitle><AwardCeiling>lots</AwardCeiling>")
          + Self.synopsis("4", "<OpportunityTitle>Bad date</OpportunityTitle><CloseDate>13452027</CloseDate>")
      ))
    #expect(p.added.map(\.record.amount) == [nil, nil])
    #expect(p.rejected.count == 2)
    #expect(p.rejected[0].reason.contains("AwardCeiling") && p.rejected[0].reason.contains("lots"))
    #expect(p.rejected[1].reason.contains("13452027") && p.rejected[1].reason.contains("MMDDYYYY"))
  }

  @Test func grantsGovDates() {
    #expect(GrantsGovRecord.date("03152027") == CalendarDate(iso: "2027-03-15"))
    #expect(GrantsGovRecord.date("02292028") == CalendarDate(iso: "2028-02-29"))
    #expect(GrantsGovRecord.date("02292027") == nil)
    #expect(GrantsGovRecord.date("2027-03-15") == CalendarDate(iso: "2027-03-15"))
    #expect(GrantsGovRecord.date("3/15/2027") == nil)
  }

  @Test func reimportUpdatesNeverDuplicatesNeverTouchesStageNotesHistory() throws {
    var store = OpportunityStore()
    let v1 = Self.grants(
      Self.synopsis("9", "<OpportunityTitle>Parks</OpportunityTitle><CloseDate>03152027</CloseDate>"))
    try Self.applied(try Self.plan(.grantsGov, v1), to: &store)
    let o = store.records[0]
    _ = try store.apply(
      Change(try Pipeline.move(o, to: .preparing, at: Self.t1, by: "Eva"), at: Self.t1, by: "Eva"))
    _ = try store.apply(
      Change(try Pipeline.note(o, "call them", at: Self.t1, by: "Eva"), at: Self.t1, by: "Eva"))
    let before = store[o.id]!
    #expect(try Self.plan(.grantsGov, v1, store: store).unchanged.count == 1)
    let v2 = Self.grants(
      Self.synopsis("9", "<OpportunityTitle>Parks</OpportunityTitle><CloseDate>04152027</CloseDate>"))
    let second = try Self.plan(.grantsGov, v2, store: store)
    #expect(second.added.isEmpty && second.updated.map(\.fields) == [["deadline"]])
    try Self.applied(second, to: &store)
    let after = store[o.id]!
    #expect(store.count == 1 && after.deadline == CalendarDate(iso: "2027-04-15"))
    #expect(after.stage == .preparing && after.notes == before.notes)
    #expect(Array(after.history.prefix(before.history.count)) == before.history)
  }

  @Test func aRepeatedIDIsImportedOnceWithAWarning() throws {
    let p = try Self.plan(
      .grantsGov,
      Self.grants(
        Self.synopsis("5", "<OpportunityTitle>A</OpportunityTitle>")
          + Self.synopsis("5", "<OpportunityTitle>A again</OpportunityTitle>")))
    #expect(p.added.count == 1 && p.warnings.count == 1)
  }

  @Test func sinceAndOnlyFilters() throws {
    let xml = Self.grants(
      Self.synopsis("1", "<OpportunityTitle>Old city</OpportunityTitle><PostDate>01012025</PostDate>")
        + Self.synopsis(
          "2",
          "<OpportunityTitle>Updated city</OpportunityTitle><PostDate>01012025</PostDate>"
            + "<LastUpdatedDate>11202026</LastUpdatedDate>")
        + Self.synopsis("3", "<OpportunityTitle>New rural</OpportunityTitle><PostDate>11252026</PostDate>")
        + Self.synopsis("4", "<OpportunityTitle>Undated city</OpportunityTitle>"))
    let since = try Self.plan(.grantsGov, xml) { $0.since = CalendarDate(iso: "2026-11-01") }
    #expect(since.added.map(\.record.title) == ["Updated city", "New rural"])
    #expect(since.filtered == 2)
    let only = try Self.plan(.grantsGov, xml) { $0.only = try! Query.parse("is:open (medellin OR city)") }
    #expect(only.added.map(\.record.title) == ["Old city", "Updated city", "Undated city"])
    #expect(only.filtered == 1)
  }

  @Test func onlyIsEvaluatedOnTheRecordAsItWouldBe() throws {
    var store = OpportunityStore()
    let xml = Self.grants(Self.synopsis("1", "<OpportunityTitle>Parks</OpportunityTitle>"))
    try Self.applied(try Self.plan(.grantsGov, xml), to: &store)
    let o = store.records[0]
    _ = try store.apply(
      Change(try Pipeline.move(o, to: .won, at: Self.t1, by: "Eva"), at: Self.t1, by: "Eva"))
    // Won is not open: the record as it would be after the import is left out.
    let p = try Self.plan(.grantsGov, xml, store: store) { $0.only = try! Query.parse("is:open") }
    #expect(p.unchanged.isEmpty && p.filtered == 1)
  }

  // MARK: - grants.gov: unsafe and broken files

  @Test func doctypeWithExternalEntityIsRefused() {
    let xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE Grants [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
      + "<Grants>" + Self.synopsis("1", "<OpportunityTitle>&xxe;</OpportunityTitle>") + "</Grants>"
    #expect(Self.error(.grantsGov, xml)?.contains("DOCTYPE") == true)
  }

  @Test func billionLaughsIsRefused() {
    var decl = "<!ENTITY lol0 \"lol\">"
    for i in 1...9 { decl += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
    let xml =
      "<?xml version=\"1.0\"?>\n<!-- a comment first -->\n<!DOCTYPE lolz [" + decl + "]>\n<Grants>"
      + Self.synopsis("1", "<OpportunityTitle>&lol9;</OpportunityTitle>") + "</Grants>"
    #expect(Self.error(.grantsGov, xml)?.contains("DOCTYPE") == true)
  }

  @Test func anUndeclaredEntityIsRefused() {
    let xml = Self.grants(Self.synopsis("1", "<OpportunityTitle>A &bogus; B</OpportunityTitle>"))
    #expect(Self.error(.grantsGov, xml)?.contains("&bogus;") == true)
  }

  @Test func tenThousandDeepNestingIsRefused() {
    let xml =
      "<Grants>" + String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
      + "</Grants>"
    #expect(Self.error(.grantsGov, xml)?.contains("nested deeper than 32") == true)
  }

  @Test func truncatedFilesAreRefused() {
    let whole = Self.grants(
      Self.synopsis("1", "<OpportunityTitle>A</OpportunityTitle>")
        + Self.synopsis("2", "<OpportunityTitle>B</OpportunityTitle>"))
    // Cut between records: well formed so far, but </Grants> never comes.
    let atRecord = String(
      whole[..<whole.range(of: "<OpportunitySynopsisDetail_1_0>\n<OpportunityID>2")!.lowerBound])
    #expect(
      Self.error(.grantsGov, atRecord)?.contains("truncated") == true,
      "\(Self.error(.grantsGov, atRecord) ?? "")")
    // Cut inside a tag.
    let inTag = String(whole.dropLast(14))
    #expect(Self.error(.grantsGov, inTag) != nil)
  }

  @Test func anotherRootOrAnEmptyFileIsRefused() {
    #expect(Self.error(.grantsGov, "<?xml version=\"1.0\"?><Other/>")?.contains("<Other>") == true)
    #expect(Self.error(.grantsGov, "") != nil)
  }

  // MARK: - EU Funding & Tenders

  @Test func euCallsMapWithTheNextDeadlineOrTheLast() throws {
    // 2025-12-04, 2027-01-15, 2027-12-27 (UTC days of the milliseconds)
    let p = try Self.plan(
      .euFT,
      Self.eu(
        """
        {"identifier": "HORIZON-1", "title": "Smart cities", "status": {"abbreviation": "Open"},
         "frameworkProgramme": {"id": 43108390, "abbreviation": "HORIZON", "description": "Horizon Europe"},
         "deadlineDates": [1764864000000, 1800000000000, 1830000000000]},
        {"identifier": "LIFE-1", "title": "Life &amp; climate", "status": {"abbreviation": "Closed"},
         "frameworkProgramme": "LIFE", "deadlineDates": [1730000000000, 1740000000000]},
        {"identifier": "ER-1", "title": "Erasmus", "status": "Forthcoming", "deadlineDate": 1802000000000},
        {"identifier": "X-1", "callTitle": "Only a call title", "status": 31094503, "deadlineDates": [1900000000000]}
        """))
    #expect(p.rejected.isEmpty, "\(p.rejected)")
    let r = p.added.map(\.record)
    #expect(r[0].source == Source(system: "eu-ft", id: "HORIZON-1"))
    #expect(r[0].deadline == CalendarDate(iso: "2027-01-15") && r[0].program == "HORIZON")
    #expect(r[0].funder == "European Commission" && r[0].stage == .identified)
    #expect(r[0].url.hasSuffix("/topic-details/HORIZON-1"))
    // Closed: imported, its last deadline (past: is:overdue).
    #expect(r[1].title == "Life & climate" && r[1].deadline == CalendarDate(iso: "2025-02-19"))
    #expect(r[1].isOverdue(today: Self.today))
    #expect(r[2].deadline == CalendarDate(iso: "2027-02-07") && r[2].program == "")
    // Closed by numeric id, only a future date: kept (the last).
    #expect(r[3].title == "Only a call title" && r[3].deadline == CalendarDate(iso: "2030-03-17"))
    #expect(p.added.map(\.line) == [1, 4, 6, 7])
  }

  @Test func euSinceFilterUsesThePublicationDate() throws {
    let p = try Self.plan(
      .euFT,
      Self.eu(
        """
        {"identifier": "A", "title": "A", "publicationDate": 1700000000000},
        {"identifier": "B", "title": "B", "publicationDate": 1763000000000}
        """)
    ) { $0.since = CalendarDate(iso: "2025-01-01") }
    #expect(p.added.map(\.record.title) == ["B"] && p.filtered == 1)
  }

  @Test func euReimportIsIdempotent() throws {
    var store = OpportunityStore()
    let json = Self.eu(#"{"identifier": "A", "title": "A", "deadlineDates": [1800000000000]}"#)
    try Self.applied(try Self.plan(.euFT, json), to: &store)
    let again = try Self.plan(.euFT, json, store: store)
    #expect(again.added.isEmpty && again.unchanged.count == 1 && again.commands.isEmpty)
  }

  @Test func jsonOfTheWrongShapeIsAClearError() {
    #expect(Self.error(.euFT, "[1, 2]")?.contains("fundingData.GrantTenderObj") == true)
    #expect(Self.error(.euFT, #"{"data": {"GrantTenderObj": []}}"#)?.contains("fundingData") == true)
    #expect(Self.error(.euFT, #"{"fundingData": []}"#)?.contains("fundingData is not an object") == true)
    #expect(
      Self.error(.euFT, #"{"fundingData": {"GrantTenderObj": {}}}"#)?.contains(
        "GrantTenderObj is not an array")
        == true)
    #expect(
      Self.error(.euFT, "{\"fundingData\": {\"GrantTenderObj\": [\n{\"identifier\": \"A\" \"title\": 1}]}}")
        == "record 1 (line 2): not JSON: expected ',' or '}'")
    #expect(
      Self.error(.euFT, Self.eu(#"{"identifier": "A", "title": "A"}, {"iden"#))?.contains("after 1 records")
        == true)
    #expect(
      Self.error(
        .euFT, Self.eu(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)))?
        .contains("nested deeper") == true)
  }

  @Test func elementsThatAreNotCallsAreRejectedWithTheirRecordNumber() throws {
    let p = try Self.plan(
      .euFT,
      Self.eu(
        "{\"identifier\": \"A\", \"title\": \"A\"},\n42,\n{\"title\": \"no id\"},\n"
          + "{\"identifier\": \"B\", \"title\": \"B\", \"deadlineDates\": \"soon\"}"))
    #expect(p.added.count == 1)
    #expect(
      p.rejected.map(\.description) == [
        "line 2: record 2 is not an object", "line 3: record 3: no identifier",
        "line 4: record 4: deadlineDates are not epoch milliseconds",
      ])
  }

  // MARK: - Detection, text, progress

  @Test func formatIsDetectedFromTheContent() {
    #expect(ImportFormat.detect(Array("\u{FEFF}<?xml version=\"1.0\"?><Grants>".utf8)) == .grantsGov)
    #expect(ImportFormat.detect(Array("  {\"fundingData\": {}}".utf8)) == .euFT)
    #expect(ImportFormat.detect(Array("title,funder\nA,B\n".utf8)) == .csv)
    #expect(ImportFormat.detect([]) == .csv)
  }

  @Test func htmlBecomesPlainText() {
    #expect(
      HTMLText.plain("<ul><li>One</li><li>Two &amp; three</li></ul>", multiline: true)
        == "- One\n- Two & three")
    #expect(
      HTMLText.plain("A&nbsp;&lt;b&gt; &#233;&#xE9; &unknown; 5 < 6", multiline: false)
        == "A <b> éé &unknown; 5 < 6")
    #expect(HTMLText.plain("Line<br/>next\n\n\n\nend", multiline: false) == "Line next end")
    #expect(
      HTMLText.plain("<p>Uno</p>\n\n\n<P CLASS=x>Dos  \t tres</p>  ", multiline: true) == "Uno\n\nDos tres")
    #expect(
      HTMLText.plain("<b>Medellín</b>&nbsp;&eacute;xito\u{A0}总", multiline: false) == "Medellín éxito 总")
    // A tag's end is looked for within 400 characters, not bytes; `<` before a non-letter is text.
    let far = "<b " + String(repeating: "é", count: 390) + ">x"
    #expect(HTMLText.plain(far, multiline: false) == "x")
    #expect(
      HTMLText.plain("<b " + String(repeating: "é", count: 400) + ">x", multiline: false).hasSuffix(">x"))
    #expect(HTMLText.plain("<élan> 1 <2", multiline: false) == "1 <2")
  }

  @Test func progressText() {
    #expect(
      ProgressText.items(done: 50, total: 100, elapsed: 2)
        == "[###############---------------] 50 of 100 (25/s)")
    #expect(
      ProgressText.file(records: 1200, bytes: 150 * 1_048_576, size: 300 * 1_048_576, elapsed: 4)
        == "[###############---------------] 1200 records, 150 of 300 MB (300/s)")
    #expect(ProgressText.file(records: 3, bytes: 10, size: nil, elapsed: 1).hasPrefix("[------"))
  }
}
