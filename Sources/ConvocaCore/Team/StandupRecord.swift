/// A finished standup, recorded in the data file so the next one starts from it for everyone.
public struct StandupRecord: Hashable, Sendable {
  /// When it was finished (the agenda of the next one starts here).
  public var at: Timestamp
  /// Who ran it.
  public var by: String
  /// What it covered: changes from this instant on.
  public var since: Timestamp

  /// Creates a record.
  public init(at: Timestamp, by: String, since: Timestamp) {
    self.at = at
    self.by = by
    self.since = since
  }
}
