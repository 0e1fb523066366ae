import Foundation
import Testing

@testable import ConvocaCore

/// `store.filter` against a plain, obviously-correct evaluation of the same queries over many
/// random records.
@Suite struct QueryPropertyTests {

  static let words = [
    "Medellín", "educación", "Transporte", "urban", "JICA", "Bogotá", "peace", "Ciudad", "innovation",
  ]
  static let owners = ["Ana Gómez", "Luis Pérez", "Marta Ruiz", "", "ANA maría"]
  static let funders = ["European Commission", "JICA", "KOICA", "AECID", "Comisión Europea", ""]
  static let tags = ["transport", "mobility", "Educación", "peace", "security", "climate"]

  static func records(_ n: Int, today: CalendarDate) -> [Opportunity] {
    var g = SeededGenerator(seed: 42)
    var out: [Opportunity] = []
    let base = Int64(today.daysSinceEpoch) * 86_400
    for _ in 0..<n {
      let created = Timestamp(seconds: base - Int64.random(in: 0...(200 * 86_400), using: &g))
      let updated = created.adding(seconds: Int64.random(in: 0...(100 * 86_400), using: &g))
      var o = Opportunity(
        id: OpportunityID.random(using: &g),
        title: (0..<3).map { _ in words.randomElement(using: &g) ?? "" }.joined(separator: " "),
        kind: Kind.defaults.randomElement(using: &g) ?? .other,
        stage: Stage.allCases.randomElement(using: &g) ?? .won,
        created: created, updated: updated)
      o.owner = owners.randomElement(using: &g) ?? ""
      o.funder = funders.randomElement(using: &g) ?? ""
      o.country = ["EU", "JP", "es", ""].randomElement(using: &g) ?? ""
      o.area = Bool.random(using: &g) ? Area.defaults.randomElement(using: &g) : nil
      o.tags = Array(tags.shuffled(using: &g).prefix(Int.random(in: 0...2, using: &g)))
      if Int.random(in: 0..<4, using: &g) > 0 {
        o.deadline = today.adding(days: Int.random(in: -40...70, using: &g))
      }
      if Bool.random(using: &g) { o.decision = today.adding(days: Int.random(in: -10...120, using: &g)) }
      if Bool.random(using: &g) {
        o.amount = Money(Decimal(Int.random(in: 0...3000, using: &g) * 1000), "EUR")
      }
      if Int.random(in: 0..<5, using: &g) == 0 {
        o.awarded = Money(Decimal(Int.random(in: 0...500, using: &g) * 1000), "USD")
      }
      if Int.random(in: 0..<3, using: &g) == 0 {
        o.notes = [Note(at: updated, by: "x", text: "llamada con la alcaldía")]
      }
      out.append(o)
    }
    return out
  }

  @Test(arguments: [0, -5 * 3600, 9 * 3600])
  func filterAgreesWithBruteForce(utcOffset: Int) throws {
    let today = try #require(CalendarDate(iso: "2026-11-18"))
    let ctx = QueryContext(today: today, staleDays: 14, utcOffset: utcOffset, user: "ana gomez")
    let store = OpportunityStore(Self.records(2000, today: today))
    func within(_ d: CalendarDate?, _ lo: String, _ hi: String) -> Bool {
      d.map { $0.description >= lo && $0.description <= hi } ?? false
    }
    let bf = BruteForce(ctx)
    func fold(_ s: String) -> String { BruteForce.fold(s) }
    func local(_ t: Timestamp) -> CalendarDate { bf.local(t) }
    func ahead(_ d: CalendarDate?) -> Int? { bf.ahead(d) }
    func ago(_ t: Timestamp) -> Int { bf.ago(t) }
    func text(_ o: Opportunity) -> String { BruteForce.text(o) }
    let cases: [(String, (Opportunity) -> Bool)] = [
      ("kind:grant", { $0.kind.rawValue == "grant" }),
      ("kind:award,scholarship", { ["award", "scholarship"].contains($0.kind.rawValue) }),
      ("-stage:won,lost", { $0.stage != .won && $0.stage != .lost }),
      ("area:inno", { $0.area?.rawValue == "innovation" }),
      ("-area:inno", { $0.area?.rawValue != "innovation" }),
      ("is:open", { $0.stage.isOpen }),
      ("is:closed", { !$0.stage.isOpen }),
      ("is:overdue", { $0.isOverdue(today: today) }),
      ("is:stale", { $0.isStale(today: today, days: 14, utcOffset: utcOffset) }),
      ("due<30d", { ahead($0.deadline).map { $0 >= 0 && $0 < 30 } ?? false }),
      ("due<=30d", { ahead($0.deadline).map { $0 >= 0 && $0 <= 30 } ?? false }),
      ("due>2w", { ahead($0.deadline).map { $0 > 14 } ?? false }),
      ("-due<30d", { !(ahead($0.deadline).map { $0 >= 0 && $0 < 30 } ?? false) }),
      ("due:today", { $0.deadline == today }),
      (
        "due:week",
        { $0.deadline.map { $0 >= today.startOfWeek && $0 <= today.startOfWeek.adding(days: 6) } ?? false }
      ),
      ("due:month", { $0.deadline.map { $0 >= today.startOfMonth && $0 <= today.endOfMonth } ?? false }),
      ("due<2026-12-01", { $0.deadline.map { $0.description < "2026-12-01" } ?? false }),
      ("due>=2026-12-01", { $0.deadline.map { $0.description >= "2026-12-01" } ?? false }),
      ("decision<=60d", { ahead($0.decision).map { $0 >= 0 && $0 <= 60 } ?? false }),
      ("updated>14d", { ago($0.updated) > 14 }),
      ("created<7d", { ago($0.created) >= 0 && ago($0.created) < 7 }),
      ("created:month", { local($0.created) >= today.startOfMonth && local($0.created) <= today.endOfMonth }),
      ("updated<=2026-11-01", { local($0.updated).description <= "2026-11-01" }),
      ("amount>=50k", { ($0.amount?.amount).map { $0 >= 50000 } ?? false }),
      ("amount<1m", { ($0.amount?.amount).map { $0 < 1_000_000 } ?? false }),
      ("awarded>0", { ($0.awarded?.amount).map { $0 > 0 } ?? false }),
      ("owner:ana", { fold($0.owner).contains("ana") }),
      ("owner:gomez,perez", { fold($0.owner).contains("gomez") || fold($0.owner).contains("perez") }),
      ("funder:comision", { fold($0.funder).contains("comision") }),
      ("country:es", { fold($0.country).contains("es") }),
      ("tag:edu", { $0.tags.contains { fold($0).hasPrefix("edu") } }),
      ("medellin", { text($0).contains("medellin") }),
      (#""ciudad urban""#, { text($0).contains("ciudad urban") }),
      ("alcaldia -bogota", { text($0).contains("alcaldia") && !text($0).contains("bogota") }),
      // OR and parentheses: AND binds tighter than OR.
      ("kind:grant OR kind:award", { ["grant", "award"].contains($0.kind.rawValue) }),
      (
        "(kind:grant OR stage:won) area:inno",
        { ($0.kind.rawValue == "grant" || $0.stage == .won) && $0.area?.rawValue == "innovation" }
      ),
      (
        "kind:grant area:inno OR stage:won",
        { ($0.kind.rawValue == "grant" && $0.area?.rawValue == "innovation") || $0.stage == .won }
      ),
      (
        "-(kind:grant OR owner:ana) tag:edu OR funder:jica OR amount>2m",
        {
          (!($0.kind.rawValue == "grant" || fold($0.owner).contains("ana"))
            && $0.tags.contains { fold($0).hasPrefix("edu") })
            || fold($0.funder).contains("jica") || (($0.amount?.amount).map { $0 > 2_000_000 } ?? false)
        }
      ),
      ("((is:open))", { $0.stage.isOpen }),
      ("-(-is:open)", { $0.stage.isOpen }),
      ("transporte or", { text($0).contains("transporte") && text($0).contains("or") }),
      // Empty fields.
      ("no:owner", { $0.owner.isEmpty }),
      ("has:owner", { !$0.owner.isEmpty }),
      ("has:amount", { $0.amount != nil }),
      ("no:deadline", { $0.deadline == nil }),
      ("-no:decision", { $0.decision != nil }),
      ("no:tags has:notes", { $0.tags.isEmpty && !$0.notes.isEmpty }),
      ("no:area OR no:country", { $0.area == nil || $0.country.isEmpty }),
      // Periods: the week from Monday 2026-11-16.
      ("due:thisweek", { within($0.deadline, "2026-11-16", "2026-11-22") }),
      ("due:nextweek", { within($0.deadline, "2026-11-23", "2026-11-29") }),
      ("due:lastweek", { within($0.deadline, "2026-11-09", "2026-11-15") }),
      ("due:nextmonth", { within($0.deadline, "2026-12-01", "2026-12-31") }),
      ("decision:lastweek", { within($0.decision, "2026-11-09", "2026-11-15") }),
      ("decision:2027", { within($0.decision, "2027-01-01", "2027-12-31") }),
      ("due:2026-10", { within($0.deadline, "2026-10-01", "2026-10-31") }),
      ("due>2026-11", { within($0.deadline, "2026-12-01", "9999-12-31") }),
      ("created:lastweek", { within(local($0.created), "2026-11-09", "2026-11-15") }),
      ("updated:thisyear", { within(local($0.updated), "2026-01-01", "2026-12-31") }),
      // The configured user.
      ("owner:me", { fold($0.owner) == "ana gomez" }),
      ("owner:me,perez", { fold($0.owner) == "ana gomez" || fold($0.owner).contains("perez") }),
      (
        "is:open kind:grant,network due<60d amount>100k -owner:marta educacion",
        {
          $0.stage.isOpen && ["grant", "network"].contains($0.kind.rawValue)
            && (ahead($0.deadline).map { $0 >= 0 && $0 < 60 } ?? false)
            && (($0.amount?.amount).map { $0 > 100_000 } ?? false) && !fold($0.owner).contains("marta")
            && text($0).contains("educacion")
        }
      ),
    ]
    for (line, expected) in cases {
      let q = try Query.parse(line)
      let got = store.filter(q, context: ctx)
      let want = store.records.indices.filter { expected(store.records[$0]) }
      #expect(got == want, "\(line)")
      #expect(!want.isEmpty || line.contains("educacion"), "\(line) matched nothing; weak case")
      // The printed form means the same.
      #expect(store.filter(try Query.parse(q.description), context: ctx) == want, "\(q.description)")
    }
  }
}

extension Int {
  fileprivate func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : -((-self + d - 1) / d) }
  fileprivate func floorMod(_ d: Int) -> Int { self - floorDiv(d) * d }
}

/// The query language evaluated plainly, straight from docs/query-language.md: used by the fixed
/// cases above and by the generated queries of PropertyTestsQuery.
struct BruteForce {
  var ctx: QueryContext
  init(_ ctx: QueryContext) { self.ctx = ctx }
  var today: CalendarDate { ctx.today }

  static func fold(_ s: String) -> String { TextFolding.folded(s) }
  /// "title, funder, programme, description, tags or notes"
  static func text(_ o: Opportunity) -> String {
    ([o.title, o.funder, o.program, o.description] + o.tags + o.notes.map(\.text)).map(fold).joined(
      separator: "\n")
  }
  func local(_ t: Timestamp) -> CalendarDate { t.date(utcOffset: ctx.utcOffset) }
  /// Days from today forward to `d`.
  func ahead(_ d: CalendarDate?) -> Int? { d.map { today.days(until: $0) } }
  /// Days from `t`'s local day back to today.
  func ago(_ t: Timestamp) -> Int { local(t).days(until: today) }

  /// A date value of a term, as the guide describes it.
  enum DateValue: Equatable {
    case days(Int), weeks(Int), date(CalendarDate), today, tomorrow, yesterday, week, month
    case nextWeek, lastWeek, nextMonth, lastMonth, year(Int), yearMonth(Int, Int)
  }

  /// The first and last day of a calendar month, `m` counted past December into later years.
  static func monthSpan(_ y: Int, _ m: Int) -> (CalendarDate, CalendarDate)? {
    let yy = y + (m - 1).floorDiv(12)
    let mm = (m - 1).floorMod(12) + 1
    guard let first = CalendarDate(year: yy, month: mm, day: 1) else { return nil }
    var last = first
    while last.adding(days: 1).components.month == mm { last = last.adding(days: 1) }
    return (first, last)
  }

  /// The days a period covers: a calendar date, today, tomorrow, yesterday, this week (Monday
  /// to Sunday), this month.
  func span(_ v: DateValue) -> (CalendarDate, CalendarDate)? {
    switch v {
    case .days, .weeks: return nil
    case .date(let d): return (d, d)
    case .today: return (today, today)
    case .tomorrow: return (today.adding(days: 1), today.adding(days: 1))
    case .yesterday: return (today.adding(days: -1), today.adding(days: -1))
    case .week: return (today.startOfWeek, today.startOfWeek.adding(days: 6))
    case .month: return (today.startOfMonth, today.endOfMonth)
    case .nextWeek: return (today.startOfWeek.adding(days: 7), today.startOfWeek.adding(days: 13))
    case .lastWeek: return (today.startOfWeek.adding(days: -7), today.startOfWeek.adding(days: -1))
    case .nextMonth: return Self.monthSpan(today.components.year, today.components.month + 1)
    case .lastMonth: return Self.monthSpan(today.components.year, today.components.month - 1)
    case .year(let y):
      guard let a = CalendarDate(year: y, month: 1, day: 1), let b = CalendarDate(year: y, month: 12, day: 31)
      else { return nil }
      return (a, b)
    case .yearMonth(let y, let m): return Self.monthSpan(y, m)
    }
  }

  /// `field op value` for a record's date `d` (nil: no date, no match). Day counts run forward
  /// from today for due and decision, backward for created and updated; today is included.
  func date(_ d: CalendarDate?, forward: Bool, _ op: QueryComparison, _ v: DateValue) -> Bool {
    guard let d else { return false }
    if let (lo, hi) = span(v) {
      switch op {
      case .equal: return d >= lo && d <= hi
      case .less: return d < lo
      case .lessOrEqual: return d <= hi
      case .greater: return d > hi
      case .greaterOrEqual: return d >= lo
      }
    }
    let n: Int
    switch v {
    case .days(let k): n = k
    case .weeks(let k): n = 7 * k
    default: return false
    }
    let a = forward ? today.days(until: d) : d.days(until: today)
    switch op {
    case .equal: return a == n
    case .less: return a >= 0 && a < n
    case .lessOrEqual: return a >= 0 && a <= n
    case .greater: return a > n
    case .greaterOrEqual: return a >= n
    }
  }

  /// Money compared as a number whatever the currency; no amount, no match.
  static func amount(_ m: Money?, _ op: QueryComparison, _ v: Decimal) -> Bool {
    guard let a = m?.amount else { return false }
    switch op {
    case .equal: return a == v
    case .less: return a < v
    case .lessOrEqual: return a <= v
    case .greater: return a > v
    case .greaterOrEqual: return a >= v
    }
  }

  /// is:open, is:closed, is:overdue (deadline passed, identified or preparing), is:stale (open,
  /// nothing changed for more than staleDays days).
  func status(_ name: String, _ o: Opportunity) -> Bool {
    switch name {
    case "open": return [.identified, .preparing, .applied].contains(o.stage)
    case "closed": return [.won, .lost, .dropped].contains(o.stage)
    case "overdue":
      return [.identified, .preparing].contains(o.stage) && (o.deadline.map { $0 < today } ?? false)
    case "stale":
      return [.identified, .preparing, .applied].contains(o.stage) && ago(o.updated) > ctx.staleDays
    default: return false
    }
  }
}
