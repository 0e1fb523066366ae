import Foundation

/// What the team shares besides the calls: the reporting currency and its exchange rates,
/// saved views, and the standups run. It travels in the data file (docs/file-format.md,
/// "Team lines").
public struct TeamData: Hashable, Sendable {
  /// The currency totals are reported in; nil until someone sets it (`convoca rates`).
  public var reportingCurrency: String?
  /// Rates to the reporting currency, by currency code.
  public var rates: [String: ExchangeRate] = [:]
  /// Saved views, by folded name.
  public var views: [[UInt8]: SavedView] = [:]
  /// Finished standups, oldest first.
  public var standups: [StandupRecord] = []

  /// How many standups compaction keeps (the last ones; the next standup needs only the last).
  public static let standupsKept = 30

  /// Nothing shared yet.
  public init() {}

  /// Whether there is nothing to write.
  public var isEmpty: Bool { reportingCurrency == nil && rates.isEmpty && views.isEmpty && standups.isEmpty }

  /// The converter with the file's rates, reporting in the file's currency or else in
  /// `fallback` (the configuration's). Without a reporting currency anywhere: nil.
  public func converter(fallback: String? = nil) -> MoneyConverter? {
    guard let c = reportingCurrency ?? fallback else { return nil }
    var table: [String: Decimal] = [:]
    for (k, r) in rates where k != c.uppercased() { table[k] = r.rate }
    return MoneyConverter(reporting: c, rates: table)
  }

  /// The views in name order.
  public var sortedViews: [SavedView] {
    views.values.sorted { ($0.key.lexicographicallyPrecedes($1.key)) }
  }

  /// The view named `name` (case and accents ignored).
  public func view(named name: String) -> SavedView? {
    views[SavedView(name: name, query: "").key]
  }

  /// The last standup finished.
  public var lastStandup: StandupRecord? { standups.last }

  /// Applies a change; returns its inverse.
  @discardableResult
  public mutating func apply(_ change: TeamChange) throws(CommandError) -> TeamChange {
    switch change {
    case .reporting(let c):
      let before = reportingCurrency
      if let c, !Money.isCurrencyCode(c) { throw CommandError(Strings.badCurrency(c)) }
      reportingCurrency = c?.uppercased()
      return .reporting(before)
    case .rate(let currency, let r):
      let code = currency.uppercased()
      guard Money.isCurrencyCode(code) else { throw CommandError(Strings.badCurrency(currency)) }
      if let r, r.rate <= 0 { throw CommandError(Strings.badRate(r.rate.description)) }
      let before = rates[code]
      rates[code] = r
      return .rate(code, before)
    case .view(let name, let v):
      let key = SavedView(name: name, query: "").key
      guard !key.isEmpty else { throw CommandError(Strings.viewNameEmpty) }
      let before = views[key]
      views[key] = v
      return .view(before?.name ?? name, before)
    case .standup(let s):
      // Kept in time order whatever order the lines come in (two people may finish one).
      let k = standups.lastIndex { $0.at <= s.at }.map { $0 + 1 } ?? 0
      standups.insert(s, at: k)
      return .unstandup(s)
    case .unstandup(let s):
      guard let k = standups.lastIndex(of: s) else { throw CommandError(Strings.standupNotFound) }
      standups.remove(at: k)
      return .standup(s)
    }
  }

  /// The data as compaction keeps it: everything but standups older than the last
  /// `standupsKept`.
  public var compacted: TeamData {
    var t = self
    if t.standups.count > TeamData.standupsKept {
      t.standups.removeFirst(t.standups.count - TeamData.standupsKept)
    }
    return t
  }
}

/// One change to the team's shared data: what a team journal line holds.
public enum TeamChange: Hashable, Sendable {
  /// Sets (or, with nil, clears) the reporting currency.
  case reporting(String?)
  /// Sets (or, with nil, removes) the rate of a currency.
  case rate(String, ExchangeRate?)
  /// Saves (or, with nil, removes) the view with this name.
  case view(String, SavedView?)
  /// Records a finished standup.
  case standup(StandupRecord)
  /// Takes back a recorded standup (its undo).
  case unstandup(StandupRecord)
}
