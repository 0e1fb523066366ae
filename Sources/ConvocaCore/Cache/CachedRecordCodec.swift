/// One record in the snapshot cache's binary form (see `CacheWriter`). Every field is kept,
/// so a record read back equals the one written (`SnapshotCacheTests` compare them).
enum CachedRecordCodec {
  private struct Flags: OptionSet {
    let rawValue: UInt32
    static let area = Flags(rawValue: 1 << 0)
    static let deadline = Flags(rawValue: 1 << 1)
    static let decision = Flags(rawValue: 1 << 2)
    static let amount = Flags(rawValue: 1 << 3)
    static let awarded = Flags(rawValue: 1 << 4)
    static let probability = Flags(rawValue: 1 << 5)
    static let source = Flags(rawValue: 1 << 6)
    static let archived = Flags(rawValue: 1 << 7)
    static let conflict = Flags(rawValue: 1 << 8)
  }

  private static let stages = Stage.allCases

  static func encode(_ o: Opportunity, to w: inout CacheWriter) {
    var f: Flags = []
    if o.area != nil { f.insert(.area) }
    if o.deadline != nil { f.insert(.deadline) }
    if o.decision != nil { f.insert(.decision) }
    if o.amount != nil { f.insert(.amount) }
    if o.awarded != nil { f.insert(.awarded) }
    if o.probabilityOverride != nil { f.insert(.probability) }
    if o.source != nil { f.insert(.source) }
    if o.archived { f.insert(.archived) }
    if o.conflict { f.insert(.conflict) }
    w.varint(UInt64(f.rawValue))
    w.text(o.id.rawValue)
    w.text(o.title)
    w.shared(o.kind.rawValue)
    w.u8(UInt8(stages.firstIndex(of: o.stage) ?? 0))
    w.shared(o.funder)
    w.shared(o.program)
    w.shared(o.country)
    if let a = o.area { w.shared(a.rawValue) }
    if let d = o.deadline { w.signed(Int64(d.daysSinceEpoch)) }
    if let d = o.decision { w.signed(Int64(d.daysSinceEpoch)) }
    if let m = o.amount {
      w.decimal(m.amount)
      w.shared(m.currency)
    }
    if let m = o.awarded {
      w.decimal(m.amount)
      w.shared(m.currency)
    }
    if let p = o.probabilityOverride { w.signed(Int64(p)) }
    w.shared(o.owner)
    w.text(o.beneficiary)
    w.count(o.tags.count)
    for t in o.tags { w.shared(t) }
    w.text(o.url)
    w.text(o.contact)
    w.text(o.description)
    w.count(o.notes.count)
    for n in o.notes {
      w.signed(n.at.seconds)
      w.shared(n.by)
      w.text(n.text)
    }
    w.count(o.history.count)
    for h in o.history {
      w.u8((h.field != nil ? 1 : 0) | (h.note != nil ? 2 : 0))
      if let field = h.field { w.shared(field) }
      w.shared(h.from)
      w.shared(h.to)
      w.signed(h.at.seconds)
      w.shared(h.by)
      if let note = h.note { w.text(note) }
    }
    w.signed(o.created.seconds)
    w.signed(o.updated.seconds)
    if let s = o.source {
      w.shared(s.system)
      w.text(s.id)
    }
  }

  static func decode(_ r: inout CacheReader, _ table: [String]) throws(CacheDamage) -> Opportunity {
    let f = Flags(rawValue: UInt32(truncatingIfNeeded: try r.varint()))
    let id = OpportunityID(unchecked: try r.text())
    let title = try r.text()
    let kind = Kind(rawValue: try r.shared(table))
    let s = Int(try r.u8())
    guard s < stages.count else { throw CacheDamage() }
    var o = Opportunity(id: id, title: title, kind: kind, stage: stages[s], created: Timestamp(seconds: 0))
    o.funder = try r.shared(table)
    o.program = try r.shared(table)
    o.country = try r.shared(table)
    if f.contains(.area) { o.area = Area(rawValue: try r.shared(table)) }
    if f.contains(.deadline) { o.deadline = try date(&r) }
    if f.contains(.decision) { o.decision = try date(&r) }
    if f.contains(.amount) { o.amount = Money(try r.decimal(), try r.shared(table)) }
    if f.contains(.awarded) { o.awarded = Money(try r.decimal(), try r.shared(table)) }
    if f.contains(.probability) {
      let p = try r.signed()
      guard let v = Int(exactly: p) else { throw CacheDamage() }
      o.probabilityOverride = v
    }
    o.owner = try r.shared(table)
    o.beneficiary = try r.text()
    let tags = try r.count()
    if tags > 0 {
      o.tags.reserveCapacity(tags)
      for _ in 0..<tags { o.tags.append(try r.shared(table)) }
    }
    o.url = try r.text()
    o.contact = try r.text()
    o.description = try r.text()
    let notes = try r.count()
    if notes > 0 {
      o.notes.reserveCapacity(notes)
      for _ in 0..<notes {
        let at = Timestamp(seconds: try r.signed())
        o.notes.append(Note(at: at, by: try r.shared(table), text: try r.text()))
      }
    }
    let history = try r.count()
    if history > 0 {
      o.history.reserveCapacity(history)
      for _ in 0..<history {
        let has = try r.u8()
        let field = has & 1 != 0 ? try r.shared(table) : nil
        let from = try r.shared(table)
        let to = try r.shared(table)
        let at = Timestamp(seconds: try r.signed())
        let by = try r.shared(table)
        let note = has & 2 != 0 ? try r.text() : nil
        o.history.append(HistoryEntry(field: field, from: from, to: to, at: at, by: by, note: note))
      }
    }
    o.created = Timestamp(seconds: try r.signed())
    o.updated = Timestamp(seconds: try r.signed())
    if f.contains(.source) { o.source = Source(system: try r.shared(table), id: try r.text()) }
    o.archived = f.contains(.archived)
    o.conflict = f.contains(.conflict)
    return o
  }

  private static func date(_ r: inout CacheReader) throws(CacheDamage) -> CalendarDate {
    guard let d = Int32(exactly: try r.signed()) else { throw CacheDamage() }
    return CalendarDate(daysSinceEpoch: d)
  }
}
