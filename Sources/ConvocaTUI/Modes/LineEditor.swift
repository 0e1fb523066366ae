/// Text being typed, with a cursor (a character offset). Shared by the filter bar, prompts
/// and form fields; a multi-line editor keeps newlines (the form's description).
public struct LineEditor: Hashable, Sendable {
  /// The text so far.
  public private(set) var text: String
  /// The cursor, as a number of characters from the start (0…text.count).
  public private(set) var cursor: Int

  /// Creates an editor holding `text`, the cursor at its end.
  public init(_ text: String = "") {
    self.text = text
    cursor = text.count
  }

  /// Replaces the whole text; the cursor goes to the end.
  public mutating func set(_ new: String) {
    text = new
    cursor = new.count
  }

  /// Replaces the characters in `range` with `s`, leaving the cursor after it.
  public mutating func replace(_ range: Range<Int>, with s: String) {
    var chars = Array(text)
    let lo = max(0, min(range.lowerBound, chars.count))
    let hi = max(lo, min(range.upperBound, chars.count))
    chars.replaceSubrange(lo..<hi, with: Array(s))
    text = String(chars)
    cursor = lo + s.count
  }

  /// Inserts `s` at the cursor.
  public mutating func insert(_ s: String) { replace(cursor..<cursor, with: s) }

  /// Applies an editing key (characters, Backspace, Delete, ← →, Home, End, Ctrl-U, Ctrl-K;
  /// Enter too when `multiline`). Returns false for keys that are not editing keys.
  public mutating func handle(_ key: Key, multiline: Bool = false) -> Bool {
    switch key {
    case .char(let c): insert(String(c))
    case .enter where multiline: insert("\n")
    case .backspace: if cursor > 0 { replace(cursor - 1..<cursor, with: "") }
    case .delete: if cursor < text.count { replace(cursor..<cursor + 1, with: "") } else { return true }
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home, .ctrl("a"): cursor = multiline ? lineStart : 0
    case .end: cursor = multiline ? lineEnd : text.count
    case .ctrl("u"): replace((multiline ? lineStart : 0)..<cursor, with: "")
    case .ctrl("k"): replace(cursor..<(multiline ? lineEnd : text.count), with: "")
    default: return false
    }
    return true
  }

  /// The offset where the cursor's line starts.
  var lineStart: Int {
    let chars = Array(text)
    var i = cursor
    while i > 0, chars[i - 1] != "\n" { i -= 1 }
    return i
  }

  /// The offset where the cursor's line ends.
  var lineEnd: Int {
    let chars = Array(text)
    var i = cursor
    while i < chars.count, chars[i] != "\n" { i += 1 }
    return i
  }

  /// The text before the cursor.
  public var beforeCursor: String { String(text.prefix(cursor)) }
}
