import ConvocaCore
import Foundation

@testable import ConvocaTUI

/// Small stores, states and helpers for the tracker's tests.
enum TUIFixture {
  static let today = CalendarDate(iso: "2026-11-18") ?? CalendarDate(daysSinceEpoch: 0)
  static let t0 = Timestamp(iso: "2026-11-01T10:00:00Z") ?? Timestamp(seconds: 0)
  static let now = Timestamp(iso: "2026-11-18T09:00:00Z") ?? Timestamp(seconds: 0)
  static let configuration = Configuration(user: "Laura", defaultCurrency: "USD")
  static let hostileTitle = "\u{1B}]2;pwned\u{07}\u{1B}[2J"

  static func id(_ s: String) -> OpportunityID { OpportunityID(rawValue: s) ?? OpportunityID.random() }

  static func opportunity(
    _ id: String, _ title: String, kind: String = "grant", stage: Stage = .identified, funder: String = "",
    deadline: String? = nil, amount: Money? = nil, owner: String = "Laura", area: String? = nil
  ) -> Opportunity {
    var o = Opportunity(id: self.id(id), title: title, kind: Kind(rawValue: kind), stage: stage, created: t0)
    o.funder = funder
    o.deadline = deadline.flatMap { CalendarDate(iso: $0) }
    o.amount = amount
    o.owner = owner
    o.area = area.map(Area.init(rawValue:))
    return o
  }

  /// Six opportunities: overdue, due this week, this month, later, applied, won.
  static var records: [Opportunity] {
    [
      opportunity(
        "aaa1", "Movilidad urbana Medellín", funder: "JICA", deadline: "2026-11-10",
        amount: Money(250_000, "USD"), area: "urban-development"),
      opportunity(
        "bbb2", "Becas de innovación", kind: "scholarship", stage: .preparing, funder: "KOICA",
        deadline: "2026-11-20", amount: Money(40_000, "EUR"), owner: "Ana"),
      opportunity(
        "ccc3", "城市创新奖", kind: "award", funder: "C40", deadline: "2026-12-10",
        amount: Money(1_250_000, "COP"), area: "innovation"),
      opportunity(
        "ddd4", "URBACT network", kind: "network", funder: "European Commission", deadline: "2027-03-01"),
      opportunity(
        "eee5", "Peace education call", stage: .applied, funder: "AECID", deadline: "2026-10-01",
        amount: Money(90_000, "EUR")),
      opportunity(
        "fff6", "Digital skills award", kind: "award", stage: .won, funder: "IDB",
        amount: Money(15_000, "USD")),
    ]
  }

  static var store: OpportunityStore { OpportunityStore(records) }

  static func data(
    _ store: OpportunityStore = TUIFixture.store, readOnly: String? = nil, canUndo: Bool = false,
    canRedo: Bool = false
  ) -> AppData {
    AppData(store: store, readOnlyReason: readOnly, canUndo: canUndo, canRedo: canRedo, now: now)
  }

  static func state(_ data: AppData, width: Int = 80, height: Int = 24, settings: UISettings = UISettings())
    -> AppState
  {
    AppState(
      configuration: configuration, today: today, width: width, height: height, settings: settings,
      data: data, seed: 42)
  }

  /// Sends keys one by one; returns every effect.
  @discardableResult
  static func send(_ state: inout AppState, _ keys: [Key], _ data: AppData) -> [Effect] {
    keys.flatMap { reduce(&state, .key($0), data: data) }
  }

  /// Types text into whatever has the keyboard.
  @discardableResult
  static func type(_ state: inout AppState, _ text: String, _ data: AppData) -> [Effect] {
    send(&state, text.map { Key.char($0) }, data)
  }

  /// The screen as lines.
  static func screen(_ state: AppState, _ data: AppData) -> Canvas {
    var c = Canvas(width: state.width, height: state.height)
    render(state, data: data, into: &c)
    return c
  }

  /// Applies the commands of `.perform` effects to a store, as the database would.
  static func apply(_ effects: [Effect], to store: inout OpportunityStore) {
    for case .perform(let commands, _) in effects {
      for c in commands { _ = try? store.apply(Change(c, at: now, by: "Laura")) }
    }
  }

  /// `n` generated opportunities (deterministic).
  static func big(_ n: Int) -> OpportunityStore {
    var g = SeededGenerator(seed: 7)
    var recs: [Opportunity] = []
    recs.reserveCapacity(n)
    for i in 0..<n {
      var o = Opportunity(
        id: OpportunityID.random(using: &g), title: "Call number \(i)", kind: Kind.defaults[i % 8],
        stage: Stage.allCases[i % 6], created: t0)
      o.deadline = today.adding(days: i % 200 - 50)
      o.amount = Money(Decimal(i % 1000 * 1000), "EUR")
      o.funder = ["JICA", "KOICA", "European Commission"][i % 3]
      recs.append(o)
    }
    return OpportunityStore(recs)
  }
}
