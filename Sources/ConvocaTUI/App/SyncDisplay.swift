import ConvocaCore

/// What the tracker knows about team sync through git (`S`, auto-sync, the status line's
/// "synced 3 min ago · ↑1 · offline", `W`'s list of what arrived).
public struct SyncDisplay: Hashable, Sendable {
  /// Whether the data file sits in a git work tree (the app loop finds out once).
  public var inGit = false
  /// The last sync: the tracker's own, or one read from `.git/convoca-sync.json`.
  public var last: SyncState?
  /// Whether a sync is running now.
  public var syncing = false
  /// The wall clock, for "3 min ago" (the app loop sends it every few seconds).
  public var now: Timestamp?

  /// Creates the value.
  public init(inGit: Bool = false, last: SyncState? = nil, now: Timestamp? = nil) {
    self.inGit = inGit
    self.last = last
    self.now = now
  }

  /// What arrived at the last sync, by person.
  public var arrived: [SyncReport.Arrival] { last?.arrived ?? [] }

  /// The status line's words: "syncing…", or "synced 3 min ago · ↑1 ↓2 · offline"; empty
  /// when the file is not in git.
  public var text: String {
    guard inGit else { return "" }
    if syncing { return Strings.tuiSyncing }
    guard let last else { return Strings.tuiSyncNever }
    var parts = [Strings.tuiSyncedAgo(Self.ago(from: last.at, to: now ?? last.at))]
    if last.ahead > 0 { parts.append("↑" + String(last.ahead)) }
    if last.behind > 0 { parts.append("↓" + String(last.behind)) }
    if last.offline {
      parts.append(Strings.tuiSyncOffline)
    } else if !last.ok {
      parts.append(Strings.tuiSyncFailed)
    }
    return parts.joined(separator: " · ")
  }

  /// "just now", "3 min", "2 h", "4 days" between two times.
  static func ago(from: Timestamp, to: Timestamp) -> String {
    let s = max(0, to.seconds - from.seconds)
    if s < 60 { return Strings.tuiSyncJustNow }
    if s < 3600 { return Strings.tuiSyncMinutesAgo(Int(s / 60)) }
    if s < 86400 { return Strings.tuiSyncHoursAgo(Int(s / 3600)) }
    return Strings.tuiSyncDaysAgo(Int(s / 86400))
  }
}

/// What the app loop tells the reducer about sync.
public enum SyncEvent: Hashable, Sendable {
  /// The configuration's `syncMinutes` passed since the last sync: sync now.
  case due
  /// The tracker's sync finished.
  case finished(SyncReport)
  /// The tracker's sync stopped: why, and what it did before (when it got that far).
  case failed(String, SyncReport?)
  /// Another process (a `convoca sync` on the command line) wrote a new last sync.
  case stateRead(SyncState)
  /// The wall clock now (for "synced 3 min ago").
  case clock(Timestamp)
}

extension SyncState {
  /// The last sync a report describes (`Sync.run` saves the same).
  init(_ r: SyncReport, failed: Bool) {
    self.init(
      at: r.at, ok: !failed && !r.offline, offline: r.offline, ahead: r.ahead, behind: r.behind,
      problem: r.problem, arrived: r.arrived)
  }
}
