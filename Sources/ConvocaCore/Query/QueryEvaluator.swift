import Foundation

/// A query made ready for one context: relative dates turned into day or second ranges,
/// stages into a bit mask, terms ordered cheapest first. Evaluating it allocates nothing for
/// ASCII records.
struct QueryEvaluator: Sendable {
  enum Test: Sendable {
    case text(FoldedText)
    case kind([Kind])
    case stages(UInt8)
    case area([Area])
    case field(QueryTextField, [[UInt8]])
    case id([String])
    case status(open: Bool, closed: Bool, overdueBefore: Int32?, staleBefore: Int64?)
    case deadline(lo: Int, hi: Int)
    case decision(lo: Int, hi: Int)
    case created(lo: Int64, hi: Int64)
    case updated(lo: Int64, hi: Int64)
    case amount(QueryAmountField, QueryComparison, Decimal)

    /// Rough cost, to run cheap tests first.
    var cost: Int {
      switch self {
      case .kind, .stages, .area, .status, .deadline, .decision, .created, .updated: return 0
      case .id: return 1
      case .amount: return 2
      case .field: return 3
      case .text: return 4
      }
    }
  }

  struct Step: Sendable {
    var test: Test
    var negated: Bool
  }

  let steps: [Step]

  init(_ query: Query, context: QueryContext) {
    var s = query.terms.map { Step(test: QueryEvaluator.compile($0.predicate, context), negated: $0.negated) }
    // Stable: sort by cost, then by original position.
    s = s.enumerated().sorted { ($0.element.test.cost, $0.offset) < ($1.element.test.cost, $1.offset) }.map(\.element)
    steps = s
  }

  static func compile(_ p: QueryPredicate, _ ctx: QueryContext) -> Test {
    let off = Int64(ctx.utcOffset)
    /// Seconds range whose local date falls within the day range.
    func seconds(_ r: (lo: Int, hi: Int)) -> (Int64, Int64) {
      (Int64(r.lo) * 86_400 - off, (Int64(r.hi) + 1) * 86_400 - off - 1)
    }
    switch p {
    case .text(let t): return .text(t)
    case .kind(let ks): return .kind(ks)
    case .stage(let ss): return .stages(ss.reduce(0) { $0 | (1 << UInt8($1.order)) })
    case .area(let a): return .area(a)
    case .field(let f, let vs): return .field(f, vs.map(\.bytes))
    case .id(let ps): return .id(ps)
    case .status(let ss):
      let today = ctx.today.daysSinceEpoch
      let cutoff = Int64(ctx.today.daysSinceEpoch) - Int64(ctx.staleDays)
      return .status(
        open: ss.contains(.open), closed: ss.contains(.closed),
        overdueBefore: ss.contains(.overdue) ? today : nil,
        staleBefore: ss.contains(.stale) ? cutoff * 86_400 - off : nil)
    case .date(let f, let c, let v):
      let r = v.dayRange(c, forward: f.countsForward, today: ctx.today)
      switch f {
      case .due: return .deadline(lo: r.lo, hi: r.hi)
      case .decision: return .decision(lo: r.lo, hi: r.hi)
      case .created:
        let (lo, hi) = seconds(r)
        return .created(lo: lo, hi: hi)
      case .updated:
        let (lo, hi) = seconds(r)
        return .updated(lo: lo, hi: hi)
      }
    case .amount(let f, let c, let d): return .amount(f, c, d)
    }
  }

  @inline(__always)
  func matches(_ o: Opportunity, key: FoldedText) -> Bool {
    for s in steps where Self.test(s.test, o, key) == s.negated { return false }
    return true
  }

  static func test(_ t: Test, _ o: Opportunity, _ key: FoldedText) -> Bool {
    switch t {
    case .text(let n): return key.contains(n)
    case .kind(let ks):
      for k in ks where k.rawValue == o.kind.rawValue { return true }
      return false
    case .stages(let mask): return mask & (1 << UInt8(truncatingIfNeeded: o.stage.order)) != 0
    case .area(let as_):
      guard let a = o.area else { return false }
      for x in as_ where x.rawValue == a.rawValue { return true }
      return false
    case .field(let f, let needles):
      switch f {
      case .owner: return needles.contains { FoldedMatch.contains(o.owner, $0) }
      case .funder: return needles.contains { FoldedMatch.contains(o.funder, $0) }
      case .program: return needles.contains { FoldedMatch.contains(o.program, $0) }
      case .country: return needles.contains { FoldedMatch.contains(o.country, $0) }
      case .tag:
        for tag in o.tags {
          for n in needles where FoldedMatch.hasPrefix(tag, n) { return true }
        }
        return false
      }
    case .id(let ps):
      for p in ps where o.id.rawValue.hasPrefix(p) { return true }
      return false
    case .status(let open, let closed, let overdueBefore, let staleBefore):
      let isOpen = o.stage.isOpen
      if open && isOpen { return true }
      if closed && !isOpen { return true }
      if isOpen, let t = overdueBefore, let d = o.deadline, d.daysSinceEpoch < t { return true }
      if isOpen, let s = staleBefore, o.updated.seconds < s { return true }
      return false
    case .deadline(let lo, let hi):
      guard let d = o.deadline else { return false }
      let v = Int(d.daysSinceEpoch)
      return v >= lo && v <= hi
    case .decision(let lo, let hi):
      guard let d = o.decision else { return false }
      let v = Int(d.daysSinceEpoch)
      return v >= lo && v <= hi
    case .created(let lo, let hi): return o.created.seconds >= lo && o.created.seconds <= hi
    case .updated(let lo, let hi): return o.updated.seconds >= lo && o.updated.seconds <= hi
    case .amount(let f, let c, let v):
      guard let m = f == .amount ? o.amount : o.awarded else { return false }
      switch c {
      case .equal: return m.amount == v
      case .less: return m.amount < v
      case .lessOrEqual: return m.amount <= v
      case .greater: return m.amount > v
      case .greaterOrEqual: return m.amount >= v
      }
    }
  }
}

extension Query {
  /// Whether `o` (whose search key is `key`, normally `FoldedText(searchable: o)`) satisfies
  /// every term. For many records use `OpportunityStore.filter(_:context:)`, which prepares
  /// the query once.
  public func matches(_ o: Opportunity, key: FoldedText, in context: QueryContext) -> Bool {
    QueryEvaluator(self, context: context).matches(o, key: key)
  }
}

extension OpportunityStore {
  /// Positions in `records` of the opportunities that match `q`, in `records` order.
  public func filter(_ q: Query, context: QueryContext) -> [Int] {
    if q.isEmpty { return Array(records.indices) }
    let e = QueryEvaluator(q, context: context)
    var out: [Int] = []
    records.withUnsafeBufferPointer { rs in
      searchKeys.withUnsafeBufferPointer { ks in
        for i in 0..<rs.count where e.matches(rs[i], key: ks[i]) { out.append(i) }
      }
    }
    return out
  }
}
