extension Database {
  // MARK: - After a failed save

  /// Writes the edits a failed save left in memory (`hasUnsavedChanges`), under the lock and
  /// after taking in what others wrote, exactly as the next edit would. Does nothing when
  /// everything is saved. The tracker calls it on every tick until it succeeds.
  public func retrySave() throws(DatabaseError) {
    guard hasUnsavedChanges else { return }
    if let why = readOnlyReason { throw .readOnly(why) }
    try withLock { () throws(DatabaseError) in
      try syncLocked()
      try flushLocked()
    }
  }

  /// Writes everything in memory — saved and unsaved edits — as a complete data file at
  /// `copyPath`, which must not exist yet (it is never overwritten). For when the data file
  /// cannot be written and the edits must not be lost.
  public func saveCopy(to copyPath: String) throws(DatabaseError) {
    let bytes = snapshotBytes()
    do throws(IOError) {
      let fd = try fs.openForWriting(copyPath, append: false, create: true, mode: known?.mode ?? 0o644)
      do {
        try fs.write(fd, bytes, path: copyPath)
        try fs.sync(fd, path: copyPath)
        fs.close(fd)
      } catch {
        fs.close(fd)
        try? fs.unlink(copyPath)
        throw error
      }
    } catch {
      throw .io(error, kept: true)
    }
  }
}
