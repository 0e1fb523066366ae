import ConvocaCore

/// The `:` command line while it is being typed: the text, the history walk, Tab
/// completion, and why the last Enter was refused.
public struct CommandLineState: Hashable, Sendable {
  /// What is being typed (without the `:`).
  public var editor: LineEditor
  /// Which entry of the session's command history is shown (nil: the text being typed).
  public var historyIndex: Int?
  /// The text being typed before the history replaced it.
  public var draft = ""
  /// Tab completion in progress (the candidates the hint row shows).
  public var completion: FilterEditor.Completion?
  /// Why the last Enter did not run the command (shown after the text, in red).
  public var error: String?

  /// An empty command line.
  public init(text: String = "") { editor = LineEditor(text) }
}

/// What `:import` would do, from its dry run (`ImportPlan`), kept until `y` or `n`.
public struct ImportPreview: Hashable, Sendable {
  /// The file, as typed.
  public var path: String
  /// How many calls it adds, updates, leaves as they are, and rows it rejects.
  public var added: Int, updated: Int, unchanged: Int, rejected: Int
  /// The first lines of the listing (added, updated, rejected with their line numbers).
  public var lines: [String]
  /// How many listing lines were left out.
  public var more: Int
  /// The import's warnings (encoding, ignored columns).
  public var warnings: [String]
  /// The commands that do it, as one change.
  public var commands: [Command]
  /// Whether they are written as given, without this instant's stamps (a JSON export's).
  public var asGiven = false
}
