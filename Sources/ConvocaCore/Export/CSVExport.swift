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
    /// Whether text goes through the terminal sanitiser (escape, C1 and bidi controls become
    /// inert marks), for a file printed on a terminal. Otherwise text is kept as it is, but
    /// for control characters other than tab and line breaks, which are dropped.
    public var terminalSafe: Bool = false

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

  /// The whole file for `records[i]` for each of `indices`, in that order (no copy of each
  /// record, as a lazily mapped collection makes).
  public func bytes(_ records: [Opportunity], at indices: [Int], progress: ((Int) -> Void)? = nil) -> [UInt8]
  {
    var out: [UInt8] = []
    out.reserveCapacity(64 + indices.count * 24 * table.columns.count)
    if dialect.byteOrderMark { out += [0xEF, 0xBB, 0xBF] }
    writeRow(table.headers.map(ExportCell.text), into: &out)
    let columns = table.columns
    for (n, i) in indices.enumerated() {
      for (k, c) in columns.enumerated() {
        if k > 0 { out.append(dialect.delimiter) }
        field(c.cell(records[i]), into: &out)
      }
      out += [0x0D, 0x0A]
      if (n + 1) & 4095 == 0 { progress?(n + 1) }
    }
    progress?(indices.count)
    return out
  }

  /// The whole file for `rows`; `progress` is called with the count of rows written.
  public func bytes(_ rows: some Collection<Opportunity>, progress: ((Int) -> Void)? = nil) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(64 + rows.count * 24 * table.columns.count)
    if dialect.byteOrderMark { out += [0xEF, 0xBB, 0xBF] }
    writeRow(table.headers.map(ExportCell.text), into: &out)
    var n = 0
    let columns = table.columns
    for o in rows {
      for (i, c) in columns.enumerated() {
        if i > 0 { out.append(dialect.delimiter) }
        field(c.cell(o), into: &out)
      }
      out += [0x0D, 0x0A]
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
    case .date(let d): CSVExport.iso(d, into: &out)
    case .instant(let t):
      let day = t.utcDate
      CSVExport.iso(day, into: &out)
      let rest = Int(t.seconds - Int64(day.daysSinceEpoch) * 86_400)
      out.append(UInt8(ascii: "T"))
      CSVExport.padded(rest / 3600, 2, into: &out)
      out.append(UInt8(ascii: ":"))
      CSVExport.padded(rest / 60 % 60, 2, into: &out)
      out.append(UInt8(ascii: ":"))
      CSVExport.padded(rest % 60, 2, into: &out)
      out.append(UInt8(ascii: "Z"))
    case .text(let raw): text(raw, into: &out)
    }
  }

  /// Appends a text field: neutralised, controls dropped (or sanitised for a terminal),
  /// quoted when needed.
  func text(_ raw: String, into out: inout [UInt8]) {
    var s = CSVExport.neutralised(raw)
    let quote = UInt8(ascii: "\"")
    let delimiter = dialect.delimiter
    // One pass over the bytes: is there a control to drop, a reason to quote?
    var control = false
    var needsQuotes = false
    s.withUTF8 { u in
      for b in u {
        if b < 0x20 || b == 0x7F {
          if b == 0x0A || b == 0x0D {
            needsQuotes = true
          } else if b != 0x09 {
            control = true
          }
        } else if b == delimiter || b == quote {
          needsQuotes = true
        }
      }
      if u.first == 0x20 || u.last == 0x20 { needsQuotes = true }
    }
    if dialect.terminalSafe {
      s = TerminalText.sanitize(s, keepNewlines: true)
    } else if control {
      s = CSVExport.withoutControls(s)
    }
    s.withUTF8 { u in
      guard needsQuotes else {
        out.append(contentsOf: u)
        return
      }
      out.append(quote)
      for b in u {
        out.append(b)
        if b == quote { out.append(quote) }
      }
      out.append(quote)
    }
  }

  /// `s` without control characters other than tab, line feed and carriage return.
  static func withoutControls(_ s: String) -> String {
    guard s.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F })
    else { return s }
    return String(
      String.UnicodeScalarView(
        s.unicodeScalars.filter {
          !($0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r") && $0.value != 0x7F
        }))
  }

  /// Appends `n` with leading zeros to `width` digits.
  static func padded(_ n: Int, _ width: Int, into out: inout [UInt8]) {
    var d = 1
    for _ in 1..<width { d *= 10 }
    var m = n
    while d > 0 {
      out.append(UInt8(ascii: "0") + UInt8(m / d % 10))
      m %= d
      d /= 10
    }
  }

  /// Appends `2027-03-15`.
  static func iso(_ date: CalendarDate, into out: inout [UInt8]) {
    let (y, m, d) = date.components
    guard (0...9999).contains(y) else {
      out += date.description.utf8
      return
    }
    padded(y, 4, into: &out)
    out.append(UInt8(ascii: "-"))
    padded(m, 2, into: &out)
    out.append(UInt8(ascii: "-"))
    padded(d, 2, into: &out)
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
