import ConvocaCore

/// Work the reducer asks the app loop to do. Each one is answered with an `Action`.
public enum Effect: Hashable, Sendable {
  /// Call `database.perform(commands)`; answer `.dataChanged(.saved(ids:message:))` with
  /// `successMessage`, or `.dataChanged(.failed(error text))`.
  case perform([Command], description: String)
  /// Call `database.undo()`; answer like `.perform`.
  case undo
  /// Call `database.redo()`; answer like `.perform`.
  case redo
  /// Leave the tracker (nothing is ever unsaved).
  case quit
  /// Suspend the terminal, run `$EDITOR` on a temporary file holding `initialText`, resume,
  /// and answer `.editorFinished(text:)`.
  case openEditor(initialText: String)
  /// Write the settings kept across runs (`UISettings.save(to:)`); no answer needed.
  case saveSettings(UISettings)

  /// What to tell the user when the effect succeeded (for `.dataChanged(.saved)`).
  public var successMessage: String? {
    switch self {
    case .perform(_, let description): return description
    case .undo: return Strings.tuiUndone
    case .redo: return Strings.tuiRedone
    default: return nil
    }
  }
}
