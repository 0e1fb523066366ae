/// What a person still has to decide on a record a merge flagged `is:conflict`, and the
/// change that records the decision (docs/file-format.md, "Reviewing a conflict").
///
/// The rule: a field is pending when the record is flagged and its latest history entry with
/// the note `conflict` has no later entry for the same field with the note `resolved` (history
/// is in time order; "later" means further down the list). The value kept in the record is
/// the current one; the other is the conflict entry's `from`.
public enum Conflicts {
  /// The note of the history entry a decision writes.
  public static let resolvedNote = "resolved"
  /// The part names a conflict can be about besides the `Field`s: the stage.
  public static let stagePart = "stage"

  /// One field both copies changed, still to decide.
  public struct Pending: Hashable, Sendable {
    /// The field's name as in the file (a `Field` or `stage`).
    public var field: String
    /// The value the record holds now, as text.
    public var kept: String
    /// The value that lost the merge, as text (the conflict entry's `from`).
    public var other: String
    /// The conflict entry that keeps `other`.
    public var entry: HistoryEntry
  }

  /// The fields still to decide, in the order their conflicts were recorded (empty when the
  /// record is not flagged).
  public static func pending(_ o: Opportunity) -> [Pending] {
    guard o.conflict else { return [] }
    var latest: [String: (Int, HistoryEntry)] = [:]
    for (k, e) in o.history.enumerated() {
      guard let f = e.field else { continue }
      if e.note == RecordMerge.conflictNote {
        latest[f] = (k, e)
      } else if e.note == resolvedNote {
        latest[f] = nil
      }
    }
    return latest.sorted { $0.value.0 < $1.value.0 }.map { field, v in
      Pending(field: field, kept: text(field, in: o), other: v.1.from, entry: v.1)
    }
  }

  /// The value of part `field` (a `Field` name or `stage`) in `o`, as history shows it.
  public static func text(_ field: String, in o: Opportunity) -> String {
    if field == stagePart { return o.stage.rawValue }
    guard let f = Field(rawValue: field) else { return "" }
    return FieldText.display(f.value(in: o))
  }

  /// Sets part `field` of `o` from its text as history shows it (the inverse of
  /// `FieldText.display` for the parts a merge can flag).
  static func set(_ field: String, _ text: String, in o: inout Opportunity) throws(CommandError) {
    if field == stagePart {
      guard let s = Stage(rawValue: text) else { throw CommandError(Strings.unknownStage(text)) }
      o.stage = s
      return
    }
    guard let f = Field(rawValue: field) else { throw CommandError(Strings.resolveUnknownField(field)) }
    do { try f.set(value(f, text), in: &o) } catch { throw CommandError(error.message) }
  }

  /// The JSON value `FieldText.display` turned into `text`, for field `f`.
  static func value(_ f: Field, _ text: String) -> JSONValue {
    if text.isEmpty { return .null }
    switch f.descriptor.type {
    case .money:
      guard let sp = text.lastIndex(of: " ") else { return .string(text) }
      return .object([
        ("value", .number(String(text[..<sp]))),
        ("currency", .string(String(text[text.index(after: sp)...]))),
      ])
    case .percent:
      return .number(text)
    case .reference:
      guard let c = text.firstIndex(of: ":") else { return .string(text) }
      return .object([
        ("system", .string(String(text[..<c]))), ("id", .string(String(text[text.index(after: c)...]))),
      ])
    case .tags:
      return .array(text.split(separator: ",").map { .string($0.trimmingPrefix(" ").description) })
    default:
      return .string(text)
    }
  }

  /// Applies a decision: each chosen value is set and a `resolved` history entry written for
  /// its field (from the value before, to the chosen one, even when they are the same); the
  /// flag is cleared when nothing is left pending. A field not pending is refused.
  static func apply(_ choices: [Choice], to o: inout Opportunity, at: Timestamp, by: String)
    throws(CommandError)
  {
    guard o.conflict else { throw CommandError(Strings.resolveNotFlagged(o.id.rawValue)) }
    // The conflict entry each decision answers: the `resolved` entry is dated after it, so a
    // merge that orders history by time keeps it after (a clock running behind, or a tie
    // ordered by text, would otherwise bring the conflict back).
    let entries = Dictionary(pending(o).map { ($0.field, $0.entry) }, uniquingKeysWith: { a, _ in a })
    let open = Set(entries.keys)
    if choices.isEmpty, !open.isEmpty {
      throw CommandError(Strings.resolveStillPending(open.sorted().joined(separator: ", ")))
    }
    var seen = Set<String>()
    for c in choices {
      guard open.contains(c.field), seen.insert(c.field).inserted else {
        throw CommandError(Strings.resolveNotPending(c.field))
      }
      let before = text(c.field, in: o)
      try set(c.field, c.value, in: &o)
      o.history.append(
        HistoryEntry(
          field: c.field, from: before, to: text(c.field, in: o), at: after(entries[c.field], at),
          by: by,
          note: resolvedNote))
    }
    if pending(o).isEmpty { o.conflict = false }
    o.updated = max(o.updated, at)
  }

  /// When a decision taken at `at` is dated: at least a second after the conflict entry it
  /// answers, so history ordered by time (a merge's union) always puts it after.
  static func after(_ entry: HistoryEntry?, _ at: Timestamp) -> Timestamp {
    guard let e = entry, at <= e.at else { return at }
    return e.at.adding(seconds: 1)
  }

  /// One field decided: the value chosen for it, as history shows it.
  public struct Choice: Hashable, Sendable {
    /// The field's name (a `Field` or `stage`).
    public var field: String
    /// The value chosen (the kept one or the other), as text.
    public var value: String
    /// Creates a choice.
    public init(field: String, value: String) {
      self.field = field
      self.value = value
    }
  }

  /// The choices that keep every pending field's `other` value (`other: true`) or its current
  /// one.
  public static func choices(_ o: Opportunity, keepOther: [String: Bool]) -> [Choice] {
    pending(o).map { p in Choice(field: p.field, value: keepOther[p.field] == true ? p.other : p.kept) }
  }
}

extension Strings {
  static func resolveUnknownField(_ f: String) -> String {
    t("resolve.unknownField", "{0} is not a field a conflict can be about", f)
  }
  static func resolveNotFlagged(_ id: String) -> String {
    t("resolve.notFlagged", "{0} is not flagged as a conflict", id)
  }
  static func resolveNotPending(_ f: String) -> String {
    t("resolve.notPending", "{0} has no conflict to decide", f)
  }
  static func resolveStillPending(_ fields: String) -> String {
    t("resolve.stillPending", "still to decide: {0}", fields)
  }
  static var journalResolveFields: String {
    t("journal.resolveFields", "'resolve' needs 'fields': an object of field names and chosen values as text")
  }
}
