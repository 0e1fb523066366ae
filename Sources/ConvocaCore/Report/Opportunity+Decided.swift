extension Opportunity {
  /// The local day the call was won or lost: the date of its last move into its current stage
  /// in the history, or — when the history has no such move (an imported or hand-written
  /// record) — the day it last changed. Open and dropped calls were not decided: nil.
  /// `decided:` queries and the report's periods both read this, so they agree.
  public func decidedDate(utcOffset: Int) -> CalendarDate? {
    Opportunity.decidedDate(stage, history, updated: updated, utcOffset: utcOffset)
  }

  /// `decidedDate(utcOffset:)` from the fields it reads (hot loops pass them without copying
  /// the record).
  @inline(__always)
  static func decidedDate(_ stage: Stage, _ history: [HistoryEntry], updated: Timestamp, utcOffset: Int)
    -> CalendarDate?
  {
    guard stage == .won || stage == .lost else { return nil }
    let target = stage.rawValue
    for h in history.reversed() where h.field == nil && h.to == target {
      return h.at.date(utcOffset: utcOffset)
    }
    return updated.date(utcOffset: utcOffset)
  }

  /// The money a call stands for in totals: the awarded amount of a won call when known,
  /// else the amount requested.
  @inline(__always) public var reportAmount: Money? { stage == .won ? (awarded ?? amount) : amount }
}
