import Foundation
import PropertyBased
import Synchronization
import Testing

@testable import ConvocaCore

/// Undo restores the store exactly, through the store and through the database; the store's
/// index, search keys and id resolution agree with its records after any edits.
@Suite struct PropertyTestsStore {
  static func sorted(_ rs: [Opportunity]) -> [Opportunity] { rs.sorted { $0.id < $1.id } }

  /// A valid command against `store`, as the tracker makes them.
  static func command(_ g: inout SeededGenerator, _ store: OpportunityStore, at: Timestamp, by: String)
    -> Command
  {
    let existing = store.records.map(\.id)
    if existing.isEmpty || g.chance(0.12) {
      var fresh = Gens.id(&g)
      while store.contains(fresh) { fresh = Gens.id(&g) }
      return .create(Gens.opportunity(&g, id: fresh, hugeRate: 0))
    }
    if g.chance(0.1) { return .team(Gens.teamChange(&g, valid: store.team)) }
    let id = g.pick(existing)
    let o = store[id]!
    switch g.int(0...9) {
    case 0: return .delete(id)
    case 1, 2, 3, 4:
      let fields = Array(Field.allCases.shuffled(using: &g).prefix(g.int(1...4)))
      return .set(
        id,
        fields.map { f in
          FieldChange(f, Gens.fieldValue(&g, f), expected: g.chance(0.5) ? f.value(in: o) : nil)
        })
    case 5, 6, 7:
      let to = g.pick(Stage.allCases)
      return .move(
        id,
        entry: HistoryEntry(
          from: "", to: to.rawValue, at: at, by: by,
          note: g.chance(0.4) ? Hostile.string(&g, hugeRate: 0) : nil),
        awarded: to == .won && g.chance(0.6) ? Gens.money(&g) : nil)
    default: return .note(id, Note(at: at, by: by, text: Hostile.string(&g, hugeRate: 0)))
    }
  }

  struct Plan: CustomStringConvertible {
    var records: [Opportunity]
    var steps: [(seed: UInt64, at: Timestamp)]
    /// Changes dated before every record's `updated`, so `updated` (which a change never moves
    /// backwards, undo included: docs/file-format.md) comes back exactly too.
    var pastClock: Bool
    var description: String {
      "Plan(\(records.count) records, \(steps.count) steps, pastClock: \(pastClock), records: \(records))"
    }
  }

  static let yearOne = Timestamp(seconds: Int64(Gens.firstDay) * 86_400)

  static func plan(_ g: inout SeededGenerator, steps: ClosedRange<Int>) -> Plan {
    let records = Gens.records(&g, g.int(0...12), hugeRate: 0.001)
    let past = g.chance(0.5)
    let n = g.int(steps)
    return Plan(
      records: records, steps: (0..<n).map { _ in (g.next(), past ? yearOne : Gens.timestamp(&g)) },
      pastClock: past)
  }

  /// `a` equals `b`, or — when `exact` is false — equals it but for `updated`, which did not go back.
  static func same(_ a: [Opportunity], _ b: [Opportunity], exact: Bool, _ what: String) throws {
    if exact { return try ensureEqual(a, b, what) }
    try ensureEqual(a.map(\.id), b.map(\.id), what + " ids")
    for (x, y) in zip(a, b) {
      var x2 = x
      x2.updated = y.updated
      try ensureEqual(x2, y, what + " \(x.id) (updated aside)")
      try ensure(x.updated >= y.updated, what + " \(x.id): updated went backwards")
    }
  }

  @Test func undoRestoresStore() async {
    let gen = Property.gen { g in Self.plan(&g, steps: 1...40) }
    await Property.check("undo restores store", count: Property.cases(200), gen) { plan in
      var store = OpportunityStore(plan.records)
      let start = Self.sorted(store.records)
      let startTeam = store.team
      var inverses: [Change] = []
      for step in plan.steps {
        var g = SeededGenerator(seed: step.seed)
        let c = Self.command(&g, store, at: step.at, by: "prop")
        do {
          inverses.append(
            Change(try store.apply(Change(c, at: step.at, by: "prop")), at: step.at, by: "prop"))
        } catch {
          throw PropertyFailure(message: "valid command refused: \(c): \(error)")
        }
      }
      let after = Self.sorted(store.records)
      let afterTeam = store.team
      var redos: [Change] = []
      for inv in inverses.reversed() {
        do { redos.append(Change(try store.apply(inv), at: inv.at, by: inv.by)) } catch {
          throw PropertyFailure(message: "undo refused: \(inv.command): \(error)")
        }
      }
      try Self.same(Self.sorted(store.records), start, exact: plan.pastClock, "after undo")
      try ensureEqual(store.team, startTeam, "team data after undo")
      for r in redos.reversed() {
        do { try store.apply(r) } catch {
          throw PropertyFailure(message: "redo refused: \(r.command): \(error)")
        }
      }
      try Self.same(Self.sorted(store.records), after, exact: plan.pastClock, "after redo")
      try ensureEqual(store.team, afterTeam, "team data after redo")
    }
  }

  @Test func undoRestoresDatabaseFile() async {
    let gen = Property.gen { g in Self.plan(&g, steps: 1...20) }
    await Property.check("undo restores database file", count: Property.cases(25, scale: 0.1), gen) { plan in
      let dir = TempDir()
      let path = dir.file()
      var bytes = Array(FileHeader.line.utf8)
      bytes.append(0x0A)
      for o in plan.records {
        RecordEncoder.append(o, to: &bytes)
        bytes.append(0x0A)
      }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      var reloadedTeam = TeamData()
      func reload() throws -> [Opportunity] {
        let db = try Database(path: path, user: "prop", lockTimeout: 1)
        try ensure(
          db.formatProblem == nil && !db.isReadOnly,
          "reload: \(String(describing: db.formatProblem)) \(db.readOnlyReason ?? "")")
        reloadedTeam = db.store.team
        return Self.sorted(db.store.records)
      }
      // Redo stamps moves and notes again with the clock, so it gets the same times as the edits.
      let times = plan.steps.map(\.at)
      let clockTimes = Synchronization.Mutex(times + times.map { _ in Self.yearOne } + times)
      let db = try Database(
        path: path, user: "prop", lockTimeout: 1,
        clock: { clockTimes.withLock { $0.isEmpty ? Self.yearOne : $0.removeFirst() } })
      // Every instant the writer can write must read back, not only the sane ones a real
      // clock is allowed (`OutsideWriterTests` covers the refusal).
      db.clockWindow = Timestamp.writable
      let start = Self.sorted(db.store.records)
      try ensureEqual(start, Self.sorted(plan.records), "first load")
      for step in plan.steps {
        var g = SeededGenerator(seed: step.seed)
        let c = Self.command(&g, db.store, at: step.at, by: "prop")
        _ = try db.perform(c)
      }
      let after = Self.sorted(db.store.records)
      try ensureEqual(try reload(), after, "reloaded after the edits")
      try ensureEqual(reloadedTeam, db.store.team, "team data reloaded after the edits")
      for _ in plan.steps { _ = try db.undo() }
      try ensure(!db.canUndo, "undo stack not empty")
      try Self.same(Self.sorted(db.store.records), start, exact: plan.pastClock, "in memory after undo")
      try Self.same(try reload(), start, exact: plan.pastClock, "file after undo")
      try ensureEqual(reloadedTeam, TeamData(), "team data in the file after undo")
      for _ in plan.steps { _ = try db.redo() }
      try Self.same(Self.sorted(db.store.records), after, exact: plan.pastClock, "in memory after redo")
      try Self.same(try reload(), after, exact: plan.pastClock, "file after redo")
    }
  }

  // MARK: - Store invariants

  enum Op: CustomStringConvertible {
    case upsert(Opportunity)
    case remove(OpportunityID)
    var description: String {
      switch self {
      case .upsert(let o): return "upsert(\(o.id), title \(o.title.utf8.count) bytes)"
      case .remove(let id): return "remove(\(id))"
      }
    }
  }

  /// Ids from a small alphabet, so prefixes are shared and often ambiguous.
  static func smallID(_ g: inout SeededGenerator) -> OpportunityID {
    OpportunityID(rawValue: String((0..<g.int(1...4)).map { _ in g.pick(Array("ab0_-")) }))!
  }

  static func ops(_ g: inout SeededGenerator) -> [Op] {
    let huge = g.chance(0.1) ? 0.05 : 0.001
    return (0..<g.int(1...60)).map { _ in
      g.chance(0.7) ? .upsert(Gens.opportunity(&g, id: smallID(&g), hugeRate: huge)) : .remove(smallID(&g))
    }
  }

  static func checkInvariants(
    _ store: OpportunityStore, _ model: [OpportunityID: Opportunity], _ g: inout SeededGenerator
  )
    throws
  {
    try ensureEqual(store.count, model.count, "count")
    try ensureEqual(Set(store.records.map(\.id)), Set(model.keys), "ids")
    for (i, r) in store.records.enumerated() {
      try ensureEqual(store[r.id], r, "store[\(r.id)]")
      try ensureEqual(model[r.id], r, "model[\(r.id)]")
      try ensureEqual(store.position(of: r.id), i, "position of \(r.id)")
      try ensureEqual(store.searchKey(at: i), FoldedText(searchable: r), "search key at \(i)")
    }
    var prefixes = store.records.flatMap { r in
      (1...r.id.rawValue.count).map { String(r.id.rawValue.prefix($0)) }
    }
    prefixes += (0..<4).map { _ in smallID(&g).rawValue }
    prefixes += prefixes.prefix(3).map { $0.uppercased() }
    for p in prefixes {
      let hits = model.keys.filter { $0.rawValue.hasPrefix(p.lowercased()) }
      let exact = OpportunityID(rawValue: p).flatMap { model[$0] != nil ? $0 : nil }
      let got = Result { () throws(CommandError) in try store.resolve(p) }
      switch got {
      case .success(let id):
        try ensure(id == exact || (exact == nil && hits == [id]), "resolve(\(p)) = \(id), hits \(hits)")
      case .failure(let e):
        try ensure(exact == nil && hits.count != 1, "resolve(\(p)) failed (\(e)) with hits \(hits)")
        if hits.count > 1 {
          try ensure(e.message.contains(p), "ambiguity message for \(p): \(e.message)")
        }
      }
    }
  }

  @Test func storeInvariants() async {
    let gen = Property.gen { g in (Self.ops(&g), g.next()) }
    await Property.check("store invariants", count: Property.cases(150, scale: 0.5), gen) { ops, seed in
      var g = SeededGenerator(seed: seed)
      var store = OpportunityStore()
      var model: [OpportunityID: Opportunity] = [:]
      for (k, op) in ops.enumerated() {
        switch op {
        case .upsert(let o):
          store.upsert(o)
          model[o.id] = o
        case .remove(let id):
          let removed = store.remove(id)
          try ensureEqual(removed, model.removeValue(forKey: id), "remove(\(id)) returned")
        }
        if k % 7 == 0 || k == ops.count - 1 { try Self.checkInvariants(store, model, &g) }
      }
    }
  }
}
