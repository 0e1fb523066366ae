/// Text being typed, with a cursor. Shared by the filter bar, prompts and form fields; a
/// multi-line editor keeps newlines (the form's description).
///
/// The cursor is kept as a position in the text, so typing, deleting and moving cost what
/// they touch, not the length of the text (a 10 MB description stays responsive).
public struct LineEditor: Hashable, Sendable {
  /// The text so far.
  public private(set) var text: String
  /// The cursor, as a position in `text`.
  public private(set) var position: String.Index
  /// Whether the whole text is selected: a typed character replaces it, Backspace clears
  /// it, and any other key just ends the selection.
  public private(set) var isAllSelected = false

  /// Creates an editor holding `text`, the cursor at its end.
  public init(_ text: String = "") {
    self.text = text
    position = text.endIndex
  }

  /// The cursor, as a number of characters from the start (0…text.count). Costs the
  /// length of the text before the cursor.
  public var cursor: Int { text.distance(from: text.startIndex, to: position) }

  /// Replaces the whole text; the cursor goes to the end.
  public mutating func set(_ new: String) {
    text = new
    position = text.endIndex
    isAllSelected = false
  }

  /// Selects the whole text (see `isAllSelected`).
  public mutating func selectAll() { isAllSelected = !text.isEmpty }

  /// Replaces the characters in `range` (character offsets) with `s`, leaving the cursor
  /// after it.
  public mutating func replace(_ range: Range<Int>, with s: String) {
    let lo =
      text.index(text.startIndex, offsetBy: max(0, range.lowerBound), limitedBy: text.endIndex)
      ?? text.endIndex
    let hi =
      text.index(lo, offsetBy: max(0, range.upperBound - max(0, range.lowerBound)), limitedBy: text.endIndex)
      ?? text.endIndex
    replace(lo..<hi, with: s)
  }

  /// Replaces the text in `range` with `s`, leaving the cursor after it.
  mutating func replace(_ range: Range<String.Index>, with s: String) {
    let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    text.replaceSubrange(range, with: s)
    // A UTF-8 offset: O(1) on a native string, wherever the cursor is.
    position = text.utf8.index(text.startIndex, offsetBy: offset + s.utf8.count)
    isAllSelected = false
  }

  /// Inserts `s` at the cursor.
  public mutating func insert(_ s: String) { replace(position..<position, with: s) }

  /// Applies an editing key (characters, Backspace, Delete, ← →, Home, End, Ctrl-U, Ctrl-K;
  /// Enter too when `multiline`). Returns false for keys that are not editing keys.
  public mutating func handle(_ key: Key, multiline: Bool = false) -> Bool {
    if isAllSelected {
      isAllSelected = false
      switch key {
      case .char(let c):
        set(String(c))
        return true
      case .backspace, .delete, .ctrl("u"), .ctrl("k"):
        set("")
        return true
      default: break
      }
    }
    switch key {
    case .char(let c): insert(String(c))
    case .enter where multiline: insert("\n")
    case .backspace:
      if position > text.startIndex { replace(text.index(before: position)..<position, with: "") }
    case .delete:
      if position < text.endIndex { replace(position..<text.index(after: position), with: "") }
    case .left: if position > text.startIndex { position = text.index(before: position) }
    case .right: if position < text.endIndex { position = text.index(after: position) }
    case .home, .ctrl("a"): position = multiline ? lineStart : text.startIndex
    case .end: position = multiline ? lineEnd : text.endIndex
    case .ctrl("u"): replace((multiline ? lineStart : text.startIndex)..<position, with: "")
    case .ctrl("k"): replace(position..<(multiline ? lineEnd : text.endIndex), with: "")
    default: return false
    }
    return true
  }

  /// Where the cursor's line starts.
  var lineStart: String.Index {
    text[..<position].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
  }

  /// Where the cursor's line ends.
  var lineEnd: String.Index { text[position...].firstIndex(of: "\n") ?? text.endIndex }

  /// The text before the cursor (costs its length: views use `beforeCursorSlice`).
  public var beforeCursor: String { String(text[..<position]) }

  /// The text before the cursor, without copying it.
  public var beforeCursorSlice: Substring { text[..<position] }
}
