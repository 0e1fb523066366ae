/// The fields a command can set, named as in the file and on the command line. Stage, notes
/// and history change only through moves and notes; id, created and updated are kept by the
/// store.
public enum Field: String, CaseIterable, Sendable, Hashable {
  case title, kind, funder, program, country, area, deadline, decision, amount, awarded, probability,
    owner, tags, url, contact, description, source

  /// The field's value in `o`, as JSON (`null` when unset).
  public func value(in o: Opportunity) -> JSONValue {
    switch self {
    case .title: return .string(o.title)
    case .kind: return .string(o.kind.rawValue)
    case .funder: return .string(o.funder)
    case .program: return .string(o.program)
    case .country: return .string(o.country)
    case .area: return o.area.map { .string($0.rawValue) } ?? .null
    case .deadline: return o.deadline.map { .string($0.description) } ?? .null
    case .decision: return o.decision.map { .string($0.description) } ?? .null
    case .amount: return o.amount.map(RecordCodec.encode(money:)) ?? .null
    case .awarded: return o.awarded.map(RecordCodec.encode(money:)) ?? .null
    case .probability: return o.probabilityOverride.map { .number(String($0)) } ?? .null
    case .owner: return .string(o.owner)
    case .tags: return .array(o.tags.map(JSONValue.string))
    case .url: return .string(o.url)
    case .contact: return .string(o.contact)
    case .description: return .string(o.description)
    case .source:
      return o.source.map { .object([("system", .string($0.system)), ("id", .string($0.id))]) } ?? .null
    }
  }

  /// Whether the field holds nothing in `o` (such fields are left out of the file).
  public func isEmpty(in o: Opportunity) -> Bool {
    switch value(in: o) {
    case .null: return true
    case .string(let s): return s.isEmpty
    case .array(let a): return a.isEmpty
    default: return false
    }
  }

  /// Sets the field in `o` from JSON; throws when the value has the wrong shape.
  public func set(_ v: JSONValue, in o: inout Opportunity) throws(RecordError) {
    func str() throws(RecordError) -> String {
      switch v {
      case .string(let s): return s
      case .null: return ""
      default: throw RecordError(Strings.recordMustBeString(rawValue))
      }
    }
    func date() throws(RecordError) -> CalendarDate? {
      switch v {
      case .null: return nil
      case .string(let s):
        guard let d = CalendarDate(iso: s) else { throw RecordError(Strings.recordNotADate(rawValue, s)) }
        return d
      default: throw RecordError(Strings.recordMustBeDateString(rawValue))
      }
    }
    switch self {
    case .title:
      let t = try str()
      guard !t.isEmpty else { throw RecordError(Strings.recordMustNotBeEmpty("title")) }
      o.title = t
    case .kind:
      let k = try str()
      guard !k.isEmpty else { throw RecordError(Strings.recordMustNotBeEmpty("kind")) }
      o.kind = Kind(rawValue: k)
    case .funder: o.funder = try str()
    case .program: o.program = try str()
    case .country: o.country = try str()
    case .area:
      let a = try str()
      o.area = a.isEmpty ? nil : Area(rawValue: a)
    case .deadline: o.deadline = try date()
    case .decision: o.decision = try date()
    case .amount: o.amount = try RecordCodec.decodeMoney(v, field: rawValue)
    case .awarded: o.awarded = try RecordCodec.decodeMoney(v, field: rawValue)
    case .probability:
      switch v {
      case .null: o.probabilityOverride = nil
      case .number(let n):
        guard let p = Int(n), (0...100).contains(p) else {
          throw RecordError(Strings.recordProbabilityRange)
        }
        o.probabilityOverride = p
      default: throw RecordError(Strings.recordMustBeNumber("probability"))
      }
    case .owner: o.owner = try str()
    case .tags:
      switch v {
      case .null: o.tags = []
      case .array(let items):
        var tags: [String] = []
        for item in items {
          guard case .string(let s) = item else { throw RecordError(Strings.recordMustHoldStrings("tags")) }
          tags.append(s)
        }
        o.tags = tags
      default: throw RecordError(Strings.recordMustBeList("tags"))
      }
    case .url: o.url = try str()
    case .contact: o.contact = try str()
    case .description: o.description = try str()
    case .source:
      switch v {
      case .null: o.source = nil
      case .object:
        guard let s = v["system"]?.stringValue, let i = v["id"]?.stringValue else {
          throw RecordError(Strings.recordSourceParts)
        }
        o.source = Source(system: s, id: i)
      default: throw RecordError(Strings.recordMustBeObject("source"))
      }
    }
  }
}

/// A record or journal line that does not have the expected shape.
public struct RecordError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// Creates the error.
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
