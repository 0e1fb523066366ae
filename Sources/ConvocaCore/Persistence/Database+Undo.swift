/// One action on the undo (or redo) stack: the commands that take it back, and the records
/// as the action left them, to tell whether someone changed them since.
struct UndoStep: Sendable {
  /// The commands that take the action back.
  var commands: [Command]
  /// The touched records right after the action (absent: the action removed the record).
  var after: [OpportunityID: Opportunity]
  /// The team data right after the action (rates, views, standups it may have changed).
  var teamAfter = TeamData()
}

/// Why an undo or redo was refused: someone changed what it would put back.
public struct UndoConflict: Hashable, Sendable {
  /// Whether it was a redo.
  public var isRedo: Bool
  /// The record.
  public var id: OpportunityID
  /// Whether the step would remove the record (the undo of an add).
  public var removesRecord: Bool
  /// The part changed since: a field name, `stage` or `notes`.
  public var part: String
  /// Who changed it (empty when not known: the change came with a compacted file).
  public var by: String
  /// When (the record's `updated` when not known more exactly).
  public var at: Timestamp
}

extension Database {
  /// The records `commands` touched, as they are now.
  func snapshot(_ commands: [Command]) -> [OpportunityID: Opportunity] {
    var out: [OpportunityID: Opportunity] = [:]
    for c in commands {
      guard let id = c.id else { continue }
      out[id] = store[id]
    }
    return out
  }

  /// Under the lock, after taking in others' changes: refuses `step` when someone changed,
  /// since the action, a value it would put back. A field is checked against the value the
  /// action wrote (others' changes to other fields are fine); a move against the stage and
  /// history it left; the undo of an add against the whole record, so it never deletes a
  /// record others noted, edited or moved.
  func verify(_ step: UndoStep, redo: Bool) throws(DatabaseError) {
    for c in step.commands {
      if case .team(let t) = c {
        try verifyTeam(t, step, redo: redo)
        continue
      }
      guard let id = c.id, let now = store[id] else { continue }  // applying reports that it is gone
      let was = step.after[id]
      switch c {
      case .delete(let id, _):
        guard let was, let part = Database.firstDifference(now, was) else { continue }
        throw conflict(id, part, now, redo: redo, removes: true)
      case .set(let id, let changes):
        var seen = Set<Field>()
        for ch in changes where seen.insert(ch.field).inserted {
          if let wrote = ch.expected, ch.field.value(in: now) != wrote {
            throw conflict(id, .field(ch.field), now, redo: redo)
          }
        }
      case .unmove(let id, let entry, _):
        if now.stage.rawValue != entry.to || now.history.last(where: { $0.field == nil }) != entry {
          throw conflict(id, .stage, now, redo: redo)
        }
        if let was, now.awarded != was.awarded { throw conflict(id, .field(.awarded), now, redo: redo) }
      case .move(let id, let entry, _):
        if now.stage.rawValue != entry.from { throw conflict(id, .stage, now, redo: redo) }
        if let was, now.awarded != was.awarded { throw conflict(id, .field(.awarded), now, redo: redo) }
      case .editNote(let id, let edit):
        // The note it would change back must still be there as the action left it.
        if let o = edit.old, !now.notes.contains(o) { throw conflict(id, .notes, now, redo: redo) }
      case .archive(let id, _):
        if let was, now.archived != was.archived { throw conflict(id, .archived, now, redo: redo) }
      case .replace(let o, _):
        // The record must still be as the action left it, whole.
        guard let was, let part = Database.firstDifference(now, was) else { continue }
        throw conflict(o.id, part, now, redo: redo)
      case .create, .note, .unnote, .merge, .unmerge, .team, .resolve:
        continue
      }
    }
  }

  /// Refuses to put back a rate, a view or the reporting currency someone changed since the
  /// action (a standup is only ever added or taken back whole: nothing to compare).
  func verifyTeam(_ t: TeamChange, _ step: UndoStep, redo: Bool) throws(DatabaseError) {
    let now = store.team
    let was = step.teamAfter
    switch t {
    case .rate(let code, _):
      if now.rates[code] != was.rates[code] {
        throw .command(Strings.undoTeamConflict(redo, Strings.rateLabel(code)))
      }
    case .reporting:
      if now.reportingCurrency != was.reportingCurrency {
        throw .command(Strings.undoTeamConflict(redo, Strings.reportingLabel))
      }
    case .view(let name, _):
      let key = SavedView(name: name, query: "").key
      if now.views[key] != was.views[key] {
        throw .command(Strings.undoTeamConflict(redo, Strings.viewLabel(name)))
      }
    case .standup, .unstandup:
      break
    }
  }

  /// The first part in which `a` and `b` differ, `updated` aside (nil when they agree).
  static func firstDifference(_ a: Opportunity, _ b: Opportunity) -> RecordPart? {
    if a.stage != b.stage || a.history.filter({ $0.field == nil }) != b.history.filter({ $0.field == nil }) {
      return .stage
    }
    if a.notes != b.notes { return .notes }
    if a.archived != b.archived { return .archived }
    for f in Field.allCases where f.value(in: a) != f.value(in: b) { return .field(f) }
    var x = a
    x.updated = b.updated
    return x == b ? nil : .record
  }

  func conflict(
    _ id: OpportunityID, _ part: RecordPart, _ now: Opportunity, redo: Bool, removes: Bool = false
  ) -> DatabaseError {
    let stamp = store.lastChange(id, part) ?? store.lastChange(id)
    let name: String
    switch part {
    case .record: name = "record"
    case .field(let f): name = f.rawValue
    case .stage: name = "stage"
    case .notes: name = "notes"
    case .archived: name = "archived"
    }
    return .changedSince(
      UndoConflict(
        isRedo: redo, id: id, removesRecord: removes, part: name, by: stamp?.by ?? "",
        at: stamp?.at ?? now.updated))
  }
}

extension Strings {
  static func undoTeamConflict(_ redo: Bool, _ what: String) -> String {
    redo
      ? t("undo.teamRefusedRedo", "can't redo: someone changed {0} since; nothing was redone", what)
      : t("undo.teamRefused", "can't undo: someone changed {0} since; nothing was undone", what)
  }
  static func rateLabel(_ code: String) -> String { t("undo.rateLabel", "the rate of {0}", code) }
  static var reportingLabel: String { t("undo.reportingLabel", "the reporting currency") }
  static func viewLabel(_ name: String) -> String { t("undo.viewLabel", "the view '{0}'", name) }

  static func undoConflict(_ c: UndoConflict) -> String {
    let who = c.by.isEmpty ? t("undo.someone", "someone else") : c.by
    let what = c.part == "record" ? t("undo.record", "record") : fieldLabel(c.part)
    let when = c.at.description
    if c.removesRecord {
      return t(
        "undo.refusedAdd", "can't undo adding {0}: {1} changed its {2} at {3}; nothing was undone",
        c.id.rawValue, who, what, when)
    }
    if c.isRedo {
      return t(
        "undo.refusedRedo", "can't redo: {0} changed {1} of {2} at {3}; nothing was redone", who, what,
        c.id.rawValue, when)
    }
    return t(
      "undo.refused", "can't undo: {0} changed {1} of {2} at {3}; nothing was undone", who, what,
      c.id.rawValue, when)
  }
}
