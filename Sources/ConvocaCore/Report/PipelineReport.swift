import Foundation

/// The lead's figures over a set of calls (the filtered rows), computed in one pass: per
/// stage, the win rate, money won per year, won and open by area and kind, per owner, and
/// the deadlines. Each figure carries the query that selects exactly the calls it counts.
///
/// Definitions (docs in README "Dashboard"):
/// - a call's money is `Opportunity.reportAmount` (awarded when won and known, else amount);
/// - the weighted total multiplies it by the probability (override, else stage default);
/// - decided = won or lost (dropped calls were withdrawn, not decided, and are left out of the
///   win rate); a call is decided in the period when `decidedDate` falls within it;
/// - the stage table, open figures and deadlines describe today, whatever the period; money
///   won per year covers every year.
public struct PipelineReport: Sendable {
  /// The period of the period figures.
  public var period: ReportPeriod
  /// Its days; nil for all time.
  public var periodRange: ClosedRange<CalendarDate>?
  /// The reporting currency.
  public var reporting: String
  /// How many calls the report covers.
  public var callCount = 0
  /// One row per stage, in pipeline order.
  public var stages: [StageFigure]
  /// Won in the period.
  public var won: ReportFigure
  /// Lost in the period.
  public var lost: ReportFigure
  /// Won or lost in the period.
  public var decided: ReportFigure
  /// Money won per year, oldest first (every year, whatever the period).
  public var years: [YearFigure] = []
  /// Won in the period and open, per area (alphabetical, no area last).
  public var areas: [GroupFigure] = []
  /// Won in the period and open, per kind (alphabetical).
  public var kinds: [GroupFigure] = []
  /// Per owner (most open first; no owner last).
  public var owners: [OwnerFigure] = []
  /// Open, due today or in the next 6 days.
  public var due7: ReportFigure
  /// Open, due today or in the next 29 days.
  public var due30: ReportFigure
  /// Overdue: not applied yet and the deadline passed.
  public var overdue: ReportFigure
  /// Open and unchanged for more than the stale days.
  public var stale: ReportFigure

  /// Won ÷ decided by count; nil when nothing was decided.
  public var winRateByCount: Double? {
    decided.count == 0 ? nil : Double(won.count) / Double(decided.count)
  }

  /// Won ÷ decided by converted amount; nil when no decided money converts. Partial (see
  /// `winRateByAmountPartial`) when some amounts have no rate: they are left out of both sides.
  public var winRateByAmount: Double? {
    guard decided.total.converted != 0 else { return nil }
    return NSDecimalNumber(decimal: won.total.converted / decided.total.converted).doubleValue
  }

  /// Whether the rate by amount leaves out money without a rate.
  public var winRateByAmountPartial: Bool { decided.total.isPartial }

  /// The year with the most converted money won (the latest on a tie); nil without wins.
  public var bestYear: Int? {
    var best: YearFigure?
    for y in years where y.figure.count > 0 {
      if best == nil || y.figure.total.converted >= (best?.figure.total.converted ?? 0) { best = y }
    }
    return best?.year
  }

  /// Every figure, in the order screens and exports list them.
  public var allFigures: [ReportFigure] {
    var out = stages.map(\.figure)
    out += [won, lost, decided]
    out += years.map(\.figure)
    for a in areas { out += [a.won, a.open] }
    for k in kinds { out += [k.won, k.open] }
    for o in owners { out += [o.open, o.dueThisWeek, o.won] }
    out += [due7, due30, overdue, stale]
    return out
  }

  /// Computes the report.
  /// - Parameters:
  ///   - store: the calls.
  ///   - positions: which of them to count (the filtered rows, as positions in `store.records`).
  ///   - converter: `store.team.converter(fallback: configuration.defaultCurrency)`.
  ///   - context: today, the stale days and the local offset.
  ///   - period: the span of the period figures.
  ///   - collectMembers: keep each figure's positions (for tests and checks).
  public init(
    store: OpportunityStore, positions: [Int], converter: MoneyConverter, context: QueryContext,
    period: ReportPeriod, collectMembers: Bool = false
  ) {
    let cur = converter.reporting
    let today = context.today
    self.period = period
    let range = period.range(today: today)
    periodRange = range
    reporting = cur
    stages = []
    let pterm = period.queryTerms(today: today)
    func q(_ parts: String...) -> String { parts.filter { !$0.isEmpty }.joined(separator: " ") }
    func fig(_ id: String, _ query: String) -> ReportFigure {
      ReportFigure(id: id, query: query, reporting: cur)
    }
    var stageFigs = Stage.allCases.map { fig("stage." + $0.rawValue, "stage:" + $0.rawValue) }
    // Per stage, the amounts of calls whose probability overrides the stage's default, by
    // probability; the weighted totals are worked out once at the end.
    var overridden: [[Int: CurrencySums]] = Stage.allCases.map { _ in [:] }
    won = fig("won", q("stage:won", pterm))
    lost = fig("lost", q("stage:lost", pterm))
    decided = fig("decided", q("stage:won,lost", pterm))
    due7 = fig("due7", "is:open due<7d")
    due30 = fig("due30", "is:open due<30d")
    overdue = fig("overdue", "is:overdue")
    stale = fig("stale", "is:stale")

    var yearIndex: [Int: Int] = [:]
    var yearFigs: [YearFigure] = []
    var areaIndex: [String: Int] = [:]
    var areaFigs: [GroupFigure] = []
    var kindIndex: [String: Int] = [:]
    var kindFigs: [GroupFigure] = []
    var ownerByRaw: [String: Int] = [:]
    var ownerByFolded: [[UInt8]: Int] = [:]
    var ownerFigs: [OwnerFigure] = []

    let t = Int(today.daysSinceEpoch)
    let weekStart = Int(today.startOfWeek.daysSinceEpoch)
    let staleBefore = (Int64(t) - Int64(context.staleDays)) * 86_400 - Int64(context.utcOffset)
    let lo = range.map { Int($0.lowerBound.daysSinceEpoch) } ?? Int.min
    let hi = range.map { Int($0.upperBound.daysSinceEpoch) } ?? Int.max
    let collect = collectMembers
    let off = context.utcOffset

    func group(_ key: String, _ field: String, _ index: inout [String: Int], _ figs: inout [GroupFigure])
      -> Int
    {
      // A handful of areas and kinds, strings shared by the decoder: a scan beats hashing.
      if figs.count <= 24 {
        for i in figs.indices where figs[i].key == key { return i }
      } else if let i = index[key] {
        return i
      }
      let sel = key.isEmpty ? "no:" + field : field + ":" + key
      let g = GroupFigure(
        key: key, won: fig(field + "." + key + ".won", q(sel, "stage:won", pterm)),
        open: fig(field + "." + key + ".open", q(sel, "is:open")))
      figs.append(g)
      index[key] = figs.count - 1
      return figs.count - 1
    }

    var ownerRaws: [String] = []
    var ownerRawSlots: [Int] = []
    func knownOwner(_ raw: String) -> Int? {
      if ownerRaws.count <= 24 {
        for k in ownerRaws.indices where ownerRaws[k] == raw { return ownerRawSlots[k] }
        return nil
      }
      return ownerByRaw[raw]
    }
    func owner(_ raw: String, present: Bool) -> Int {
      if let i = knownOwner(raw) { return i }
      defer {
        ownerRaws.append(raw)
        ownerRawSlots.append(ownerByRaw[raw] ?? 0)
      }
      let name = present ? raw.trimmingCharacters(in: .whitespacesAndNewlines) : ""
      let folded = present ? FoldedText(name).bytes : []
      if let i = ownerByFolded[folded] {
        ownerByRaw[raw] = i
        return i
      }
      let sel: String
      if !present {
        sel = "no:owner"
      } else {
        let f = FoldedText(name).string
        // A literal "me" is quoted, or it would read back as the configured user.
        sel = "owner=" + (f == "me" ? "\"me\"" : QueryPredicate.quoteIfNeeded(name, inField: true))
      }
      let id = "owner." + name
      ownerFigs.append(
        OwnerFigure(
          name: name, open: fig(id + ".open", q(sel, "is:open")),
          dueThisWeek: fig(id + ".dueThisWeek", q(sel, "is:open due:thisweek")),
          won: fig(id + ".won", q(sel, "stage:won", pterm))))
      let i = ownerFigs.count - 1
      ownerByRaw[raw] = i
      ownerByFolded[folded] = i
      return i
    }

    store.records.withUnsafeBufferPointer { rs in
      for p in positions where p >= 0 && p < rs.count {
        let stage = rs[p].stage
        let s = stage.order
        // Read once, added to several figures: whole amounts as integers. Fields are read one
        // by one: a method or computed property of the record would copy it whole.
        let money = (stage == .won ? (rs[p].awarded ?? rs[p].amount) : rs[p].amount).map(PreparedAmount.init)
        stageFigs[s].add(p, money, collect: collect)
        if let money, let prob = rs[p].probabilityOverride, prob != stage.defaultProbability {
          overridden[s][prob, default: CurrencySums()].add(money)
        }
        var wonInPeriod = false
        if stage == .won || stage == .lost,
          let d = Opportunity.decidedDate(stage, rs[p].history, updated: rs[p].updated, utcOffset: off)
        {
          let day = Int(d.daysSinceEpoch)
          let inPeriod = day >= lo && day <= hi
          if stage == .won {
            let y = d.year
            let i: Int
            if let k = yearIndex[y] {
              i = k
            } else {
              yearFigs.append(YearFigure(year: y, figure: fig("year.\(y)", "stage:won decided:\(y)")))
              i = yearFigs.count - 1
              yearIndex[y] = i
            }
            yearFigs[i].figure.add(p, money, collect: collect)
            if inPeriod {
              won.add(p, money, collect: collect)
              wonInPeriod = true
            }
          } else if inPeriod {
            lost.add(p, money, collect: collect)
          }
          if inPeriod { decided.add(p, money, collect: collect) }
        }
        let open = stage.isOpen
        if open || wonInPeriod {
          let a = group(rs[p].area?.rawValue ?? "", "area", &areaIndex, &areaFigs)
          let k = group(rs[p].kind.rawValue, "kind", &kindIndex, &kindFigs)
          if open {
            areaFigs[a].open.add(p, money, collect: collect)
            kindFigs[k].open.add(p, money, collect: collect)
          } else {
            areaFigs[a].won.add(p, money, collect: collect)
            kindFigs[k].won.add(p, money, collect: collect)
          }
          let raw = rs[p].owner
          let known = knownOwner(raw)
          let present = known != nil || !FieldDescriptor.blank(raw)
          let o = known ?? owner(raw, present: present)
          if open {
            ownerFigs[o].open.add(p, money, collect: collect)
            if let dd = rs[p].deadline {
              let v = Int(dd.daysSinceEpoch)
              if v >= weekStart && v <= weekStart + 6 {
                ownerFigs[o].dueThisWeek.add(p, money, collect: collect)
              }
            }
          } else {
            ownerFigs[o].won.add(p, money, collect: collect)
          }
        }
        if open {
          if let dd = rs[p].deadline {
            let v = Int(dd.daysSinceEpoch)
            if v >= t && v <= t + 6 { due7.add(p, money, collect: collect) }
            if v >= t && v <= t + 29 { due30.add(p, money, collect: collect) }
            if (stage == .identified || stage == .preparing) && v < t {
              overdue.add(p, money, collect: collect)
            }
          }
          if rs[p].updated.seconds < staleBefore { stale.add(p, money, collect: collect) }
        }
      }
    }
    callCount = positions.count
    // Weighted: (all − overridden) × the default, plus each overridden group × its probability.
    var weighted: [MoneyTotal] = []
    for (i, stage) in Stage.allCases.enumerated() {
      var w = CurrencySums()
      var rest = stageFigs[i].sums
      for (prob, sums) in overridden[i] {
        sums.scaled(Decimal(prob) / 100, into: &w)
        sums.scaled(-1, into: &rest)
        rest.count -= 2 * sums.count
      }
      rest.scaled(Decimal(stage.defaultProbability) / 100, into: &w)
      weighted.append(w.total(converter))
    }
    for i in stageFigs.indices { stageFigs[i].finish(converter) }
    won.finish(converter)
    lost.finish(converter)
    decided.finish(converter)
    due7.finish(converter)
    due30.finish(converter)
    overdue.finish(converter)
    stale.finish(converter)
    for i in yearFigs.indices { yearFigs[i].figure.finish(converter) }
    for i in areaFigs.indices {
      areaFigs[i].won.finish(converter)
      areaFigs[i].open.finish(converter)
    }
    for i in kindFigs.indices {
      kindFigs[i].won.finish(converter)
      kindFigs[i].open.finish(converter)
    }
    for i in ownerFigs.indices {
      ownerFigs[i].open.finish(converter)
      ownerFigs[i].dueThisWeek.finish(converter)
      ownerFigs[i].won.finish(converter)
    }
    stages = Stage.allCases.indices.map {
      StageFigure(stage: Stage.allCases[$0], figure: stageFigs[$0], weighted: weighted[$0])
    }
    years = yearFigs.sorted { $0.year < $1.year }
    func byKey(_ a: GroupFigure, _ b: GroupFigure) -> Bool {
      if a.key.isEmpty != b.key.isEmpty { return !a.key.isEmpty }
      return a.key < b.key
    }
    areas = areaFigs.sorted(by: byKey)
    kinds = kindFigs.sorted(by: byKey)
    owners = ownerFigs.sorted { a, b in
      if a.name.isEmpty != b.name.isEmpty { return !a.name.isEmpty }
      if a.open.count != b.open.count { return a.open.count > b.open.count }
      return a.name < b.name
    }
  }
}
