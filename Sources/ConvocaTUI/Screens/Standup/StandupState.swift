import ConvocaCore

/// The standup screen's own state (the rows, filter and marks are the app's): the agenda of
/// the filtered rows, whose turn it is, the selected call and the timers.
///
/// Time: the timers read the instant the app loop passes in `AppData.now` (on every action
/// and every frame; a tick is a quarter second without input, so ticks are not a clock).
/// The reducer stays a function of its inputs: it notes when the walk and the current
/// person's turn started, and the view subtracts those from `data.now`.
public struct StandupState: Hashable, Sendable {
  /// The agenda of the filtered rows since the last standup (nil until first shown).
  public internal(set) var agenda: StandupAgenda?
  /// Whose turn it is (an index into `agenda.people`).
  public internal(set) var person = 0
  /// The current person's folded name, to stay on them when the agenda is redrawn.
  var personKey: [UInt8]?
  /// The selected row of the current person's page.
  public internal(set) var row = 0
  /// The first row of the page shown.
  var scroll = 0
  /// Whether the summary page is shown.
  public internal(set) var showsSummary = false
  /// `F` asked "finish?" and waits for the answer.
  public internal(set) var confirmingFinish = false
  /// When the walk started (nil: not started).
  public internal(set) var walkStarted: Timestamp?
  /// When the current person's turn started.
  var turnStarted: Timestamp?
  /// Seconds spent on each person in earlier turns, by folded name.
  var spent: [[UInt8]: Int64] = [:]
  /// The walk just finished, for the summary page: its agenda and the time per person.
  public internal(set) var finished: FinishedWalk?

  /// A finished walk, as the summary page lists it.
  public struct FinishedWalk: Hashable, Sendable {
    /// The agenda as it stood when `F` was confirmed.
    public var agenda: StandupAgenda
    /// Seconds spent per person, by folded name.
    public var spent: [[UInt8]: Int64]
    /// The walk's total seconds.
    public var total: Int64
  }

  /// A fresh standup screen.
  public init() {}

  /// One selectable row of a person's page.
  struct Item: Hashable {
    var section: StandupText.Section
    var id: OpportunityID
    var activity: StandupAgenda.Activity?
  }

  /// The current person, if any.
  var current: StandupAgenda.Person? {
    guard let a = agenda, a.people.indices.contains(person) else { return nil }
    return a.people[person]
  }

  /// How many rows the current person's page has (every section's calls).
  var itemCount: Int {
    guard let p = current else { return 0 }
    return p.activity.count + p.due.count + p.stale.count + p.awaiting.count
  }

  /// The sections of the current person's page that have rows: which, where their rows start
  /// (in item numbers) and how many. A page is read by position, never built whole: a person
  /// may have thousands of stale calls.
  var sections: [(section: StandupText.Section, start: Int, count: Int)] {
    guard let p = current else { return [] }
    var out: [(StandupText.Section, Int, Int)] = []
    var start = 0
    for (section, count) in [
      (StandupText.Section.activity, p.activity.count), (.due, p.due.count), (.stale, p.stale.count),
      (.awaiting, p.awaiting.count),
    ] where count > 0 {
      out.append((section, start, count))
      start += count
    }
    return out
  }

  /// Row `i` of the current person's page.
  func item(at i: Int) -> Item? {
    guard let p = current, i >= 0 else { return nil }
    var k = i
    if k < p.activity.count { return Item(section: .activity, id: p.activity[k].id, activity: p.activity[k]) }
    k -= p.activity.count
    if k < p.due.count { return Item(section: .due, id: p.due[k]) }
    k -= p.due.count
    if k < p.stale.count { return Item(section: .stale, id: p.stale[k]) }
    k -= p.stale.count
    if k < p.awaiting.count { return Item(section: .awaiting, id: p.awaiting[k]) }
    return nil
  }

  /// The current person's rows, section by section (every one: for tests and small pages).
  var items: [Item] { (0..<itemCount).compactMap(item(at:)) }

  /// The selected call.
  var selectedID: OpportunityID? { item(at: row)?.id }

  /// Seconds spent on the current person so far (earlier turns included) at `now`.
  func personSeconds(now: Timestamp) -> Int64 {
    let before = personKey.flatMap { spent[$0] } ?? 0
    return before + max(0, now.seconds - (turnStarted ?? now).seconds)
  }

  /// Seconds since the walk started at `now`.
  func totalSeconds(now: Timestamp) -> Int64 { max(0, now.seconds - (walkStarted ?? now).seconds) }

  /// Where the agenda starts: the last standup recorded in the file (by anyone), or the
  /// start of the last working day before today.
  static func since(_ state: AppState, data: AppData) -> Timestamp {
    StandupAgenda.since(last: data.store.team.lastStandup, today: state.today, utcOffset: state.utcOffset)
  }

  /// Draws up the agenda again from `state.rows` and the data (after a save, others'
  /// changes, a new filter, a recorded standup), staying on the same person; starts the
  /// walk's timers the first time.
  static func refresh(_ state: inout AppState, data: AppData) {
    let converter =
      data.store.team.converter(fallback: state.configuration.defaultCurrency)
      ?? MoneyConverter(reporting: state.configuration.defaultCurrency)
    // The rows' store positions, as the list's refresh left them (the agenda needs no order);
    // else every record when all are shown; else each id looked up.
    let since = since(state, data: data)
    let staleDays = state.configuration.staleDays
    let rp = state.board.rowPositions
    let agenda: StandupAgenda
    if rp.revision == data.store.revision, rp.positions.count == state.rows.count {
      agenda = StandupAgenda(
        store: data.store, positions: rp.positions, today: state.today, utcOffset: state.utcOffset,
        staleDays: staleDays, since: since, converter: converter)
    } else if state.rows.count == data.store.count {
      agenda = StandupAgenda(
        store: data.store, positions: data.store.records.indices, today: state.today,
        utcOffset: state.utcOffset, staleDays: staleDays, since: since, converter: converter)
    } else {
      agenda = StandupAgenda(
        store: data.store, ids: state.rows, today: state.today, utcOffset: state.utcOffset,
        staleDays: staleDays, since: since, converter: converter)
    }
    var s = state.standup
    s.agenda = agenda
    if let k = s.personKey, let i = agenda.people.firstIndex(where: { $0.key == k }) {
      s.person = i
    } else {
      s.person = max(0, min(s.person, agenda.people.count - 1))
      s.personKey = s.current?.key
    }
    s.row = max(0, min(s.row, s.itemCount - 1))
    if s.walkStarted == nil {
      s.walkStarted = data.now
      s.turnStarted = data.now
    }
    state.standup = s
  }

  /// Moves to the next (or previous) person, banking the time spent on the current one.
  mutating func turn(by step: Int, now: Timestamp) {
    guard let a = agenda, !a.people.isEmpty else { return }
    if let k = personKey { spent[k, default: 0] += max(0, now.seconds - (turnStarted ?? now).seconds) }
    person = ((person + step) % a.people.count + a.people.count) % a.people.count
    personKey = a.people[person].key
    turnStarted = now
    row = 0
    scroll = 0
  }

  /// Ends the walk at `now`: keeps it for the summary page and resets the timers.
  mutating func finish(now: Timestamp) {
    guard let a = agenda else { return }
    var banked = spent
    if let k = personKey { banked[k, default: 0] += max(0, now.seconds - (turnStarted ?? now).seconds) }
    finished = FinishedWalk(agenda: a, spent: banked, total: totalSeconds(now: now))
    spent = [:]
    walkStarted = now
    turnStarted = now
    person = 0
    personKey = nil
    row = 0
    scroll = 0
    showsSummary = true
    confirmingFinish = false
  }

  /// `mm:ss` (minutes grow past 99 as needed).
  static func clock(_ seconds: Int64) -> String {
    let m = seconds / 60
    let s = seconds % 60
    return (m < 10 ? "0" : "") + String(m) + ":" + (s < 10 ? "0" : "") + String(s)
  }
}
