import ConvocaCore

/// Everything that can happen to the tracker: a key, a resize, a clock tick, or the answer
/// of the app loop to an `Effect` it ran.
public enum Action: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// The terminal changed size.
  case resize(width: Int, height: Int)
  /// Time passed (status messages expire; the loop also checks the file for others' changes).
  case tick
  /// The data changed: an effect ran, or others' changes were picked up.
  case dataChanged(DataChange)
  /// `$EDITOR` returned: the text written, or nil when it failed or was abandoned.
  case editorFinished(text: String?)
  /// What became of an `.openURL` effect.
  case linkOpened(LinkOutcome)
  /// What became of a `.writeFile` effect.
  case fileWritten(FileWriteOutcome)
  /// What became of a `.readFile` effect for `path` (as typed).
  case fileRead(path: String, FileReadOutcome)
  /// Team sync: the auto-sync timer, the end of a `.sync` effect, a sync another process
  /// saved, the clock.
  case sync(SyncEvent)
}

/// What the app loop did with a `.writeFile` effect.
public enum FileWriteOutcome: Hashable, Sendable {
  /// The file was written; the message to show.
  case written(String)
  /// It could not be (the core's message, naming the path and why).
  case failed(String)
}

/// What the app loop read for a `.readFile` effect.
public enum FileReadOutcome: Hashable, Sendable {
  /// The file's bytes.
  case read([UInt8])
  /// Why it could not be read.
  case failed(String)
}

/// What the app loop did with a URL to open.
public enum LinkOutcome: Hashable, Sendable {
  /// The browser was started on it.
  case opened(String)
  /// No display: it is to be shown as a link; `copied` when it also went to the clipboard.
  case shown(String, copied: Bool)
  /// The opener could not be started (why).
  case failed(String)
}

/// What happened to the data, as the app loop reports it.
public enum DataChange: Hashable, Sendable {
  /// `.perform`, `.undo` or `.redo` succeeded; `ids` are the opportunities touched and
  /// `message` is what to tell the user (use `Effect.successMessage`).
  case saved(ids: [OpportunityID], message: String)
  /// The effect failed; the text comes from the database error.
  case failed(String)
  /// Others changed the file: the ids they touched, and whether the whole file was reloaded
  /// (after someone compacted it).
  case external(changed: Set<OpportunityID>, reloaded: Bool)
  /// Something about the file the user must hear (a cut-off last line saved aside).
  case warning(String)
  /// The tick's retry of a failed save failed again, for this reason.
  case stillUnsaved(String)
  /// A complete copy of the data was written to `path` (before quitting with edits the
  /// data file could not take).
  case copied(path: String)
}
