/// What changed between two versions of a data file, by record id: what `convoca sync` writes
/// in its commit message ("ana: 3 moved, 2 added, 1 note") and reports as arrived.
public struct ChangeSummary: Hashable, Sendable {
  /// Records whose stage changed.
  public var moved: [OpportunityID] = []
  /// Records that are new.
  public var added: [OpportunityID] = []
  /// Records with another field changed (besides stage, notes and history).
  public var edited: [OpportunityID] = []
  /// Records that are gone.
  public var deleted: [OpportunityID] = []
  /// Records with new notes.
  public var noted: [OpportunityID] = []
  /// How many notes are new.
  public var notes = 0
  /// Records with a conflict decided (a new history entry with the note `resolved`).
  public var resolved: [OpportunityID] = []

  /// Creates an empty summary.
  public init() {}

  /// Whether nothing changed.
  public var isEmpty: Bool {
    moved.isEmpty && added.isEmpty && edited.isEmpty && deleted.isEmpty && notes == 0 && resolved.isEmpty
  }

  /// Every id involved, sorted, once each.
  public var ids: [OpportunityID] {
    Array(Set(moved + added + edited + deleted + noted + resolved)).sorted { $0.rawValue < $1.rawValue }
  }

  /// The summary of going from `old` to `new`, compared by id.
  public static func between(_ old: OpportunityStore, _ new: OpportunityStore) -> ChangeSummary {
    var s = ChangeSummary()
    for n in new.records {
      guard let o = old[n.id] else {
        s.added.append(n.id)
        continue
      }
      if o == n { continue }
      if o.stage != n.stage { s.moved.append(n.id) }
      let oldNotes = Set(o.notes)
      let fresh = n.notes.filter { !oldNotes.contains($0) }.count
      if fresh > 0 {
        s.noted.append(n.id)
        s.notes += fresh
      }
      let oldHistory = Set(o.history)
      if n.history.contains(where: { $0.note == Conflicts.resolvedNote && !oldHistory.contains($0) }) {
        s.resolved.append(n.id)
      }
      if fieldsDiffer(o, n) { s.edited.append(n.id) }
    }
    for o in old.records where !new.contains(o.id) { s.deleted.append(o.id) }
    s.sort()
    return s
  }

  /// Whether a field other than stage, notes, history, the update time and the conflict flag
  /// differs.
  static func fieldsDiffer(_ a: Opportunity, _ b: Opportunity) -> Bool {
    var x = a
    var y = b
    x.stage = y.stage
    x.notes = []
    y.notes = []
    x.history = []
    y.history = []
    x.updated = y.updated
    x.conflict = y.conflict
    return x != y
  }

  mutating func sort() {
    for k in [\ChangeSummary.moved, \.added, \.edited, \.deleted, \.noted, \.resolved] {
      self[keyPath: k].sort { $0.rawValue < $1.rawValue }
    }
  }

  /// This summary with `other`'s added in (ids once each).
  public func adding(_ other: ChangeSummary) -> ChangeSummary {
    var s = self
    for k in [\ChangeSummary.moved, \.added, \.edited, \.deleted, \.noted, \.resolved] {
      s[keyPath: k] = Array(Set(self[keyPath: k] + other[keyPath: k]))
    }
    s.notes += other.notes
    s.sort()
    return s
  }

  /// The counts as words, in the order moved, added, edited, deleted, notes, resolved
  /// ("3 moved, 2 added, 1 note"); `localized` false gives the English of a commit message
  /// (stored data the whole team reads back, whatever their language).
  public func text(localized: Bool = true) -> String {
    var parts: [String] = []
    func add(_ n: Int, _ localizedText: (String) -> String, _ english: String) {
      guard n > 0 else { return }
      parts.append(
        localized ? localizedText(String(n)) : english.replacingOccurrences(of: "{0}", with: String(n)))
    }
    add(moved.count, Strings.syncCountMoved, "{0} moved")
    add(added.count, Strings.syncCountAdded, "{0} added")
    add(edited.count, Strings.syncCountEdited, "{0} edited")
    add(deleted.count, Strings.syncCountDeleted, "{0} deleted")
    if notes == 1 {
      add(notes, Strings.syncCountNote, "{0} note")
    } else {
      add(notes, Strings.syncCountNotes, "{0} notes")
    }
    add(resolved.count, Strings.syncCountResolved, "{0} resolved")
    return parts.joined(separator: ", ")
  }

  /// The commit message `convoca sync` writes: "ACCOUNT: 3 moved, 2 added, 1 note"
  /// ("ACCOUNT: updated" when no record changed: team data or the file's form only).
  public func commitMessage(by account: String) -> String {
    account + ": " + (isEmpty ? "updated" : text(localized: false))
  }
}

extension Strings {
  static func syncCountMoved(_ n: String) -> String { t("sync.count.moved", "{0} moved", n) }
  static func syncCountAdded(_ n: String) -> String { t("sync.count.added", "{0} added", n) }
  static func syncCountEdited(_ n: String) -> String { t("sync.count.edited", "{0} edited", n) }
  static func syncCountDeleted(_ n: String) -> String { t("sync.count.deleted", "{0} deleted", n) }
  static func syncCountNote(_ n: String) -> String { t("sync.count.note", "{0} note", n) }
  static func syncCountNotes(_ n: String) -> String { t("sync.count.notes", "{0} notes", n) }
  static func syncCountResolved(_ n: String) -> String { t("sync.count.resolved", "{0} resolved", n) }
}
