/// Parses one JSON value from UTF-8 bytes. Strict: no trailing commas, no comments, no member
/// name twice in one object, strings must be valid UTF-8, nesting is limited (hostile files
/// must not overflow the stack).
public struct JSONParser: ~Copyable {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  private var depth = 0
  private static let maxDepth = 64

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Parses a whole document (surrounding white space allowed).
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONError) -> JSONValue {
    var p = JSONParser(bytes)
    p.skipSpace()
    let v = try p.value()
    p.skipSpace()
    guard p.i == bytes.count else { throw JSONError(message: Strings.jsonTrailingText, offset: p.i) }
    return v
  }

  /// Parses a whole document held in a byte array slice.
  public static func parse(_ bytes: some Collection<UInt8>) throws(JSONError) -> JSONValue {
    let arr = Array(bytes)
    let r: Result<JSONValue, JSONError> = arr.withUnsafeBufferPointer { buf in
      do throws(JSONError) { return .success(try parse(buf)) } catch { return .failure(error) }
    }
    return try r.get()
  }

  /// Parses a whole document held in a string.
  public static func parse(_ text: String) throws(JSONError) -> JSONValue { try parse(Array(text.utf8)) }

  private mutating func skipSpace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09, 0x0A, 0x0D: i += 1
      default: return
      }
    }
  }

  private func fail(_ m: String) -> JSONError { JSONError(message: m, offset: i) }

  private mutating func value() throws(JSONError) -> JSONValue {
    guard i < bytes.count else { throw fail(Strings.jsonUnexpectedEnd) }
    switch bytes[i] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), 0x30...0x39: return .number(try number())
    default: throw fail(Strings.jsonUnexpectedCharacter)
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONError) {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count else { throw fail(Strings.jsonUnexpectedEnd) }
    let p = word.utf8Start
    for k in 0..<n where bytes[i + k] != p[k] { throw fail(Strings.jsonUnexpectedCharacter) }
    i += n
  }

  private mutating func object() throws(JSONError) -> JSONValue {
    depth += 1
    guard depth <= JSONParser.maxDepth else { throw fail(Strings.jsonTooDeep) }
    defer { depth -= 1 }
    i += 1
    var members: [(String, JSONValue)] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail(Strings.jsonExpectedName) }
      let key = try string()
      // A repeated name is refused: readers would disagree on which copy counts.
      guard !members.contains(where: { $0.0 == key }) else { throw fail("duplicate member name") }
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail(Strings.jsonExpected(":")) }
      i += 1
      skipSpace()
      members.append((key, try value()))
      skipSpace()
      guard i < bytes.count else { throw fail(Strings.jsonUnexpectedEnd) }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        return .object(members)
      }
      throw fail(Strings.jsonExpectedCommaOr("}"))
    }
  }

  private mutating func array() throws(JSONError) -> JSONValue {
    depth += 1
    guard depth <= JSONParser.maxDepth else { throw fail(Strings.jsonTooDeep) }
    defer { depth -= 1 }
    i += 1
    var items: [JSONValue] = []
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try value())
      skipSpace()
      guard i < bytes.count else { throw fail(Strings.jsonUnexpectedEnd) }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "]") {
        i += 1
        return .array(items)
      }
      throw fail(Strings.jsonExpectedCommaOr("]"))
    }
  }

  private mutating func number() throws(JSONError) -> String {
    let start = i
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    func digits(_ p: inout JSONParser) -> Int {
      let s = p.i
      while p.i < p.bytes.count, p.bytes[p.i] >= 0x30, p.bytes[p.i] <= 0x39 { p.i += 1 }
      return p.i - s
    }
    let intStart = i
    let nInt = digits(&self)
    guard nInt > 0 else { throw fail(Strings.jsonBadNumber) }
    if nInt > 1, bytes[intStart] == 0x30 { throw JSONError(message: Strings.jsonBadNumber, offset: intStart) }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits(&self) > 0 else { throw fail(Strings.jsonBadNumber) }
    }
    if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits(&self) > 0 else { throw fail(Strings.jsonBadNumber) }
    }
    guard i - start <= 64 else { throw JSONError(message: Strings.jsonNumberTooLong, offset: start) }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
  }

  private mutating func string() throws(JSONError) -> String {
    i += 1
    let start = i
    // Fast path: no escapes and plain ASCII or valid UTF-8 up to the closing quote.
    var ascii = true
    while i < bytes.count {
      let c = bytes[i]
      if c == UInt8(ascii: "\"") {
        let span = UnsafeBufferPointer(rebasing: bytes[start..<i])
        i += 1
        if ascii { return String(decoding: span, as: UTF8.self) }
        guard let s = String(validating: span, as: UTF8.self) else {
          throw JSONError(message: Strings.jsonInvalidUTF8, offset: start)
        }
        return s
      }
      if c == UInt8(ascii: "\\") { break }
      if c < 0x20 { throw fail(Strings.jsonControlCharacter) }
      if c >= 0x80 { ascii = false }
      i += 1
    }
    // Slow path with escapes.
    var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
    while i < bytes.count {
      let c = bytes[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        guard let s = String(validating: out, as: UTF8.self) else {
          throw JSONError(message: Strings.jsonInvalidUTF8, offset: start)
        }
        return s
      }
      if c < 0x20 { throw fail(Strings.jsonControlCharacter) }
      if c != UInt8(ascii: "\\") {
        out.append(c)
        i += 1
        continue
      }
      i += 1
      guard i < bytes.count else { break }
      let e = bytes[i]
      i += 1
      switch e {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
          guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
            throw fail(Strings.jsonUnpairedSurrogate)
          }
          i += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw fail(Strings.jsonUnpairedSurrogate) }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(code) {
          throw fail(Strings.jsonUnpairedSurrogate)
        }
        guard let scalar = Unicode.Scalar(code) else { throw fail(Strings.jsonBadEscape) }
        out.append(contentsOf: String(Character(scalar)).utf8)
      default: throw fail(Strings.jsonBadEscape)
      }
    }
    throw fail(Strings.jsonUnterminatedString)
  }

  private mutating func hex4() throws(JSONError) -> UInt32 {
    guard i + 4 <= bytes.count else { throw fail(Strings.jsonBadEscape) }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[i]
      let d: UInt32
      switch c {
      case 0x30...0x39: d = UInt32(c - 0x30)
      case 0x61...0x66: d = UInt32(c - 0x61 + 10)
      case 0x41...0x46: d = UInt32(c - 0x41 + 10)
      default: throw fail(Strings.jsonBadEscape)
      }
      v = v << 4 | d
      i += 1
    }
    return v
  }
}
