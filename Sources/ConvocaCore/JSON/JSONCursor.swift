import Foundation

/// A forward-only reader over the bytes of one JSON line, for the hot path of loading a file:
/// it decodes straight into model values, without building a `JSONValue` tree. Member names
/// are compared as bytes, never turned into strings.
struct JSONCursor: ~Copyable {
  let bytes: UnsafeBufferPointer<UInt8>
  var i = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  func fail(_ m: String) -> JSONError { JSONError(message: m, offset: i) }

  mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A {
      i += 1
    }
  }

  var atEnd: Bool { i >= bytes.count }

  mutating func peek() -> UInt8? {
    skipSpace()
    return i < bytes.count ? bytes[i] : nil
  }

  mutating func expect(_ c: UInt8) throws(JSONError) {
    skipSpace()
    guard i < bytes.count, bytes[i] == c else {
      throw fail(Strings.jsonExpected(String(Character(Unicode.Scalar(c)))))
    }
    i += 1
  }

  /// Reads `,` (true: another member/item follows) or the closing `close` (false).
  mutating func next(_ close: UInt8) throws(JSONError) -> Bool {
    skipSpace()
    guard i < bytes.count else { throw fail(Strings.jsonUnexpectedEnd) }
    if bytes[i] == UInt8(ascii: ",") {
      i += 1
      return true
    }
    if bytes[i] == close {
      i += 1
      return false
    }
    throw fail(Strings.jsonExpectedCommaOr(String(Character(Unicode.Scalar(close)))))
  }

  /// Opens an object or array; false when it is empty (and already closed).
  mutating func open(_ open: UInt8, _ close: UInt8) throws(JSONError) -> Bool {
    try expect(open)
    skipSpace()
    if i < bytes.count, bytes[i] == close {
      i += 1
      return false
    }
    return true
  }

  /// Reads a member name (without escapes: ours never need them) and its colon.
  mutating func key() throws(JSONError) -> UnsafeBufferPointer<UInt8> {
    try expect(UInt8(ascii: "\""))
    let start = i
    while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
      if bytes[i] == UInt8(ascii: "\\") || bytes[i] < 0x20 { throw fail(Strings.jsonBadNameCharacter) }
      i += 1
    }
    guard i < bytes.count else { throw fail(Strings.jsonUnterminatedString) }
    let k = UnsafeBufferPointer(rebasing: bytes[start..<i])
    i += 1
    try expect(UInt8(ascii: ":"))
    return k
  }

  /// Whether the next value is `null` (consumed if so).
  mutating func null() -> Bool {
    skipSpace()
    if i + 4 <= bytes.count, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"),
      bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l")
    {
      i += 4
      return true
    }
    return false
  }

  /// Reads a string value that often repeats, sharing one copy through `interner`.
  mutating func string(_ interner: inout StringInterner) throws(JSONError) -> String {
    skipSpace()
    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail(Strings.jsonExpectedString) }
    var end = i + 1
    var ascii = true
    while end < bytes.count {
      let c = bytes[end]
      if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
      if c >= 0x80 { ascii = false }
      end += 1
    }
    if end < bytes.count, bytes[end] == UInt8(ascii: "\""),
      let s = interner.intern(UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]), ascii: ascii)
    {
      i = end + 1
      return s
    }
    return try string()
  }

  /// Reads a string value.
  mutating func string() throws(JSONError) -> String {
    skipSpace()
    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail(Strings.jsonExpectedString) }
    let start = i
    i += 1
    var ascii = true
    while i < bytes.count {
      let c = bytes[i]
      if c == UInt8(ascii: "\"") {
        let span = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<i])
        i += 1
        if ascii { return String(decoding: span, as: UTF8.self) }
        guard let s = String(validating: span, as: UTF8.self) else {
          throw JSONError(message: Strings.jsonInvalidUTF8, offset: start)
        }
        return s
      }
      if c == UInt8(ascii: "\\") {
        // Rare: hand the string to the full parser, which knows every escape.
        var end = i
        while end < bytes.count {
          if bytes[end] == UInt8(ascii: "\\") {
            end += 2
            continue
          }
          if bytes[end] == UInt8(ascii: "\"") { break }
          end += 1
        }
        guard end < bytes.count else { throw fail(Strings.jsonUnterminatedString) }
        let v = try JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[start...end]))
        i = end + 1
        guard case .string(let s) = v else { throw fail(Strings.jsonExpectedString) }
        return s
      }
      if c < 0x20 { throw fail(Strings.jsonControlCharacter) }
      if c >= 0x80 { ascii = false }
      i += 1
    }
    throw fail(Strings.jsonUnterminatedString)
  }

  /// Reads a number's text as bytes (validated by the caller's conversion).
  mutating func numberBytes() throws(JSONError) -> UnsafeBufferPointer<UInt8> {
    skipSpace()
    let start = i
    // The JSON grammar, as strict as `JSONParser`: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    // (a looser scan took `050` or `1-2`, which the reference parser refuses).
    func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
    func digits() -> Bool {
      guard isDigit(i) else { return false }
      while isDigit(i) { i += 1 }
      return true
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
    if i < bytes.count, bytes[i] == 0x30 {
      i += 1
    } else if !digits() {
      throw fail(Strings.jsonExpectedNumber)
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits() else { throw fail(Strings.jsonExpectedNumber) }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits() else { throw fail(Strings.jsonExpectedNumber) }
    }
    guard i - start <= 64 else { throw fail(Strings.jsonExpectedNumber) }
    return UnsafeBufferPointer(rebasing: bytes[start..<i])
  }

  /// Reads any value as a tree (for members the fast path does not know).
  mutating func value() throws(JSONError) -> JSONValue {
    skipSpace()
    let start = i
    try skipValue(depth: 0)
    return try JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[start..<i]))
  }

  private mutating func skipValue(depth: Int) throws(JSONError) {
    guard depth < 64 else { throw fail(Strings.jsonTooDeep) }
    skipSpace()
    guard i < bytes.count else { throw fail(Strings.jsonUnexpectedEnd) }
    switch bytes[i] {
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "{"):
      if try open(UInt8(ascii: "{"), UInt8(ascii: "}")) {
        repeat {
          _ = try key()
          try skipValue(depth: depth + 1)
        } while try next(UInt8(ascii: "}"))
      }
    case UInt8(ascii: "["):
      if try open(UInt8(ascii: "["), UInt8(ascii: "]")) {
        repeat { try skipValue(depth: depth + 1) } while try next(UInt8(ascii: "]"))
      }
    default:
      while i < bytes.count, bytes[i] != UInt8(ascii: ","), bytes[i] != UInt8(ascii: "}"),
        bytes[i] != UInt8(ascii: "]"),
        bytes[i] != 0x20
      {
        i += 1
      }
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these bytes spell `s` (ASCII).
  @inline(__always)
  func `is`(_ s: StaticString) -> Bool {
    guard count == s.utf8CodeUnitCount else { return false }
    let p = s.utf8Start
    for k in 0..<count where self[k] != p[k] { return false }
    return true
  }
}

/// Fast conversions from ASCII bytes.
enum ByteParse {
  /// A plain decimal (`-123.45`, `1e3`) as an exact `Decimal`; nil when malformed.
  static func decimal(_ b: UnsafeBufferPointer<UInt8>) -> Decimal? {
    var k = 0
    var negative = false
    if k < b.count, b[k] == UInt8(ascii: "-") {
      negative = true
      k += 1
    }
    var significand: UInt64 = 0
    var exponent = 0
    var digits = 0
    var sawDot = false
    while k < b.count {
      let c = b[k]
      if c >= 0x30 && c <= 0x39 {
        guard digits < 19 else { return slow(b) }
        significand = significand * 10 + UInt64(c - 0x30)
        if significand > 0 || sawDot { digits += 1 }
        if sawDot { exponent -= 1 }
      } else if c == UInt8(ascii: "."), !sawDot {
        sawDot = true
      } else {
        return slow(b)
      }
      k += 1
    }
    guard k > (negative ? 1 : 0) else { return nil }
    return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
  }

  static let posix = Locale(identifier: "en_US_POSIX")

  static func slow(_ b: UnsafeBufferPointer<UInt8>) -> Decimal? {
    let d = Decimal(string: String(decoding: b, as: UTF8.self), locale: posix)
    return d.flatMap { $0.isNaN ? nil : $0 }
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` quickly; anything else through `Timestamp(iso:)`.
  static func timestamp(_ s: String) -> Timestamp? {
    var s = s
    return s.withUTF8 { u -> Timestamp? in
      guard u.count == 20, u[4] == 0x2D, u[7] == 0x2D, u[10] == UInt8(ascii: "T"), u[13] == 0x3A,
        u[16] == 0x3A,
        u[19] == UInt8(ascii: "Z")
      else { return Timestamp(iso: String(decoding: u, as: UTF8.self)) }
      func n(_ a: Int, _ len: Int) -> Int? {
        var v = 0
        for k in a..<(a + len) {
          let c = u[k]
          guard c >= 0x30, c <= 0x39 else { return nil }
          v = v * 10 + Int(c - 0x30)
        }
        return v
      }
      guard let y = n(0, 4), let mo = n(5, 2), let d = n(8, 2), let h = n(11, 2), let mi = n(14, 2),
        let se = n(17, 2),
        h < 24, mi < 60, se < 61, let date = CalendarDate(year: y, month: mo, day: d)
      else { return nil }
      let seconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(h * 3600 + mi * 60 + se)
      return Timestamp.writable.contains(seconds) ? Timestamp(seconds: seconds) : nil
    }
  }
}
