import Foundation

/// A change to one note already written: its text replaced, the note deleted, or (the undo
/// of a delete) put back. The change is kept in the record's history as an entry with
/// field `note`, from the old text to the new one (empty for a delete).
public struct NoteEdit: Hashable, Sendable {
  /// The note as it is now (nil: the note is put back, `new` is inserted in time order).
  public var old: Note?
  /// The note after the change (nil: the note is deleted).
  public var new: Note?
  /// The history entry this change takes back (set on undo): it is removed and no entry is
  /// written.
  public var retracts: HistoryEntry?
  /// Where a note put back goes among the notes (the place it was deleted from); nil: in
  /// time order.
  public var index: Int?

  /// Creates an edit.
  public init(old: Note?, new: Note?, retracts: HistoryEntry? = nil, index: Int? = nil) {
    self.old = old
    self.new = new
    self.retracts = retracts
    self.index = index
  }

  /// Applies the edit to `o` at `at` by `by`, returning the edit that takes it back.
  func apply(to o: inout Opportunity, at: Timestamp, by: String) throws(CommandError) -> NoteEdit {
    var place: Int?
    if let old {
      guard let k = o.notes.lastIndex(of: old) else { throw CommandError(Strings.noteNotFound) }
      if let new { o.notes[k] = new } else { o.notes.remove(at: k) }
      place = k
    } else if let new {
      let k =
        index.map { max(0, min($0, o.notes.count)) } ?? o.notes.firstIndex { $0.at > new.at }
        ?? o.notes.endIndex
      o.notes.insert(new, at: k)
    }
    var entry: HistoryEntry?
    if let r = retracts {
      if let k = o.history.lastIndex(of: r) { o.history.remove(at: k) }
    } else {
      let e = HistoryEntry(
        field: NoteEdit.historyField, from: old?.text ?? "", to: new?.text ?? "", at: at, by: by)
      o.history.append(e)
      entry = e
    }
    o.updated = max(o.updated, at)
    return NoteEdit(old: new, new: old, retracts: entry, index: new == nil ? place : nil)
  }

  /// The `field` of the history entries that keep note edits.
  public static let historyField = "note"

  /// Whether `person` may change a note written by `author`: the same person, names compared
  /// as `owner:me` compares them (trimmed, case and accents ignored).
  public static func isAuthor(_ person: String, of author: String) -> Bool {
    let a = FoldedText(author.trimmingCharacters(in: .whitespacesAndNewlines)).bytes
    let b = FoldedText(person.trimmingCharacters(in: .whitespacesAndNewlines)).bytes
    return !a.isEmpty && a == b
  }
}

extension Pipeline {
  // MARK: - Notes

  /// The note numbered `number` (1-based, as `show` and the detail view number them), or an
  /// error naming the numbers there are.
  public static func note(_ o: Opportunity, number: Int) throws(CommandError) -> Note {
    guard number >= 1, number <= o.notes.count else {
      throw CommandError(Strings.noteNumberBad(o.id.rawValue, number, o.notes.count))
    }
    return o.notes[number - 1]
  }

  /// The command replacing the text of note `number` of `o` with `text`. Refused when `by`
  /// did not write the note, the text is empty, or it is unchanged.
  public static func editNote(_ o: Opportunity, number: Int, text: String, by: String) throws(CommandError)
    -> Command
  {
    let n = try authored(o, number: number, by: by)
    let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !body.isEmpty else { throw CommandError(Strings.noteEmpty) }
    guard body != n.text else { throw CommandError(Strings.noteUnchanged(number)) }
    var changed = n
    changed.text = body
    return .editNote(o.id, NoteEdit(old: n, new: changed))
  }

  /// The command deleting note `number` of `o`. Refused when `by` did not write it.
  public static func deleteNote(_ o: Opportunity, number: Int, by: String) throws(CommandError) -> Command {
    .editNote(o.id, NoteEdit(old: try authored(o, number: number, by: by), new: nil))
  }

  /// Note `number` of `o`, when `by` wrote it; otherwise why it may not be changed.
  public static func authored(_ o: Opportunity, number: Int, by: String) throws(CommandError) -> Note {
    let n = try note(o, number: number)
    guard NoteEdit.isAuthor(by, of: n.by) else {
      throw CommandError(Strings.noteNotYours(number, n.by.isEmpty ? "?" : n.by))
    }
    return n
  }
}

extension Strings {
  static func noteNumberBad(_ id: String, _ n: Int, _ count: Int) -> String {
    count == 0
      ? t("note.noneToChange", "{0} has no notes", id)
      : t(
        "note.numberBad", "{0} has no note {1}: its notes are numbered 1 to {2}", id, String(n), String(count)
      )
  }
  static func noteUnchanged(_ n: Int) -> String {
    t("note.unchanged", "note {0} already says that", String(n))
  }
  static func noteNotYours(_ n: Int, _ author: String) -> String {
    t("note.notYours", "note {0} was written by {1}: only its author can change it", String(n), author)
  }
}
