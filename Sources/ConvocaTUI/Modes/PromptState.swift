import ConvocaCore

/// A one-line question at the bottom of the screen: the text of a note, or the awarded
/// amount when moving to won.
public struct PromptState: Hashable, Sendable {
  /// What the answer is for.
  public enum Purpose: Hashable, Sendable {
    /// A note added to each target.
    case note(targets: [OpportunityID])
    /// The amount awarded when moving the targets to won (empty: each keeps its requested
    /// amount). `step`: the targets came from `>` and each moves one stage forward (the
    /// amount applies to those reaching won).
    case awarded(targets: [OpportunityID], step: Bool = false, withNote: Bool = false)
    /// The note that goes with moving the targets to `stage` ("move and note" in the stage
    /// menu); `awarded` is the amount a move to won awards (nil: the default).
    case moveNote(targets: [OpportunityID], stage: Stage, awarded: Money?)
    /// Where to write a full copy of the data before quitting with unsaved edits.
    case savePath
    /// The new text of note `number` of the detail's call (prefilled with the old).
    case editNote(DetailState, number: Int)
    /// The name to save the current filter, sort, columns and screen under (`V`);
    /// `replacing` is the existing view the last Enter warned about (Enter again replaces it).
    case saveView(replacing: String?)
  }

  /// What the answer is for.
  public var purpose: Purpose
  /// What is being typed.
  public var editor: LineEditor
  /// Why the answer cannot be taken, when it cannot.
  public var error: String?

  /// Starts a prompt with `text` filled in; a filled-in awarded amount starts selected, so
  /// typing replaces it and the arrows keep it.
  public init(_ purpose: Purpose, text: String = "") {
    self.purpose = purpose
    editor = LineEditor(text)
    if case .awarded = purpose, !text.isEmpty { editor.selectAll() }
  }

  /// The opportunities the answer applies to.
  public var targets: [OpportunityID] {
    switch purpose {
    case .note(let t), .awarded(let t, _, _), .moveNote(let t, _, _): return t
    case .savePath, .saveView: return []
    case .editNote(let d, _): return [d.id]
    }
  }
}
