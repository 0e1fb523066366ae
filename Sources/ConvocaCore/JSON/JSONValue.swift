/// A JSON document as a value. Numbers keep their source text so decimals stay exact; object
/// keys keep their order so the file's canonical form is stable.
///
/// Hand-written rather than Foundation's `JSONSerialization`: that one turns numbers into
/// binary floating point (money must stay decimal) and loses key order, and on Linux it is
/// several times too slow to open 100,000 records within the 250 ms budget.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  /// A number, as its exact JSON text.
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in order.
  case object([(String, JSONValue)])

  /// The string inside, if this is a string.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The member named `key`, if this is an object that has it.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first(where: { $0.0 == key })?.1
  }

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public func hash(into h: inout Hasher) {
    switch self {
    case .null: h.combine(0)
    case .bool(let b): h.combine(b)
    case .number(let n): h.combine(n)
    case .string(let s): h.combine(s)
    case .array(let a): h.combine(a)
    case .object(let m):
      for (k, v) in m {
        h.combine(k)
        h.combine(v)
      }
    }
  }
}

/// Why a JSON text could not be read, with the byte offset where it went wrong.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// Byte offset in the input.
  public var offset: Int
  public var description: String { Strings.jsonAtByte(message, offset + 1) }
}
