/// Writes JSON on one line (compact, for the file and `--json` lines) or indented (for humans).
/// Strings escape control characters, so every record stays on one physical line.
public struct JSONWriter {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []
  private let indent: Int?
  private let terminalSafe: Bool

  /// Creates a writer; `indent` spaces per level, or nil for one line. `terminalSafe` also
  /// escapes, as `\uXXXX`, every character a terminal could act on or that reorders text (C1
  /// controls, bidi controls, line and paragraph separators: `TerminalText.isHostile`), so
  /// JSON printed to a terminal is inert yet reads back to the same strings.
  public init(indent: Int? = nil, terminalSafe: Bool = false) {
    self.indent = indent
    self.terminalSafe = terminalSafe
  }

  /// The text written so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Encodes a value on one line.
  public static func line(_ v: JSONValue) -> String {
    var w = JSONWriter()
    w.write(v)
    return w.text
  }

  /// Encodes a value with two-space indentation, terminal-safe (for `--json` output).
  public static func pretty(_ v: JSONValue) -> String {
    var w = JSONWriter(indent: 2, terminalSafe: true)
    w.write(v)
    return w.text
  }

  /// Appends a value.
  public mutating func write(_ v: JSONValue, level: Int = 0) {
    switch v {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .bool(let b): bytes.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): bytes.append(contentsOf: n.utf8)
    case .string(let s): writeString(s)
    case .array(let items):
      bytes.append(UInt8(ascii: "["))
      for (k, item) in items.enumerated() {
        if k > 0 { bytes.append(UInt8(ascii: ",")) }
        newline(level + 1)
        write(item, level: level + 1)
      }
      if !items.isEmpty { newline(level) }
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      for (k, (key, value)) in members.enumerated() {
        if k > 0 { bytes.append(UInt8(ascii: ",")) }
        newline(level + 1)
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        if indent != nil { bytes.append(0x20) }
        write(value, level: level + 1)
      }
      if !members.isEmpty { newline(level) }
      bytes.append(UInt8(ascii: "}"))
    }
  }

  private mutating func newline(_ level: Int) {
    guard let indent else { return }
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: indent * level))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private mutating func writeString(_ s: String) {
    if terminalSafe && !s.utf8.allSatisfy({ $0 < 0x80 }) {
      JSONWriter.appendTerminalSafeString(s, to: &bytes)
    } else {
      JSONWriter.appendString(s, to: &bytes)
    }
  }

  /// `appendString`, with every non-ASCII scalar `TerminalText.isHostile` names written as
  /// `\uXXXX` (they are all in the Basic Multilingual Plane).
  static func appendTerminalSafeString(_ s: String, to bytes: inout [UInt8]) {
    var plain = ""
    var chunks: [(String, UInt32?)] = []
    for u in s.unicodeScalars {
      if u.value >= 0x80 && TerminalText.isHostile(u) {
        chunks.append((plain, u.value))
        plain = ""
      } else {
        plain.unicodeScalars.append(u)
      }
    }
    guard !chunks.isEmpty else { return appendString(s, to: &bytes) }
    chunks.append((plain, nil))
    bytes.append(UInt8(ascii: "\""))
    for (text, escaped) in chunks {
      var part: [UInt8] = []
      appendString(text, to: &part)
      bytes.append(contentsOf: part.dropFirst().dropLast())
      if let v = escaped {
        bytes.append(contentsOf: "\\u".utf8)
        for shift in [12, 8, 4, 0] { bytes.append(hexDigits[Int((v >> UInt32(shift)) & 15)]) }
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends `s` as a JSON string literal: quotes, `"` and `\\` escaped, control characters
  /// as `\n`, `\r`, `\t` or `\u00XX`, everything else as UTF-8. Runs that need no escape are
  /// found eight bytes at a time and appended whole.
  static func appendString(_ s: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { u in
      var plain = 0
      var k = 0
      let n = u.count
      while k < n {
        if k + 8 <= n, let base = u.baseAddress,
          !needsEscape(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
        {
          k += 8
          continue
        }
        let c = u[k]
        k += 1
        guard c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain..<k - 1]))
        plain = k
        appendEscape(c, to: &bytes)
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[plain...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Whether any of the eight bytes in `w` is below 0x20, `"`, `\\` or 0x7F (it may also say
  /// so for a byte after one that is; never misses one).
  @inline(__always)
  static func needsEscape(_ w: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte below 0x20 (bytes of 0x80 and up have their top bit set in w, so ~w clears them).
    let control = (w &- ones &* 0x20) & ~w & highs
    func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
    let quote = zeroByte(w ^ (ones &* 0x22))
    let backslash = zeroByte(w ^ (ones &* 0x5C))
    let delete = zeroByte(w ^ (ones &* 0x7F))
    return control | quote | backslash | delete != 0
  }

  /// The escape for one byte `appendString` must not write as is.
  private static func appendEscape(_ c: UInt8, to bytes: inout [UInt8]) {
    bytes.append(0x5C)
    switch c {
    case UInt8(ascii: "\""): bytes.append(0x22)
    case UInt8(ascii: "\\"): bytes.append(0x5C)
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    default:
      bytes.append(contentsOf: "u00".utf8)
      bytes.append(JSONWriter.hexDigits[Int(c >> 4)])
      bytes.append(JSONWriter.hexDigits[Int(c & 15)])
    }
  }
}
