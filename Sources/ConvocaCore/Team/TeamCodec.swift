import Foundation

/// Team data in the file (docs/file-format.md, "Team lines"): as journal operations
/// (`rate`, `reporting`, `view`, `standup`, `unstandup`) when it changes, and as snapshot lines
/// (`{"reporting":…}`, `{"rate":…}`, `{"view":…}`, `{"standup":…}`) in a compacted file.
public enum TeamCodec {
  /// The member a snapshot team line starts with, which tells it from a record (`id`).
  static let snapshotKinds: Set<String> = ["reporting", "rate", "view", "standup"]

  // MARK: - Journal operations

  /// The journal object of a change (with its `op`, without `at`/`by`).
  static func encode(_ c: TeamChange) -> JSONValue {
    switch c {
    case .reporting(let code):
      return .object([
        ("op", .string("reporting")), ("currency", code.map { .string($0.uppercased()) } ?? .null),
      ])
    case .rate(let code, let r):
      var m: [(String, JSONValue)] = [("op", .string("rate")), ("currency", .string(code.uppercased()))]
      if let r {
        m += [("rate", .number(r.rate.jsonNumber)), ("date", .string(r.date.description))]
      } else {
        m.append(("rate", .null))
      }
      return .object(m)
    case .view(let name, let v):
      return .object([("op", .string("view")), ("name", .string(name)), ("view", v.map(viewBody) ?? .null)])
    case .standup(let s):
      return .object([("op", .string("standup")), ("standup", standupBody(s))])
    case .unstandup(let s):
      return .object([("op", .string("unstandup")), ("standup", standupBody(s))])
    }
  }

  /// Reads a team operation; nil when `op` is not one.
  static func decode(op: String, _ v: JSONValue) throws(RecordError) -> TeamChange? {
    switch op {
    case "reporting":
      try only(v, ["at", "by", "op", "currency"])
      switch v["currency"] {
      case .null?: return .reporting(nil)
      case .string(let s)?: return .reporting(try currency(s))
      default: throw RecordError(Strings.teamLineBad("currency"))
      }
    case "rate":
      try only(v, ["at", "by", "op", "currency", "rate", "date"])
      guard let code = v["currency"]?.stringValue else { throw RecordError(Strings.teamLineBad("currency")) }
      let c = try currency(code)
      if v["rate"] == .null { return .rate(c, nil) }
      return .rate(c, try rate(c, v["rate"], v["date"]))
    case "view":
      try only(v, ["at", "by", "op", "name", "view"])
      guard let name = v["name"]?.stringValue else { throw RecordError(Strings.teamLineBad("name")) }
      guard let body = v["view"] else { throw RecordError(Strings.teamLineBad("view")) }
      if body == .null { return .view(name, nil) }
      return .view(name, try view(name: name, body, allowed: ["query", "sort", "columns", "screen"]))
    case "standup", "unstandup":
      try only(v, ["at", "by", "op", "standup"])
      guard let body = v["standup"] else { throw RecordError(Strings.teamLineBad("standup")) }
      let s = try standup(body)
      return op == "standup" ? .standup(s) : .unstandup(s)
    default:
      return nil
    }
  }

  // MARK: - Snapshot lines

  /// The snapshot lines for `team`, in a fixed order: the reporting currency, rates by code,
  /// views by name, standups oldest first.
  public static func snapshotLines(_ team: TeamData) -> [JSONValue] {
    var out: [JSONValue] = []
    if let c = team.reportingCurrency { out.append(.object([("reporting", .string(c))])) }
    for code in team.rates.keys.sorted() {
      guard let r = team.rates[code] else { continue }
      out.append(
        .object([
          ("rate", .string(code)), ("value", .number(r.rate.jsonNumber)),
          ("date", .string(r.date.description)),
        ]))
    }
    for v in team.sortedViews {
      guard case .object(let body) = viewBody(v) else { continue }
      out.append(.object([("view", .string(v.name))] + body))
    }
    for s in team.standups {
      guard case .object(let body) = standupBody(s) else { continue }
      out.append(.object([("standup", .string(s.at.description))] + body.filter { $0.0 != "at" }))
    }
    return out
  }

  /// Reads a snapshot team line; nil when `v` is not one (a record).
  static func decodeSnapshot(_ v: JSONValue) throws(RecordError) -> TeamChange? {
    guard case .object(let m) = v, let first = m.first?.0, snapshotKinds.contains(first) else { return nil }
    switch first {
    case "reporting":
      try only(v, ["reporting"])
      guard let s = v["reporting"]?.stringValue else { throw RecordError(Strings.teamLineBad("reporting")) }
      return .reporting(try currency(s))
    case "rate":
      try only(v, ["rate", "value", "date"])
      guard let code = v["rate"]?.stringValue else { throw RecordError(Strings.teamLineBad("rate")) }
      let c = try currency(code)
      return .rate(c, try rate(c, v["value"], v["date"]))
    case "view":
      guard let name = v["view"]?.stringValue else { throw RecordError(Strings.teamLineBad("view")) }
      var body = m
      body.removeFirst()
      return .view(
        name, try view(name: name, .object(body), allowed: ["query", "sort", "columns", "screen"]))
    default:
      try only(v, ["standup", "by", "since"])
      guard let at = v["standup"] else { throw RecordError(Strings.teamLineBad("standup")) }
      var body = m
      body[0] = ("at", at)
      return .standup(try standup(.object(body)))
    }
  }

  // MARK: - Parts

  static func viewBody(_ v: SavedView) -> JSONValue {
    var m: [(String, JSONValue)] = [("query", .string(v.query))]
    if let s = v.sort { m.append(("sort", .string(s))) }
    if let c = v.columns { m.append(("columns", .array(c.map(JSONValue.string)))) }
    if let s = v.screen { m.append(("screen", .string(s))) }
    return .object(m)
  }

  static func standupBody(_ s: StandupRecord) -> JSONValue {
    .object([
      ("at", .string(s.at.description)), ("by", .string(s.by)), ("since", .string(s.since.description)),
    ])
  }

  static func view(name: String, _ v: JSONValue, allowed: Set<String>) throws(RecordError) -> SavedView {
    guard case .object(let m) = v else { throw RecordError(Strings.teamLineBad("view")) }
    for (k, _) in m where !allowed.contains(k) { throw RecordError(Strings.journalUnknownField(k)) }
    guard let q = v["query"]?.stringValue else { throw RecordError(Strings.teamLineBad("query")) }
    var columns: [String]?
    if let c = v["columns"] {
      guard case .array(let items) = c else { throw RecordError(Strings.teamLineBad("columns")) }
      columns = items.compactMap(\.stringValue)
    }
    return SavedView(
      name: name, query: q, sort: v["sort"]?.stringValue, columns: columns, screen: v["screen"]?.stringValue)
  }

  static func standup(_ v: JSONValue) throws(RecordError) -> StandupRecord {
    let at = try RecordCodec.timestamp(v["at"], "at")
    let since = try RecordCodec.timestamp(v["since"], "since")
    return StandupRecord(at: at, by: v["by"]?.stringValue ?? "", since: since)
  }

  static func currency(_ s: String) throws(RecordError) -> String {
    guard Money.isCurrencyCode(s) else { throw RecordError(Strings.badCurrency(s)) }
    return s.uppercased()
  }

  static func rate(_ code: String, _ value: JSONValue?, _ date: JSONValue?) throws(RecordError)
    -> ExchangeRate
  {
    guard case .number(let n)? = value, let d = Decimal(string: n, locale: Locale(identifier: "en_US_POSIX")),
      !d.isNaN, d > 0
    else { throw RecordError(Strings.badRate(value.map { "\($0)" } ?? "")) }
    guard let s = date?.stringValue, let day = CalendarDate(iso: s) else {
      throw RecordError(Strings.teamLineBad("date"))
    }
    return ExchangeRate(currency: code, rate: d, date: day)
  }

  /// Refuses members other than `names` (a typo is reported, as in records).
  static func only(_ v: JSONValue, _ names: Set<String>) throws(RecordError) {
    guard case .object(let m) = v else { return }
    for (k, _) in m where !names.contains(k) { throw RecordError(Strings.journalUnknownField(k)) }
  }
}
