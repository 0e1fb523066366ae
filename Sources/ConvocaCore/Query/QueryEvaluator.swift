import Foundation

/// A query made ready for one context: relative dates turned into day or second ranges,
/// stages into a bit mask, terms ordered cheapest first. Evaluating it allocates nothing for
/// ASCII records.
struct QueryEvaluator: Sendable {
  enum Test: Sendable {
    case text(NeedleSearch)
    case kind([Kind])
    case stages(UInt8)
    case area([Area])
    case field(QueryTextField, [[UInt8]])
    /// The whole value (or a whole tag) equals one of these folded texts.
    case exact(QueryTextField, [[UInt8]])
    case id([String])
    case idExact(Set<String>)
    case status(
      open: Bool, closed: Bool, overdueBefore: Int32?, staleBefore: Int64?, archived: Bool, conflict: Bool)
    case deadline(lo: Int, hi: Int)
    case decision(lo: Int, hi: Int)
    case created(lo: Int64, hi: Int64)
    case updated(lo: Int64, hi: Int64)
    /// The local day a call was won or lost, in days since the epoch.
    case decided(lo: Int, hi: Int, utcOffset: Int)
    /// An amount compared in the reporting currency when a converter is given (amounts in a
    /// currency without a rate compare by their number, as written).
    case amount(QueryAmountField, QueryComparison, Decimal, MoneyConverter?)
    case presence(QueryPresenceField, Bool)
    /// The configured user's folded name; nil when none is configured (nothing matches).
    case me([UInt8]?)
    case any([QueryEvaluator])

    /// Rough cost, to run cheap tests first.
    var cost: Int {
      switch self {
      case .kind, .stages, .area, .status, .deadline, .decision, .created, .updated, .presence: return 0
      case .id, .idExact: return 1
      case .amount: return 2
      case .decided: return 2
      case .field, .exact, .me: return 3
      case .text: return 4
      case .any: return 5
      }
    }
  }

  struct Step: Sendable {
    var test: Test
    var negated: Bool
  }

  let steps: [Step]

  /// Rough cost of the whole evaluator: its dearest test (an alternative of an OR with a
  /// word search in it runs after the cheap ones).
  var cost: Int { steps.map(\.test.cost).max() ?? 0 }

  init(_ query: Query, context: QueryContext) {
    var s = query.terms.map { Step(test: QueryEvaluator.compile($0.predicate, context), negated: $0.negated) }
    // Stable: sort by cost, then by original position.
    s = s.enumerated().sorted { ($0.element.test.cost, $0.offset) < ($1.element.test.cost, $1.offset) }.map(
      \.element)
    steps = s
  }

  static func compile(_ p: QueryPredicate, _ ctx: QueryContext) -> Test {
    let off = Int64(ctx.utcOffset)
    /// Seconds range whose local date falls within the day range.
    func seconds(_ r: (lo: Int, hi: Int)) -> (Int64, Int64) {
      (Int64(r.lo) * 86_400 - off, (Int64(r.hi) + 1) * 86_400 - off - 1)
    }
    switch p {
    case .text(let t): return .text(NeedleSearch(t.bytes))
    case .kind(let ks): return .kind(ks)
    case .stage(let ss): return .stages(ss.reduce(0) { $0 | stageBit($1) })
    case .area(let a): return .area(a)
    case .field(let f, let vs): return .field(f, vs.map(\.bytes))
    case .exact(let f, let vs): return .exact(f, vs.map(\.bytes))
    case .id(let ps): return .id(ps)
    case .idExact(let ps): return .idExact(Set(ps))
    case .status(let ss):
      let today = ctx.today.daysSinceEpoch
      let cutoff = Int64(ctx.today.daysSinceEpoch) - Int64(ctx.staleDays)
      return .status(
        open: ss.contains(.open), closed: ss.contains(.closed),
        overdueBefore: ss.contains(.overdue) ? today : nil,
        staleBefore: ss.contains(.stale) ? cutoff * 86_400 - off : nil, archived: ss.contains(.archived),
        conflict: ss.contains(.conflict))
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
      case .decided: return .decided(lo: r.lo, hi: r.hi, utcOffset: ctx.utcOffset)
      }
    case .amount(let f, let c, let d):
      // With rates, 18,000,000 KRW compares as the reporting-currency amount it is worth.
      return .amount(f, c, d, ctx.money.flatMap { $0.rates.isEmpty ? nil : $0 })
    case .presence(let f, let present): return .presence(f, present)
    case .ownerIsMe:
      let user = FoldedText(ctx.user.trimmingCharacters(in: .whitespacesAndNewlines)).bytes
      return .me(user.isEmpty ? nil : user)
    case .any(let alts): return .any(alts.map { QueryEvaluator($0, context: ctx) })
    }
  }

  /// Whether the owner is the user `me` (folded bytes), ignoring capitals, accents and
  /// surrounding spaces.
  @inline(__always)
  static func isMe(_ owner: String, _ me: [UInt8]?) -> Bool {
    guard let me else { return false }
    return FoldedText(owner.trimmingCharacters(in: .whitespacesAndNewlines)).bytes == me
  }

  @inline(__always)
  func matches(_ o: Opportunity, key: FoldedText) -> Bool {
    for s in steps where Self.test(s.test, o, key) == s.negated { return false }
    return true
  }

  static func test(_ t: Test, _ o: Opportunity, _ key: FoldedText) -> Bool {
    var scratch: [UInt8] = []
    switch t {
    case .text(let n): return n.contains(key.bytes)
    case .kind(let ks):
      for k in ks where k.rawValue == o.kind.rawValue { return true }
      return false
    case .stages(let mask): return mask & stageBit(o.stage) != 0
    case .area(let as_):
      guard let a = o.area else { return false }
      for x in as_ where x.rawValue == a.rawValue { return true }
      return false
    case .field(let f, let needles):
      switch f.descriptor.access {
      case .text(let l):
        let v = l.get(o)
        return needles.contains { FoldedMatch.contains(v, $0, scratch: &scratch) }
      case .tags:
        for tag in o.tags {
          for n in needles where FoldedMatch.hasPrefix(tag, n, scratch: &scratch) { return true }
        }
        return false
      case .notes:
        for note in o.notes {
          for n in needles where FoldedMatch.contains(note.text, n, scratch: &scratch) { return true }
        }
        return false
      default:
        let v = f.descriptor.exportText(o)
        return needles.contains { FoldedMatch.contains(v, $0, scratch: &scratch) }
      }
    case .exact(let f, let needles): return Self.exactly(f, needles, o)
    case .id(let ps):
      for p in ps where o.id.rawValue.hasPrefix(p) { return true }
      return false
    case .idExact(let ps): return ps.contains(o.id.rawValue)
    case .status(let open, let closed, let overdueBefore, let staleBefore, let archived, let conflict):
      if archived && o.archived { return true }
      if conflict && o.conflict { return true }
      let isOpen = o.stage.isOpen
      if open && isOpen { return true }
      if closed && !isOpen { return true }
      if o.awaitsApplication, let t = overdueBefore, let d = o.deadline, d.daysSinceEpoch < t { return true }
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
    case .decided(let lo, let hi, let off): return Self.decidedWithin(o, lo, hi, off)
    case .amount(let f, let c, let v, let money):
      guard let m = f == .amount ? o.amount : o.awarded else { return false }
      return Self.holds(c, money?.comparable(m) ?? m.amount, v)
    case .presence(let f, let present): return f.isPresent(in: o) == present
    case .me(let me): return Self.isMe(o.owner, me)
    case .any(let alts): return alts.contains { $0.matches(o, key: key) }
    }
  }

  /// Whether the whole value of `f` (or one whole tag) is one of `needles`, ignoring
  /// capitals, accents and surrounding spaces.
  static func exactly(_ f: QueryTextField, _ needles: [[UInt8]], _ o: Opportunity) -> Bool {
    func same(_ v: String) -> Bool { exactly(needles, v) }
    switch f.descriptor.access {
    case .text(let l): return same(l.get(o))
    case .tags: return o.tags.contains(where: same)
    default: return same(f.descriptor.exportText(o))
    }
  }

  /// Whether `v` (trimmed) is one of `needles`, ignoring capitals and accents.
  static func exactly(_ needles: [[UInt8]], _ v: String) -> Bool {
    needles.contains(FoldedText(v.trimmingCharacters(in: .whitespacesAndNewlines)).bytes)
  }

  /// Whether `o` was decided (won or lost) on a local day within `lo...hi`.
  @inline(__always)
  static func decidedWithin(_ o: Opportunity, _ lo: Int, _ hi: Int, _ utcOffset: Int) -> Bool {
    guard let d = o.decidedDate(utcOffset: utcOffset) else { return false }
    let v = Int(d.daysSinceEpoch)
    return v >= lo && v <= hi
  }

  /// Whether `a` compares with `b` as asked (decimals, or doubles from the amount columns).
  @inline(__always)
  static func holds<T: Comparable>(_ c: QueryComparison, _ a: T, _ b: T) -> Bool {
    switch c {
    case .equal: return a == b
    case .less: return a < b
    case .lessOrEqual: return a <= b
    case .greater: return a > b
    case .greaterOrEqual: return a >= b
    }
  }

  /// One bit per stage, without going through `allCases`.
  @inline(__always)
  static func stageBit(_ s: Stage) -> UInt8 {
    switch s {
    case .identified: return 1
    case .preparing: return 2
    case .applied: return 4
    case .won: return 8
    case .lost: return 16
    case .dropped: return 32
    }
  }

  /// The text and amount columns this evaluator reads (see `QueryColumns`).
  var needs: QueryColumns.Needs {
    var n = QueryColumns.Needs()
    for step in steps {
      switch step.test {
      case .kind: n.base.insert(.kind)
      case .stages: n.base.insert(.stage)
      case .area: n.base.insert(.area)
      case .status: n.base.formUnion([.stage, .flags, .deadline, .updated])
      case .deadline: n.base.insert(.deadline)
      case .decision: n.base.insert(.decision)
      case .created: n.base.insert(.created)
      case .updated: n.base.insert(.updated)
      case .field(let f, _), .exact(let f, _):
        if case .text(let slot) = f.descriptor.access, QueryColumns.interned.contains(slot) {
          n.texts.insert(slot)
        }
      case .me: n.texts.insert(.owner)
      case .amount(let f, _, _, _): n.amounts.insert(f == .amount ? .amount : .awarded)
      case .any(let alts):
        for a in alts { n.formUnion(a.needs) }
      default: break
      }
    }
    return n
  }

  /// Positions of the matching records, one term at a time over the shrinking list of
  /// candidates (all records, or `within` when given, ascending). Each pass reads one column
  /// (`QueryColumns`) or one field of each candidate in place, never copying a whole record.
  func run(
    _ rs: UnsafeBufferPointer<Opportunity>, _ ks: SearchKeys, _ cols: QueryColumns, within: [Int]? = nil
  ) -> [Int] {
    var candidates: [Int] = within ?? []
    var first = within == nil
    var scratch: [UInt8] = []
    for step in steps {
      let neg = step.negated
      var out: [Int] = []
      out.reserveCapacity(first ? rs.count : candidates.count)
      func keep(_ pred: (Int) -> Bool) {
        if first {
          for i in 0..<rs.count where pred(i) != neg { out.append(i) }
        } else {
          for i in candidates where pred(i) != neg { out.append(i) }
        }
      }
      /// Keeps the records that pass the step read from the whole record: only for a column
      /// `needs` did not ask for, which does not happen.
      func keepByRecord() {
        let test = step.test
        keep { Self.test(test, rs[$0], FoldedText(bytes: Array(ks[$0]))) }
      }
      /// Keeps the records whose value number in `column` is one `hits` marks.
      func keep(_ column: InternedColumn, _ hits: [Bool]) {
        column.ids.withUnsafeBufferPointer { ids in
          hits.withUnsafeBufferPointer { hit in
            keep { i in
              let v = ids[i]
              return v != InternedColumn.none && hit[Int(v)]
            }
          }
        }
      }
      /// Keeps the records whose day in `days` lies within `lo...hi`.
      func keep(_ days: [Int32]?, _ lo: Int, _ hi: Int) {
        guard let days else { return keepByRecord() }
        // A missing day (`Int32.min`) never lies within the range; outside the days an
        // `Int32` holds, nothing does.
        guard lo <= Int(Int32.max), hi > Int(Int32.min) else { return keep { _ in false } }
        let l = Int32(clamping: Swift.max(lo, Int(Int32.min) + 1))
        let h = Int32(clamping: hi)
        days.withUnsafeBufferPointer { d in keep { d[$0] >= l && d[$0] <= h } }
      }
      switch step.test {
      case .text(let n):
        let count = first ? rs.count : candidates.count
        let parts =
          count >= Self.parallelTextScan ? Swift.min(ProcessInfo.processInfo.activeProcessorCount, 8) : 1
        if parts > 1 {
          out = Self.scanInParts(parts, count: count, first ? nil : candidates, negated: neg) {
            n.contains(ks[$0])
          }
        } else {
          keep { n.contains(ks[$0]) }
        }
      case .kind(let kinds):
        guard let column = cols.kind else { keepByRecord(); break }
        keep(column, column.table { v in kinds.contains { $0.rawValue == v } })
      case .stages(let mask):
        guard let column = cols.stageBits else { keepByRecord(); break }
        column.withUnsafeBufferPointer { b in keep { mask & b[$0] != 0 } }
      case .area(let areas):
        guard let column = cols.area else { keepByRecord(); break }
        keep(column, column.table { v in areas.contains { $0.rawValue == v } })
      case .field(let f, let needles):
        let d = f.descriptor
        switch d.access {
        case .text(let slot):
          if let column = cols.texts[slot] {
            keep(
              column,
              column.table { v in needles.contains { FoldedMatch.contains(v, $0, scratch: &scratch) } })
          } else {
            keep { i in
              let v = slot.get(rs[i])
              return needles.contains { FoldedMatch.contains(v, $0, scratch: &scratch) }
            }
          }
        case .tags:
          keep { i in
            rs[i].tags.contains { tag in
              needles.contains { FoldedMatch.hasPrefix(tag, $0, scratch: &scratch) }
            }
          }
        case .notes:
          keep { i in
            rs[i].notes.contains { note in
              needles.contains { FoldedMatch.contains(note.text, $0, scratch: &scratch) }
            }
          }
        default:
          keep { i in
            let v = d.exportText(rs[i])
            return needles.contains { FoldedMatch.contains(v, $0, scratch: &scratch) }
          }
        }
      case .exact(let f, let needles):
        if case .text(let slot) = f.descriptor.access, let column = cols.texts[slot] {
          keep(column, column.table { Self.exactly(needles, $0) })
        } else {
          keep { Self.exactly(f, needles, rs[$0]) }
        }
      case .decided(let lo, let hi, let off): keep { Self.decidedWithin(rs[$0], lo, hi, off) }
      case .id(let ps): keep { i in ps.contains { rs[i].id.rawValue.hasPrefix($0) } }
      case .idExact(let ps): keep { ps.contains(rs[$0].id.rawValue) }
      case .status(let open, let closed, let overdueBefore, let staleBefore, let archived, let conflict):
        let t = overdueBefore ?? Int32.min
        let s = staleBefore ?? Int64.min
        let flagMask = (archived ? QueryColumns.archivedBit : 0) | (conflict ? QueryColumns.conflictBit : 0)
        let openMask: UInt8 = 1 | 2 | 4
        let awaiting: UInt8 = 1 | 2
        guard let stages = cols.stageBits, let flagColumn = cols.flags, let deadlines = cols.deadline,
          let updates = cols.updated
        else { keepByRecord(); break }
        stages.withUnsafeBufferPointer { stage in
          flagColumn.withUnsafeBufferPointer { flags in
            deadlines.withUnsafeBufferPointer { deadline in
              updates.withUnsafeBufferPointer { updated in
                keep { i in
                  if flags[i] & flagMask != 0 { return true }
                  let isOpen = stage[i] & openMask != 0
                  if open && isOpen { return true }
                  if closed && !isOpen { return true }
                  guard isOpen else { return false }
                  // A missing deadline is `Int32.min`, never before `t`.
                  if stage[i] & awaiting != 0, deadline[i] != QueryColumns.noDay, deadline[i] < t {
                    return true
                  }
                  return updated[i] < s
                }
              }
            }
          }
        }
      case .deadline(let lo, let hi): keep(cols.deadline, lo, hi)
      case .decision(let lo, let hi): keep(cols.decision, lo, hi)
      case .created(let lo, let hi):
        guard let column = cols.created else { keepByRecord(); break }
        column.withUnsafeBufferPointer { c in keep { c[$0] >= lo && c[$0] <= hi } }
      case .updated(let lo, let hi):
        guard let column = cols.updated else { keepByRecord(); break }
        column.withUnsafeBufferPointer { u in keep { u[$0] >= lo && u[$0] <= hi } }
      case .amount(let f, let c, let v, let money):
        let slot: MoneySlot = f == .amount ? .amount : .awarded
        guard let column = cols.amounts[slot] else {
          keep { i in
            guard let m = slot.get(rs[i]) else { return false }
            return Self.holds(c, money?.comparable(m) ?? m.amount, v)
          }
          break
        }
        // Each currency's rate as a double (1 when amounts in it compare as written).
        let rates = column.currency.values.map { code -> Double in
          guard let money, code != money.reporting, let r = money.rates[code] else { return 1 }
          return Double(truncating: r as NSNumber)
        }
        let target = Double(truncating: v as NSNumber)
        column.values.withUnsafeBufferPointer { values in
          column.currency.ids.withUnsafeBufferPointer { currency in
            keep { i in
              let a = values[i]
              if a.isNaN { return false }
              let x = a * rates[Int(currency[i])]
              // Doubles carry about 16 digits; decimals up to 38. Too close to call: exactly.
              if Swift.abs(x - target) <= 1e-9 * Swift.max(Swift.abs(x), Swift.abs(target)) {
                guard let m = slot.get(rs[i]) else { return false }
                return Self.holds(c, money?.comparable(m) ?? m.amount, v)
              }
              return Self.holds(c, x, target)
            }
          }
        }
      case .presence(let f, let present):
        let access = f.descriptor.access
        keep { access.isPresent(in: rs[$0]) == present }
      case .me(let me):
        if let column = cols.texts[.owner] {
          keep(column, column.table { Self.isMe($0, me) })
        } else {
          keep { Self.isMe(rs[$0].owner, me) }
        }
      case .any(let alts):
        // The cheapest alternative runs first over the current candidates; each later one only
        // over the candidates no earlier one kept. A record passes if any keeps it.
        var hit = [Bool](repeating: false, count: rs.count)
        var remaining: [Int]? = first ? nil : candidates
        let ordered = alts.sorted { $0.cost < $1.cost }
        for (k, a) in ordered.enumerated() {
          for i in a.run(rs, ks, cols, within: remaining) { hit[i] = true }
          if k + 1 < ordered.count {
            remaining = remaining.map { $0.filter { !hit[$0] } } ?? (0..<rs.count).filter { !hit[$0] }
          }
        }
        keep { hit[$0] }
      }
      candidates = out
      first = false
      if candidates.isEmpty { break }
    }
    return first ? Array(0..<rs.count) : candidates
  }

  /// From how many candidates a word search is split across the cores: it reads every byte
  /// of their search text (22 MB for 100,000 calls), and one core streams it at about a
  /// third of the memory's speed.
  static let parallelTextScan = 16_384

  /// The positions among the first `count` records (or among `candidates`) for which `test`
  /// is true (false when `negated`), in order, tested in `parts` slices on as many threads.
  static func scanInParts(
    _ parts: Int, count: Int, _ candidates: [Int]?, negated: Bool, _ test: (Int) -> Bool
  ) -> [Int] {
    var pieces = [[Int]](repeating: [], count: parts)
    // Each slice writes only its own element; the test reads shared memory nobody changes.
    pieces.withUnsafeMutableBufferPointer { out in
      nonisolated(unsafe) let out = out
      withoutActuallyEscaping(test) { test in
        nonisolated(unsafe) let test = test
        DispatchQueue.concurrentPerform(iterations: parts) { p in
          var mine: [Int] = []
          let lo = count * p / parts
          let hi = count * (p + 1) / parts
          mine.reserveCapacity(hi - lo)
          if let candidates {
            for j in lo..<hi where test(candidates[j]) != negated { mine.append(candidates[j]) }
          } else {
            for i in lo..<hi where test(i) != negated { mine.append(i) }
          }
          out[p] = mine
        }
      }
    }
    return Array(pieces.joined())
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
  public func filter(_ q: Query, context: QueryContext) -> [Int] { filter(q, context: context, within: nil) }

  /// Positions of the opportunities that match `q`, tested only among `within` (ascending)
  /// when given.
  func filter(_ q: Query, context: QueryContext, within: [Int]?) -> [Int] {
    if q.isEmpty { return within ?? Array(records.indices) }
    var context = context
    if context.money == nil { context.money = converter }
    let e = QueryEvaluator(q, context: context)
    let columns = queryColumns(e.needs)
    return records.withUnsafeBufferPointer { rs in
      withSearchText { text, starts, lengths in
        e.run(rs, SearchKeys(text: text, starts: starts, lengths: lengths), columns, within: within)
      }
    }
  }
}

/// The store's search text as seen by the evaluator: record `i`'s folded text is `self[i]`.
struct SearchKeys {
  let text: UnsafeBufferPointer<UInt8>
  let starts: UnsafeBufferPointer<Int>
  let lengths: UnsafeBufferPointer<Int32>

  subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: text[starts[i]..<starts[i] + Int(lengths[i])])
  }
}
