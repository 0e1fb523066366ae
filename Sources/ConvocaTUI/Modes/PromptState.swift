import ConvocaCore

/// A one-line question at the bottom of the screen: the text of a note, or the awarded
/// amount when moving to won.
public struct PromptState: Hashable, Sendable {
  /// What the answer is for.
  public enum Purpose: Hashable, Sendable {
    /// A note added to each target.
    case note(targets: [OpportunityID])
    /// The amount awarded when moving the targets to won (empty: each keeps its requested
    /// amount).
    case awarded(targets: [OpportunityID])
  }

  /// What the answer is for.
  public var purpose: Purpose
  /// What is being typed.
  public var editor: LineEditor
  /// Why the answer cannot be taken, when it cannot.
  public var error: String?

  /// Starts a prompt with `text` filled in.
  public init(_ purpose: Purpose, text: String = "") {
    self.purpose = purpose
    editor = LineEditor(text)
  }

  /// The opportunities the answer applies to.
  public var targets: [OpportunityID] {
    switch purpose {
    case .note(let t), .awarded(let t): return t
    }
  }
}
