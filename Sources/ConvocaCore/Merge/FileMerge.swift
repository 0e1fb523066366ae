/// Why `FileMerge` would not merge three data files: git then keeps its own conflict for a
/// person to resolve.
public struct FileMergeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Which input: `base`, `ours` or `theirs`; nil for a conflict between two of them.
  public var input: String?
  /// Why.
  public var reason: String

  /// Creates an error.
  public init(input: String?, reason: String) {
    self.input = input
    self.reason = reason
  }

  public var description: String {
    input.map { Strings.mergeInput($0, reason) } ?? reason
  }
}

/// Merges three whole data files (a common `base` and two copies that each changed it) into
/// one, record by record — what `convoca merge-driver` does for git (docs/file-format.md,
/// "Merging two copies"):
///
/// - a record only one side has (added) is kept; one both have goes through `RecordMerge`;
/// - a record one side deleted is gone when the other left it as in the base, and kept and
///   flagged `is:conflict` when the other edited it; deleted on both sides, it is gone;
/// - team data: see `mergeTeam`.
///
/// The result is the canonical compacted file (header, records sorted by id, team lines),
/// and the same whichever copy is "ours".
public enum FileMerge {
  /// The merged file's bytes.
  /// - Throws: `FileMergeError` when an input is not a Convoca file, is from a newer
  ///   version, is damaged, or both sides set a different reporting currency.
  public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(FileMergeError) -> [UInt8] {
    if let merged = try mergeCanonical(base: base, ours: ours, theirs: theirs) { return merged }
    return try mergeWhole(base: base, ours: ours, theirs: theirs)
  }

  /// The merge by reading the three files whole into stores: any file `read` takes.
  static func mergeWhole(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(FileMergeError) -> [UInt8] {
    let o = try read(base, "base")
    let a = try read(ours, "ours")
    let b = try read(theirs, "theirs")
    return canonicalBytes(try merge(base: o, ours: a, theirs: b))
  }

  /// The merged store.
  public static func merge(base: OpportunityStore, ours: OpportunityStore, theirs: OpportunityStore)
    throws(FileMergeError) -> OpportunityStore
  {
    var ids = Set<OpportunityID>()
    for s in [base, ours, theirs] { for r in s.records { ids.insert(r.id) } }
    var out: [Opportunity] = []
    out.reserveCapacity(ids.count)
    for id in ids {
      if let r = mergeRecord(base: base[id], ours: ours[id], theirs: theirs[id]) { out.append(r) }
    }
    var store = OpportunityStore(out)
    store.team = try mergeTeam(base: base.team, ours: ours.team, theirs: theirs.team)
    return store
  }

  /// One record's merge; nil when it is gone.
  static func mergeRecord(base: Opportunity?, ours: Opportunity?, theirs: Opportunity?) -> Opportunity? {
    switch (ours, theirs) {
    case (nil, nil): return nil
    case (let a?, let b?): return RecordMerge.merge(base: base, ours: a, theirs: b)
    case (let kept?, nil), (nil, let kept?):
      guard let base else { return kept }  // added on one side
      if kept == base { return nil }  // deleted on one side, unchanged on the other
      // Through the same rules as an edit against the base (tags, notes and history in their
      // merged order), so the result is the same whichever copy meets the deletion first.
      var r = RecordMerge.merge(base: base, ours: base, theirs: kept)
      r.conflict = true
      r.history.append(
        HistoryEntry(
          field: "record", from: deletedNote, to: keptNote, at: base.updated, by: "",
          note: RecordMerge.conflictNote))
      r.history = RecordMerge.union(r.history, [], before: RecordMerge.historyOrder)
      return r
    }
  }

  /// What the history entry of a record deleted on one side and edited on the other says:
  /// field `record`, from `deleted`, to `edited`, note `conflict` (stored data, not
  /// interface text). Its time is the base's `updated` (when the deletion happened is not in
  /// the file), so the entry is the same in whatever order copies are merged.
  public static let deletedNote = "deleted"
  /// See `deletedNote`.
  public static let keptNote = "edited"

  /// Team data:
  /// - the reporting currency: one side changed it → that side; both to different values →
  ///   refused (every total depends on it: a person decides);
  /// - rates, by currency: one side changed it (or removed it) → that side; both → the later
  ///   `date` wins (a removal loses to a change; equal dates: the greater rate);
  /// - views, by name: one side changed it (or removed it) → that side; both to different
  ///   views → both kept, the one that sorts first as written under the name and the other
  ///   under "NAME (2)" (the next free number);
  /// - standups: a union by `at`.
  public static func mergeTeam(base: TeamData, ours: TeamData, theirs: TeamData) throws(FileMergeError)
    -> TeamData
  {
    var out = TeamData()
    switch threeWay(base.reportingCurrency, ours.reportingCurrency, theirs.reportingCurrency) {
    case .one(let c): out.reportingCurrency = c
    case .both(let a, let b):
      throw FileMergeError(input: nil, reason: Strings.mergeReportingConflict(a ?? "-", b ?? "-"))
    }
    for code in Set(base.rates.keys).union(ours.rates.keys).union(theirs.rates.keys) {
      switch threeWay(base.rates[code], ours.rates[code], theirs.rates[code]) {
      case .one(let r): out.rates[code] = r
      case .both(let a, let b): out.rates[code] = laterRate(a, b)
      }
    }
    var twice: [(SavedView, SavedView)] = []
    for key in Set(base.views.keys).union(ours.views.keys).union(theirs.views.keys) {
      switch threeWay(base.views[key], ours.views[key], theirs.views[key]) {
      case .one(let v): out.views[key] = v
      case .both(let a?, let b?): twice.append(viewLine(a) < viewLine(b) ? (a, b) : (b, a))
      case .both(let a, let b): out.views[key] = a ?? b
      }
    }
    twice.sort { $0.0.key.lexicographicallyPrecedes($1.0.key) }
    for (first, second) in twice {
      out.views[first.key] = first
      var n = 2
      var renamed = second
      repeat {
        renamed.name = second.name + " (\(n))"
        n += 1
      } while out.views[renamed.key] != nil || ours.views[renamed.key] != nil
        || theirs.views[renamed.key] != nil
      out.views[renamed.key] = renamed
    }
    var standups = Set<StandupRecord>()
    for s in ours.standups + theirs.standups { standups.insert(s) }
    out.standups = standups.sorted { ($0.at, $0.since, $0.by) < ($1.at, $1.since, $1.by) }
    return out.compacted
  }

  /// A three-way choice: one value, or both sides' differing changes.
  enum Choice<T> {
    case one(T)
    case both(T, T)
  }

  static func threeWay<T: Equatable>(_ base: T, _ ours: T, _ theirs: T) -> Choice<T> {
    if ours == theirs || theirs == base { return .one(ours) }
    if ours == base { return .one(theirs) }
    return .both(ours, theirs)
  }

  static func laterRate(_ a: ExchangeRate?, _ b: ExchangeRate?) -> ExchangeRate? {
    guard let a, let b else { return a ?? b }
    if a.date != b.date { return a.date > b.date ? a : b }
    return a.rate > b.rate ? a : b
  }

  static func viewLine(_ v: SavedView) -> String { JSONWriter.line(TeamCodec.viewBody(v)) }

  /// Reads one input whole; refuses anything but a sound Convoca file.
  static func read(_ bytes: [UInt8], _ input: String) throws(FileMergeError) -> OpportunityStore {
    // An empty file (a side that has none yet, as git passes it) is an empty store.
    if bytes.isEmpty { return OpportunityStore() }
    let parsed = DataFileParser.parse(bytes)
    if let p = parsed.problem { throw FileMergeError(input: input, reason: p.description) }
    if parsed.version == nil {
      throw FileMergeError(input: input, reason: DataFileProblem.notConvoca.description)
    }
    if !parsed.tornTail.isEmpty { throw FileMergeError(input: input, reason: Strings.mergeTornTail) }
    return parsed.store
  }

  /// The canonical compacted file of `store`: the header, every record sorted by id, the
  /// team lines. The header's generation is derived from the rest, so equal stores give
  /// equal bytes (and a different file always a different generation).
  public static func canonicalBytes(_ store: OpportunityStore) -> [UInt8] {
    var s = store
    var bytes = startCanonicalFile(capacity: store.count * 400 + 4096)
    for id in s.sortedIDs() {
      guard let r = s[id] else { continue }
      RecordEncoder.append(r, to: &bytes)
      bytes.append(0x0A)
    }
    finishCanonicalFile(&bytes, team: store.team)
    return bytes
  }

  /// A canonical file's start: room for its header line (a header's length does not depend on
  /// its generation), then the caller appends the record lines sorted by id, each ending with
  /// a newline, and calls `finishCanonicalFile`. Built in one array, so a 60 MB merge result is
  /// never copied to put its header in front.
  static func startCanonicalFile(capacity: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(capacity)
    bytes += placeholderHeader
    return bytes
  }

  static let placeholderHeader = Array(
    (FileHeader.line(generation: String(repeating: "0", count: 16)) + "\n").utf8)

  /// Appends `team`'s lines and writes the header, whose generation is derived from the rest.
  static func finishCanonicalFile(_ bytes: inout [UInt8], team: TeamData) {
    for line in TeamCodec.snapshotLines(team.compacted) {
      var w = JSONWriter()
      w.write(line)
      bytes += w.bytes
      bytes.append(0x0A)
    }
    let n = placeholderHeader.count
    let header = Array((FileHeader.line(generation: generation(of: bytes[n...])) + "\n").utf8)
    precondition(header.count == n, "a header's length does not depend on its generation")
    bytes.replaceSubrange(0..<n, with: header)
  }

  /// 16 hexadecimal digits of the FNV-1a hash of `bytes`.
  static func generation(of bytes: ArraySlice<UInt8>) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h &*= 0x100_0000_01b3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

extension Strings {
  static func mergeInput(_ input: String, _ reason: String) -> String {
    t("merge.input", "{0}: {1}", input, reason)
  }
  static var mergeTornTail: String {
    t("merge.tornTail", "the file ends in an incomplete line")
  }
  static func mergeReportingConflict(_ a: String, _ b: String) -> String {
    t(
      "merge.reportingConflict",
      "both sides changed the reporting currency ({0} and {1}): choose one by hand", a, b)
  }
}
