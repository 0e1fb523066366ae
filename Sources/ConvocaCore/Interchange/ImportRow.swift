/// One data row of an imported file, read: the record it gives, or why it cannot be read.
public enum ImportRow: Hashable, Sendable {
  /// A row that reads.
  case record(CSVRow)
  /// A row that does not, with the line it starts on and the reason.
  case rejected(ImportRejection)

  /// The line the row starts on.
  public var line: Int {
    switch self {
    case .record(let r): return r.line
    case .rejected(let r): return r.line
    }
  }
}

/// A row read from a CSV file.
public struct CSVRow: Hashable, Sendable {
  /// The line it starts on.
  public var line: Int
  /// Its key within the file (`source.id` of the record it creates).
  public var key: String
  /// The fields it gives a value (empty cells give none).
  public var changes: [FieldChange]
  /// The stage it names, if a stage column has a value.
  public var stage: Stage?
}

/// A row that cannot be imported.
public struct ImportRejection: Hashable, Sendable, CustomStringConvertible {
  /// The line it starts on.
  public var line: Int
  /// Why.
  public var reason: String
  /// Creates a rejection.
  public init(line: Int, reason: String) {
    self.line = line
    self.reason = reason
  }
  public var description: String { Strings.csvLine(line, reason) }
}
