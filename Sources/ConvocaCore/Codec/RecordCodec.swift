import Foundation

/// Turns opportunities into JSON and back: the canonical one-line form of the file, and the
/// complete form of `--json` output. The field names are product.md's.
public enum RecordCodec {
  /// How much to write.
  public enum Style: Sendable {
    /// The file: empty fields left out, probability only when overridden.
    case file
    /// `--json` output: every field present (null when unset), probability in effect.
    case export
  }

  /// Encodes money as `{"value": 125000, "currency": "EUR"}`.
  public static func encode(money m: Money) -> JSONValue {
    .object([("value", .number(m.amount.jsonNumber)), ("currency", .string(m.currency))])
  }

  static func decodeMoney(_ v: JSONValue, field: String) throws(RecordError) -> Money? {
    switch v {
    case .null: return nil
    case .object:
      guard let c = v["currency"]?.stringValue, Money.isCurrencyCode(c) else {
        throw RecordError(Strings.recordMoneyCurrency(field))
      }
      let text: String
      switch v["value"] {
      case .number(let n)?: text = n
      case .string(let s)?: text = s
      default: throw RecordError(Strings.recordMoneyValue(field))
      }
      guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), !d.isNaN else {
        throw RecordError(Strings.recordMoneyNotNumber(field, text))
      }
      return Money(d, c)
    default: throw RecordError(Strings.recordMoneyShape(field))
    }
  }

  /// Encodes a note.
  public static func encode(note n: Note) -> JSONValue {
    .object([("at", .string(n.at.description)), ("by", .string(n.by)), ("text", .string(n.text))])
  }

  /// Encodes a history entry (`field` only for overwritten values, `note` only when present).
  public static func encode(history h: HistoryEntry, style: Style = .file) -> JSONValue {
    var m: [(String, JSONValue)] = []
    if let f = h.field { m.append(("field", .string(f))) }
    m += [
      ("from", .string(h.from)), ("to", .string(h.to)), ("at", .string(h.at.description)),
      ("by", .string(h.by)),
    ]
    if let n = h.note {
      m.append(("note", .string(n)))
    } else if style == .export {
      m.append(("note", .null))
    }
    return .object(m)
  }

  static func timestamp(_ v: JSONValue?, _ what: String) throws(RecordError) -> Timestamp {
    guard let s = v?.stringValue, let t = Timestamp(iso: s) else {
      throw RecordError(Strings.recordBadTime(what))
    }
    return t
  }

  /// Decodes a note object.
  public static func decodeNote(_ v: JSONValue) throws(RecordError) -> Note {
    guard case .object = v, let text = v["text"]?.stringValue else {
      throw RecordError(Strings.recordNoteText)
    }
    return Note(at: try timestamp(v["at"], "at"), by: v["by"]?.stringValue ?? "", text: text)
  }

  /// Decodes a history entry object.
  public static func decodeHistory(_ v: JSONValue) throws(RecordError) -> HistoryEntry {
    guard case .object = v, let from = v["from"]?.stringValue, let to = v["to"]?.stringValue else {
      throw RecordError(Strings.recordHistoryFromTo)
    }
    return HistoryEntry(
      field: v["field"]?.stringValue, from: from, to: to, at: try timestamp(v["at"], "at"),
      by: v["by"]?.stringValue ?? "", note: v["note"]?.stringValue)
  }

  /// Encodes one opportunity.
  public static func encode(_ o: Opportunity, style: Style = .file) -> JSONValue {
    var m: [(String, JSONValue)] = [
      ("id", .string(o.id.rawValue)), ("title", .string(o.title)), ("kind", .string(o.kind.rawValue)),
      ("stage", .string(o.stage.rawValue)),
    ]
    for f in Field.allCases where f != .title && f != .kind && f != .source {
      if f == .probability && style == .export {
        m.append(("probability", .number(String(o.probability))))
      } else if style == .export || !f.isEmpty(in: o) {
        m.append((f.rawValue, f.value(in: o)))
      }
    }
    if style == .export || !o.notes.isEmpty { m.append(("notes", .array(o.notes.map(encode(note:))))) }
    if style == .export || !o.history.isEmpty {
      m.append(("history", .array(o.history.map { encode(history: $0, style: style) })))
    }
    m.append(("created", .string(o.created.description)))
    m.append(("updated", .string(o.updated.description)))
    if style == .export || o.source != nil { m.append(("source", Field.source.value(in: o))) }
    if style == .export || o.archived { m.append(("archived", .bool(o.archived))) }
    return .object(m)
  }

  /// Decodes one opportunity; unknown members are refused so typos do not vanish silently.
  public static func decode(_ v: JSONValue) throws(RecordError) -> Opportunity {
    guard case .object(let members) = v else { throw RecordError(Strings.recordNotObject) }
    guard let idText = v["id"]?.stringValue, let id = OpportunityID(rawValue: idText) else {
      throw RecordError(Strings.recordBadID)
    }
    guard let title = v["title"]?.stringValue, !title.isEmpty else {
      throw RecordError(Strings.recordNoTitle(idText))
    }
    let stageText = v["stage"]?.stringValue ?? "identified"
    guard let stage = Stage(rawValue: stageText) else {
      throw RecordError(Strings.recordUnknownStage(idText, stageText))
    }
    let created = try timestamp(v["created"], "created")
    var o = Opportunity(
      id: id, title: title, kind: Kind(rawValue: v["kind"]?.stringValue ?? "other"), stage: stage,
      created: created)
    for (key, value) in members {
      switch key {
      case "id", "title", "stage", "created": continue
      case "archived":
        guard case .bool(let b) = value else { throw RecordError(Strings.recordArchivedBool) }
        o.archived = b
      case "updated": o.updated = try timestamp(value, "updated")
      case "notes":
        guard case .array(let items) = value else { throw RecordError(Strings.recordMustBeList("notes")) }
        o.notes = try items.map { (x) throws(RecordError) in try decodeNote(x) }
      case "history":
        guard case .array(let items) = value else { throw RecordError(Strings.recordMustBeList("history")) }
        o.history = try items.map { (x) throws(RecordError) in try decodeHistory(x) }
      default:
        guard let f = Field(rawValue: key) else { throw RecordError(Strings.recordUnknownField(idText, key)) }
        try f.set(value, in: &o)
      }
    }
    return o
  }
}
