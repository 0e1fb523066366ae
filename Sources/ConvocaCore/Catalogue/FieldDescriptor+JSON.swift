import Foundation

extension FieldDescriptor {
  /// The field's value in `o` as the file (`.file`, nil when it is left out) or `--json`
  /// (`.export`, `null` when unset) writes it.
  public func json(_ o: Opportunity, style: RecordCodec.Style = .file) -> JSONValue? {
    let export = style == .export
    func text(_ s: String) -> JSONValue? { s.isEmpty && !export ? nil : .string(s) }
    switch access {
    case .id: return .string(o.id.rawValue)
    case .text(let l): return text(l.get(o))
    case .kind: return .string(o.kind.rawValue)
    case .stage: return .string(o.stage.rawValue)
    case .area:
      if let a = o.area, !a.rawValue.isEmpty { return .string(a.rawValue) }
      return export ? .null : nil
    case .date(let l): return l.get(o).map { .string($0.description) } ?? (export ? .null : nil)
    case .money(let l): return l.get(o).map(RecordCodec.encode(money:)) ?? (export ? .null : nil)
    case .probability:
      if export { return .number(String(o.probability)) }
      return o.probabilityOverride.map { .number(String($0)) }
    case .tags: return o.tags.isEmpty && !export ? nil : .array(o.tags.map(JSONValue.string))
    case .notes: return o.notes.isEmpty && !export ? nil : .array(o.notes.map(RecordCodec.encode(note:)))
    case .history:
      return o.history.isEmpty && !export
        ? nil : .array(o.history.map { RecordCodec.encode(history: $0, style: style) })
    case .timestamp(let l): return .string(l.get(o).description)
    case .source:
      return o.source.map { .object([("system", .string($0.system)), ("id", .string($0.id))]) }
        ?? (export ? .null : nil)
    case .flag(let l): return l.get(o) || export ? .bool(l.get(o)) : nil
    }
  }

  /// The value a command sets or compares (`null` when unset).
  public func value(_ o: Opportunity) -> JSONValue {
    if case .probability = access { return o.probabilityOverride.map { .number(String($0)) } ?? .null }
    return json(o, style: .export) ?? .null
  }

  /// Whether `o` holds nothing in this field (such fields are left out of the file).
  public func isEmpty(in o: Opportunity) -> Bool { json(o, style: .file) == nil }

  /// Whether `o` has this field filled in, for `has:`/`no:`: text that is not only white
  /// space, a date, an amount, at least one tag or note.
  public func isPresent(in o: Opportunity) -> Bool { access.isPresent(in: o) }
}

extension FieldAccess {
  /// Whether `o` has this field filled in (see `FieldDescriptor.isPresent(in:)`).
  @inline(__always)
  public func isPresent(in o: Opportunity) -> Bool {
    switch self {
    case .text(let l): return !FieldDescriptor.blank(l.get(o))
    case .area: return o.area != nil
    case .date(let l): return l.get(o) != nil
    case .money(let l): return l.get(o) != nil
    case .probability: return o.probabilityOverride != nil
    case .tags: return !o.tags.isEmpty
    case .notes: return !o.notes.isEmpty
    case .history: return !o.history.isEmpty
    case .source: return o.source != nil
    case .flag(let l): return l.get(o)
    case .id, .kind, .stage, .timestamp: return true
    }
  }
}

extension FieldDescriptor {
  @inline(__always)
  static func blank(_ s: String) -> Bool {
    s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }

  /// Sets the field in `o` from its JSON form; throws when the value has the wrong shape.
  public func decode(_ v: JSONValue, into o: inout Opportunity) throws(RecordError) {
    func str() throws(RecordError) -> String {
      switch v {
      case .string(let s): return s
      case .null: return ""
      default: throw RecordError(Strings.recordMustBeString(name))
      }
    }
    switch access {
    case .id:
      guard let s = v.stringValue, let id = OpportunityID(rawValue: s) else {
        throw RecordError(Strings.recordBadID)
      }
      o.id = id
    case .text(let l):
      let t = try str()
      if isRequired && t.isEmpty { throw RecordError(Strings.recordMustNotBeEmpty(name)) }
      l.set(&o, t)
    case .kind:
      let k = try str()
      guard !k.isEmpty else { throw RecordError(Strings.recordMustNotBeEmpty(name)) }
      o.kind = Kind(rawValue: k)
    case .stage:
      let s = try str()
      guard let stage = Stage(rawValue: s) else {
        throw RecordError(Strings.recordUnknownStage(o.id.rawValue, s))
      }
      o.stage = stage
    case .area:
      let a = try str()
      o.area = a.isEmpty ? nil : Area(rawValue: a)
    case .date(let l):
      switch v {
      case .null: l.set(&o, nil)
      case .string(let s):
        guard let d = CalendarDate(iso: s) else { throw RecordError(Strings.recordNotADate(name, s)) }
        l.set(&o, d)
      default: throw RecordError(Strings.recordMustBeDateString(name))
      }
    case .money(let l): l.set(&o, try RecordCodec.decodeMoney(v, field: name))
    case .probability:
      switch v {
      case .null: o.probabilityOverride = nil
      case .number(let n):
        guard let p = Int(n), (0...100).contains(p) else { throw RecordError(Strings.recordProbabilityRange) }
        o.probabilityOverride = p
      default: throw RecordError(Strings.recordMustBeNumber(name))
      }
    case .tags:
      switch v {
      case .null: o.tags = []
      case .array(let items):
        var tags: [String] = []
        for item in items {
          guard case .string(let s) = item else { throw RecordError(Strings.recordMustHoldStrings(name)) }
          tags.append(s)
        }
        o.tags = tags
      default: throw RecordError(Strings.recordMustBeList(name))
      }
    case .notes:
      guard case .array(let items) = v else { throw RecordError(Strings.recordMustBeList(name)) }
      o.notes = try items.map { (x) throws(RecordError) in try RecordCodec.decodeNote(x) }
    case .history:
      guard case .array(let items) = v else { throw RecordError(Strings.recordMustBeList(name)) }
      o.history = try items.map { (x) throws(RecordError) in try RecordCodec.decodeHistory(x) }
    case .timestamp(let l): l.set(&o, try RecordCodec.timestamp(v, name))
    case .source:
      switch v {
      case .null: o.source = nil
      case .object:
        guard let s = v["system"]?.stringValue, let i = v["id"]?.stringValue else {
          throw RecordError(Strings.recordSourceParts)
        }
        o.source = Source(system: s, id: i)
      default: throw RecordError(Strings.recordMustBeObject(name))
      }
    case .flag(let l):
      guard case .bool(let b) = v else { throw RecordError(Strings.recordMustBeBool(name)) }
      l.set(&o, b)
    }
  }
}
