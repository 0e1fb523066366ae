/// Merges two versions of one record, field by field — the rules the git merge driver and
/// `convoca import` of a JSON export share (docs/file-format.md, "Merging two copies"):
///
/// - a field only one side changed since `base` takes that side's value;
/// - a field both sides changed to different values takes the value of the side changed
///   later (its `updated`; on a tie, the greater value as written in the file, so the result
///   does not depend on which side is "ours"), keeps the other value in the history (an entry
///   with the field's name and the note `conflict`) and flags the record `is:conflict`;
/// - notes and history are unions in time order, without duplicates;
/// - tags merge as sets: an addition on either side is kept, a removal on either side is
///   respected;
/// - `created` is the earlier, `updated` the later.
///
/// Without a base (a JSON export imported into a file that already has the record) every
/// field that differs counts as changed on both sides, and tags are a union.
public enum RecordMerge {
  /// The note of a history entry that keeps a value a merge overwrote.
  public static let conflictNote = "conflict"

  /// The merged record; `ours` and `theirs` must have the same id.
  public static func merge(base: Opportunity?, ours: Opportunity, theirs: Opportunity) -> Opportunity {
    if ours == theirs { return ours }
    let oursLater = ours.updated != theirs.updated ? ours.updated > theirs.updated : nil
    var out = ours
    var lost: [HistoryEntry] = []
    // The flag merges like a field (a copy that resolved the conflict since the base wins over
    // one that did not touch it); then any new conflict below sets it.
    var conflicted = resolve(base?.conflict, ours.conflict, theirs.conflict) { oursLater ?? ours.conflict }.0

    // The record's parts other than notes, history and tags, each compared as written.
    for f in Field.allCases where f != .tags {
      let a = f.value(in: ours)
      let b = f.value(in: theirs)
      guard a != b else { continue }
      let (value, loser) = resolve(base.map { f.value(in: $0) }, a, b) {
        oursLater ?? (JSONWriter.line(a) > JSONWriter.line(b))
      }
      try? f.set(value, in: &out)
      guard let loser else { continue }
      lost.append(
        lostValue(f.rawValue, FieldText.display(loser), FieldText.display(value), value == a ? ours : theirs))
      conflicted = true
    }
    let (stage, lostStage) = resolve(base?.stage, ours.stage, theirs.stage) {
      oursLater ?? (ours.stage.rawValue > theirs.stage.rawValue)
    }
    out.stage = stage
    if let lostStage {
      lost.append(lostValue("stage", lostStage.rawValue, stage.rawValue, stage == ours.stage ? ours : theirs))
      conflicted = true
    }
    // Both sides archiving or not is a choice, not a value to review: the later one stands.
    out.archived = resolve(base?.archived, ours.archived, theirs.archived) { oursLater ?? ours.archived }.0
    out.tags = mergedTags(base: base?.tags, ours.tags, theirs.tags)
    out.notes = union(ours.notes, theirs.notes, before: Self.noteOrder)
    out.history = union(ours.history + lost, theirs.history, before: Self.historyOrder)
    out.created = min(ours.created, theirs.created)
    out.updated = max(ours.updated, theirs.updated)
    out.conflict = conflicted
    return out
  }

  /// One part's merged value, and the value that lost when both sides changed it (`oursWins`
  /// says which side then wins).
  static func resolve<T: Equatable>(_ base: T?, _ ours: T, _ theirs: T, oursWins: () -> Bool) -> (T, T?) {
    if ours == theirs || base == theirs { return (ours, nil) }
    if base == ours { return (theirs, nil) }
    return oursWins() ? (ours, theirs) : (theirs, ours)
  }

  /// The history entry that keeps the value a merge overwrote.
  static func lostValue(_ field: String, _ loser: String, _ winner: String, _ side: Opportunity)
    -> HistoryEntry
  {
    HistoryEntry(field: field, from: loser, to: winner, at: side.updated, by: "", note: conflictNote)
  }

  /// Tags as sets: with a base, what either side added is kept and what either removed is
  /// gone; without one, a union.
  static func mergedTags(base: [String]?, _ ours: [String], _ theirs: [String]) -> [String] {
    guard ours != theirs else { return ours }
    let removed: Set<String>
    if let base {
      let o = Set(ours)
      let t = Set(theirs)
      removed = Set(base.filter { !o.contains($0) || !t.contains($0) })
    } else {
      removed = []
    }
    // The base's survivors in its order, then the additions sorted: the same whichever side
    // is "ours".
    let kept = Set(ours).intersection(theirs).subtracting(removed)
    var out = (base ?? []).filter { kept.contains($0) }
    var seen = Set(out)
    out.reserveCapacity(ours.count + theirs.count)
    let added = Set(ours + theirs).subtracting(removed).subtracting(seen).sorted()
    for tag in added where seen.insert(tag).inserted { out.append(tag) }
    return out
  }

  /// Both lists, each element once, sorted stably by `before` (ties keep `a`'s order, then `b`'s).
  static func union<T: Hashable>(_ a: [T], _ b: [T], before: (T, T) -> Bool) -> [T] {
    if a == b { return a }
    var seen = Set<T>()
    var out: [T] = []
    out.reserveCapacity(a.count + b.count)
    for x in a + b where seen.insert(x).inserted { out.append(x) }
    // A stable sort: equal times keep their order of first appearance.
    return out.enumerated().sorted { l, r in
      before(l.element, r.element) || (!before(r.element, l.element) && l.offset < r.offset)
    }.map(\.element)
  }

  /// Notes by time, then author and text, so two copies order alike.
  static func noteOrder(_ a: Note, _ b: Note) -> Bool {
    (a.at, a.by, a.text) < (b.at, b.by, b.text)
  }

  /// History by time, then by what it says, so two copies order alike.
  static func historyOrder(_ a: HistoryEntry, _ b: HistoryEntry) -> Bool {
    if a.at != b.at { return a.at < b.at }
    return (a.field ?? "", a.from, a.to, a.by, a.note ?? "") < (
      b.field ?? "", b.from, b.to, b.by, b.note ?? ""
    )
  }
}
