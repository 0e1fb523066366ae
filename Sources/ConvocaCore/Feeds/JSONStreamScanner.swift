/// Walks a JSON document a chunk at a time without building it: skips values, or copies one
/// value's bytes out to be parsed on its own (`JSONParser`). Enough to find an array inside
/// a large file and hand over its elements one by one. Counts lines for messages.
struct JSONStreamScanner {
  let reader: ChunkReader
  private var buffer: [UInt8] = []
  private var pos = 0
  /// The line of the next byte (1-based).
  private(set) var line = 1
  /// The deepest nesting a copied value may have (the feed's records need 4).
  static let maxDepth = 64

  init(_ reader: ChunkReader) { self.reader = reader }

  /// Why the document cannot be walked.
  enum Failure: Error {
    /// The file ends early.
    case truncated
    /// A byte that cannot be there, with what was expected.
    case unexpected(line: Int, expected: String)
    /// A value nested deeper than `maxDepth`.
    case tooDeep(line: Int)
    /// The document is JSON but not of the expected shape.
    case shape(String)
  }

  /// The next byte, without taking it; nil at the end.
  mutating func peek() -> UInt8? {
    if pos == buffer.count {
      buffer = reader.read(max: 1 << 17)
      pos = 0
      if buffer.isEmpty { return nil }
    }
    return buffer[pos]
  }

  /// Takes the next byte.
  mutating func take() -> UInt8? {
    guard let b = peek() else { return nil }
    pos += 1
    if b == 0x0A { line += 1 }
    return b
  }

  /// Skips white space; the next byte, without taking it.
  mutating func next() -> UInt8? {
    while let b = peek(), b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { _ = take() }
    return peek()
  }

  /// Takes `b` (after white space) or fails naming `what`.
  mutating func expect(_ b: UInt8, _ what: String) throws(Failure) {
    guard let c = next() else { throw .truncated }
    guard c == b else { throw .unexpected(line: line, expected: what) }
    _ = take()
  }

  /// A string (the opening quote next), decoded.
  mutating func string() throws(Failure) -> String {
    var raw: [UInt8] = []
    try copy(into: &raw)
    guard raw.first == 0x22, case .string(let s)? = try? JSONParser.parse(raw) else {
      throw .unexpected(line: line, expected: "\"")
    }
    return s
  }

  /// Skips one value.
  mutating func skip() throws(Failure) {
    var sink: [UInt8]? = nil
    try walk(&sink)
  }

  /// Appends one value's bytes to `out`.
  mutating func copy(into out: inout [UInt8]) throws(Failure) {
    var o: [UInt8]? = out
    out = []
    try walk(&o)
    out = o ?? []
  }

  /// Walks one value (strings, nesting) from the next non-space byte, copying it when `out`
  /// is not nil. Iterative: no depth reaches the stack.
  private mutating func walk(_ out: inout [UInt8]?) throws(Failure) {
    guard let first = next() else { throw .truncated }
    var depth = 0
    var inString = false
    var escaped = false
    var started = false
    while true {
      guard let b = peek() else { throw .truncated }
      if started && !inString && depth == 0 {
        // A scalar ends at a delimiter; a string or container ended already.
        if b == 0x2C || b == 0x7D || b == 0x5D || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { return }
      }
      _ = take()
      out?.append(b)
      started = true
      if inString {
        if escaped {
          escaped = false
        } else if b == 0x5C {
          escaped = true
        } else if b == 0x22 {
          inString = false
          if depth == 0 { return }
        }
        continue
      }
      switch b {
      case 0x22: inString = true
      case 0x7B, 0x5B:
        depth += 1
        if depth > Self.maxDepth { throw .tooDeep(line: line) }
      case 0x7D, 0x5D:
        depth -= 1
        if depth < 0 { throw .unexpected(line: line, expected: "value") }
        if depth == 0 { return }
      default:
        if depth == 0
          && !(first == 0x2D || (first >= 0x30 && first <= 0x39) || first == 0x74 || first == 0x66
            || first == 0x6E)
        {
          throw .unexpected(line: line, expected: "value")
        }
      }
    }
  }
}
