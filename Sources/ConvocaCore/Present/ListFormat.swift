import Foundation

/// How `convoca list` writes its rows: an aligned table for people, or one record per line
/// for other programs. Every format is safe to print on a terminal: CSV and TSV values go
/// through the sanitiser (`TerminalText.sanitize`), JSON escapes as `\uXXXX`.
public enum ListFormat: String, CaseIterable, Sendable {
  /// Aligned columns, fitted to the terminal (full values when piped).
  case table
  /// RFC 4180: a header row of column names, CRLF line ends, fields quoted when needed.
  case csv
  /// Tab-separated: a header row; tab, newline, carriage return and backslash in values
  /// written as `\t`, `\n`, `\r`, `\\`.
  case tsv
  /// One indented JSON array of records (what `--json` prints).
  case json
  /// One compact JSON record per line.
  case jsonl
}

extension ListTable.Column {
  /// The name a column is given in `--columns` and in CSV/TSV headers.
  public var name: String { rawValue }

  /// Parses a comma-separated column list (`id,title,owner`), case-insensitively; a column
  /// named twice is kept once, in its first place.
  /// - Throws: `ColumnListError` naming the unknown columns and the valid ones.
  public static func parseList(_ text: String) throws(ColumnListError) -> [ListTable.Column] {
    let names = text.split(separator: ",", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    var columns: [ListTable.Column] = []
    var unknown: [String] = []
    for n in names {
      guard let c = ListTable.Column(named: n) else {
        unknown.append(n)
        continue
      }
      if !columns.contains(c) { columns.append(c) }
    }
    if !unknown.isEmpty || columns.isEmpty { throw ColumnListError(unknown: unknown) }
    return columns
  }
}

/// A `--columns` list naming a column that does not exist (or none at all).
public struct ColumnListError: Error, Sendable, CustomStringConvertible {
  /// The names not recognised, as typed (lowercased).
  public var unknown: [String]

  /// One line naming the unknown columns and the valid ones.
  public var description: String {
    let valid = ListTable.Column.allCases.map(\.name).joined(separator: ", ")
    if unknown.isEmpty || unknown.allSatisfy(\.isEmpty) { return Strings.noColumns(valid) }
    let names = unknown.map { $0.isEmpty ? "''" : "'" + $0 + "'" }.joined(separator: ", ")
    let near =
      unknown.count == 1 ? Suggest.nearest(unknown[0], in: ListTable.Column.allCases.map(\.name)) : nil
    return Strings.unknownColumns(names, valid) + (near.map { Strings.inputDidYouMean($0) } ?? "")
  }
}

/// Writes list rows as CSV, TSV, JSON or JSON lines.
public enum ListExport {
  /// A cell's value for other programs: dates in ISO form, amounts as `1250000 EUR`
  /// (awarded when known), enums by their names. Raw: not yet sanitised.
  public static func value(_ c: ListTable.Column, _ o: Opportunity) -> String {
    if let m = c.descriptor.cellMoney(o) { return "\(m.amount) \(m.currency)" }
    return c.descriptor.exportText(o)
  }

  /// One CSV field: sanitised (newlines kept, other controls made inert marks), then quoted
  /// when it holds a comma, a quote, a line break or leading/trailing spaces.
  public static func csvField(_ raw: String) -> String {
    let s = TerminalText.sanitize(raw, keepNewlines: true)
    let needsQuotes =
      s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
      || s.first == " " || s.last == " "
    guard needsQuotes else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// One TSV field: backslash, tab, newline and carriage return escaped as `\\`, `\t`, `\n`,
  /// `\r`, then sanitised, so a value never splits a row or a column.
  public static func tsvField(_ raw: String) -> String {
    var s = String()
    s.reserveCapacity(raw.utf8.count)
    for u in raw.unicodeScalars {
      switch u {
      case "\\": s += "\\\\"
      case "\t": s += "\\t"
      case "\n": s += "\\n"
      case "\r": s += "\\r"
      default: s.unicodeScalars.append(u)
      }
    }
    return TerminalText.sanitize(s)
  }

  /// A record as JSON: the whole exported record, or with `columns` only those members, in
  /// that order (`null` where the record has no value).
  public static func record(_ o: Opportunity, columns: [ListTable.Column]?) -> JSONValue {
    let full = RecordCodec.encode(o, style: .export)
    guard let columns, case .object(let members) = full else { return full }
    return .object(
      columns.map { c in (c.name, members.first(where: { $0.0 == c.name })?.1 ?? .null) })
  }

  /// The output lines (without line ends) for `rows` in a machine format. CSV lines end in CR
  /// (the caller adds LF, so each row ends in CRLF as RFC 4180 asks). `table` gives no lines:
  /// it is laid out by `ListTable`.
  public static func lines(
    _ rows: [Opportunity], format: ListFormat, columns: [ListTable.Column]?
  ) -> [String] {
    let cols = columns ?? ListTable.displayOrder
    switch format {
    case .table: return []
    case .csv:
      return ([cols.map(\.name)] + rows.map { o in cols.map { value($0, o) } }).map {
        $0.map(csvField).joined(separator: ",") + "\r"
      }
    case .tsv:
      return ([cols.map(\.name)] + rows.map { o in cols.map { value($0, o) } }).map {
        $0.map(tsvField).joined(separator: "\t")
      }
    case .json:
      return [JSONWriter.pretty(.array(rows.map { record($0, columns: columns) }))]
    case .jsonl:
      return rows.map {
        var w = JSONWriter(terminalSafe: true)
        w.write(record($0, columns: columns))
        return w.text
      }
    }
  }
}

extension Strings {
  static func unknownColumns(_ names: String, _ valid: String) -> String {
    t("list.unknownColumns", "unknown column {0}; the columns are {1}", names, valid)
  }
  static func noColumns(_ valid: String) -> String {
    t("list.noColumns", "--columns needs at least one column: {0}", valid)
  }
}
