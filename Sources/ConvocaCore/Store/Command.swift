/// A change to the data, as a value. The same value is applied to the store, inverted for
/// undo, and written to the file's journal as one line.
public enum Command: Hashable, Sendable {
  /// Adds a new opportunity.
  case create(Opportunity)
  /// Removes an opportunity (`convoca delete`, `D`, and the undo of `create`). `record` is
  /// the record as it was removed: `Database` fills it in when it writes the journal line, so
  /// a deleted record stays recoverable from the file until compaction (nil in lines older
  /// versions wrote).
  case delete(OpportunityID, record: Opportunity? = nil)
  /// Sets fields. `expected` holds the values the editor started from: where the record now
  /// holds something else (someone changed it meanwhile), the later write still wins and the
  /// overwritten value is kept in the record's history.
  case set(OpportunityID, [FieldChange])
  /// Moves to a stage, appending `entry` to the history; `awarded` is set when given.
  case move(OpportunityID, entry: HistoryEntry, awarded: Money?)
  /// Takes back a move: removes `entry` from the history and restores the stage it came from
  /// and the awarded amount before it (the undo of `move`).
  case unmove(OpportunityID, entry: HistoryEntry, awarded: Money?)
  /// Appends a note.
  case note(OpportunityID, Note)
  /// Removes a note (the undo of `note`).
  case unnote(OpportunityID, Note)
  /// Replaces, deletes or puts back a note, keeping the change in the history (`NoteEdit`).
  case editNote(OpportunityID, NoteEdit)
  /// Archives (true) or unarchives (false): archived calls are hidden from default views.
  case archive(OpportunityID, Bool)
  /// Merges the record `other` into the record with the id given: `other`'s notes and
  /// history entries not already there join it, in time order, and `other` is removed. The
  /// command carries `other` whole, so the journal keeps it until compaction (see `Merge`).
  case merge(OpportunityID, other: Opportunity)
  /// Takes back a merge: removes `notes` and `history` (what the merge added) from the record
  /// and puts `other` back (the undo of `merge`).
  case unmerge(OpportunityID, other: Opportunity, notes: [Note], history: [HistoryEntry])
  /// Replaces a record whole with `record` (same id); `was` is what it replaces. An import
  /// that merges a record in writes it (`RecordMerge`); its undo is the replace back.
  case replace(Opportunity, was: Opportunity)
  /// Decides fields a merge flagged (`Conflicts`): sets each chosen value, writes a history
  /// entry with the note `resolved` for its field, and clears `conflict` once nothing is
  /// pending. Its undo is a `replace` back to the record as it was.
  case resolve(OpportunityID, [Conflicts.Choice])
  /// Changes what the team shares besides the calls: rates, views, standups (`TeamData`).
  case team(TeamChange)

  /// The opportunity the command is about (nil for a team change, which is about none).
  public var id: OpportunityID? {
    switch self {
    case .team: return nil
    case .create(let o), .replace(let o, _): return o.id
    case .delete(let id, _), .set(let id, _), .move(let id, _, _), .unmove(let id, _, _), .note(let id, _),
      .unnote(let id, _), .editNote(let id, _), .archive(let id, _), .merge(let id, _),
      .unmerge(let id, _, _, _), .resolve(let id, _):
      return id
    }
  }
}

/// One field's new value and the value the editor saw before changing it.
public struct FieldChange: Hashable, Sendable {
  /// Which field.
  public var field: Field
  /// The new value.
  public var value: JSONValue
  /// The value the editor started from, when known.
  public var expected: JSONValue?
  /// Whether the change is kept in the record's history as an entry with `field`
  /// (`Pipeline.effective` marks the fields whose changes are kept: deadline, amount, owner).
  public var logged: Bool
  /// The history entry this change takes back: the undo of a logged change removes the entry
  /// the change wrote.
  public var retracts: HistoryEntry?

  /// Creates a change.
  public init(
    _ field: Field, _ value: JSONValue, expected: JSONValue? = nil, logged: Bool = false,
    retracts: HistoryEntry? = nil
  ) {
    self.field = field
    self.value = value
    self.expected = expected
    self.logged = logged
    self.retracts = retracts
  }
}

/// A command with who made it and when: what the journal records.
public struct Change: Hashable, Sendable {
  /// What changed.
  public var command: Command
  /// When.
  public var at: Timestamp
  /// Who.
  public var by: String

  /// Creates a change.
  public init(_ command: Command, at: Timestamp, by: String) {
    self.command = command
    self.at = at
    self.by = by
  }
}

/// Why a command cannot be applied.
public struct CommandError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// Creates the error.
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
