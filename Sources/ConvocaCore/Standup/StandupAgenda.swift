/// The agenda of the daily standup: for each person, what they did since the last standup
/// and what needs them now. Pure: built from a store, the rows to consider, today and a start
/// instant; the tracker's standup screen and `convoca standup` both draw it.
///
/// - People: everyone who owns an open call among the rows, or acted on one since the start
///   (moved it, added it, wrote a note), in the order of their folded names (case, accents and
///   spaces ignored), shown as their name is most often written; then "(no owner)" for
///   unowned calls, when there are any.
/// - Activity is listed under the person who did it (a history entry's or a note's `by`; a
///   call added is listed under its owner, since the record does not say who added it).
/// - Due: open calls still to apply for, with a deadline within 7 days (overdue included).
/// - Stale: open calls untouched for more than `staleDays` days.
/// - Awaiting decision: applied calls whose decision date has passed or is within 7 days.
public struct StandupAgenda: Hashable, Sendable {
  /// How far ahead "due" and "awaiting decision" look, in days.
  public static let horizon = 7

  /// One thing a person did since the start.
  public struct Activity: Hashable, Sendable {
    /// What was done.
    public enum Kind: Hashable, Sendable {
      /// The call was added.
      case added
      /// The call moved between stages.
      case moved(from: Stage, to: Stage)
      /// A note was written (its text).
      case noted(String)
    }
    /// The call.
    public var id: OpportunityID
    /// What was done.
    public var kind: Kind
    /// When.
    public var at: Timestamp
    /// Who did it, as written.
    public var by: String
    /// Whether the doer is someone other than the call's owner (then lines name the doer).
    public var byOther: Bool
  }

  /// One person's part of the agenda.
  public struct Person: Hashable, Sendable {
    /// The name as most often written; empty for "(no owner)".
    public var name: String
    /// The folded name (case, accents and spaces ignored); empty for "(no owner)".
    public var key: [UInt8]
    /// What they moved, added or noted since the start, oldest first.
    public var activity: [Activity] = []
    /// Their open calls due within the horizon (overdue included), soonest first.
    public var due: [OpportunityID] = []
    /// Their stale open calls, least recently updated first.
    public var stale: [OpportunityID] = []
    /// Their applied calls waiting on a decision (date passed or near), soonest first.
    public var awaiting: [OpportunityID] = []

    /// Whether this is the "(no owner)" entry.
    public var isNoOwner: Bool { key.isEmpty }
    /// Every call listed for the person, in section order (a call may appear twice).
    public var calls: [OpportunityID] { activity.map(\.id) + due + stale + awaiting }
  }

  /// What the walk covers, for the summary page.
  public struct Summary: Hashable, Sendable {
    /// Stage moves since the start.
    public var moves = 0
    /// Moves by the stage they reached.
    public var movesTo: [Stage: Int] = [:]
    /// The money of the calls moved to won (and still won), converted.
    public var won: MoneyTotal
    /// How many calls moved to won.
    public var wonCalls = 0
    /// Calls added since the start.
    public var newCalls = 0
    /// Notes written since the start.
    public var notes = 0
  }

  /// The start: changes after this instant are listed (a change in the very second a
  /// standup was recorded was made during it, so it is not listed again).
  public var since: Timestamp
  /// The day the agenda was drawn up for.
  public var today: CalendarDate
  /// The people, in walk order.
  public var people: [Person]
  /// The totals.
  public var summary: Summary

  /// Draws up the agenda.
  /// - Parameters:
  ///   - store: the records.
  ///   - positions: the rows to consider (positions in `store.records`: the tracker's
  ///     filtered rows, the command line's query).
  ///   - today: the local date.
  ///   - utcOffset: the local offset from UTC, in seconds.
  ///   - staleDays: how long untouched makes an open call stale.
  ///   - since: the start (see `since(last:today:utcOffset:)`).
  ///   - converter: converts the money moved to won.
  public init(
    store: OpportunityStore, positions: some Sequence<Int>, today: CalendarDate, utcOffset: Int,
    staleDays: Int, since: Timestamp, converter: MoneyConverter
  ) {
    self.since = since
    self.today = today
    var summary = Summary(won: converter.newTotal())
    var people: [[UInt8]: Person] = [:]
    var spellings: [[UInt8]: [String: Int]] = [:]
    var keys: [String: [UInt8]] = [:]
    var noOwner = Person(name: "", key: [])
    let horizon = today.adding(days: StandupAgenda.horizon)
    func key(_ name: String) -> [UInt8] {
      if let k = keys[name] { return k }
      let k = StandupAgenda.personKey(name)
      keys[name] = k
      return k
    }
    func person(_ name: String, _ body: (inout Person) -> Void) {
      let k = key(name)
      if k.isEmpty {
        body(&noOwner)
        return
      }
      spellings[k, default: [:]][name, default: 0] += 1
      body(&people[k, default: Person(name: name, key: k)])
    }
    var dueDates: [OpportunityID: CalendarDate] = [:]
    var decisionDates: [OpportunityID: CalendarDate] = [:]
    var updatedAt: [OpportunityID: Timestamp] = [:]
    let records = store.records
    var unownedOpen = false
    for p in positions {
      let o = records[p]
      let ownerKey = key(o.owner)
      if o.created > since {
        summary.newCalls += 1
        person(o.owner) {
          $0.activity.append(Activity(id: o.id, kind: .added, at: o.created, by: o.owner, byOther: false))
        }
      }
      var movedToWon = false
      for e in o.history.reversed() {
        guard e.at > since else { break }
        guard let (from, to) = e.stages else { continue }
        summary.moves += 1
        summary.movesTo[to, default: 0] += 1
        if to == .won { movedToWon = true }
        let other = key(e.by) != ownerKey
        person(e.by) {
          $0.activity.append(
            Activity(id: o.id, kind: .moved(from: from, to: to), at: e.at, by: e.by, byOther: other))
        }
      }
      if movedToWon, o.stage == .won {
        summary.wonCalls += 1
        if let m = o.awarded ?? o.amount { summary.won.add(m, converter) }
      }
      for n in o.notes.reversed() {
        guard n.at > since else { break }
        summary.notes += 1
        let other = key(n.by) != ownerKey
        person(n.by) {
          $0.activity.append(Activity(id: o.id, kind: .noted(n.text), at: n.at, by: n.by, byOther: other))
        }
      }
      guard o.isOpen else { continue }
      let isDue = o.awaitsApplication && o.deadline.map { $0 <= horizon } == true
      let isStale = o.isStale(today: today, days: staleDays, utcOffset: utcOffset)
      let isAwaiting = o.stage == .applied && o.decision.map { $0 <= horizon } == true
      if isDue { dueDates[o.id] = o.deadline }
      if isStale { updatedAt[o.id] = o.updated }
      if isAwaiting { decisionDates[o.id] = o.decision }
      if ownerKey.isEmpty { unownedOpen = true }
      person(o.owner) {
        if isDue { $0.due.append(o.id) }
        if isStale { $0.stale.append(o.id) }
        if isAwaiting { $0.awaiting.append(o.id) }
      }
    }
    func tidy(_ p: inout Person) {
      p.activity.sort { ($0.at, $0.id.rawValue) < ($1.at, $1.id.rawValue) }
      p.due.sort { (dueDates[$0] ?? today, $0.rawValue) < (dueDates[$1] ?? today, $1.rawValue) }
      p.stale.sort { (updatedAt[$0] ?? since, $0.rawValue) < (updatedAt[$1] ?? since, $1.rawValue) }
      p.awaiting.sort {
        (decisionDates[$0] ?? today, $0.rawValue) < (decisionDates[$1] ?? today, $1.rawValue)
      }
    }
    var list: [Person] = []
    for var p in people.values {
      if let names = spellings[p.key] {
        // The spelling written most often; among equals, the first in code-point order.
        p.name = names.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? p.name
      }
      tidy(&p)
      list.append(p)
    }
    list.sort { $0.key.lexicographicallyPrecedes($1.key) }
    if unownedOpen || !noOwner.activity.isEmpty {
      tidy(&noOwner)
      list.append(noOwner)
    }
    self.people = list
    self.summary = summary
  }

  /// Draws up the agenda for the rows with these ids (the tracker's filtered rows).
  public init(
    store: OpportunityStore, ids: [OpportunityID], today: CalendarDate, utcOffset: Int, staleDays: Int,
    since: Timestamp, converter: MoneyConverter
  ) {
    self.init(
      store: store, positions: ids.lazy.compactMap { store.position(of: $0) }, today: today,
      utcOffset: utcOffset, staleDays: staleDays, since: since, converter: converter)
  }

  /// The person with this folded name, if on the agenda.
  public func person(key: [UInt8]) -> Person? { people.first { $0.key == key } }

  /// A name as the agenda matches it: folded (case and accents ignored) without spaces.
  public static func personKey(_ name: String) -> [UInt8] {
    TextFolding.fold(name).filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
  }

  // MARK: - Since when

  /// Where the agenda starts: the last standup's end, or — the first time — the start (local
  /// midnight) of the last working day before today. Working days are Monday to Friday, so on
  /// a Monday, Saturday or Sunday that is the Friday before.
  public static func since(last: StandupRecord?, today: CalendarDate, utcOffset: Int) -> Timestamp {
    if let last { return last.at }
    let day = lastWorkingDay(before: today)
    return Timestamp(seconds: Int64(day.daysSinceEpoch) * 86_400 - Int64(utcOffset))
  }

  /// The last Monday-to-Friday day strictly before `today`.
  public static func lastWorkingDay(before today: CalendarDate) -> CalendarDate {
    var d = today.adding(days: -1)
    while d.isoWeekday > 5 { d = d.adding(days: -1) }
    return d
  }
}
