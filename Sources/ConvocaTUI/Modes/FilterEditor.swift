import ConvocaCore

/// The filter bar while it is being edited. The list follows every keystroke; an invalid
/// query shows its error while the list keeps the last valid result.
public struct FilterEditor: Hashable, Sendable {
  /// What is being typed.
  public var editor: LineEditor
  /// The filter before editing began (Esc restores it).
  public var previousText: String
  /// The query before editing began.
  public var previousQuery: Query
  /// Why the text does not parse, when it does not.
  public var error: String?
  /// Which history entry is shown (nil: the text being typed).
  public var historyIndex: Int?
  /// The text being typed before history recall replaced it.
  public var draft: String
  /// Tab completion in progress: the candidates, the one shown, and where the term starts.
  public var completion: Completion?

  /// Candidates for the term under the cursor, cycled by Tab.
  public struct Completion: Hashable, Sendable {
    /// Whole replacement texts for the term.
    public var candidates: [String]
    /// The candidate shown now.
    public var index: Int
    /// Character offset where the term starts.
    public var start: Int
  }

  /// Starts editing `text` (the current filter).
  public init(text: String, query: Query) {
    editor = LineEditor(text)
    previousText = text
    previousQuery = query
    draft = text
  }
}
