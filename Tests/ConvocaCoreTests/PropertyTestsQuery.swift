import Foundation
import PropertyBased
import Testing

@testable import ConvocaCore

/// `store.filter` on generated stores and generated queries equals `BruteForce`
/// (QueryPropertyTests.swift), and a parsed query prints to text that parses to the same query.
@Suite struct PropertyTestsQuery {
  /// One generated term: its text, and what it means, worked out plainly.
  struct Term: CustomStringConvertible {
    var text: String
    var holds: @Sendable (BruteForce, Opportunity) -> Bool
    var description: String { text }
  }

  struct Case: CustomStringConvertible {
    var records: [Opportunity]
    var context: QueryContext
    var terms: [Term]
    var line: String
    var description: String { "query '\(line)' on \(context) over \(records.count) records: \(records)" }
  }

  static let words = [
    "Medellín", "educación", "Transporte", "urban", "JICA", "Bogotá", "peace", "Ciudad", "innovation",
    "alcaldía",
    "Señal", "ÑANDÚ", "straße", "Über", "naïve", "café", "año", "x",
  ]
  static let people = ["Ana Gómez", "Luis Pérez", "Marta Ruiz", "", "ANA maría", "José Núñez"]
  static let funders = [
    "European Commission", "JICA", "KOICA", "AECID", "Comisión Europea", "", "Fundación Ñ",
  ]
  static let programs = ["Cooperación Delegada", "URBACT", "Erasmus+", "", "Horizon Europe"]
  static let countries = ["EU", "JP", "es", "", "Colombia", "KR"]
  static let tags = ["transport", "mobility", "Educación", "peace", "security", "climate", "éxito"]

  static func phrase(_ g: inout SeededGenerator, _ n: ClosedRange<Int>) -> String {
    (0..<g.int(n)).map { _ in g.pick(words) }.joined(separator: " ")
  }

  static func records(_ g: inout SeededGenerator, today: CalendarDate) -> [Opportunity] {
    let base = Int64(today.daysSinceEpoch) * 86_400
    return Gens.ids(&g, g.int(0...60)).map { id in
      let created = Timestamp(seconds: base - Int64(g.int(-2 * 86_400...200 * 86_400)))
      var o = Opportunity(
        id: id, title: phrase(&g, 1...4), kind: g.pick(Kind.defaults), stage: g.pick(Stage.allCases),
        created: created, updated: created.adding(seconds: Int64(g.int(0...(100 * 86_400)))))
      o.owner = g.pick(people)
      o.funder = g.pick(funders)
      o.program = g.pick(programs)
      o.country = g.pick(countries)
      o.area = g.chance(0.7) ? g.pick(Area.defaults) : nil
      o.tags = Array(tags.shuffled(using: &g).prefix(g.int(0...3)))
      if g.chance(0.7) { o.deadline = today.adding(days: g.int(-60...90)) }
      if g.chance(0.4) { o.decision = today.adding(days: g.int(-30...150)) }
      if g.chance(0.6) { o.amount = Money(Decimal(g.int(0...40) * 25_000), g.pick(["EUR", "USD"])) }
      if g.chance(0.2) { o.awarded = Money(Decimal(g.int(0...20) * 50_000), "USD") }
      if g.chance(0.3) { o.description = phrase(&g, 1...6) }
      if g.chance(0.3) { o.notes = [Note(at: created, by: "x", text: phrase(&g, 1...5))] }
      return o
    }
  }

  /// The shortest start of `name` that no other name shares, or longer.
  static func prefix(_ g: inout SeededGenerator, _ name: String, among names: [String]) -> String {
    let shortest =
      (1...name.count).first { n in names.filter { $0.hasPrefix(name.prefix(n)) }.count == 1 } ?? name.count
    let s = String(name.prefix(g.int(shortest...name.count)))
    return g.chance(0.2) ? s.uppercased() : s
  }

  static func quoted(_ s: String) -> String { s.contains(" ") ? "\"" + s + "\"" : s }

  static func fieldName(_ g: inout SeededGenerator, _ name: String) -> String {
    g.chance(0.15) ? name.uppercased() : name
  }

  static func dateValue(_ g: inout SeededGenerator) -> (String, BruteForce.DateValue) {
    switch g.int(0...7) {
    case 0: let n = g.int(0...120); return ("\(n)d", .days(n))
    case 1: let n = g.int(0...12); return ("\(n)w", .weeks(n))
    case 2, 3:
      let d = CalendarDate(daysSinceEpoch: Int32(g.int(20_300...20_900)))
      return (d.description, .date(d))
    default:
      if g.chance(0.2) {
        let y = g.int(2025...2027)
        if g.chance(0.5) { return (String(y), .year(y)) }
        let m = g.int(1...12)
        return ("\(y)-" + (m < 10 ? "0" : "") + "\(m)", .yearMonth(y, m))
      }
      let named: [(String, BruteForce.DateValue)] = [
        ("today", .today), ("tomorrow", .tomorrow), ("yesterday", .yesterday), ("week", .week),
        ("month", .month), ("thisweek", .week), ("thismonth", .month), ("nextweek", .nextWeek),
        ("lastweek", .lastWeek), ("nextmonth", .nextMonth), ("lastmonth", .lastMonth),
      ]
      let (t, v) = g.pick(named)
      return (g.chance(0.1) ? t.uppercased() : t, v)
    }
  }

  static func amountValue(_ g: inout SeededGenerator) -> (String, Decimal) {
    switch g.int(0...5) {
    case 0: let n = g.int(0...1000); return ("\(n)k", Decimal(n * 1000))
    case 1: let n = g.int(0...30); return ("\(n).5m", Decimal(n) * 1_000_000 + 500_000)
    // Grouped thousands, always two groups or more: `1,000` alone could be 1.0 (refused).
    case 2: let n = Decimal(g.int(1...2000)) * 1_000_000; return (n.grouped, n)
    case 3: return ("0", 0)
    default: let n = g.int(0...40) * 25_000; return (String(n), Decimal(n))
    }
  }

  static let comparisons: [(String, QueryComparison)] = [
    ("<", .less), ("<=", .lessOrEqual), (">", .greater), (">=", .greaterOrEqual), (":", .equal),
    ("=", .equal),
  ]

  /// The fields `has:`/`no:` take, and whether a record has each filled in, plainly.
  static let presence: [(String, @Sendable (Opportunity) -> Bool)] = [
    ("owner", { !$0.owner.isEmpty }), ("funder", { !$0.funder.isEmpty }),
    ("program", { !$0.program.isEmpty }),
    ("country", { !$0.country.isEmpty }), ("area", { $0.area != nil }), ("due", { $0.deadline != nil }),
    ("deadline", { $0.deadline != nil }), ("decision", { $0.decision != nil }),
    ("amount", { $0.amount != nil }),
    ("awarded", { $0.awarded != nil }), ("tag", { !$0.tags.isEmpty }), ("tags", { !$0.tags.isEmpty }),
    ("description", { !$0.description.isEmpty }), ("notes", { !$0.notes.isEmpty }),
  ]

  static func term(_ g: inout SeededGenerator, _ records: [Opportunity], depth: Int = 0) -> Term {
    let t: Term
    switch g.int(0...(depth < 2 ? 15 : 14)) {
    case 13:
      let (name, present) = g.pick(presence)
      let has = g.chance(0.5)
      t = Term(text: fieldName(&g, has ? "has" : "no") + ":" + name) { _, o in present(o) == has }
    case 14:
      t = Term(text: fieldName(&g, "owner") + ":" + (g.chance(0.2) ? "ME" : "me")) { bf, o in
        !bf.ctx.user.isEmpty && BruteForce.fold(o.owner) == BruteForce.fold(bf.ctx.user)
      }
    case 15:
      // A group of two or three alternatives, each one or two terms side by side.
      let alternatives: [[Term]] = (0..<g.int(2...3)).map { _ in
        (0..<g.int(1...2)).map { _ in term(&g, records, depth: depth + 1) }
      }
      let text =
        "(" + alternatives.map { $0.map(\.text).joined(separator: " ") }.joined(separator: " OR ") + ")"
      t = Term(text: text) { bf, o in alternatives.contains { alt in alt.allSatisfy { $0.holds(bf, o) } } }
    case 0, 1:
      let w = g.pick(words)
      let part = String(w.prefix(g.int(1...w.count)))
      let needle = BruteForce.fold(part)
      t = Term(text: g.chance(0.2) ? part.uppercased() : part) { _, o in BruteForce.text(o).contains(needle) }
    case 2:
      let p = phrase(&g, 2...3)
      let needle = BruteForce.fold(p)
      t = Term(text: "\"" + p + "\"") { _, o in BruteForce.text(o).contains(needle) }
    case 3:
      let names = Kind.defaults.map(\.rawValue)
      let chosen = Array(names.shuffled(using: &g).prefix(g.int(1...3)))
      let text = chosen.map { prefix(&g, $0, among: names) }.joined(separator: ",")
      t = Term(text: fieldName(&g, "kind") + ":" + text) { _, o in chosen.contains(o.kind.rawValue) }
    case 4:
      let names = Stage.allCases.map(\.rawValue)
      let chosen = Array(names.shuffled(using: &g).prefix(g.int(1...3)))
      let text = chosen.map { prefix(&g, $0, among: names) }.joined(separator: ",")
      t = Term(text: fieldName(&g, "stage") + ":" + text) { _, o in chosen.contains(o.stage.rawValue) }
    case 5:
      let names = Area.defaults.map(\.rawValue)
      let chosen = Array(names.shuffled(using: &g).prefix(g.int(1...2)))
      let text = chosen.map { prefix(&g, $0, among: names) }.joined(separator: ",")
      t = Term(text: fieldName(&g, "area") + ":" + text) { _, o in
        o.area.map { chosen.contains($0.rawValue) } ?? false
      }
    case 6, 7:
      let (field, pool): (String, [String]) = g.pick([
        ("owner", people), ("funder", funders), ("program", programs), ("country", countries),
      ])
      let values: [String] = (0..<g.int(1...3)).map { _ in
        let v = g.pick(pool.filter { !$0.isEmpty })
        let start = g.int(0...(v.count - 1))
        return String(v.dropFirst(start).prefix(g.int(1...(v.count - start))))
      }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      let vs = values.isEmpty ? ["a"] : values
      let needles = vs.map(BruteForce.fold)
      t = Term(text: fieldName(&g, field) + ":" + vs.map(quoted).joined(separator: ",")) { _, o in
        let hay: String
        switch field {
        case "owner": hay = o.owner
        case "funder": hay = o.funder
        case "program": hay = o.program
        default: hay = o.country
        }
        return needles.contains { BruteForce.fold(hay).contains($0) }
      }
    case 8:
      let vs = (0..<g.int(1...2)).map { _ in
        let tag = g.pick(tags)
        return String(tag.prefix(g.int(1...tag.count)))
      }
      let needles = vs.map(BruteForce.fold)
      t = Term(text: fieldName(&g, g.chance(0.2) ? "tags" : "tag") + ":" + vs.joined(separator: ",")) {
        _, o in
        o.tags.contains { tag in needles.contains { BruteForce.fold(tag).hasPrefix($0) } }
      }
    case 9:
      let ps: [String] = (0..<g.int(1...2)).map { _ in
        let id = records.isEmpty ? Gens.id(&g).rawValue : g.pick(records).id.rawValue
        return String(id.prefix(g.int(1...id.count)))
      }
      let clean = ps.map { $0.hasPrefix("-") || $0.hasPrefix("_") ? "\"" + $0 + "\"" : $0 }
      t = Term(text: "id:" + clean.joined(separator: ",")) { _, o in
        ps.contains { o.id.rawValue.hasPrefix($0) }
      }
    case 10:
      let names = Array(["open", "closed", "overdue", "stale"].shuffled(using: &g).prefix(g.int(1...2)))
      t = Term(text: fieldName(&g, "is") + ":" + names.joined(separator: ",")) { bf, o in
        names.contains { bf.status($0, o) }
      }
    case 11:
      let field = g.pick(["due", "deadline", "decision", "created", "updated"])
      let (opText, op) = g.pick(comparisons)
      let (vText, v) = dateValue(&g)
      t = Term(text: fieldName(&g, field) + opText + vText) { bf, o in
        switch field {
        case "due", "deadline": return bf.date(o.deadline, forward: true, op, v)
        case "decision": return bf.date(o.decision, forward: true, op, v)
        case "created": return bf.date(bf.local(o.created), forward: false, op, v)
        default: return bf.date(bf.local(o.updated), forward: false, op, v)
        }
      }
    default:
      let field = g.pick(["amount", "awarded"])
      let (opText, op) = g.pick(comparisons)
      let (vText, v) = amountValue(&g)
      t = Term(text: fieldName(&g, field) + opText + vText) { _, o in
        BruteForce.amount(field == "amount" ? o.amount : o.awarded, op, v)
      }
    }
    guard g.chance(0.25) else { return t }
    let inner = t.holds
    return Term(text: "-" + t.text) { bf, o in !inner(bf, o) }
  }

  static func makeCase(_ g: inout SeededGenerator) -> Case {
    let today = CalendarDate(daysSinceEpoch: Int32(g.int(20_400...20_800)))
    let ctx = QueryContext(
      today: today, staleDays: g.pick([14, 0, 7, 30]),
      utcOffset: g.pick([0, -5 * 3600, 9 * 3600, 14 * 3600, -12 * 3600]), user: g.pick(people))
    let records = records(&g, today: today)
    let terms = (0..<g.int(1...5)).map { _ in term(&g, records) }
    let line = terms.map(\.text).joined(separator: g.chance(0.2) ? "  " : " ")
    return Case(records: records, context: ctx, terms: terms, line: line)
  }

  @Test func filterEqualsBruteForce() async {
    await Property.check(
      "filter equals brute force", count: Property.cases(600), Property.gen { g in Self.makeCase(&g) }
    ) {
      c in
      let q: Query
      do { q = try Query.parse(c.line) } catch {
        throw PropertyFailure(message: "'\(c.line)' did not parse: \(error)")
      }
      try ensureEqual(q.terms.count, c.terms.count, "terms of '\(c.line)'")
      let store = OpportunityStore(c.records)
      let bf = BruteForce(c.context)
      let want = store.records.indices.filter { i in c.terms.allSatisfy { $0.holds(bf, store.records[i]) } }
      let got = store.filter(q, context: c.context)
      if got != want {
        // Name the first term the two disagree on.
        for (k, t) in c.terms.enumerated() {
          let one = Query(terms: [q.terms[k]])
          let w = store.records.indices.filter { t.holds(bf, store.records[$0]) }
          let gOne = store.filter(one, context: c.context)
          if w != gOne {
            let diff = Set(w).symmetricDifference(gOne).sorted().prefix(3).map { store.records[$0] }
            throw PropertyFailure(
              message:
                "term '\(t.text)' (\(c.context)): filter \(gOne.count), brute force \(w.count); differ on \(diff)"
            )
          }
        }
        throw PropertyFailure(message: "'\(c.line)': filter \(got) ≠ brute force \(want)")
      }
      let printed = q.description
      do {
        try ensureEqual(try Query.parse(printed), q, "parse('\(printed)') from '\(c.line)'")
      } catch let e as PropertyFailure { throw e } catch {
        throw PropertyFailure(message: "printed '\(printed)' of '\(c.line)' did not parse: \(error)")
      }
    }
  }
}
