import Foundation
import Testing

@testable import ConvocaCore

/// CSV import (issue 10, item 1): the reader, encodings, headers, values, and re-import.
@Suite struct CSVImportTests {
  static let config = Configuration(user: "Laura")
  static let today = CalendarDate(iso: "2026-12-01")!
  static let t1 = Timestamp(iso: "2026-11-02T10:00:00Z")!

  static func plan(
    _ text: String, bytes: [UInt8]? = nil, store: OpportunityStore = OpportunityStore(),
    _ edit: (inout CSVImportOptions) -> Void = { _ in }
  ) throws -> ImportPlan {
    var options = CSVImportOptions(fileName: "calls.csv")
    edit(&options)
    var g = SeededGenerator(seed: 7)
    return try ImportPlan.make(
      bytes ?? Array(text.utf8), options: options, configuration: config, store: store, today: today,
      at: Fixture.t0, generator: &g)
  }

  static func added(_ text: String, bytes: [UInt8]? = nil) throws -> [Opportunity] {
    let p = try plan(text, bytes: bytes)
    #expect(p.rejected.isEmpty, "\(p.rejected)")
    return p.added.map(\.record)
  }

  static func applied(_ p: ImportPlan, to store: inout OpportunityStore) throws {
    for c in p.commands { _ = try store.apply(Change(c, at: Self.t1, by: "Laura")) }
  }

  // MARK: - Reader and encodings

  @Test func excelInSpanishSemicolonCRLFBOMAndMultilineCells() throws {
    let text =
      "\u{FEFF}Título;Financiador;Monto;Fecha límite;Descripción\r\n"
      + "\"Fondo \"\"Paz\"\"\";Unión Europea;1.234.567,89;15/03/2027;\"uno\r\ndos; tres\"\r\n"
      + "Becas;FCDO;2.500;01/02/2027;\r\n"
    let p = try Self.plan(text)
    #expect(p.rejected.isEmpty)
    let a = p.added.map(\.record)
    #expect(a.count == 2)
    #expect(a[0].title == "Fondo \"Paz\"")
    #expect(a[0].funder == "Unión Europea")
    #expect(a[0].amount == Money(Decimal(string: "1234567.89")!, "USD"))
    #expect(a[0].deadline == CalendarDate(iso: "2027-03-15"))
    #expect(a[0].description == "uno\ndos; tres")
    // A `;` file is read with the decimal comma: 2.500 is two thousand five hundred.
    #expect(a[1].amount?.amount == 2500)
    #expect(a[1].deadline == CalendarDate(iso: "2027-02-01"))
    // Line numbers count the lines of the multi-line cell.
    #expect(p.added.map(\.line) == [2, 4])
  }

  @Test func recordLinesCountMultilineCells() {
    let records = Array(CSVReader(bytes: Array("a,b\n\"x\ny\nz\",1\r\nlast,2".utf8), delimiter: 0x2C))
    #expect(records.map(\.line) == [1, 2, 5])
    #expect(records[1].cells == ["x\ny\nz", "1"])
    #expect(records[2].cells == ["last", "2"])
  }

  @Test func delimiterDetectedFromHeader() {
    #expect(CSVReader.detectDelimiter(Array("a;b;c\n1,5;2;3".utf8)) == UInt8(ascii: ";"))
    #expect(CSVReader.detectDelimiter(Array("a\tb\n".utf8)) == 0x09)
    #expect(CSVReader.detectDelimiter(Array("\"x;y\",b\n".utf8)) == UInt8(ascii: ","))
    #expect(CSVReader.detectDelimiter(Array("title\n".utf8)) == UInt8(ascii: ","))
  }

  @Test func tabSeparated() throws {
    let a = try Self.added("title\tfunder\nA\tB\n")
    #expect(a.first?.funder == "B")
  }

  @Test func latin1BytesAreReadAsWindows1252WithAWarning() throws {
    var bytes = Array("T".utf8) + [0xED] + Array("tulo,Financiador\n".utf8)  // "Título" in Latin-1
    bytes += [0x41, 0xF1, 0x6F, 0x20, 0x80, 0x2C, 0x42, 0x0A]  // "Año €,B" in Windows-1252
    let p = try Self.plan("", bytes: bytes)
    #expect(p.added.first?.record.title == "Año €")
    #expect(p.warnings.contains { $0.contains("Windows-1252") })
    // With --latin1, the same without the warning.
    let q = try Self.plan("", bytes: bytes) { $0.latin1 = true }
    #expect(q.added.first?.record.title == "Año €")
    #expect(!q.warnings.contains { $0.contains("Windows-1252") })
  }

  @Test func undecodableAndBinaryFilesAreRefused() {
    #expect(throws: InterchangeError.self) { try Self.plan("", bytes: Array("title\n".utf8) + [0x81, 0x0A]) }
    #expect(throws: InterchangeError.self) { try Self.plan("", bytes: Array("title\n".utf8) + [0x00]) }
    #expect(throws: InterchangeError.self) { try Self.plan("", bytes: [0xEF, 0xBB, 0xBF, 0xC3, 0x28]) }
    #expect(throws: InterchangeError.self) { try Self.plan("") }
  }

  @Test func truncatedFileRejectsTheOpenRowWithItsLine() throws {
    let p = try Self.plan("title,description\nA,ok\nB,\"cut off here\nand more")
    #expect(p.added.count == 1)
    #expect(p.rejected.map(\.line) == [3])
    #expect(p.rejected[0].reason.contains("not closed"))
    // A row cut short (fewer cells than the header) is rejected too.
    let q = try Self.plan("title,funder,amount\nA,B,1\nC,D")
    #expect(q.rejected.map(\.line) == [3])
  }

  // MARK: - Headers

  @Test func headersInEnglishOrSpanishAnyCaseAndAccents() throws {
    let a = try Self.added(
      "TITULO,fecha limite,RESPONSABLE,enlace,Programa,área,tipo\nA,2027-01-02,Eva,https://x.org,P,inclusion,grant\n"
    )
    #expect(a[0].deadline == CalendarDate(iso: "2027-01-02"))
    #expect(a[0].owner == "Eva")
    #expect(a[0].url == "https://x.org")
    #expect(a[0].program == "P")
    #expect(a[0].area?.rawValue == "inclusion")
  }

  @Test func unknownColumnsAreIgnoredWithAWarning() throws {
    let p = try Self.plan("title,Color favorito,notas\nA,azul,x\n")
    #expect(p.added.count == 1)
    #expect(p.warnings.contains { $0.contains("Color favorito") })
    #expect(p.warnings.contains { $0.contains("notas") })
  }

  @Test func mapReadsAnyColumnAsAField() throws {
    let p = try Self.plan("Nombre del fondo,Quién\nA,Eva\n") {
      $0.maps = [("Nombre del fondo", "title"), ("Quién", "owner")]
    }
    #expect(p.added.first?.record.owner == "Eva")
    #expect(throws: InterchangeError.self) { try Self.plan("title\nA\n") { $0.maps = [("Nope", "owner")] } }
    #expect(throws: InterchangeError.self) {
      try Self.plan("title,x\nA,b\n") { $0.maps = [("x", "nofield")] }
    }
  }

  @Test func headerWithNoKnownColumnIsAnError() {
    #expect(throws: InterchangeError.self) { try Self.plan("foo,bar\n1,2\n") }
    // Known columns but no title.
    #expect(throws: InterchangeError.self) { try Self.plan("funder,amount\nA,1\n") }
  }

  @Test func duplicateHeaderNamesAreAnError() {
    #expect(throws: InterchangeError.self) { try Self.plan("title,Title\nA,B\n") }
    #expect(throws: InterchangeError.self) { try Self.plan("title,funder,Financiador\nA,B,C\n") }
    // Two names of one field.
    #expect(throws: InterchangeError.self) { try Self.plan("title,cierre,fecha límite\nA,,\n") }
  }

  // MARK: - Values

  @Test func datesInEachForm() throws {
    let a = try Self.added(
      "title,deadline\nA,2027-03-15\nB,15/03/2027\nC,15 de marzo de 2027\nD,03/04/2027\n")
    #expect(a.map { $0.deadline?.description } == ["2027-03-15", "2027-03-15", "2027-03-15", "2027-04-03"])
    let m = try Self.plan("title,deadline\nD,03/04/2027\n") { $0.monthFirst = true }
    #expect(m.added.first?.record.deadline?.description == "2027-03-04")
    let bad = try Self.plan("title,deadline\nA,31/02/2027\n")
    #expect(bad.rejected.first?.line == 2)
    #expect(bad.rejected.first?.reason.contains("deadline") == true)
  }

  @Test func amountsInEachForm() throws {
    let text = """
      title;amount;moneda
      A;1.234.567,89;
      B;$ 1.234.567,89;COP
      C;€1.500,50;
      D;US$ 2.000;
      E;COP 3.000.000;
      F;4.000.000 COP;
      G;1,234,567.89;EUR

      """
    let a = try Self.added(text)
    let got = a.map { "\($0.amount!.amount) \($0.amount!.currency)" }
    #expect(
      got == [
        "1234567.89 USD", "1234567.89 COP", "1500.5 EUR", "2000 USD", "3000000 COP", "4000000 COP",
        "1234567.89 EUR",
      ])
    let bad = try Self.plan("title,amount,currency\nA,12;34,\nB,5,XX1\n")
    #expect(bad.rejected.count == 2)
  }

  @Test func spanishValuesForKindStageAndArea() throws {
    let text = """
      título;tipo;etapa;área
      A;beca;aplicada;desarrollo económico
      B;premio;ganada;Seguridad y Paz
      C;Subvención;en preparación;educación
      D;red;descartada;innovación
      E;evento;perdida;inclusión
      F;alianza;identificada;desarrollo urbano
      G;asistencia técnica;presentada;
      H;grant;won;innovation

      """
    let a = try Self.added(text)
    #expect(
      a.map(\.kind.rawValue) == [
        "scholarship", "award", "grant", "network", "event", "alliance", "technical", "grant",
      ])
    #expect(
      a.map(\.stage.rawValue) == [
        "applied", "won", "preparing", "dropped", "lost", "identified", "applied", "won",
      ])
    #expect(
      a.map { $0.area?.rawValue ?? "" } == [
        "economic-development", "security-peace", "education-culture", "innovation", "inclusion",
        "urban-development", "", "innovation",
      ])
    let bad = try Self.plan("title,kind,stage\nA,nave espacial,\nB,grant,volando\n")
    #expect(bad.rejected.map(\.line) == [2, 3])
  }

  @Test func tenThousandCharacterCells() throws {
    let long = String(repeating: "á", count: 10_000)
    let a = try Self.added("title,description\n\(long),\"\(long)\"\n")
    #expect(a[0].title.count == 10_000)
    #expect(a[0].description.count == 10_000)
  }

  @Test func formulaPayloadsAreImportedAsPlainText() throws {
    let text = """
      title,description,funder
      "=HYPERLINK(""http://evil.example"",""clic"")",=cmd|'/C calc'!A0,@SUM(1+1)
      +1+1,-2+3,=1+1

      """
    let a = try Self.added(text)
    #expect(a[0].title == "=HYPERLINK(\"http://evil.example\",\"clic\")")
    #expect(a[0].description == "=cmd|'/C calc'!A0")
    #expect(a[0].funder == "@SUM(1+1)")
    #expect(a[1].title == "+1+1")
    #expect(a[1].funder == "=1+1")
  }

  // MARK: - Rows

  @Test func badRowsCarryTheirLineAndReason() throws {
    let p = try Self.plan("title,amount\nA,1\n,2\nC,abc\nA,3\n")
    #expect(p.added.count == 1)
    #expect(p.rejected.map(\.line) == [3, 4, 5])
    #expect(p.rejected[0].description.hasPrefix("line 3: "))
    #expect(p.rejected[2].reason.contains("line 2"))  // the same call as line 2
  }

  @Test func repeatedValuesReadTheSameEachTime() throws {
    // Values are remembered per column (a speed-up): a bad one is rejected on every row, and
    // an amount depends on the row's currency.
    let p = try Self.plan("title,amount,moneda\nA,abc,\nB,abc,\nC,5,EUR\nD,5,COP\n")
    #expect(p.rejected.map(\.line) == [2, 3])
    #expect(p.added.map { $0.record.amount?.currency } == ["EUR", "COP"])
  }

  @Test func rowKeyIsStableAndFolded() {
    #expect(
      CSVImport.rowKey(title: "Fondo Paz", funder: "UE") == CSVImport.rowKey(title: "fondo paz", funder: "ue")
    )
    #expect(
      CSVImport.rowKey(title: "Educación", funder: "") == CSVImport.rowKey(title: "EDUCACION", funder: ""))
    #expect(CSVImport.rowKey(title: "A", funder: "B") != CSVImport.rowKey(title: "B", funder: "A"))
    #expect(CSVImport.rowKey(title: "A", funder: "B") == "\(CSVImport.rowKey(title: "A", funder: "B"))")
    #expect(CSVImport.rowKey(title: "A", funder: "B").count == 16)
  }

  // MARK: - Re-import

  @Test func reimportUpdatesInsteadOfDuplicatingAndLeavesStageNotesHistory() throws {
    var store = OpportunityStore()
    let first = try Self.plan("title,funder,stage,amount\nA,UE,identified,100\nB,BID,,200\n", store: store)
    #expect(first.added.count == 2)
    #expect(
      first.added[0].record.source
        == Source(system: "csv:calls.csv", id: CSVImport.rowKey(title: "A", funder: "UE")))
    try Self.applied(first, to: &store)
    // The team works on A: moves it and notes it.
    let a = store.records.first { $0.title == "A" }!
    _ = try store.apply(
      Change(try Pipeline.move(a, to: .preparing, at: Self.t1, by: "Eva"), at: Self.t1, by: "Eva"))
    _ = try store.apply(
      Change(try Pipeline.note(a, "call them", at: Self.t1, by: "Eva"), at: Self.t1, by: "Eva"))
    let before = store[a.id]!
    // The colleague's sheet changes A's amount and says it is applied; adds C.
    let csv2 = "title,funder,stage,amount\nA,UE,applied,150\nB,BID,,200\nC,X,,1\n"
    let second = try Self.plan(csv2, store: store)
    #expect(second.added.map(\.record.title) == ["C"])
    #expect(second.updated.map(\.before.id) == [a.id])
    #expect(second.updated[0].fields == ["amount"])
    #expect(second.unchanged.map(\.record.title) == ["B"])
    try Self.applied(second, to: &store)
    #expect(store.count == 3)
    let after = store[a.id]!
    #expect(after.amount?.amount == 150)
    #expect(after.stage == .preparing)
    #expect(after.notes == before.notes)
    // The amount change is logged like any edit; the earlier entries are all still there.
    #expect(Array(after.history.prefix(before.history.count)) == before.history)
    // A third import of the same file changes nothing.
    let third = try Self.plan(csv2, store: store)
    #expect(third.commands.isEmpty)
    #expect(third.unchanged.count == 3)
  }

  @Test func updateStageMovesOnReimport() throws {
    var store = OpportunityStore()
    try Self.applied(try Self.plan("title,etapa\nA,identificada\n", store: store), to: &store)
    let p = try Self.plan("title,etapa\nA,aplicada\n", store: store) { $0.updateStage = true }
    #expect(p.updated.first?.fields == ["stage"])
    try Self.applied(p, to: &store)
    #expect(store.records[0].stage == .applied)
    #expect(store.records[0].history.last?.to == "applied")
  }

  @Test func idColumnKeysRows() throws {
    var store = OpportunityStore()
    try Self.applied(
      try Self.plan("ref,title\nR1,Old title\n", store: store) { $0.idColumn = "ref" }, to: &store)
    let p = try Self.plan("ref,title\nR1,New title\n", store: store) { $0.idColumn = "ref" }
    #expect(p.updated.first?.fields == ["title"])
    #expect(p.added.isEmpty)
    #expect(throws: InterchangeError.self) { try Self.plan("title\nA\n") { $0.idColumn = "ref" } }
    let empty = try Self.plan("ref,title\n,A\n") { $0.idColumn = "ref" }
    #expect(empty.rejected.count == 1)
  }

  @Test func emptyCellsNeverEraseOnReimport() throws {
    var store = OpportunityStore()
    try Self.applied(try Self.plan("title,funder,owner\nA,UE,Eva\n", store: store), to: &store)
    let p = try Self.plan("title,funder,owner\nA,UE,\n", store: store)
    #expect(p.unchanged.count == 1)
  }

  @Test func wholeImportIsOneJournalLineAndOneUndo() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(Fixture.opportunity("aaaa0001", "Existing")))
    let linesBefore = Fixture.lines(path).count
    var g = SeededGenerator(seed: 1)
    let p = try ImportPlan.make(
      Array("title\nA\nB\nC\n".utf8), options: CSVImportOptions(fileName: "x.csv"),
      configuration: Self.config,
      store: db.store, today: Self.today, at: Fixture.t0, generator: &g)
    try db.perform(p.commands)
    #expect(Fixture.lines(path).count == linesBefore + 1)
    #expect(db.store.count == 4)
    try db.undo()
    #expect(db.store.count == 1)
  }
}
