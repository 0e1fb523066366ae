import ConvocaCore

/// A question that needs a yes or no (or a choice between two values) before going on.
public struct ConfirmState: Hashable, Sendable {
  /// What is being asked.
  public enum Purpose: Hashable, Sendable {
    /// Throw away the changes made in this form?
    case discardForm(FormState)
    /// The record changed elsewhere while the form was open: keep mine or theirs?
    case conflict(FormState, [FieldConflict])
    /// Quit although a failed save left edits in memory (the reason it failed)?
    case unsavedQuit(String)
    /// Act on marked rows some of which the filter hides (the command, the marked rows
    /// shown, the hidden ones)?
    case hiddenMarks(KeyCommand, visible: [OpportunityID], hidden: [OpportunityID])
    /// Delete note `number` (`note`) of the detail's call?
    case deleteNote(DetailState, number: Int, note: Note)
    /// Delete these calls (`title` is the call's when there is one)?
    case deleteCalls([OpportunityID], title: String?)
    /// Save a new call that looks like calls already there (the form, the call to create,
    /// the existing ones)?
    case duplicate(FormState, Opportunity, existing: [OpportunityID])
    /// Merge two marked calls: which to keep (the two, oldest first)?
    case merge(OpportunityID, OpportunityID)
    /// Import a file whose dry run is shown (`:import FILE`)?
    case importFile(ImportPreview)
    /// The `:` commands, listed by `:help`.
    case commandHelp

    /// The keys that answer it.
    public var context: KeymapContext {
      switch self {
      case .discardForm: return .confirm
      case .conflict: return .conflict
      case .unsavedQuit: return .unsaved
      case .hiddenMarks: return .hiddenMarks
      case .deleteNote: return .deleteNote
      case .deleteCalls: return .deleteCalls
      case .duplicate: return .duplicate
      case .merge: return .mergeChoice
      case .importFile: return .importConfirm
      case .commandHelp: return .commandHelp
      }
    }
  }

  /// What is being asked.
  public var purpose: Purpose

  /// Asks `purpose`.
  public init(_ purpose: Purpose) { self.purpose = purpose }

  /// The form to go back to, when the question is about one.
  public var form: FormState? {
    switch purpose {
    case .discardForm(let f), .conflict(let f, _), .duplicate(let f, _, _): return f
    case .unsavedQuit, .hiddenMarks, .deleteNote, .deleteCalls, .merge, .importFile, .commandHelp: return nil
    }
  }
}

/// A field that both the form and someone else changed since the form opened.
public struct FieldConflict: Hashable, Sendable {
  /// Which field.
  public var field: Field
  /// The value when the form opened.
  public var original: JSONValue
  /// The value someone else saved meanwhile.
  public var theirs: JSONValue
  /// The value typed in the form.
  public var mine: JSONValue

  /// Creates a conflict.
  public init(field: Field, original: JSONValue, theirs: JSONValue, mine: JSONValue) {
    self.field = field
    self.original = original
    self.theirs = theirs
    self.mine = mine
  }
}
