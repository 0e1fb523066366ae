/// What one column of an imported CSV file feeds.
public enum CSVColumnTarget: Hashable, Sendable {
  /// An editable field of the catalogue.
  case field(Field)
  /// The stage (set on creation; on re-import only with `--update-stage`).
  case stage
  /// The currency of the row's amounts (`moneda`, `currency`): an import-only column.
  case currency
  /// Read by nobody (unknown, or a field imports do not set); a warning says so.
  case ignored
}

/// The header row of a CSV file mapped through the field catalogue.
public struct CSVHeader: Sendable {
  /// The header cells as written.
  public var names: [String]
  /// What each column feeds, in order.
  public var targets: [CSVColumnTarget]
  /// The column holding the row key (`--id-column`), if one was chosen.
  public var keyColumn: Int?
  /// What the mapping left out, for the user to see.
  public var warnings: [String]

  /// The names of the import-only currency column.
  static let currencyNames: Set<String> = ["moneda", "currency", "divisa"].map(FieldCatalogue.key).reduce(
    into: []
  ) { $0.insert($1) }

  /// Maps `cells` by name (English or Spanish, any case, with or without accents, as
  /// `FieldCatalogue.resolve`), after `maps` (column name → field name, from `--map`).
  /// Throws when two columns have the same name or feed the same field, when a `--map`
  /// names no column or no field, when `keyColumn` is not a column, and when no column is
  /// known or none gives the title.
  public static func map(_ cells: [String], maps: [(column: String, field: String)], keyColumn: String?)
    throws(InterchangeError) -> CSVHeader
  {
    let names = cells.map { FieldInput.trimmingSpaces($0) }
    let keys = names.map(FieldCatalogue.key)
    var seen: [String: Int] = [:]
    for (i, k) in keys.enumerated() where !k.isEmpty {
      if let j = seen[k] { throw .header(Strings.csvDuplicateHeader(names[i], j + 1, i + 1)) }
      seen[k] = i
    }
    var targets = [CSVColumnTarget](repeating: .ignored, count: names.count)
    var mapped = Set<Int>()
    for m in maps {
      guard let i = seen[FieldCatalogue.key(m.column)] else {
        throw .header(Strings.csvMapNoColumn(m.column, names))
      }
      guard let t = target(m.field) else { throw .header(Strings.csvMapNoField(m.field)) }
      targets[i] = t
      mapped.insert(i)
    }
    var warnings: [String] = []
    for (i, n) in names.enumerated() where !mapped.contains(i) && !n.isEmpty {
      let t = target(n)
      targets[i] = t ?? .ignored
      if t == nil {
        if let d = FieldCatalogue.resolve(n) {
          warnings.append(Strings.csvNotImported(n, d.name))
        } else {
          warnings.append(Strings.csvUnknownColumn(n))
        }
      }
    }
    var fed: [CSVColumnTarget: Int] = [:]
    for (i, t) in targets.enumerated() where t != .ignored {
      if let j = fed[t] { throw .header(Strings.csvSameField(names[j], names[i], label(t))) }
      fed[t] = i
    }
    var key: Int?
    if let k = keyColumn {
      guard let i = seen[FieldCatalogue.key(k)] else { throw .header(Strings.csvNoKeyColumn(k, names)) }
      key = i
    }
    guard fed.count > 0 else { throw .header(Strings.csvNoKnownColumn(names)) }
    guard fed[.field(.title)] != nil else { throw .header(Strings.csvNoTitleColumn) }
    return CSVHeader(names: names, targets: targets, keyColumn: key, warnings: warnings)
  }

  /// What a column or field name feeds: an editable field, the stage, the currency; nil
  /// for anything else.
  static func target(_ name: String) -> CSVColumnTarget? {
    if currencyNames.contains(FieldCatalogue.key(name)) { return .currency }
    guard let d = FieldCatalogue.resolve(name) else { return nil }
    if d.name == "stage" { return .stage }
    guard d.isEditable, let f = d.field, f != .source else { return nil }
    return .field(f)
  }

  static func label(_ t: CSVColumnTarget) -> String {
    switch t {
    case .field(let f): return f.rawValue
    case .stage: return "stage"
    case .currency: return "currency"
    case .ignored: return ""
    }
  }
}
