import ConvocaCore

/// Work the reducer asks the app loop to do. Each one is answered with an `Action`.
public enum Effect: Hashable, Sendable {
  /// Call `database.perform(commands)`; answer `.dataChanged(.saved(ids:message:))` with
  /// `successMessage`, or `.dataChanged(.failed(error text))`.
  case perform([Command], description: String)
  /// Call `database.perform(commands, asGiven: true)` (an import of records and standups
  /// that carry their own times); answer like `.perform`.
  case performAsGiven([Command], description: String)
  /// Call `database.undo()`; answer like `.perform`.
  case undo
  /// Call `database.redo()`; answer like `.perform`.
  case redo
  /// Leave the tracker (the reducer asks first when edits are unsaved).
  case quit
  /// Call `database.retrySave()`: on success quit when `thenQuit`, else answer
  /// `.dataChanged(.saved(ids: [], message:))`; on failure answer `.dataChanged(.failed)`.
  case retrySave(thenQuit: Bool)
  /// Write a complete copy of the data (unsaved edits included) to a new file at `path`
  /// (`~/` expanded); answer `.dataChanged(.copied(path:))` or `.dataChanged(.failed)`.
  case saveCopy(path: String)
  /// Suspend the terminal, run `$EDITOR` on a temporary file holding `initialText`, resume,
  /// and answer `.editorFinished(text:)`.
  case openEditor(initialText: String)
  /// Write the settings kept across runs (`UISettings.save(to:)`); no answer needed.
  case saveSettings(UISettings)
  /// Put `text` on the clipboard through the terminal (`Terminal.copyToClipboard`, OSC 52);
  /// no answer needed. Only asked for when the configuration enables it.
  case copyToClipboard(String)
  /// `o`: open `url` (checked by `CallURL`). With a display, run `xdg-open` through the
  /// tracker's `URLOpener`; without one, copy it with OSC 52 when `copy` (the configuration
  /// enables the clipboard). Answer `.linkOpened`.
  case openURL(String, copy: Bool)
  /// Write `bytes` to `path` (`~/` expanded) atomically (`AtomicFile`); answer
  /// `.fileWritten(.written(message))` or `.fileWritten(.failed(why))`.
  case writeFile(path: String, bytes: [UInt8], message: String)
  /// Read the whole file at `path` (`~/` expanded); answer `.fileRead(path:, …)`.
  case readFile(path: String)
  /// Run `Sync.run` on the database (the screen shows "syncing…" first); answer
  /// `.sync(.finished(report))` or `.sync(.failed(why, report))`.
  case sync

  /// What to tell the user when the effect succeeded (for `.dataChanged(.saved)`).
  public var successMessage: String? {
    switch self {
    case .perform(_, let description), .performAsGiven(_, let description): return description
    case .undo: return Strings.tuiUndone
    case .redo: return Strings.tuiRedone
    default: return nil
    }
  }
}
