import ConvocaCore

/// The detail view of one opportunity: which one, and how far it is scrolled.
public struct DetailState: Hashable, Sendable {
  /// The opportunity shown.
  public var id: OpportunityID
  /// The first line shown.
  public var scroll: Int

  /// Opens the detail of `id` at the top.
  public init(id: OpportunityID, scroll: Int = 0) {
    self.id = id
    self.scroll = scroll
  }
}
