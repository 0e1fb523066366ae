/// An international call the agency is tracking, with everything known about it.
public struct Opportunity: Hashable, Sendable, Identifiable {
  /// Short stable identifier (at most 8 characters), unique across copies edited apart.
  public var id: OpportunityID
  /// The call's name; required, one line.
  public var title: String
  /// Grant, scholarship, award, …
  public var kind: Kind
  /// Where it stands in the pipeline.
  public var stage: Stage
  /// The organisation that issues the call.
  public var funder: String = ""
  /// The funder's programme.
  public var program: String = ""
  /// The funder's country or region (free text or ISO code).
  public var country: String = ""
  /// The agency's strategic line, if set.
  public var area: Area?
  /// The day the application is due.
  public var deadline: CalendarDate?
  /// The day a decision is expected.
  public var decision: CalendarDate?
  /// Money requested or at stake.
  public var amount: Money?
  /// Money actually won.
  public var awarded: Money?
  /// An explicit chance of winning (0–100); nil means the stage's default.
  public var probabilityOverride: Int?
  /// The officer responsible.
  public var owner: String = ""
  /// The city body the call would serve, and its prioritised project.
  public var beneficiary: String = ""
  /// Free labels.
  public var tags: [String] = []
  /// Where the call lives.
  public var url: String = ""
  /// Who to ask.
  public var contact: String = ""
  /// The call's text (may span lines).
  public var description: String = ""
  /// Dated log entries, oldest first.
  public var notes: [Note] = []
  /// Every stage move (and overwritten concurrent values), oldest first.
  public var history: [HistoryEntry] = []
  /// When it was added.
  public var created: Timestamp
  /// When it last changed.
  public var updated: Timestamp
  /// Where an imported record came from.
  public var source: Source?
  /// Hidden from the default views (`is:archived` shows it); not deleted.
  public var archived = false
  /// Flagged for a person to review (`is:conflict`): a merge found the same field changed on
  /// both sides; the later value won and the other is kept in the history (an entry with
  /// the field's name and the note `conflict`).
  public var conflict = false

  /// Creates an opportunity with the required fields; the rest start empty.
  public init(
    id: OpportunityID, title: String, kind: Kind = .other, stage: Stage = .identified,
    created: Timestamp, updated: Timestamp? = nil
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.stage = stage
    self.created = created
    self.updated = updated ?? created
  }

  /// The chance of winning in effect: the override, or the stage's default.
  @inline(__always) public var probability: Int { probabilityOverride ?? stage.defaultProbability }

  /// Whether the opportunity is still being pursued.
  @inline(__always) public var isOpen: Bool { stage.isOpen }

  /// Whether the application is still to be sent: identified or preparing. The deadline is
  /// the day the application is due, so it matters only until then.
  @inline(__always) public var awaitsApplication: Bool { stage == .identified || stage == .preparing }

  /// Whether the deadline has passed while the application was still to be sent (once
  /// applied, a past deadline is expected, not overdue).
  public func isOverdue(today: CalendarDate) -> Bool {
    guard awaitsApplication, let d = deadline else { return false }
    return d < today
  }

  /// Whether it is open and untouched for more than `days` days.
  public func isStale(today: CalendarDate, days: Int, utcOffset: Int = 0) -> Bool {
    isOpen && updated.date(utcOffset: utcOffset).days(until: today) > days
  }
}
