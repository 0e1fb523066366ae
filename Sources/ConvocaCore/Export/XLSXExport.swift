import Foundation
import ZIPFoundation

/// Writes an export as an Office Open XML workbook (`.xlsx`): one sheet with a bold header
/// row that is frozen and filtered, typed cells (dates as date serials in a date format,
/// amounts as numbers beside their currency, text as inline strings) and column widths fitted
/// to the content. The parts are XML written here and zipped by ZIPFoundation.
///
/// Text is never a formula in a workbook (an inline string is only ever text), so nothing is
/// neutralised; characters XML 1.0 forbids are dropped, and a cell longer than Excel's
/// 32,767 characters is cut there.
public struct XLSXExport: Sendable {
  /// The columns.
  public let table: ExportTable
  /// The sheet's name.
  public let sheetName: String

  /// Widest a column is made, in characters.
  public static let maxWidth = 60
  /// Most characters Excel takes in a cell.
  public static let maxCellCharacters = 32_767

  /// An exporter of `table`.
  public init(table: ExportTable, sheetName: String = "Convoca") {
    self.table = table
    self.sheetName = sheetName
  }

  /// The workbook's parts, by path inside the zip: each a whole XML document.
  public func parts(_ rows: some Collection<Opportunity>, progress: ((Int) -> Void)? = nil) -> [(
    String, String
  )] {
    [
      ("[Content_Types].xml", XLSXExport.contentTypes),
      ("_rels/.rels", XLSXExport.rootRels),
      ("xl/workbook.xml", workbook(rowCount: rows.count)),
      ("xl/_rels/workbook.xml.rels", XLSXExport.workbookRels),
      ("xl/styles.xml", XLSXExport.styles),
      ("xl/worksheets/sheet1.xml", sheet(rows, progress: progress)),
    ]
  }

  /// The zipped workbook.
  public func bytes(_ rows: some Collection<Opportunity>, progress: ((Int) -> Void)? = nil)
    throws(ExportError) -> Data
  {
    let archive: Archive
    do { archive = try Archive(accessMode: .create) } catch {
      throw ExportError(Strings.exportZipFailed("\(error)"))
    }
    for (path, text) in parts(rows, progress: progress) {
      let data = Data(text.utf8)
      do {
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      } catch {
        throw ExportError(Strings.exportZipFailed("\(error)"))
      }
    }
    guard let data = archive.data else { throw ExportError(Strings.exportZipFailed("no data")) }
    return data
  }

  /// `A`, `B`, … `Z`, `AA`, … for a zero-based column index.
  public static func columnLetters(_ index: Int) -> String {
    var n = index + 1
    var s = ""
    while n > 0 {
      let r = (n - 1) % 26
      s = String(UnicodeScalar(UInt8(65 + r))) + s
      n = (n - 1) / 26
    }
    return s
  }

  /// Excel's serial number of a date: days since 1899-12-30.
  public static func serial(_ d: CalendarDate) -> Int { Int(d.daysSinceEpoch) + 25_569 }

  var lastColumn: String { XLSXExport.columnLetters(max(table.columns.count, 1) - 1) }

  func workbook(rowCount: Int) -> String {
    let name = XMLText.escaped(sheetName)
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <sheets><sheet name="\(name)" sheetId="1" r:id="rId1"/></sheets>\
      <definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\
      &apos;\(name)&apos;!$A$1:$\(lastColumn)$\(rowCount + 1)</definedName></definedNames>\
      </workbook>
      """
  }

  func sheet(_ rows: some Collection<Opportunity>, progress: ((Int) -> Void)?) -> String {
    let letters = table.columns.indices.map(XLSXExport.columnLetters)
    var widths = table.headers.map { XLSXExport.width($0) + 3 }  // room for the filter button
    var data = String()
    data.reserveCapacity(256 + rows.count * table.columns.count * 40)
    data += "<row r=\"1\">"
    for (i, h) in table.headers.enumerated() {
      data += "<c r=\"\(letters[i])1\" s=\"3\" t=\"inlineStr\"><is><t>"
      XMLText.append(h, to: &data)
      data += "</t></is></c>"
    }
    data += "</row>"
    var r = 1
    for o in rows {
      r += 1
      data += "<row r=\"\(r)\">"
      for (i, cell) in table.row(o).enumerated() {
        let ref = letters[i] + String(r)
        switch cell {
        case .empty: continue
        case .number(let d):
          let t = d.description
          widths[i] = max(widths[i], t.utf8.count + 1)
          data += "<c r=\"\(ref)\"><v>\(t)</v></c>"
        case .date(let d):
          widths[i] = max(widths[i], 11)
          data += "<c r=\"\(ref)\" s=\"1\"><v>\(XLSXExport.serial(d))</v></c>"
        case .instant(let t):
          widths[i] = max(widths[i], 17)
          let serial = Double(t.seconds) / 86_400 + 25_569
          data += "<c r=\"\(ref)\" s=\"2\"><v>\(serial)</v></c>"
        case .text(let raw):
          let s = XLSXExport.clipped(raw)
          widths[i] = max(widths[i], XLSXExport.width(s))
          let space = s.first?.isWhitespace == true || s.last?.isWhitespace == true || s.contains("\n")
          data += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t"
          data += space ? " xml:space=\"preserve\">" : ">"
          XMLText.append(s, to: &data)
          data += "</t></is></c>"
        }
      }
      data += "</row>"
      if r & 4095 == 0 { progress?(r - 1) }
    }
    progress?(r - 1)
    var out = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
      <dimension ref="A1:\(lastColumn)\(r)"/>\
      <sheetViews><sheetView workbookViewId="0">\
      <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
      <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
      <sheetFormatPr defaultRowHeight="15"/><cols>
      """
    for (i, w) in widths.enumerated() {
      out +=
        "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(min(w, XLSXExport.maxWidth) + 1)\" customWidth=\"1\"/>"
    }
    out += "</cols><sheetData>"
    out += data
    out += "</sheetData><autoFilter ref=\"A1:\(lastColumn)\(r)\"/></worksheet>"
    return out
  }

  /// The widest line of `s` in characters (terminal cells: a wide character counts two),
  /// measured on at most the first `maxWidth` cells' worth of text.
  static func width(_ s: String) -> Int {
    var widest = 0
    for line in s.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.utf8.count > maxWidth * 4 {
        return maxWidth
      }
      widest = max(widest, TerminalText.width(String(line)))
      if widest >= maxWidth { return maxWidth }
    }
    return widest
  }

  /// `s` cut to Excel's limit of characters in a cell.
  static func clipped(_ s: String) -> String {
    guard s.utf16.count > maxCellCharacters else { return s }
    var out = String(s.prefix(maxCellCharacters))
    while out.utf16.count > maxCellCharacters { out.removeLast() }
    return out
  }

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" \
    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    </Types>
    """

  static let rootRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
    Target="xl/workbook.xml"/></Relationships>
    """

  static let workbookRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
    Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" \
    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
    Target="styles.xml"/></Relationships>
    """

  /// Cell formats: 0 plain, 1 a date (`yyyy-mm-dd`), 2 an instant (`yyyy-mm-dd hh:mm`),
  /// 3 the bold header.
  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
    <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>\
    <numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/></numFmts>\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill>\
    <fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """
}
