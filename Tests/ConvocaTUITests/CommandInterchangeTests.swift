import ConvocaCore
import Testing

@testable import ConvocaTUI

/// `:export` and `:import`: the same core exporters and import plan as the CLI, the dry run
/// shown before anything is written, one undoable change.
@Suite struct CommandInterchangeTests {
  let data = TUIFixture.data()

  func run(_ s: inout AppState, _ command: String, _ d: AppData) -> [Effect] {
    TUIFixture.send(&s, [.char(":")], d)
    TUIFixture.type(&s, command, d)
    return TUIFixture.send(&s, [.enter], d)
  }

  @Test func exportCSVWritesTheScreensRowsWithTheCoreExporter() {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "funder:jica,koica", data)
    TUIFixture.send(&s, [.enter], data)
    let effects = run(&s, "export csv ~/out.csv", data)
    let rows = s.rows.compactMap { data.store[$0] }
    #expect(rows.count == 2)
    #expect(
      effects == [
        .writeFile(
          path: "~/out.csv", bytes: CSVExport(table: ExportTable(fields: nil)).bytes(rows),
          message: "Exported 2 calls to ~/out.csv")
      ])
    #expect(s.mode == .normal)
    reduce(&s, .fileWritten(.written("Exported 2 calls to ~/out.csv")), data: data)
    #expect(s.status?.text == "Exported 2 calls to ~/out.csv")
    #expect(s.status?.kind == .info)
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[22].hasPrefix(" Exported 2 calls to ~/out.csv"))
  }

  @Test func exportUsesTheListsColumnsAndICSAndXLSX() throws {
    var s = TUIFixture.state(data)
    s.columns = [.title, .deadline]
    guard case .writeFile(_, let csv, _)? = run(&s, "export CSV a.csv", data).first else {
      Issue.record("no write")
      return
    }
    #expect(String(decoding: csv, as: UTF8.self).lowercased().hasPrefix("title,deadline"))
    guard case .writeFile(_, let ics, _)? = run(&s, "export ics a.ics", data).first else {
      Issue.record("no write")
      return
    }
    #expect(String(decoding: ics, as: UTF8.self).hasPrefix("BEGIN:VCALENDAR"))
    guard case .writeFile(_, let xlsx, _)? = run(&s, "export xlsx a.xlsx", data).first else {
      Issue.record("no write")
      return
    }
    #expect(Array(xlsx.prefix(2)) == [0x50, 0x4B])  // a zip
  }

  @Test func exportJSONAndReportWriteTheCoresDocuments() throws {
    var s = TUIFixture.state(data)
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "funder:jica,koica", data)
    TUIFixture.send(&s, [.enter], data)
    let rows = s.rows.compactMap { data.store[$0] }
    #expect(
      run(&s, "export json out.json", data) == [
        .writeFile(
          path: "out.json", bytes: JSONExport.bytes(rows, team: data.store.team),
          message: "Exported 2 calls to out.json")
      ])
    guard case .writeFile(let path, let html, let message)? = run(&s, "report html r.html", data).first else {
      Issue.record("no report written")
      return
    }
    #expect(path == "r.html" && message == "Wrote the report to r.html")
    let text = String(decoding: html, as: UTF8.self)
    #expect(text.hasPrefix("<!DOCTYPE html>"))
    #expect(text.contains("funder:jica,koica"))  // the screen's filter, named in the report
    guard case .writeFile(_, let md, _)? = run(&s, "report md r.md", data).first else {
      Issue.record("no markdown written")
      return
    }
    #expect(String(decoding: md, as: UTF8.self).hasPrefix("# "))
    // A format the report does not write is refused with the usage.
    #expect(run(&s, "report pdf r.pdf", data).isEmpty)
    #expect(TUIFixture.screen(s, data).lines.joined().contains("'pdf' is not a format of :report"))
  }

  @Test func importOfAJSONExportMergesAndIsWrittenAsGiven() throws {
    var s = TUIFixture.state(data)
    var changed = try #require(data.store.records.first)
    changed.title = "Renamed in the export"
    changed.updated = Timestamp(iso: "2030-01-01T00:00:00Z")!
    var fresh = Opportunity(
      id: OpportunityID(rawValue: "new00001")!, title: "From the export", created: changed.updated)
    fresh.notes = [Note(at: changed.updated, by: "Carlos", text: "kept as written")]
    let bytes = JSONExport.bytes([changed, fresh], team: TeamData())
    _ = run(&s, "import team.json", data)
    reduce(&s, .fileRead(path: "team.json", .read(bytes)), data: data)
    guard case .confirm(let c) = s.mode, case .importFile(let p) = c.purpose else {
      Issue.record("no confirmation: \(s.mode)")
      return
    }
    #expect(p.added == 1 && p.updated == 1 && p.rejected == 0 && p.asGiven)
    let effects = TUIFixture.send(&s, [.char("y")], data)
    guard case .performAsGiven(let commands, _)? = effects.first else {
      Issue.record("not written as given: \(effects)")
      return
    }
    var store = TUIFixture.store
    TUIFixture.apply([.perform(commands, description: "")], to: &store)
    #expect(store[changed.id]?.title == "Renamed in the export")
    #expect(store[fresh.id]?.notes == fresh.notes)
  }

  @Test func writeFailureShowsTheCoresMessage() {
    var s = TUIFixture.state(data)
    reduce(&s, .fileWritten(.failed("cannot write '/nope/a.csv': No such file or directory")), data: data)
    #expect(s.status?.kind == .error)
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[22].contains("cannot write '/nope/a.csv'"))
    #expect(c.style(x: 1, y: 22).fg == .red)
  }

  static let csv = Array(
    "title,funder,deadline\nCiudades verdes,BID,2027-03-15\nMovilidad,JICA,not a date\nAgua,KfW,2027-05-01\n"
      .utf8)

  @Test func importShowsTheDryRunThenYImportsAsOneChange() {
    var s = TUIFixture.state(data)
    #expect(run(&s, "import calls.csv", data) == [.readFile(path: "calls.csv")])
    #expect(reduce(&s, .fileRead(path: "calls.csv", .read(Self.csv)), data: data).isEmpty)
    guard case .confirm(let c) = s.mode, case .importFile(let p) = c.purpose else {
      Issue.record("no confirmation: \(s.mode)")
      return
    }
    #expect(p.added == 2 && p.updated == 0 && p.rejected == 1)
    #expect(p.lines.first?.hasPrefix("reject  line 3:") == true)
    #expect(p.lines.contains("add     line 2: Ciudades verdes"))
    let screen = TUIFixture.screen(s, data)
    let text = screen.lines.joined(separator: "\n")
    #expect(text.contains("Import calls.csv?"))
    #expect(text.contains("would add 2, update 0, leave 0 unchanged, reject 1"))
    #expect(text.contains("reject  line 3:"))
    #expect(text.contains("y imports the rows that read; the 1 rejected are skipped."))
    #expect(text.contains("y import"))
    let effects = TUIFixture.send(&s, [.char("y")], data)
    guard case .perform(let commands, let description)? = effects.first, effects.count == 1 else {
      Issue.record("no perform: \(effects)")
      return
    }
    #expect(commands.count == 2)
    #expect(description == "Imported calls.csv: 2 added, 0 updated")
    var store = TUIFixture.store
    TUIFixture.apply(effects, to: &store)
    #expect(store.count == 8)
    #expect(s.mode == .normal)
  }

  @Test func nOrEscapeWritesNothing() {
    for key in [Key.char("n"), .escape] {
      var s = TUIFixture.state(data)
      _ = run(&s, "import calls.csv", data)
      reduce(&s, .fileRead(path: "calls.csv", .read(Self.csv)), data: data)
      #expect(TUIFixture.send(&s, [key], data).isEmpty)
      #expect(s.mode == .normal)
      #expect(s.status?.text == "Import cancelled: nothing written.")
    }
  }

  @Test func badFilesGiveTheImportsOwnMessage() {
    var s = TUIFixture.state(data)
    _ = run(&s, "import bad.csv", data)
    reduce(&s, .fileRead(path: "bad.csv", .read(Array("colour,shape\nred,round\n".utf8))), data: data)
    #expect(s.mode == .normal)
    #expect(s.status?.kind == .error)
    #expect(s.status?.text.hasPrefix("cannot import bad.csv: ") == true)
    var t = TUIFixture.state(data)
    reduce(&t, .fileRead(path: "gone.csv", .failed("cannot read gone.csv: no such file")), data: data)
    #expect(t.status?.text == "cannot read gone.csv: no such file")
    #expect(t.mode == .normal)
  }

  @Test func importRefusedOnAReadOnlyFile() {
    let ro = TUIFixture.data(readOnly: "locked")
    var s = TUIFixture.state(ro)
    #expect(run(&s, "import calls.csv", ro).isEmpty)
    #expect(s.status?.kind == .error)
  }

  @Test func aFileThatChangesNothingSaysSo() {
    var s = TUIFixture.state(data)
    _ = run(&s, "import x.csv", data)
    reduce(&s, .fileRead(path: "x.csv", .read(Array("title,deadline\nA,nope\n".utf8))), data: data)
    let text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(text.contains("Nothing to import"))
    #expect(TUIFixture.send(&s, [.char("y")], data).isEmpty)
    #expect(s.status?.text == "Nothing to import: the file changes nothing.")
  }
}
