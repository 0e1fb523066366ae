/// One record of a CSV file: its cells and the line of the file it starts on (1-based; a
/// quoted cell may span lines, so the next record can start several lines further on).
public struct CSVRecord: Hashable, Sendable {
  /// The line the record starts on.
  public var line: Int
  /// The cells, unquoted.
  public var cells: [String]
  /// Whether a quoted cell was still open at the end of the file (a truncated file).
  public var unterminated: Bool
}

/// Reads RFC 4180 CSV, plus what spreadsheets write: `,`, `;` or tab, CRLF, LF or lone CR line
/// ends, quoted cells spanning lines, `""` inside quotes.
///
/// Written by hand rather than taken from the package mirror (docs/interchange.md, "Why"):
/// SwiftCSV 0.10.0 and CSV.swift 2.5.2 both read the spreadsheet cases right, but neither
/// tells the line a record starts on (error messages must name it), both silently accept a
/// quoted cell left open by a truncated file, CSV.swift keeps a UTF-8 BOM in the first header
/// read from text, and SwiftCSV took 1 s to split 100,000 rows (half the import's budget).
/// Reading bytes is safe: the delimiter, quote, CR and LF are ASCII, and no byte of a
/// multi-byte UTF-8 sequence is ASCII.
public struct CSVReader: Sequence, IteratorProtocol {
  let bytes: [UInt8]
  let delimiter: UInt8
  var position = 0
  var line = 1

  /// A reader over UTF-8 `bytes` (no BOM) split at `delimiter`.
  public init(bytes: [UInt8], delimiter: UInt8) {
    self.bytes = bytes
    self.delimiter = delimiter
  }

  /// The next record; nil at the end.
  public mutating func next() -> CSVRecord? {
    guard position < bytes.count else { return nil }
    let start = line
    var cells: [String] = []
    var cell: [UInt8] = []
    var quoted = false
    var wasQuoted = false
    let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
    let n = bytes.count
    return bytes.withUnsafeBufferPointer { b -> CSVRecord in
      var i = position
      defer { position = i }
      while i < n {
        let c = b[i]
        if quoted {
          if c == quote {
            if i + 1 < n && b[i + 1] == quote {
              cell.append(quote)
              i += 2
              continue
            }
            quoted = false
            i += 1
            continue
          }
          if c == lf || (c == cr && (i + 1 >= n || b[i + 1] != lf)) { line += 1 }
          cell.append(c)
          i += 1
          continue
        }
        if c == delimiter {
          cells.append(String(decoding: cell, as: UTF8.self))
          cell.removeAll(keepingCapacity: true)
          wasQuoted = false
          i += 1
          continue
        }
        if c == cr || c == lf {
          i += (c == cr && i + 1 < n && b[i + 1] == lf) ? 2 : 1
          line += 1
          cells.append(String(decoding: cell, as: UTF8.self))
          return CSVRecord(line: start, cells: cells, unterminated: false)
        }
        if c == quote && cell.isEmpty && !wasQuoted {
          quoted = true
          wasQuoted = true
          i += 1
          continue
        }
        // A quote inside an unquoted cell, or text after a closing quote: kept as written,
        // as spreadsheets read it.
        cell.append(c)
        i += 1
      }
      cells.append(String(decoding: cell, as: UTF8.self))
      return CSVRecord(line: start, cells: cells, unterminated: quoted)
    }
  }

  /// The delimiter the header line uses: whichever of `,` `;` and tab appears most often in
  /// it outside quotes (`,` when none does).
  public static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
    var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
    var quoted = false
    for c in bytes {
      if c == UInt8(ascii: "\"") { quoted.toggle() }
      if quoted { continue }
      if c == 0x0A || c == 0x0D { break }
      if counts[c] != nil { counts[c, default: 0] += 1 }
    }
    let best = [UInt8(0x2C), 0x3B, 0x09].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? 0x2C
    return (counts[best] ?? 0) > 0 ? best : 0x2C
  }
}
