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

  /// The current person's rows, section by section.
  var items: [Item] {
    guard let p = current else { return [] }
    return p.activity.map { Item(section: .activity, id: $0.id, activity: $0) }
      + p.due.map { Item(section: .due, id: $0) } + p.stale.map { Item(section: .stale, id: $0) }
      + p.awaiting.map { Item(section: .awaiting, id: $0) }
  }

  /// The selected call.
  var selectedID: OpportunityID? {
    let all = items
    return all.indices.contains(row) ? all[row].id : nil
  }

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
    // Every record shown (no filter, nothing archived): the agenda needs no order, so take
    // the store's positions without looking each id up.
    let agenda =
      state.rows.count == data.store.count
      ? StandupAgenda(
        store: data.store, positions: data.store.records.indices, today: state.today,
        utcOffset: state.utcOffset,
        staleDays: state.configuration.staleDays, since: since(state, data: data), converter: converter)
      : StandupAgenda(
        store: data.store, ids: state.rows, today: state.today, utcOffset: state.utcOffset,
        staleDays: state.configuration.staleDays, since: since(state, data: data), converter: converter)
    var s = state.standup
    s.agenda = agenda
    if let k = s.personKey, let i = agenda.people.firstIndex(where: { $0.key == k }) {
      s.person = i
    } else {
      s.person = max(0, min(s.person, agenda.people.count - 1))
      s.personKey = s.current?.key
    }
    s.row = max(0, min(s.row, s.items.count - 1))
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
