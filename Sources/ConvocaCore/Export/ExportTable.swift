import Foundation

/// One value of an exported row, typed, so each format writes it the way its readers expect:
/// numbers as numbers, dates as dates, never formatted text.
public enum ExportCell: Hashable, Sendable {
  /// No value.
  case empty
  /// Free text (raw: each writer escapes it for its format).
  case text(String)
  /// A number: an amount or a percentage.
  case number(Decimal)
  /// A calendar date.
  case date(CalendarDate)
  /// An instant (created, updated).
  case instant(Timestamp)
}

/// A column of a spreadsheet export: a catalogue field, or for a money field one of its two
/// halves (the amount as a number, then its currency code).
public struct ExportColumn: Hashable, Sendable {
  /// Which half of a field a column holds.
  public enum Part: Hashable, Sendable {
    /// The value itself (a money field's amount).
    case value
    /// A money field's ISO 4217 currency code.
    case currency
  }

  /// The field, from the catalogue.
  public let field: ListTable.Column
  /// Which half of the field.
  public let part: Part

  /// The header: the field's label in the user's language (`Amount`, `Amount currency`).
  public var header: String {
    let label = ExportTable.capitalized(field.descriptor.localizedLabel)
    return part == .currency ? Strings.exportCurrencyHeader(label) : label
  }

  /// The typed value of this column for `o`, by the field's type in the catalogue.
  public func cell(_ o: Opportunity) -> ExportCell {
    let d = field.descriptor
    switch d.access {
    case .date(let slot): return slot.get(o).map(ExportCell.date) ?? .empty
    case .money(let slot):
      guard let m = slot.get(o) else { return .empty }
      return part == .currency ? .text(m.currency) : .number(m.amount)
    case .probability: return .number(Decimal(o.probability))
    case .timestamp(let slot): return .instant(slot.get(o))
    default:
      let t = d.exportText(o)
      return t.isEmpty ? .empty : .text(t)
    }
  }
}

/// The columns of a spreadsheet export (CSV, XLSX), read from the field catalogue: every field
/// that can be a list column, or those chosen with `--columns`; a money field becomes two
/// columns, its amount and its currency.
public struct ExportTable: Sendable {
  /// The columns, in order.
  public let columns: [ExportColumn]

  /// The columns for `fields` (nil: every field that can be a column, in the catalogue's order).
  public init(fields: [ListTable.Column]? = nil) {
    var out: [ExportColumn] = []
    for f in fields ?? ListTable.Column.allCases {
      out.append(ExportColumn(field: f, part: .value))
      if f.descriptor.type == .money { out.append(ExportColumn(field: f, part: .currency)) }
    }
    columns = out
  }

  /// The header row.
  public var headers: [String] { columns.map(\.header) }

  /// The typed cells of one call.
  public func row(_ o: Opportunity) -> [ExportCell] { columns.map { $0.cell(o) } }

  static func capitalized(_ s: String) -> String {
    guard let f = s.first else { return s }
    return f.uppercased() + s.dropFirst()
  }
}

extension Strings {
  static func exportCurrencyHeader(_ label: String) -> String {
    t("export.currencyHeader", "{0} currency", label)
  }
}
