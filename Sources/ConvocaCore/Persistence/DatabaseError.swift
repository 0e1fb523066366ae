/// Why a database operation did not happen (or happened only in memory).
public enum DatabaseError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Writing is impossible: corrupt file, newer format, no permission.
  case readOnly(String)
  /// Another writer held the lock too long; nothing was changed.
  case lockTimeout(path: String, seconds: Double)
  /// The operating system refused; `kept` says the edit is still in memory.
  case io(IOError, kept: Bool)
  /// The command itself is not possible (unknown id, …); nothing was changed.
  case command(String)
  /// The data path is a folder, a FIFO or some other non-file.
  case notRegularFile(String)
  /// Another program kept writing the file (it ended mid-line, or kept changing) for the
  /// whole wait; nothing was changed.
  case fileBusy(path: String, seconds: Double)
  /// The system clock is outside the years a timestamp can sanely have; nothing was written.
  case clockOutOfRange(Timestamp)
  /// Undo or redo with nothing on the stack.
  case nothingToUndo, nothingToRedo
  /// Undo or redo refused: someone changed since what it would put back; nothing was changed.
  case changedSince(UndoConflict)

  public var description: String {
    switch self {
    case .readOnly(let why): return Strings.readOnly(why)
    case .lockTimeout(let path, let s): return Strings.lockTimeout(path, String(s))
    case .io(let e, let kept): return kept ? Strings.editKept(e.description) : e.description
    case .command(let m): return m
    case .notRegularFile(let p): return Strings.notRegular + ": " + p
    case .fileBusy(let path, let s): return Strings.fileBusy(path, String(s))
    case .clockOutOfRange(let t): return Strings.clockOutOfRange(t.description)
    case .nothingToUndo: return Strings.nothingToUndo
    case .nothingToRedo: return Strings.nothingToRedo
    case .changedSince(let c): return Strings.undoConflict(c)
    }
  }
}

/// What a refresh picked up from other writers.
public struct RefreshResult: Hashable, Sendable {
  /// Ids of records that others changed (added, edited, moved, removed).
  public var changed: Set<OpportunityID> = []
  /// Whether the whole file was read again (someone compacted or replaced it).
  public var reloaded = false
  /// Whether anything changed at all.
  public var isEmpty: Bool { changed.isEmpty && !reloaded }
}
