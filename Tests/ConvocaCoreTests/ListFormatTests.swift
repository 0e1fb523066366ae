import Foundation
import Testing

@testable import ConvocaCore

/// `convoca list --columns` and `--format`: column lists, CSV quoting, TSV escaping, JSON
/// lines, and tables that are not cut when piped.
@Suite struct ListFormatTests {
  static let today = CalendarDate(iso: "2026-11-01")!

  static func sample(_ title: String = "Plain title") -> Opportunity {
    var o = Fixture.opportunity("a1b2", title)
    o.owner = "Ana Gómez"
    o.funder = "EU"
    o.deadline = CalendarDate(year: 2027, month: 2, day: 15)
    o.amount = Money(Decimal(1_250_000), "EUR")
    return o
  }

  @Test func columnListKeepsOrderAndIgnoresCase() throws {
    let cols = try ListTable.Column.parseList("ID, Title,owner,deadline,amount,id")
    #expect(cols == [.id, .title, .owner, .deadline, .amount])
  }

  @Test func unknownColumnIsRefusedNamingTheValidOnes() {
    #expect(throws: ColumnListError.self) { try ListTable.Column.parseList("id,titel") }
    do {
      _ = try ListTable.Column.parseList("id,titel,colour")
    } catch {
      #expect(error.unknown == ["titel", "colour"])
      #expect(error.description.contains("'titel'"))
      #expect(error.description.contains("'colour'"))
      #expect(error.description.contains("id, title, kind"))
    }
    #expect(throws: ColumnListError.self) { try ListTable.Column.parseList("") }
    #expect(throws: ColumnListError.self) { try ListTable.Column.parseList("id,,title") }
  }

  @Test func csvQuotesOnlyWhenNeeded() {
    #expect(ListExport.csvField("plain") == "plain")
    #expect(ListExport.csvField("a, b") == "\"a, b\"")
    #expect(ListExport.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(ListExport.csvField("two\nlines") == "\"two\nlines\"")
    #expect(ListExport.csvField(" padded") == "\" padded\"")
    #expect(ListExport.csvField("") == "")
  }

  @Test func csvHasHeaderAndCRLFRows() {
    let lines = ListExport.lines(
      [Self.sample("Horizon, \"big\" call")], format: .csv, columns: [.id, .title, .amount])
    #expect(lines == ["id,title,amount\r", "a1b2,\"Horizon, \"\"big\"\" call\",1250000 EUR\r"])
  }

  @Test func tsvEscapesTabsNewlinesAndBackslashes() {
    #expect(ListExport.tsvField("a\tb\nc\\d\re") == "a\\tb\\nc\\\\d\\re")
    let lines = ListExport.lines([Self.sample("x\ty")], format: .tsv, columns: [.id, .title, .deadline])
    #expect(lines == ["id\ttitle\tdeadline", "a1b2\tx\\ty\t2027-02-15"])
  }

  @Test func hostileTextNeverReachesCSVOrTSVRaw() {
    let hostile = "evil\u{1B}[2J\u{9B}31m\u{202E}gnp.exe\u{07}"
    for format in [ListFormat.csv, .tsv, .jsonl, .json] {
      let text = ListExport.lines([Self.sample(hostile)], format: format, columns: nil).joined()
      for u in text.unicodeScalars where u != "\r" && u != "\n" && u != "\t" {
        #expect(!TerminalText.isHostile(u), "\(format) carries U+\(String(u.value, radix: 16))")
      }
    }
  }

  @Test func jsonlIsOneCompactRecordPerLine() throws {
    let lines = ListExport.lines(
      [Self.sample("first\nline"), Self.sample("second")], format: .jsonl, columns: [.id, .title, .area])
    #expect(lines.count == 2)
    #expect(lines[0] == #"{"id":"a1b2","title":"first\nline","area":null}"#)
    let full = ListExport.lines([Self.sample()], format: .jsonl, columns: nil)
    #expect(full.count == 1 && !full[0].contains("\n") && full[0].contains(#""owner":"Ana Gómez""#))
  }

  @Test func pipedTableShowsFullValues() {
    let long = String(repeating: "Very long title ", count: 10)
    let o = Self.sample(long)
    let table = ListTable(rows: [o], width: nil, today: Self.today, columns: [.id, .title, .owner])
    #expect(table.columns.map(\.0) == [.id, .title, .owner])
    #expect(table.line(o).contains(long.trimmingCharacters(in: .whitespaces)))
    let fitted = ListTable(rows: [o], width: 80, today: Self.today)
    #expect(!fitted.line(o).contains(long.trimmingCharacters(in: .whitespaces)))
    #expect(TerminalText.width(fitted.line(o)) <= 80)
  }

  @Test func chosenColumnsKeepTheirOrder() {
    let o = Self.sample()
    let table = ListTable(rows: [o], width: 200, today: Self.today, columns: [.owner, .id])
    #expect(table.columns.map(\.0) == [.owner, .id])
    #expect(table.headerLine().hasPrefix(ListTable.Column.owner.header))
  }
}
