/// The values of `is:`.
public enum QueryStatus: String, Hashable, Sendable, CaseIterable {
  /// Identified, preparing or applied.
  case open
  /// Won, lost or dropped.
  case closed
  /// Open with a deadline before today.
  case overdue
  /// Open and last updated more than `QueryContext.staleDays` days ago.
  case stale
  /// Archived: hidden from the default views unless the query names `is:archived`.
  case archived
  /// Flagged by a merge for a person to review (`Opportunity.conflict`).
  case conflict
}
