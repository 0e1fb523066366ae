import Foundation

/// How to read a CSV file (the `convoca import` flags).
public struct CSVImportOptions: Sendable {
  /// The file's name (its last path component): the source system is `csv:NAME`.
  public var fileName: String
  /// `--map "Column=field"`, in order.
  public var maps: [(column: String, field: String)] = []
  /// `--month-first`: `03/04/2027` is 4 March (the default reads the day first).
  public var monthFirst = false
  /// `--id-column NAME`: the column whose value is the row key.
  public var idColumn: String?
  /// `--update-stage`: a re-import moves records to the stage the file gives.
  public var updateStage = false
  /// `--latin1`: read the file as Windows-1252 (Latin-1) without a warning.
  public var latin1 = false

  /// Options for the file named `fileName`.
  public init(fileName: String) { self.fileName = fileName }

  /// The source system of the records the file creates.
  public var system: String { "csv:" + fileName }
}

/// Reads a CSV file into rows (`rows`) and plans what importing them changes (`plan`):
/// see docs/interchange.md.
public enum CSVImport {
  /// The header and every data row of `data`, each read or rejected; warnings about the
  /// encoding and the columns. Throws when the file cannot be decoded or its header used.
  public static func rows(
    _ data: [UInt8], options: CSVImportOptions, configuration: Configuration, today: CalendarDate
  ) throws(InterchangeError) -> (header: CSVHeader, rows: [ImportRow], warnings: [String]) {
    let text = try CSVText.decode(data, latin1: options.latin1)
    var warnings: [String] = []
    if text.encoding == .windows1252 && !options.latin1 { warnings.append(Strings.csvReadAsLatin1) }
    let delimiter = CSVReader.detectDelimiter(text.bytes)
    var reader = CSVReader(bytes: text.bytes, delimiter: delimiter)
    guard let first = reader.next(), !(first.cells.count == 1 && first.cells[0].isEmpty) else {
      throw .header(Strings.csvEmpty)
    }
    if first.unterminated { throw .header(Strings.csvUnterminated) }
    let header = try CSVHeader.map(first.cells, maps: options.maps, keyColumn: options.idColumn)
    warnings += header.warnings
    var conf = configuration
    conf.dateOrder = options.monthFirst ? .monthFirst : .dayFirst
    // A `;` file comes from a spreadsheet in a decimal-comma locale.
    if conf.numberStyle == .unspecified && delimiter == UInt8(ascii: ";") { conf.numberStyle = .commaDecimal }
    var out: [ImportRow] = []
    var keys: [String: Int] = [:]
    var memo = Memo()
    while let r = reader.next() {
      if r.cells.count == 1 && r.cells[0].isEmpty && !r.unterminated { continue }
      let row = read(r, header: header, configuration: conf, today: today, memo: &memo)
      if case .record(let good) = row {
        if let earlier = keys[good.key] {
          out.append(.rejected(ImportRejection(line: r.line, reason: Strings.csvSameKey(earlier))))
          continue
        }
        keys[good.key] = r.line
      }
      out.append(row)
    }
    return (header, out, warnings)
  }

  /// Values already read, by column: a spreadsheet repeats its funders, owners, kinds, dates
  /// and amounts, and reading each (a date's words, an amount's marks, money's exact decimal)
  /// costs more than looking it up. Only for fields whose values repeat (`memoized`), short.
  struct Memo {
    var values: [Int: [String: Result<JSONValue, FieldInputError>]] = [:]
    static func memoized(_ d: FieldDescriptor) -> Bool {
      switch d.type {
      case .date, .money, .enumeration, .people, .percent: return true
      case .text: return d.isInterned
      default: return false
      }
    }
  }

  /// One record read through the header.
  static func read(
    _ r: CSVRecord, header: CSVHeader, configuration: Configuration, today: CalendarDate, memo: inout Memo
  ) -> ImportRow {
    func reject(_ why: String) -> ImportRow { .rejected(ImportRejection(line: r.line, reason: why)) }
    if r.unterminated { return reject(Strings.csvUnterminated) }
    let width = header.targets.count
    if r.cells.count < width { return reject(Strings.csvShortRow(r.cells.count, width)) }
    if r.cells.count > width, r.cells[width...].contains(where: { !$0.isEmpty }) {
      return reject(Strings.csvLongRow(r.cells.count, width))
    }
    var conf = configuration
    if let i = header.targets.firstIndex(of: .currency) {
      let c = FieldInput.trimmingSpaces(r.cells[i])
      if !c.isEmpty {
        guard let code = currencyCode(c) else { return reject(Strings.csvBadCurrency(header.names[i], c)) }
        conf.defaultCurrency = code
      }
    }
    var changes: [FieldChange] = []
    var stage: Stage?
    for (i, target) in header.targets.enumerated() {
      let cell = r.cells[i]
      switch target {
      case .ignored, .currency: continue
      case .stage:
        let t = FieldInput.trimmingSpaces(cell)
        if t.isEmpty { continue }
        guard let s = SpanishValues.value("stage", t).flatMap(Stage.init(rawValue:)) ?? Stage.named(t) else {
          return reject(
            Strings.csvCell(header.names[i], Strings.inputUnknown(t, Stage.allCases.map(\.rawValue))))
        }
        stage = s
      case .field(let f):
        let d = f.descriptor
        // Spreadsheets end lines inside a cell with CRLF or LF; the file keeps LF.
        if cell.isEmpty { continue }
        let memoKey = Memo.memoized(d) && cell.utf8.count <= 64 ? conf.defaultCurrency + "\u{1F}" + cell : nil
        if let k = memoKey, let known = memo.values[i]?[k] {
          switch known {
          case .success(let v): changes.append(FieldChange(f, v))
          case .failure(let e): return reject(Strings.csvCell(header.names[i], e.message))
          }
          continue
        }
        var t: String
        if d.isMultiline {
          t = cell.utf8.contains(0x0D) ? cell.replacingOccurrences(of: "\r\n", with: "\n") : cell
        } else {
          t = FieldInput.trimmingSpaces(cell)
        }
        if t.isEmpty { continue }
        switch f {
        case .kind, .area: t = SpanishValues.value(f.rawValue, t) ?? t
        case .amount, .awarded: t = moneyText(t)
        default: break
        }
        do throws(FieldInputError) {
          let v = try d.parse(t, configuration: conf, today: today)
          if let k = memoKey { memo.values[i, default: [:]][k] = .success(v) }
          changes.append(FieldChange(f, v))
        } catch {
          if let k = memoKey { memo.values[i, default: [:]][k] = .failure(error) }
          return reject(Strings.csvCell(header.names[i], error.message))
        }
      }
    }
    let title = changes.first { $0.field == .title }
    guard let title, case .string(let titleText) = title.value, !titleText.isEmpty else {
      return reject(Strings.csvNoTitle)
    }
    let key: String
    if let k = header.keyColumn {
      key = FieldInput.trimmingSpaces(r.cells[k])
      guard !key.isEmpty else { return reject(Strings.csvEmptyKey(header.names[k])) }
    } else {
      var funder = ""
      if let f = changes.first(where: { $0.field == .funder }), case .string(let s) = f.value { funder = s }
      key = rowKey(title: titleText, funder: funder)
    }
    return .record(CSVRow(line: r.line, key: key, changes: changes, stage: stage))
  }

  /// The key of a row without an id column: 16 hexadecimal digits of the FNV-1a hash of the
  /// folded title and funder (case, accents and spacing do not change it).
  public static func rowKey(title: String, funder: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in TextFolding.fold(title) + [0x1F] + TextFolding.fold(funder) {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Currency symbols spreadsheets write, longest first, and their codes (`$` alone is the
  /// row's currency column, else the configured currency: it is the peso's sign as well
  /// as the dollar's).
  static let symbols: [(String, String?)] = Money.symbols.map { ($0.symbol, $0.code) } + [("$", nil)]

  /// A currency cell's code: three letters or a symbol.
  static func currencyCode(_ text: String) -> String? {
    if Money.isCurrencyCode(text) { return text.uppercased() }
    return symbols.first { $0.0 == text.uppercased() }?.1
  }

  /// An amount cell with its currency symbol turned into a code `Money.read` takes:
  /// `$ 1.234.567,89` → `1.234.567,89`, `€1.234,5` → `1.234,5 EUR`, `1.000 €` → `1.000 EUR`.
  static func moneyText(_ text: String) -> String {
    var t = text
    var code: String?
    for (sym, c) in symbols {
      if t.uppercased().hasPrefix(sym) {
        t = String(t.dropFirst(sym.count))
        code = c
        break
      }
      if t.uppercased().hasSuffix(sym) {
        t = String(t.dropLast(sym.count))
        code = c
        break
      }
    }
    t = FieldInput.trimmingSpaces(t)
    if let c = code { return t + " " + c }
    return t
  }
}
