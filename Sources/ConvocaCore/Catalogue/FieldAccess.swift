/// A typed way to read and write one property of an `Opportunity`: a pair of plain functions,
/// so the hot paths (decoding a large file) call them without key-path lookups.
public struct Lens<Value>: Sendable {
  /// Reads the property.
  public let get: @Sendable (Opportunity) -> Value
  /// Writes the property.
  public let set: @Sendable (inout Opportunity, Value) -> Void

  /// Creates a lens from its two functions.
  public init(
    _ get: @escaping @Sendable (Opportunity) -> Value,
    _ set: @escaping @Sendable (inout Opportunity, Value) -> Void
  ) {
    self.get = get
    self.set = set
  }
}

/// Where a field's value lives in an `Opportunity`, by type. Fields of the same type share
/// every rule; a new text, date or money field needs only a new lens.
public enum FieldAccess: Sendable {
  case id
  case text(Lens<String>)
  case kind
  case stage
  case area
  case date(Lens<CalendarDate?>)
  case money(Lens<Money?>)
  case probability
  case tags
  case notes
  case history
  case timestamp(Lens<Timestamp>)
  case source
  case flag(Lens<Bool>)
}
