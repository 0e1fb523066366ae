import Foundation

/// The pipeline's rules, written once for the command line and the tracker: how a new
/// opportunity is made, how a move is built (the amount a move to won awards, what leaving
/// won clears), and which edits change nothing. The front ends only gather what the user
/// typed and hand it here; the store applies the commands these build.
public enum Pipeline {
  // MARK: - Creating

  /// A new opportunity with id `id`, created `at`, in `stage`, owned by `owner` unless
  /// `fields` name another owner. `fields` are set in order (a `null` leaves the field
  /// empty); the title must end up non-empty. Created in won, it is awarded the amount
  /// requested unless `fields` give an awarded amount (as a move to won would).
  public static func create(
    id: OpportunityID, fields: [FieldChange], stage: Stage = .identified, owner: String, at: Timestamp
  ) throws(CommandError) -> Opportunity {
    var o = Opportunity(id: id, title: "", stage: stage, created: at)
    o.owner = owner
    for c in fields where c.value != .null {
      do { try c.field.set(c.value, in: &o) } catch { throw CommandError(error.message) }
    }
    guard !o.title.isEmpty else { throw CommandError(Strings.titleRequired) }
    if stage == .won && o.awarded == nil { o.awarded = o.amount }
    if let a = o.awarded, a.amount < 0 { throw CommandError(Strings.awardedNegative) }
    return o
  }

  // MARK: - Moving

  /// The amount a move to won awards when none is given: the awarded amount already set,
  /// else the amount requested.
  public static func defaultAwarded(_ o: Opportunity) -> Money? { o.awarded ?? o.amount }

  /// The command moving `o` to `stage`, recorded in its history `at` / `by` with an optional
  /// `note`. A move to won awards `awarded`, or `defaultAwarded(o)` when it is nil. Throws
  /// when `o` is already there, or an awarded amount is given for another stage or is
  /// negative.
  public static func move(
    _ o: Opportunity, to stage: Stage, awarded: Money? = nil, note: String? = nil, at: Timestamp, by: String
  ) throws(CommandError) -> Command {
    guard o.stage != stage else { throw CommandError(Strings.alreadyIn(o.id.rawValue, stage.rawValue)) }
    if let a = awarded {
      guard stage == .won else { throw CommandError(Strings.awardedOnlyWon) }
      guard a.amount >= 0 else { throw CommandError(Strings.awardedNegative) }
    }
    let text = note?.trimmingCharacters(in: .whitespacesAndNewlines)
    let entry = HistoryEntry(
      from: o.stage.rawValue, to: stage.rawValue, at: at, by: by, note: text?.isEmpty == false ? text : nil)
    return .move(o.id, entry: entry, awarded: stage == .won ? (awarded ?? defaultAwarded(o)) : nil)
  }

  /// The history entry that keeps the awarded amount a move out of won clears (nil when the
  /// move does not leave won, or nothing was awarded). It goes just before the move's entry.
  public static func awardedCleared(_ o: Opportunity, to stage: Stage, at: Timestamp, by: String)
    -> HistoryEntry?
  {
    guard o.stage == .won, stage != .won, let a = o.awarded else { return nil }
    return HistoryEntry(
      field: Field.awarded.rawValue, from: FieldText.display(RecordCodec.encode(money: a)), to: "", at: at,
      by: by, note: Strings.awardedClearedNote)
  }

  /// Whether `h` is the entry `awardedCleared` wrote for the move `move`.
  static func isAwardedCleared(_ h: HistoryEntry, by move: HistoryEntry) -> Bool {
    h.field == Field.awarded.rawValue && h.to.isEmpty && h.at == move.at && h.by == move.by
  }

  // MARK: - Editing

  /// The fields whose changes the record's history keeps (a stage move always is kept).
  public static let loggedFields: Set<Field> = [.deadline, .amount, .owner]

  /// The changes of `changes` that would change `o`: a field set to the value it holds (as
  /// stored: `""` and none are the same area, tag lists compare in order) is left out.
  /// Empty means the edit is a no-op and nothing should be written. Changes of the fields
  /// in `loggedFields` come back marked to be kept in the record's history.
  public static func effective(_ changes: [FieldChange], on o: Opportunity) -> [FieldChange] {
    var after = o
    var out: [FieldChange] = []
    for c in changes {
      let before = c.field.value(in: after)
      // A value the field refuses is kept, so applying it reports the error. (Setting throws
      // before it changes anything, so `after` needs no copy to try it on: a copy of the whole
      // record per change was a tenth of an import.)
      guard (try? c.field.set(c.value, in: &after)) != nil else {
        out.append(c)
        continue
      }
      if c.field.value(in: after) != before {
        var kept = c
        if loggedFields.contains(c.field) { kept.logged = true }
        out.append(kept)
      } else {
        // The same value written another way (`""` for none): keep the record as it was.
        try? c.field.set(before, in: &after)
      }
    }
    return out
  }

  /// The command that edits `o`, or nil when `changes` would change nothing.
  public static func edit(_ o: Opportunity, _ changes: [FieldChange]) -> Command? {
    let kept = effective(changes, on: o)
    return kept.isEmpty ? nil : .set(o.id, kept)
  }

  /// `tags` with `adding` appended (those not already there) and `removing` taken out.
  public static func tags(_ tags: [String], adding: [String], removing: [String]) -> [String] {
    var out = tags
    for t in adding where !out.contains(t) { out.append(t) }
    out.removeAll { removing.contains($0) }
    return out
  }

  // MARK: - Notes

  /// The command adding a note with `text` (trimmed; refused when empty).
  public static func note(_ o: Opportunity, _ text: String, at: Timestamp, by: String) throws(CommandError)
    -> Command
  {
    let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !body.isEmpty else { throw CommandError(Strings.noteEmpty) }
    return .note(o.id, Note(at: at, by: by, text: body))
  }
}

extension Strings {
  static var titleRequired: String { t("pipeline.titleRequired", "a title is required") }
  static func alreadyIn(_ id: String, _ stage: String) -> String {
    t("pipeline.alreadyIn", "{0} is already {1}; nothing was changed", id, stage)
  }
  static var awardedOnlyWon: String {
    t("pipeline.awardedOnlyWon", "an awarded amount goes only with a move to won")
  }
  static var awardedNegative: String {
    t("pipeline.awardedNegative", "the awarded amount cannot be negative")
  }
  static var awardedClearedNote: String { t("pipeline.awardedCleared", "cleared on leaving won") }
  static var noteEmpty: String { t("pipeline.noteEmpty", "the note is empty") }
}
