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
///   Every change moves a record's `updated`, so one not updated since the start is not read
///   further (its history and notes are a pointer away: at 100,000 records, that is the cost).
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
    var b = Builder(since: since, today: today, utcOffset: utcOffset, staleDays: staleDays)
    var summary = Summary(won: converter.newTotal())
    store.records.withUnsafeBufferPointer { records in
      for p in positions { b.take(records, p, &summary, converter) }
    }
    self.people = b.people()
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

  /// Gathers the agenda in one pass over the rows: people are slots in arrays (found by the
  /// name as written, folded once per distinct spelling), sections collect their sort keys
  /// beside the ids, and records are read in place (never copied whole).
  struct Builder {
    let since: Timestamp
    let today: CalendarDate
    let horizon: CalendarDate
    let utcOffset: Int
    let staleDays: Int
    /// Names as written, each with its person slot and how often it was seen. A team has a
    /// handful of names and the decoder shares one string per distinct name, so a short scan
    /// comparing strings (identical storage compares at once) beats hashing each record's
    /// owner; past `scanLimit` names a dictionary takes over.
    var names: [String] = []
    var nameSlots: [Int] = []
    var nameCounts: [Int] = []
    var nameIndex: [String: Int] = [:]
    static let scanLimit = 24
    /// Person slot by folded name.
    var slotOfKey: [[UInt8]: Int] = [[]: 0]
    var keys: [[UInt8]] = [[]]
    var activity: [[Activity]] = [[]]
    var due: [[(CalendarDate, OpportunityID)]] = [[]]
    var stale: [[(Timestamp, OpportunityID)]] = [[]]
    var awaiting: [[(CalendarDate, OpportunityID)]] = [[]]
    var listed: [Bool] = [false]
    /// An open call last updated before this instant is stale (`staleDays` whole local days).
    let staleBefore: Int64

    init(since: Timestamp, today: CalendarDate, utcOffset: Int, staleDays: Int) {
      self.since = since
      self.today = today
      self.horizon = today.adding(days: StandupAgenda.horizon)
      self.utcOffset = utcOffset
      self.staleDays = staleDays
      // Stale: the local day of `updated` is more than `staleDays` days before today.
      staleBefore = (Int64(today.daysSinceEpoch) - Int64(staleDays)) * 86_400 - Int64(utcOffset)
    }

    /// The index of a name as written (its slot in `nameSlots`, `nameCounts`).
    mutating func name(_ name: String) -> Int {
      if nameIndex.isEmpty {
        for (k, n) in names.enumerated() where n == name { return k }
      } else if let k = nameIndex[name] {
        return k
      }
      let key = StandupAgenda.personKey(name)
      let s: Int
      if let known = slotOfKey[key] {
        s = known
      } else {
        s = keys.count
        slotOfKey[key] = s
        keys.append(key)
        activity.append([])
        due.append([])
        stale.append([])
        awaiting.append([])
        listed.append(false)
      }
      names.append(name)
      nameSlots.append(s)
      nameCounts.append(0)
      if names.count > Builder.scanLimit {
        if nameIndex.isEmpty {
          for (k, n) in names.enumerated() { nameIndex[n] = k }
        } else {
          nameIndex[name] = names.count - 1
        }
      }
      return names.count - 1
    }

    /// The slot of a person by their name as written.
    mutating func slot(_ name: String) -> Int { nameSlots[self.name(name)] }

    /// Counts a sighting of the name with index `k` (the most written spelling is shown).
    mutating func count(_ k: Int) { nameCounts[k] += 1 }

    mutating func take(
      _ records: UnsafeBufferPointer<Opportunity>, _ p: Int, _ summary: inout Summary,
      _ converter: MoneyConverter
    ) {
      let id = records[p].id
      let owner = records[p].owner
      let ownerName = name(owner)
      let ownerSlot = nameSlots[ownerName]
      // Every change moves `updated`: a record untouched since the start has no activity, and
      // its history and notes (each a pointer away) need not be read.
      let updated = records[p].updated
      if updated > since { takeActivity(records, p, id, owner, ownerName, ownerSlot, &summary, converter) }
      let stage = records[p].stage
      guard stage.isOpen else { return }
      count(ownerName)
      listed[ownerSlot] = true
      if stage != .applied, let d = records[p].deadline, d <= horizon { due[ownerSlot].append((d, id)) }
      if updated.seconds < staleBefore { stale[ownerSlot].append((updated, id)) }
      if stage == .applied, let d = records[p].decision, d <= horizon { awaiting[ownerSlot].append((d, id)) }
    }

    /// What was done to the record at `p` since the start: added, moved, noted.
    mutating func takeActivity(
      _ records: UnsafeBufferPointer<Opportunity>, _ p: Int, _ id: OpportunityID, _ owner: String,
      _ ownerName: Int, _ ownerSlot: Int, _ summary: inout Summary, _ converter: MoneyConverter
    ) {
      if records[p].created > since {
        summary.newCalls += 1
        count(ownerName)
        listed[ownerSlot] = true
        activity[ownerSlot].append(
          Activity(id: id, kind: .added, at: records[p].created, by: owner, byOther: false))
      }
      if let last = records[p].history.last, last.at > since {
        var movedToWon = false
        for e in records[p].history.reversed() {
          guard e.at > since else { break }
          guard let (from, to) = e.stages else { continue }
          summary.moves += 1
          summary.movesTo[to, default: 0] += 1
          if to == .won { movedToWon = true }
          let k = name(e.by)
          let s = nameSlots[k]
          if s != 0 { count(k) }
          listed[s] = true
          activity[s].append(
            Activity(id: id, kind: .moved(from: from, to: to), at: e.at, by: e.by, byOther: s != ownerSlot))
        }
        if movedToWon, records[p].stage == .won {
          summary.wonCalls += 1
          if let m = records[p].awarded ?? records[p].amount { summary.won.add(m, converter) }
        }
      }
      if let last = records[p].notes.last, last.at > since {
        for n in records[p].notes.reversed() {
          guard n.at > since else { break }
          summary.notes += 1
          let k = name(n.by)
          let s = nameSlots[k]
          if s != 0 { count(k) }
          listed[s] = true
          activity[s].append(
            Activity(id: id, kind: .noted(n.text), at: n.at, by: n.by, byOther: s != ownerSlot))
        }
      }
    }

    /// The people in walk order: by folded name, "(no owner)" last.
    func people() -> [Person] {
      var out: [Person] = []
      for s in keys.indices where listed[s] {
        // The spelling written most often; among equals, the first in code-point order.
        var name = ""
        var best = -1
        for k in names.indices where nameSlots[k] == s {
          if nameCounts[k] > best || (nameCounts[k] == best && names[k] < name) {
            name = names[k]
            best = nameCounts[k]
          }
        }
        var p = Person(name: s == 0 ? "" : name, key: keys[s])
        p.activity = activity[s].sorted { ($0.at, $0.id.rawValue) < ($1.at, $1.id.rawValue) }
        p.due = due[s].sorted { ($0.0, $0.1.rawValue) < ($1.0, $1.1.rawValue) }.map(\.1)
        p.stale = stale[s].sorted { ($0.0, $0.1.rawValue) < ($1.0, $1.1.rawValue) }.map(\.1)
        p.awaiting = awaiting[s].sorted { ($0.0, $0.1.rawValue) < ($1.0, $1.1.rawValue) }.map(\.1)
        out.append(p)
      }
      out.sort { a, b in
        if a.key.isEmpty != b.key.isEmpty { return b.key.isEmpty }
        return a.key.lexicographicallyPrecedes(b.key)
      }
      return out
    }
  }
}
