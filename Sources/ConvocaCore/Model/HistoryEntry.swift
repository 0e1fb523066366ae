/// One entry of an opportunity's history: a stage move, or — when two people changed the same
/// field at once — the value that was overwritten.
public struct HistoryEntry: Hashable, Sendable {
  /// `nil` for a stage move; otherwise the name of the field whose value was overwritten.
  public var field: String?
  /// The value before (a stage name for a move).
  public var from: String
  /// The value after.
  public var to: String
  /// When it happened.
  public var at: Timestamp
  /// Who did it.
  public var by: String
  /// Why, optionally.
  public var note: String?

  /// Creates an entry.
  public init(field: String? = nil, from: String, to: String, at: Timestamp, by: String, note: String? = nil)
  {
    self.field = field
    self.from = from
    self.to = to
    self.at = at
    self.by = by
    self.note = note
  }

  /// The stages of a move, when this entry is one.
  public var stages: (from: Stage, to: Stage)? {
    guard field == nil, let f = Stage(rawValue: from), let t = Stage(rawValue: to) else { return nil }
    return (f, t)
  }
}

/// A dated log entry written by a person.
public struct Note: Hashable, Sendable {
  /// When it was written.
  public var at: Timestamp
  /// Who wrote it.
  public var by: String
  /// What it says (may span lines).
  public var text: String

  /// Creates a note.
  public init(at: Timestamp, by: String, text: String) {
    self.at = at
    self.by = by
    self.text = text
  }
}

/// Where an imported record came from, so a re-import updates instead of duplicating.
public struct Source: Hashable, Sendable {
  /// The system or feed it came from.
  public var system: String
  /// Its id there.
  public var id: String

  /// Creates a source reference.
  public init(system: String, id: String) {
    self.system = system
    self.id = id
  }
}
