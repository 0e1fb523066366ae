import Foundation
import Testing

@testable import ConvocaCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Issue 10, items 2, 3 and 5: CSV, XLSX and iCalendar exports.
@Suite struct ExportTests {
  static func call(
    _ id: String, _ title: String, amount: Money? = nil, deadline: String? = nil, decision: String? = nil
  ) -> Opportunity {
    var o = Fixture.opportunity(id, title)
    o.amount = amount
    o.deadline = deadline.flatMap { CalendarDate(iso: $0) }
    o.decision = decision.flatMap { CalendarDate(iso: $0) }
    o.owner = "Laura Restrepo"
    o.funder = "EU, Horizon; \"Europe\""
    return o
  }

  static let columns = try! ListTable.Column.parseList("id,title,deadline,amount")

  static func csv(_ rows: [Opportunity], _ dialect: CSVExport.Dialect = .standard) -> String {
    String(
      decoding: CSVExport(table: ExportTable(fields: columns), dialect: dialect).bytes(rows), as: UTF8.self)
  }

  // MARK: - CSV

  @Test func csvHasLabelledHeaderMoneyAsNumberAndCurrencyAndISODates() {
    let o = Self.call(
      "a1b2c3", "Smart city", amount: Money(Decimal(string: "1250000.5")!, "eur"), deadline: "2027-03-15")
    let text = Self.csv([o])
    #expect(
      text == "Id,Title,Deadline,Amount,Amount currency\r\na1b2c3,Smart city,2027-03-15,1250000.5,EUR\r\n")
  }

  @Test func csvQuotesDelimitersQuotesAndLineBreaks() {
    let o = Self.call("a1b2c3", "A, \"quoted\"\nsecond line")
    let text = Self.csv([o])
    #expect(text.contains("a1b2c3,\"A, \"\"quoted\"\"\nsecond line\",,,\r\n"))
  }

  @Test(arguments: [
    "=HYPERLINK(\"http://evil\",\"x\")", "=cmd|'/C calc'!A0", "@SUM(1+1)", "+1", "-2+3", "\tlead", "\rlead",
  ])
  func csvNeutralisesFormulaPayloads(_ payload: String) {
    let o = Self.call("a1b2c3", payload)
    let text = Self.csv([o])
    let row = text.components(separatedBy: "\r\n")[1]
    let cell = row.dropFirst("a1b2c3,".count)
    // The cell (maybe quoted) starts with a quote mark before the payload's first character.
    #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"), "\(row)")
  }

  @Test func csvKeepsANegativeAmountANumber() {
    let o = Self.call("a1b2c3", "Refund", amount: Money(Decimal(-2500), "USD"))
    let text = Self.csv([o])
    #expect(text.hasSuffix("a1b2c3,Refund,,-2500,USD\r\n"))
  }

  @Test func csvExcelDialectHasBOMSemicolonsAndTheLocalesDecimalComma() {
    let o = Self.call(
      "a1b2c3", "Uno; dos", amount: Money(Decimal(string: "1250000.75")!, "COP"), deadline: "2027-03-15")
    let bytes = CSVExport(table: ExportTable(fields: Self.columns), dialect: .excel(.commaDecimal)).bytes([o])
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(
      text == "Id;Title;Deadline;Amount;Amount currency\r\na1b2c3;\"Uno; dos\";2027-03-15;1250000,75;COP\r\n")
    let dotted = CSVExport(table: ExportTable(fields: Self.columns), dialect: .excel(.dotDecimal)).bytes([o])
    #expect(String(decoding: dotted, as: UTF8.self).contains(";1250000.75;COP"))
  }

  @Test func csvDropsControlsAndSanitisesOnlyForATerminal() {
    let o = Self.call("a1b2c3", "Evil\u{1B}[2J\u{7} \u{202E}rtl ñ")
    let table = ExportTable(fields: try! ListTable.Column.parseList("title"))
    let file = String(decoding: CSVExport(table: table).bytes([o]), as: UTF8.self)
    #expect(file == "Title\r\nEvil[2J \u{202E}rtl ñ\r\n")
    var dialect = CSVExport.Dialect.standard
    dialect.terminalSafe = true
    let shown = String(decoding: CSVExport(table: table, dialect: dialect).bytes([o]), as: UTF8.self)
    #expect(!shown.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{7}" })
  }

  @Test func csvWritesInstantsAndDatesISO() {
    var o = Self.call("a1b2c3", "x", deadline: "0999-01-02")
    o.created = Timestamp(iso: "2026-11-01T09:05:03Z")!
    let table = ExportTable(fields: try! ListTable.Column.parseList("deadline,created"))
    let text = String(decoding: CSVExport(table: table).bytes([o]), as: UTF8.self)
    #expect(text.hasSuffix("\r\n0999-01-02,2026-11-01T09:05:03Z\r\n"))
  }

  @Test func defaultColumnsAreTheCataloguesColumnsWithMoneySplit() {
    let t = ExportTable()
    let names = t.columns.map { $0.field.name + ($0.part == .currency ? ".currency" : "") }
    let expected = ListTable.Column.allCases.flatMap {
      $0.descriptor.type == .money ? [$0.name, $0.name + ".currency"] : [$0.name]
    }
    #expect(names == expected)
  }

  // MARK: - XLSX

  final class Collector: NSObject, XMLParserDelegate {
    var elements: [(String, [String: String])] = []
    var text = ""
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append((name, attributes))
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
  }

  static func parse(_ xml: String) -> (ok: Bool, collector: Collector) {
    let parser = XMLParser(data: Data(xml.utf8))
    let c = Collector()
    parser.delegate = c
    return (parser.parse(), c)
  }

  static let hostile = "<script>alert('x')</script> & \u{0}\u{1B}[31m\u{7}\u{FFFE} \"q\" ]]> ünï 😀"

  @Test func xlsxPartsAreWellFormedEvenWithHostileTitles() throws {
    let o = Self.call("a1b2c3", Self.hostile, amount: Money(Decimal(42), "EUR"), deadline: "2027-03-15")
    let parts = XLSXExport(table: ExportTable()).parts([o, Self.call("d4e5f6", "  spaced  ")])
    #expect(
      Set(parts.map(\.0)) == [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
      ])
    for (path, xml) in parts {
      let (ok, _) = Self.parse(xml)
      #expect(ok, "\(path) is not well-formed")
    }
    let sheet = try #require(parts.first { $0.0 == "xl/worksheets/sheet1.xml" }?.1)
    let (_, c) = Self.parse(sheet)
    #expect(c.text.contains("<script>alert('x')</script> & [31m \"q\" ]]> ünï 😀"))
    #expect(c.text.contains("  spaced  "))
  }

  @Test func xlsxCellsAreTypedHeaderFrozenAndFiltered() throws {
    let o = Self.call(
      "a1b2c3", "Smart city", amount: Money(Decimal(string: "1250000.5")!, "EUR"), deadline: "2027-03-15")
    let parts = XLSXExport(table: ExportTable(fields: Self.columns)).parts([o])
    let sheet = try #require(parts.first { $0.0 == "xl/worksheets/sheet1.xml" }?.1)
    let (_, c) = Self.parse(sheet)
    let cells = c.elements.filter { $0.0 == "c" }.map(\.1)
    let date = try #require(cells.first { $0["r"] == "C2" })
    #expect(date["s"] == "1" && date["t"] == nil)
    #expect(
      sheet.contains("<c r=\"C2\" s=\"1\"><v>\(XLSXExport.serial(CalendarDate(iso: "2027-03-15")!))</v>"))
    #expect(XLSXExport.serial(CalendarDate(iso: "2027-03-15")!) == 46_461)
    #expect(sheet.contains("<c r=\"D2\"><v>1250000.5</v></c>"))
    #expect(cells.first { $0["r"] == "E2" }?["t"] == "inlineStr")
    let pane = try #require(c.elements.first { $0.0 == "pane" }?.1)
    #expect(pane["state"] == "frozen" && pane["ySplit"] == "1")
    #expect(c.elements.first { $0.0 == "autoFilter" }?.1["ref"] == "A1:E2")
    #expect(c.elements.filter { $0.0 == "col" }.count == 5)
    let styles = try #require(parts.first { $0.0 == "xl/styles.xml" }?.1)
    #expect(styles.contains("formatCode=\"yyyy\\-mm\\-dd\""))
  }

  @Test func xlsxIsAZipAndLongCellsAreClipped() throws {
    let long = String(repeating: "x", count: 40_000)
    #expect(XLSXExport.clipped(long).count == XLSXExport.maxCellCharacters)
    #expect(XLSXExport.width(long) == XLSXExport.maxWidth)
    #expect(XLSXExport.columnLetters(0) == "A" && XLSXExport.columnLetters(25) == "Z")
    #expect(XLSXExport.columnLetters(26) == "AA" && XLSXExport.columnLetters(701) == "ZZ")
    let data = try XLSXExport(table: ExportTable()).bytes([Self.call("a1b2c3", long)])
    #expect(data.prefix(2) == Data("PK".utf8))
  }

  // MARK: - iCalendar

  static let stamp = Timestamp(iso: "2026-12-02T04:40:00Z")!

  static func ics(_ rows: [Opportunity], stamp: Timestamp = stamp, alarm: Int? = 7) -> String {
    String(decoding: ICSExport(stamp: stamp, alarmDays: alarm).bytes(rows), as: UTF8.self)
  }

  static func unfolded(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
  }

  @Test func icsHasOneAllDayEventPerDateWithStableUIDsAndAlarms() {
    var o = Self.call("a1b2c3", "Smart city", deadline: "2027-03-15", decision: "2027-06-01")
    o.url = "https://example.org/call?a=1,b=2"
    let lines = Self.unfolded(Self.ics([o, Self.call("d4e5f6", "No dates")]))
    #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
    #expect(lines.contains("UID:a1b2c3-deadline@convoca"))
    #expect(lines.contains("UID:a1b2c3-decision@convoca"))
    #expect(lines.contains("DTSTART;VALUE=DATE:20270315"))
    #expect(lines.contains("DTEND;VALUE=DATE:20270316"))
    #expect(lines.contains("DTSTAMP:20261202T044000Z"))
    #expect(lines.contains("SUMMARY:Deadline: Smart city"))
    #expect(lines.contains("URL:https://example.org/call?a=1,b=2"))
    #expect(
      lines.contains(
        "DESCRIPTION:https://example.org/call?a=1\\,b=2\\nStage: identified\\nOwner: Laura Restrepo\\nFunder: EU\\, Horizon\\; \"Europe\"\\nconvoca show a1b2c3"
      ))
    #expect(lines.filter { $0 == "TRIGGER:-P7D" }.count == 2)
    let noAlarm = Self.unfolded(Self.ics([o], alarm: nil))
    #expect(!noAlarm.contains("BEGIN:VALARM"))
    #expect(Self.unfolded(Self.ics([o], alarm: 0)).contains("TRIGGER:PT0S"))
  }

  @Test func icsUIDsAreStableAcrossRuns() {
    let o = Self.call("a1b2c3", "Smart city", deadline: "2027-03-15")
    let uids = { (s: String) in Self.unfolded(s).filter { $0.hasPrefix("UID:") } }
    let later = Timestamp(iso: "2027-01-01T00:00:00Z")!
    #expect(uids(Self.ics([o])) == uids(Self.ics([o], stamp: later)))
    #expect(uids(Self.ics([o])) == ["UID:a1b2c3-deadline@convoca"])
  }

  @Test func icsEscapesTextAndDropsControls() {
    #expect(ICSExport.escaped("a\\b;c,d\ne\r\nf\u{1B}g\u{0}") == "a\\\\b\\;c\\,d\\ne\\nfg")
  }

  @Test func icsFoldsAt75OctetsNeverInsideAUTF8Sequence() throws {
    let title = String(repeating: "ñé😀 ", count: 60) + "fin"
    let o = Self.call("a1b2c3", title, deadline: "2027-03-15")
    let bytes = ICSExport(stamp: Self.stamp, alarmDays: 7).bytes([o])
    // Every line ends in CRLF, holds at most 75 octets and is valid UTF-8 on its own.
    var lines: [[UInt8]] = []
    var current: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0D {
        #expect(i + 1 < bytes.count && bytes[i + 1] == 0x0A)
        lines.append(current)
        current = []
        i += 2
        continue
      }
      #expect(bytes[i] != 0x0A, "a bare LF")
      current.append(bytes[i])
      i += 1
    }
    #expect(current.isEmpty)
    #expect(lines.count > 10)
    for l in lines {
      #expect(l.count <= 75)
      #expect(String(validating: l, as: UTF8.self) != nil, "a line splits a UTF-8 sequence")
    }
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(Self.unfolded(text).contains("SUMMARY:Deadline: " + ICSExport.escaped(title)))
    // A line of exactly 75 octets is not folded; one of 76 is.
    var out: [UInt8] = []
    ICSExport.fold(String(repeating: "a", count: 75), into: &out)
    #expect(out.count == 77)
    out = []
    ICSExport.fold(String(repeating: "a", count: 76), into: &out)
    #expect(out == Array((String(repeating: "a", count: 75) + "\r\n a\r\n").utf8))
  }

  @Test func alarmDaysComesFromTheConfiguration() throws {
    let dir = TempDir()
    try FileManager.default.createDirectory(atPath: dir.path + "/convoca", withIntermediateDirectories: true)
    Fixture.write(dir.path + "/convoca/config.json", #"{"alarmDays": 3}"#)
    let env = ["XDG_CONFIG_HOME": dir.path, "CONVOCA_USER": "Ana"]
    #expect(try Configuration.load(environment: env).alarmDays == 3)
    Fixture.write(dir.path + "/convoca/config.json", #"{"alarmDays": 400}"#)
    let (c, warnings) = try Configuration.loadReporting(environment: env)
    #expect(c.alarmDays == 7 && warnings.map(\.key) == ["alarmDays"])
  }

  @Test func syncMinutesComesFromTheConfigurationAndIsOffByDefault() throws {
    let dir = TempDir()
    try FileManager.default.createDirectory(atPath: dir.path + "/convoca", withIntermediateDirectories: true)
    let env = ["XDG_CONFIG_HOME": dir.path, "CONVOCA_USER": "Ana"]
    #expect(try Configuration.load(environment: env).syncMinutes == 0)
    Fixture.write(dir.path + "/convoca/config.json", #"{"syncMinutes": 15}"#)
    #expect(try Configuration.load(environment: env).syncMinutes == 15)
    for bad in [#""15""#, "-1", "2000", "1.5"] {
      Fixture.write(dir.path + "/convoca/config.json", #"{"syncMinutes": "# + bad + "}")
      let (c, warnings) = try Configuration.loadReporting(environment: env)
      #expect(c.syncMinutes == 0 && warnings.map(\.key) == ["syncMinutes"], "\(bad)")
    }
  }

  // MARK: - Atomic output

  @Test func atomicFileReplacesWholeAndLeavesNoTemporary() throws {
    let dir = TempDir()
    let path = dir.file("deadlines.ics")
    Fixture.write(path, "old")
    try AtomicFile.write(Array("new content".utf8), to: path)
    #expect(Fixture.text(path) == "new content")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["deadlines.ics"])
    #expect(throws: ExportError.self) {
      try AtomicFile.write(Array("x".utf8), to: dir.path + "/missing/folder/file.csv")
    }
  }
}
