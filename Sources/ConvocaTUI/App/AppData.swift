import ConvocaCore

/// What the reducer and the views read from the data file, passed in on every call rather
/// than kept in `AppState`: copying a 100,000-record store into the state on every edit would
/// be slow, and the store belongs to the `Database`, not to the screen.
public struct AppData {
  /// The opportunities in memory.
  public let store: OpportunityStore
  /// Whether writing is impossible.
  public let isReadOnly: Bool
  /// Why writing is impossible, when it is.
  public let readOnlyReason: String?
  /// Whether `u` has something to take back.
  public let canUndo: Bool
  /// Whether Ctrl-R has something to do again.
  public let canRedo: Bool
  /// The current instant (for the `created` time of new opportunities).
  public let now: Timestamp
  /// Whether edits are in memory that a failed save did not write yet.
  public let hasUnsavedChanges: Bool
  /// Lists folders for Tab completion of file names on the `:` command line.
  public var files: FileLister = .none

  /// Creates the data view; `isReadOnly` follows `readOnlyReason` unless given.
  public init(
    store: OpportunityStore, isReadOnly: Bool? = nil, readOnlyReason: String? = nil, canUndo: Bool = false,
    canRedo: Bool = false, now: Timestamp = Timestamp.now(), hasUnsavedChanges: Bool = false
  ) {
    self.store = store
    self.isReadOnly = isReadOnly ?? (readOnlyReason != nil)
    self.readOnlyReason = readOnlyReason
    self.canUndo = canUndo
    self.canRedo = canRedo
    self.now = now
    self.hasUnsavedChanges = hasUnsavedChanges
  }

  /// The data of an open database, as the app loop passes it on every action and frame.
  public init(database db: Database, now: Timestamp = Timestamp.now(), files: FileLister = .none) {
    self.init(
      store: db.store, isReadOnly: db.isReadOnly, readOnlyReason: db.readOnlyReason, canUndo: db.canUndo,
      canRedo: db.canRedo, now: now, hasUnsavedChanges: db.hasUnsavedChanges)
    self.files = files
  }
}
