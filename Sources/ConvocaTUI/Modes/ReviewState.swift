import ConvocaCore

/// Reviewing a record a merge flagged `is:conflict` (`c`): per field both values, and which
/// one the person picks; Enter applies every pick as one undoable change.
public struct ReviewState: Hashable, Sendable {
  /// The record reviewed.
  public var id: OpportunityID
  /// The fields still to decide, when the panel opened.
  public var fields: [Conflicts.Pending]
  /// Per field: true when the other copy's value is picked (false keeps the current one).
  public var pickOther: [Bool]
  /// The field the cursor is on.
  public var cursor = 0
  /// The detail view to go back to (nil: the list).
  public var back: DetailState?

  /// Opens the review of `o`, every field keeping its current value.
  public init(_ o: Opportunity, back: DetailState?) {
    id = o.id
    fields = Conflicts.pending(o)
    pickOther = Array(repeating: false, count: fields.count)
    self.back = back
  }

  /// The decisions as picked.
  public var choices: [Conflicts.Choice] {
    zip(fields, pickOther).map { p, other in Conflicts.Choice(field: p.field, value: other ? p.other : p.kept)
    }
  }
}
