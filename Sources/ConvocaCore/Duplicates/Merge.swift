/// Merging two records that are the same call: KEEP stays, OTHER goes. OTHER's notes and
/// history join KEEP's (ordered by time, none twice), KEEP's empty fields are filled from
/// OTHER, and OTHER is removed — one action, one journal line (a batch of a `set` of the
/// filled fields and a `merge` carrying OTHER whole, so the journal keeps it until
/// compaction), undone as one.
public enum Merge {
  /// What a merge will do.
  public struct Plan: Sendable {
    /// The commands to perform as one action.
    public var commands: [Command]
    /// KEEP's empty fields that OTHER fills.
    public var filled: [Field]
  }

  /// Fields never filled: the title and kind always have a value; the amount awarded goes
  /// with a move to won.
  static let notFilled: Set<Field> = [.title, .kind, .awarded]

  /// The plan merging `other` into `keep`; throws when they are the same record.
  public static func plan(keep: Opportunity, other: Opportunity) throws(CommandError) -> Plan {
    guard keep.id != other.id else { throw CommandError(Strings.mergeSame(keep.id.rawValue)) }
    var fills: [FieldChange] = []
    for f in Field.allCases where !notFilled.contains(f) && f.isEmpty(in: keep) && !f.isEmpty(in: other) {
      fills.append(FieldChange(f, f.value(in: other), expected: f.value(in: keep)))
    }
    let kept = Pipeline.effective(fills, on: keep)
    var commands: [Command] = []
    if !kept.isEmpty { commands.append(.set(keep.id, kept)) }
    commands.append(.merge(keep.id, other: other))
    return Plan(commands: commands, filled: kept.map(\.field))
  }

  /// `a` and the items of `b` it lacks, ordered by time (ties keep their order, `a`'s first);
  /// also returns the items taken from `b`.
  static func union<T: Equatable>(_ a: [T], _ b: [T], at: (T) -> Timestamp) -> (all: [T], added: [T]) {
    var added: [T] = []
    for x in b where !a.contains(x) && !added.contains(x) { added.append(x) }
    let all = (a + added).enumerated().sorted { (at($0.element), $0.offset) < (at($1.element), $1.offset) }
      .map(\.element)
    return (all, added)
  }
}

extension OpportunityStore {
  /// Applies `.merge`: see `Command.merge`.
  mutating func applyMerge(_ id: OpportunityID, other otherID: OpportunityID, at: Timestamp)
    throws(CommandError)
    -> Command
  {
    guard id != otherID else { throw CommandError(Strings.mergeSame(id.rawValue)) }
    guard var keep = self[id] else { throw CommandError(Strings.idNotFound(id.rawValue)) }
    guard let other = self[otherID] else { throw CommandError(Strings.idNotFound(otherID.rawValue)) }
    let notes = Merge.union(keep.notes, other.notes, at: \.at)
    let history = Merge.union(keep.history, other.history, at: \.at)
    keep.notes = notes.all
    keep.history = history.all
    keep.updated = max(keep.updated, at)
    upsert(keep)
    remove(otherID)
    return .unmerge(id, other: other, notes: notes.added, history: history.added)
  }

  /// Applies `.unmerge`: see `Command.unmerge`.
  mutating func applyUnmerge(
    _ id: OpportunityID, other: Opportunity, notes: [Note], history: [HistoryEntry], at: Timestamp
  ) throws(CommandError) -> Command {
    guard var keep = self[id] else { throw CommandError(Strings.idNotFound(id.rawValue)) }
    guard !contains(other.id) else { throw CommandError(Strings.idTaken(other.id.rawValue)) }
    for n in notes { if let k = keep.notes.lastIndex(of: n) { keep.notes.remove(at: k) } }
    for h in history { if let k = keep.history.lastIndex(of: h) { keep.history.remove(at: k) } }
    keep.updated = max(keep.updated, at)
    upsert(keep)
    upsert(other)
    return .merge(id, other: other)
  }
}

extension Strings {
  static func mergeSame(_ id: String) -> String {
    t("merge.same", "can't merge {0} into itself: give two different calls", id)
  }
  static var journalMergeOther: String { t("journal.mergeOther", "'merge' needs an 'other' record") }
}
