import Synchronization

/// All opportunities in memory, with what makes finding them fast: an id index, a sorted id
/// list for prefix look-ups, and a folded search key per record so text filters never fold
/// case or accents while the user types.
public struct OpportunityStore: Sendable {
  /// The records, in no particular order (removal swaps the last one in).
  public private(set) var records: [Opportunity] = []
  /// Every record's folded search text, back to back in one buffer: a text filter then scans
  /// contiguous memory instead of 100,000 separate allocations.
  private var searchText: [UInt8] = []
  /// Where each record's search text starts in `searchText`, parallel to `records`.
  private var keyStarts: [Int] = []
  /// How long each record's search text is, parallel to `records`.
  private var keyLengths: [Int32] = []
  /// Bytes of `searchText` no record uses any more (rewritten when it grows large).
  private var garbage = 0
  private var index: [OpportunityID: Int] = [:]
  /// Who last changed which part of which record (see `lastChange`).
  private var stamps: [StampKey: ChangeStamp] = [:]
  private var sortedIDsCache: [OpportunityID]?
  /// Columns of the fields queries scan, built on the first query and kept in step after.
  private var columns = QueryColumnsBox()
  /// The records deleted by changes applied in this process (journal lines read and edits
  /// made), oldest first: what the file still holds until compaction (see `deletedRecords`).
  var deleted: [DeletedRecord] = []
  /// What the team shares besides the calls: rates, views, standups.
  public internal(set) var team = TeamData()
  /// Renewed by every change, and unique across stores: caches key on it.
  public private(set) var revision = OpportunityStore.nextRevision()

  private static let revisions = Atomic<Int>(0)
  static func nextRevision() -> Int { revisions.add(1, ordering: .relaxed).newValue }

  /// The converter of the file's rates (nil when no reporting currency is set): what amounts
  /// are compared, sorted and totalled by.
  public var converter: MoneyConverter? { team.converter() }

  /// Records that the contents changed (ids added or removed when `ids` is true).
  private mutating func changed(ids: Bool) {
    if ids { sortedIDsCache = nil }
    revision = OpportunityStore.nextRevision()
  }

  /// Creates an empty store.
  public init() {}

  /// Creates a store holding `records` (a later duplicate id replaces the earlier one).
  public init(_ records: [Opportunity]) {
    self.records.reserveCapacity(records.count)
    for r in records { upsert(r) }
  }

  /// A store rebuilt from a snapshot cache: the records in order, with their search text
  /// back to back and each one's length. Nil when the parts do not fit together or an id
  /// repeats (a damaged cache).
  init?(cached records: [Opportunity], keyLengths: [Int32], searchText: [UInt8]) {
    guard records.count == keyLengths.count else { return nil }
    var starts: [Int] = []
    starts.reserveCapacity(records.count)
    var at = 0
    for n in keyLengths {
      guard n >= 0 else { return nil }
      starts.append(at)
      at += Int(n)
    }
    guard at == searchText.count else { return nil }
    var index: [OpportunityID: Int] = [:]
    index.reserveCapacity(records.count)
    // Only the ids are read: copying whole records would retain every string of each.
    let unique = records.withUnsafeBufferPointer { rs in
      for k in rs.indices where index.updateValue(k, forKey: rs[k].id) != nil { return false }
      return true
    }
    guard unique else { return nil }
    self.records = records
    self.keyStarts = starts
    self.keyLengths = keyLengths
    self.searchText = searchText
    self.index = index
  }

  /// How many opportunities there are.
  public var count: Int { records.count }

  /// The opportunity with this exact id.
  public subscript(id: OpportunityID) -> Opportunity? {
    index[id].map { records[$0] }
  }

  /// The position of `id` in `records`.
  public func position(of id: OpportunityID) -> Int? { index[id] }

  /// Whether an id is taken.
  public func contains(_ id: OpportunityID) -> Bool { index[id] != nil }

  /// All ids in order.
  public mutating func sortedIDs() -> [OpportunityID] {
    if let c = sortedIDsCache { return c }
    let s = records.map(\.id).sorted()
    sortedIDsCache = s
    return s
  }

  /// Resolves what a user typed as an id: the exact id, or a prefix that only one id has.
  public func resolve(_ text: String) throws(CommandError) -> OpportunityID {
    let t = text.lowercased()
    guard !t.isEmpty else { throw CommandError(Strings.idMissing) }
    if let id = OpportunityID(rawValue: t), index[id] != nil { return id }
    let hits = records.lazy.map(\.id).filter { $0.rawValue.hasPrefix(t) }.prefix(6)
    switch hits.count {
    case 0: throw CommandError(Strings.idNotFound(text))
    case 1: return hits[hits.startIndex]
    default:
      throw CommandError(Strings.idAmbiguous(text, hits.prefix(5).map(\.rawValue).sorted()))
    }
  }

  /// A fresh id no record has.
  public func newID(using generator: inout some RandomNumberGenerator) -> OpportunityID {
    while true {
      let id = OpportunityID.random(using: &generator)
      if index[id] == nil { return id }
    }
  }

  /// Inserts or replaces a record, keeping indexes and search keys in step.
  public mutating func upsert(_ r: Opportunity) { upsert(r, key: FoldedText(searchable: r)) }

  /// Inserts or replaces a record whose search key is already computed (loading folds keys
  /// on several cores).
  mutating func upsert(_ r: Opportunity, key: ArraySlice<UInt8>) {
    upsert(r, key: FoldedText(bytes: Array(key)))
  }

  /// Inserts or replaces a record whose search key is already computed.
  mutating func upsert(_ r: Opportunity, key: FoldedText) {
    if let i = index[r.id] {
      records[i] = r
      setKey(i, key)
      updateColumns { $0.set(i, r) }
      changed(ids: false)
    } else {
      index[r.id] = records.count
      records.append(r)
      appendKey(key)
      updateColumns { $0.append(r) }
      changed(ids: true)
    }
  }

  // MARK: - Columns

  /// Keeps the query columns in step with a change: in place when this store alone holds
  /// them, else in a copy of its own (the other copies of the store keep theirs).
  private mutating func updateColumns(_ body: (inout QueryColumns) -> Void) {
    if !isKnownUniquelyReferenced(&columns) { columns = columns.copy() }
    columns.update(body)
  }

  /// The query columns, with the text and amount columns `needs` asks for.
  func queryColumns(_ needs: QueryColumns.Needs) -> QueryColumns {
    records.withUnsafeBufferPointer { columns.columns($0, needs) }
  }

  // MARK: - Search text

  /// The folded search text of the record at `position`.
  public func searchKey(at position: Int) -> FoldedText {
    let start = keyStarts[position]
    return FoldedText(bytes: Array(searchText[start..<start + Int(keyLengths[position])]))
  }

  /// Calls `body` with the search text buffer and each record's range in it.
  public func withSearchText<T>(
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int32>) -> T
  ) -> T {
    searchText.withUnsafeBufferPointer { text in
      keyStarts.withUnsafeBufferPointer { starts in
        keyLengths.withUnsafeBufferPointer { lengths in body(text, starts, lengths) }
      }
    }
  }

  private mutating func appendKey(_ key: FoldedText) { appendKey(key.bytes[...]) }

  private mutating func appendKey(_ key: ArraySlice<UInt8>) {
    keyStarts.append(searchText.count)
    keyLengths.append(Int32(clamping: key.count))
    searchText.append(contentsOf: key)
  }

  private mutating func setKey(_ i: Int, _ key: FoldedText) {
    let old = Int(keyLengths[i])
    if key.bytes.count <= old {
      let start = keyStarts[i]
      searchText.replaceSubrange(start..<start + key.bytes.count, with: key.bytes)
      garbage += old - key.bytes.count
    } else {
      keyStarts[i] = searchText.count
      searchText.append(contentsOf: key.bytes)
      garbage += old
    }
    keyLengths[i] = Int32(clamping: key.bytes.count)
    compactSearchTextIfWasteful()
  }

  private mutating func compactSearchTextIfWasteful() {
    guard garbage > 1 << 20, garbage > searchText.count / 2 else { return }
    var text: [UInt8] = []
    text.reserveCapacity(searchText.count - garbage)
    for i in keyStarts.indices {
      let start = keyStarts[i]
      keyStarts[i] = text.count
      text.append(contentsOf: searchText[start..<start + Int(keyLengths[i])])
    }
    searchText = text
    garbage = 0
  }

  /// Adds a record whose id must be new (one hash look-up); false, changing nothing, when the
  /// id is taken.
  mutating func appendNew(_ r: consuming Opportunity, key: consuming FoldedText) -> Bool {
    appendNew(r, key: key.bytes[...])
  }

  /// Adds a record whose id must be new, its search key given as folded bytes.
  mutating func appendNew(_ r: consuming Opportunity, key: ArraySlice<UInt8>) -> Bool {
    if let old = index.updateValue(records.count, forKey: r.id) {
      index[r.id] = old
      return false
    }
    updateColumns { $0.append(r) }
    records.append(r)
    appendKey(key)
    changed(ids: true)
    return true
  }

  /// Makes room for `n` records (and `textBytes` of search text) without regrowing.
  mutating func reserveCapacity(_ n: Int, textBytes: Int = 0) {
    searchText.reserveCapacity(searchText.count + textBytes)
    records.reserveCapacity(n)
    keyStarts.reserveCapacity(n)
    keyLengths.reserveCapacity(n)
    index.reserveCapacity(n)
  }

  /// Removes a record; returns it.
  @discardableResult
  public mutating func remove(_ id: OpportunityID) -> Opportunity? {
    guard let i = index[id] else { return nil }
    let removed = records[i]
    let last = records.count - 1
    garbage += Int(keyLengths[i])
    if i != last {
      records.swapAt(i, last)
      keyStarts.swapAt(i, last)
      keyLengths.swapAt(i, last)
      index[records[i].id] = i
    }
    records.removeLast()
    keyStarts.removeLast()
    keyLengths.removeLast()
    updateColumns { $0.remove(i) }
    index[id] = nil
    changed(ids: true)
    return removed
  }

  // MARK: - Applying commands

  /// Applies a change and returns the command that undoes it.
  @discardableResult
  public mutating func apply(_ change: Change) throws(CommandError) -> Command {
    let inverse = try applyCommand(change)
    stamp(change)
    return inverse
  }

  private mutating func applyCommand(_ change: Change) throws(CommandError) -> Command {
    let at = change.at
    switch change.command {
    case .create(let o):
      guard index[o.id] == nil else { throw CommandError(Strings.idTaken(o.id.rawValue)) }
      upsert(o)
      forgetDeleted(o)
      return .delete(o.id)
    case .delete(let id, _):
      guard let o = remove(id) else { throw CommandError(Strings.idNotFound(id.rawValue)) }
      deleted.append(DeletedRecord(record: o, at: at, by: change.by))
      return .create(o)
    case .archive(let id, let on):
      var o = try record(id)
      let before = o.archived
      guard before != on else { return .archive(id, before) }
      o.archived = on
      o.updated = max(o.updated, at)
      upsert(o)
      return .archive(id, before)
    case .set(let id, let changes):
      var o = try record(id)
      var inverse: [FieldChange] = []
      var changedAny = false
      for c in changes {
        let current = c.field.value(in: o)
        var entry: HistoryEntry?
        if let expected = c.expected, expected != current, current != c.value {
          let e = HistoryEntry(
            field: c.field.rawValue, from: FieldText.display(current), to: FieldText.display(c.value),
            at: at,
            by: change.by, note: Strings.overwroteConcurrent)
          o.history.append(e)
          entry = e
        }
        // The undo of a logged change takes its entry back (gone already: nothing to take).
        if let r = c.retracts, let k = o.history.lastIndex(of: r) { o.history.remove(at: k) }
        do { try c.field.set(c.value, in: &o) } catch { throw CommandError(error.message) }
        // The undo expects the value as stored (`""` for an area is stored as none).
        let written = c.field.value(in: o)
        if written != current { changedAny = true }
        if c.logged, entry == nil, written != current {
          let e = HistoryEntry(
            field: c.field.rawValue, from: FieldText.display(current), to: FieldText.display(written), at: at,
            by: change.by)
          o.history.append(e)
          entry = e
        }
        inverse.append(
          FieldChange(
            c.field, current, expected: written, logged: c.retracts != nil, retracts: c.logged ? entry : nil))
      }
      // A set that changes nothing leaves `updated` alone (docs/file-format.md).
      if changedAny { o.updated = max(o.updated, at) }
      upsert(o)
      return .set(id, inverse.reversed())
    case .move(let id, let entry, let awarded):
      var o = try record(id)
      guard let to = Stage(rawValue: entry.to) else { throw CommandError(Strings.unknownStage(entry.to)) }
      var e = entry
      e.from = o.stage.rawValue
      let before = o.awarded
      // Leaving won clears the amount awarded; the history keeps it, just before the move.
      if let cleared = Pipeline.awardedCleared(o, to: to, at: e.at, by: e.by) {
        o.history.append(cleared)
        o.awarded = nil
      }
      o.stage = to
      o.history.append(e)
      if let a = awarded { o.awarded = a }
      o.updated = max(o.updated, at)
      upsert(o)
      return .unmove(id, entry: e, awarded: before)
    case .unmove(let id, let entry, let awarded):
      var o = try record(id)
      guard let k = o.history.lastIndex(of: entry) else { throw CommandError(Strings.moveNotFound) }
      let before = o.awarded
      o.history.remove(at: k)
      var after = k
      if k > 0, Pipeline.isAwardedCleared(o.history[k - 1], by: entry) {
        o.history.remove(at: k - 1)
        after = k - 1
      }
      // The stage goes back only when no later move followed (other entries may have).
      let laterMove = o.history[after...].contains { $0.field == nil }
      if !laterMove, let from = Stage(rawValue: entry.from) { o.stage = from }
      o.awarded = awarded
      o.updated = max(o.updated, at)
      upsert(o)
      return .move(id, entry: entry, awarded: before)
    case .note(let id, let n):
      var o = try record(id)
      o.notes.append(n)
      o.updated = max(o.updated, at)
      upsert(o)
      return .unnote(id, n)
    case .unnote(let id, let n):
      var o = try record(id)
      guard let k = o.notes.lastIndex(of: n) else { throw CommandError(Strings.noteNotFound) }
      o.notes.remove(at: k)
      o.updated = max(o.updated, at)
      upsert(o)
      return .note(id, n)
    case .editNote(let id, let edit):
      var o = try record(id)
      let inverse = try edit.apply(to: &o, at: at, by: change.by)
      upsert(o)
      return .editNote(id, inverse)
    case .merge(let id, let other):
      return try applyMerge(id, other: other.id, at: at)
    case .unmerge(let id, let other, let notes, let history):
      return try applyUnmerge(id, other: other, notes: notes, history: history, at: at)
    case .replace(let o, _):
      let before = try record(o.id)
      upsert(o)
      return .replace(before, was: o)
    case .resolve(let id, let choices):
      let before = try record(id)
      var o = before
      try Conflicts.apply(choices, to: &o, at: at, by: change.by)
      upsert(o)
      return .replace(before, was: o)
    case .team(let t):
      let inverse = try team.apply(t)
      // Rates change how amounts sort and compare: caches keyed by revision must refresh.
      changed(ids: false)
      return .team(inverse)
    }
  }

  // MARK: - Who changed what

  /// Remembers who last changed each part of the record a change touched (only changes
  /// applied in this process: journal lines read and edits made, not snapshot records).
  private mutating func stamp(_ change: Change) {
    let s = ChangeStamp(by: change.by, at: change.at)
    guard let id = change.command.id else { return }
    stamps[StampKey(id: id, part: .record)] = s
    switch change.command {
    case .create, .delete: break
    case .archive: stamps[StampKey(id: id, part: .archived)] = s
    case .set(_, let changes):
      for c in changes { stamps[StampKey(id: id, part: .field(c.field))] = s }
    case .move, .unmove:
      stamps[StampKey(id: id, part: .stage)] = s
      stamps[StampKey(id: id, part: .field(.awarded))] = s
    case .note, .unnote, .editNote:
      stamps[StampKey(id: id, part: .notes)] = s
    case .merge(_, let other), .unmerge(_, let other, _, _):
      stamps[StampKey(id: id, part: .notes)] = s
      stamps[StampKey(id: other.id, part: .record)] = s
    case .resolve(_, let choices):
      for c in choices {
        if let f = Field(rawValue: c.field) {
          stamps[StampKey(id: id, part: .field(f))] = s
        } else {
          stamps[StampKey(id: id, part: .stage)] = s
        }
      }
    case .replace:
      for part in [RecordPart.stage, .notes, .archived] { stamps[StampKey(id: id, part: part)] = s }
      for f in Field.allCases { stamps[StampKey(id: id, part: .field(f))] = s }
    case .team: break
    }
  }

  /// Who last changed `part` of record `id`, and when, as far as this process saw it (nil
  /// when the change came from a snapshot, e.g. after a compaction).
  public func lastChange(_ id: OpportunityID, _ part: RecordPart = .record) -> ChangeStamp? {
    stamps[StampKey(id: id, part: part)]
  }

  private func record(_ id: OpportunityID) throws(CommandError) -> Opportunity {
    guard let o = self[id] else { throw CommandError(Strings.idNotFound(id.rawValue)) }
    return o
  }
}

/// A part of a record whose last change is remembered.
public enum RecordPart: Hashable, Sendable {
  /// Any part: the record as a whole.
  case record
  /// One field.
  case field(Field)
  /// The stage (moves).
  case stage
  /// The notes.
  case notes
  /// The archived flag.
  case archived
}

/// Who made a change, and when.
public struct ChangeStamp: Hashable, Sendable {
  /// Who.
  public var by: String
  /// When.
  public var at: Timestamp

  /// Creates a stamp.
  public init(by: String, at: Timestamp) {
    self.by = by
    self.at = at
  }
}

struct StampKey: Hashable, Sendable {
  var id: OpportunityID
  var part: RecordPart
}

/// Short human text for field values, used in history entries and messages.
public enum FieldText {
  /// `125000 EUR`, `2027-03-01`, `a, b`, or the string itself; empty for null.
  public static func display(_ v: JSONValue) -> String {
    switch v {
    case .null: return ""
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return n
    case .string(let s): return s
    case .array(let items): return items.map(display).joined(separator: ", ")
    case .object:
      if let c = v["currency"]?.stringValue, let val = v["value"] { return display(val) + " " + c }
      if let s = v["system"]?.stringValue, let i = v["id"]?.stringValue { return s + ":" + i }
      return JSONWriter.line(v)
    }
  }
}
