/// The help overlay: the keys of the screen it was opened from, searchable.
public struct HelpState: Hashable, Sendable {
  /// Whose keys are listed.
  public var context: KeymapContext
  /// The search text (matches key names and descriptions).
  public var search: LineEditor
  /// Whether keys go to the search field.
  public var searching: Bool
  /// The first line shown.
  public var scroll: Int
  /// The detail view to go back to when help was opened from one.
  public var detail: DetailState?

  /// Opens help for `context`.
  public init(context: KeymapContext, detail: DetailState? = nil) {
    self.context = context
    self.detail = detail
    search = LineEditor()
    searching = false
    scroll = 0
  }
}
