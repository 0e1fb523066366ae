import ConvocaCore
import Foundation

extension Tracker {
  /// The options of the command line's `convoca sync`: the merge driver is this very program.
  public static func defaultSyncOptions() -> Sync.Options {
    Sync.Options(
      driverDirectory: Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path)
  }

  /// `.sync`: draws "syncing…" first (git may take seconds), runs the sync on the tracker's
  /// own store (it holds the merged file after), and answers with the report or why it stopped.
  func runSync() -> [Action] {
    draw()
    lastSync = clock()
    let answer: Action
    do {
      answer = .sync(.finished(try Sync.run(database, options: syncOptions)))
    } catch {
      answer = .sync(.failed(error.description, error.report))
    }
    // The sync wrote the last-sync file itself: not another process's news.
    syncStamp = syncLocation.flatMap { Tracker.stamp($0.stateFile) }
    lastRefresh = clock()
    return [answer]
  }

  /// Every few seconds: the wall clock (for "synced 3 min ago"), a last sync another process
  /// saved, and the configuration's auto-sync when it is due.
  func syncTimers() -> [Action] {
    guard let loc = syncLocation else { return [] }
    var out: [Action] = []
    let now = clock()
    if now - lastClock >= Tracker.clockInterval {
      lastClock = now
      out.append(.sync(.clock(Timestamp.now())))
    }
    let stamp = Tracker.stamp(loc.stateFile)
    if stamp != syncStamp {
      syncStamp = stamp
      if let s = SyncState.load(loc) {
        out.append(.sync(.stateRead(s)))
        lastSync = now
      }
    }
    let minutes = state.configuration.syncMinutes
    if minutes > 0, now - lastSync >= Double(minutes) * 60 {
      lastSync = now
      out.append(.sync(.due))
    }
    return out
  }

  /// A file's size and modification time, to notice it changed; nil when it is missing.
  static func stamp(_ path: String) -> [String]? {
    guard let a = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
    return [String(describing: a[.size] ?? ""), String(describing: a[.modificationDate] ?? "")]
  }
}
