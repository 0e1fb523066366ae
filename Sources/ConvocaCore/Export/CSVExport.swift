import Foundation

/// Writes an export as RFC 4180 CSV: a header row of column labels, one row per call, CRLF
/// line ends, a field quoted when it holds the delimiter, a quote, a line break or
/// leading/trailing spaces. Amounts are plain numbers (`1250000.5`) beside a currency column,
/// dates ISO (`2027-03-15`).
///
/// Text that a spreadsheet would run as a formula (a first character `=`, `+`, `-`, `@`, tab
/// or carriage return; OWASP's "CSV injection") is written with a `'` before it, so
/// `=HYPERLINK(…)` in a title stays text. Number columns are never touched: a genuine
/// negative amount stays a number.
public struct CSVExport: Sendable {
  /// The dialect.
  public struct Dialect: Hashable, Sendable {
    /// Between fields.
    public var delimiter: UInt8
    /// Before the decimals of a number.
    public var decimalMark: UInt8
    /// Whether the file starts with a UTF-8 byte order mark (Excel needs it to read UTF-8).
    public var byteOrderMark: Bool

    /// RFC 4180: `,` and `.`, no byte order mark.
    public static let standard = Dialect(
      delimiter: UInt8(ascii: ","), decimalMark: UInt8(ascii: "."), byteOrderMark: false)

    /// What Excel opens directly in a locale: a byte order mark, `;` between fields, and the
    /// locale's decimal mark (a comma for `es_CO`).
    public static func excel(_ style: NumberStyle) -> Dialect {
      Dialect(
        delimiter: UInt8(ascii: ";"), decimalMark: UInt8(ascii: style == .commaDecimal ? "," : "."),
        byteOrderMark: true)
    }
  }

  /// The columns.
  public let table: ExportTable
  /// The dialect.
  public let dialect: Dialect

  /// An exporter of `table` in `dialect`.
  public init(table: ExportTable, dialect: Dialect = .standard) {
    self.table = table
    self.dialect = dialect
  }

  /// The whole file for `rows`; `progress` is called with the count of rows written.
  public func bytes(_ rows: some Collection<Opportunity>, progress: ((Int) -> Void)? = nil) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(64 + rows.count * 24 * table.columns.count)
    if dialect.byteOrderMark { out += [0xEF, 0xBB, 0xBF] }
    writeRow(table.headers.map(ExportCell.text), into: &out)
    var n = 0
    for o in rows {
      writeRow(table.row(o), into: &out)
      n += 1
      if n & 4095 == 0 { progress?(n) }
    }
    progress?(n)
    return out
  }

  func writeRow(_ cells: [ExportCell], into out: inout [UInt8]) {
    for (i, c) in cells.enumerated() {
      if i > 0 { out.append(dialect.delimiter) }
      field(c, into: &out)
    }
    out += [0x0D, 0x0A]
  }

  /// Appends one field.
  func field(_ cell: ExportCell, into out: inout [UInt8]) {
    switch cell {
    case .empty: return
    case .number(let d):
      let dot = UInt8(ascii: ".")
      for b in d.description.utf8 { out.append(b == dot ? dialect.decimalMark : b) }
    case .date(let d): out += d.description.utf8
    case .instant(let t): out += t.description.utf8
    case .text(let raw): text(raw, into: &out)
    }
  }

  /// Appends a text field: neutralised, sanitised (newlines kept), quoted when needed.
  func text(_ raw: String, into out: inout [UInt8]) {
    let neutral = CSVExport.neutralised(raw)
    let s = TerminalText.sanitize(neutral, keepNewlines: true)
    let u = s.utf8
    let quote = UInt8(ascii: "\"")
    let needsQuotes =
      u.contains { $0 == dialect.delimiter || $0 == quote || $0 == 0x0A || $0 == 0x0D }
      || u.first == 0x20 || u.last == 0x20
    guard needsQuotes else {
      out += u
      return
    }
    out.append(quote)
    for b in u {
      out.append(b)
      if b == quote { out.append(quote) }
    }
    out.append(quote)
  }

  /// `raw` with a `'` in front when a spreadsheet would read it as a formula: it starts with
  /// `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection").
  public static func neutralised(_ raw: String) -> String {
    guard let f = raw.utf8.first else { return raw }
    switch f {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
      return "'" + raw
    default: return raw
    }
  }
}
