import ConvocaCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The app loop: reads terminal events, turns them into actions, runs `reduce`, carries out
/// the effects it returns (saving through the database, `$EDITOR`, settings) and answers
/// each with an action, then renders a frame and hands it to the terminal. Every half
/// second (on a monotonic clock) it also takes in changes other processes made to the file,
/// and on every tick it retries a save that failed until the edits are written.
public final class Tracker {
  let terminal: any Terminal
  let database: Database
  let settingsPath: String
  let environment: [String: String]
  let clock: () -> Double
  let opener: URLOpener
  var state: AppState
  var previousFrame: Canvas?
  var lastRefresh: Double
  /// Lists folders for the command line's file-name completion.
  let files: FileLister
  /// How `S` and auto-sync run `Sync.run`.
  let syncOptions: Sync.Options
  /// Where the data file sits in its git repository; nil when it is not in one.
  var syncLocation: Sync.Location?
  /// The last-sync file's size and modification time when last read (another process's
  /// `convoca sync` changes it).
  var syncStamp: [String]?
  /// When (monotonic seconds) the last sync ran or the tracker started: auto-sync counts from it.
  var lastSync: Double
  /// When the clock was last sent for "synced 3 min ago".
  var lastClock = -Double.infinity

  /// How often (seconds) the wall clock is sent for "synced N min ago".
  public static let clockInterval = 15.0

  /// How often (seconds) the file is checked for others' changes.
  public static let refreshInterval = 0.5

  /// Prepares the tracker on a terminal and an open database.
  public init(
    terminal: any Terminal, database: Database, configuration: Configuration, today: CalendarDate,
    utcOffset: Int,
    settingsPath: String, environment: [String: String],
    clock: @escaping () -> Double = Tracker.monotonicSeconds, opener: URLOpener = .system,
    language: Language = .en, syncOptions: Sync.Options = Tracker.defaultSyncOptions()
  ) {
    self.syncOptions = syncOptions
    self.opener = opener
    files = FileLister.system(environment: environment)
    self.terminal = terminal
    self.database = database
    self.settingsPath = settingsPath
    self.environment = environment
    self.clock = clock
    lastRefresh = -Double.infinity
    lastSync = clock()
    syncLocation = Sync.locate(database.path)
    let size = terminal.size
    state = AppState(
      configuration: configuration, today: today, width: size.width, height: size.height,
      settings: UISettings.load(from: settingsPath, dataFile: database.path),
      data: AppData(database: database, files: files),
      utcOffset: utcOffset)
    state.language = language
    state.sync = SyncDisplay(
      inGit: syncLocation != nil, last: syncLocation.flatMap(SyncState.load), now: Timestamp.now())
    syncStamp = syncLocation.flatMap { Tracker.stamp($0.stateFile) }
  }

  /// Seconds on a clock that never jumps (CLOCK_MONOTONIC): the refresh timer must not stall
  /// or race when the wall clock is set back or forward.
  public static func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// Runs until the user quits or input ends.
  public func run() {
    var queue: [Action] = database.warnings.map { .dataChanged(.warning($0)) }
    if let why = database.readOnlyReason { queue.append(.dataChanged(.failed(why))) }
    draw()
    while true {
      for action in queue {
        if !apply(action) { return }
      }
      queue.removeAll()
      let event = terminal.nextEvent(timeoutMilliseconds: 250)
      switch event {
      case .key(let k): queue.append(.key(k))
      case .resize(let w, let h): queue.append(.resize(width: w, height: h))
      case .tick:
        queue.append(.tick)
        if let retried = retrySave() { queue.append(retried) }
      case .end: return
      }
      if let external = takeInOthersChanges() { queue.append(external) }
      queue += syncTimers()
      for action in queue {
        if !apply(action) { return }
      }
      queue.removeAll()
      draw()
    }
  }

  /// Reduces one action and runs its effects (and the actions they answer with), with the
  /// tracker's language in force; false to quit.
  func apply(_ action: Action) -> Bool {
    Strings.withLanguage(state.language) { applyInForce(action) }
  }

  func applyInForce(_ action: Action) -> Bool {
    var pending = [action]
    while !pending.isEmpty {
      let a = pending.removeFirst()
      for effect in reduce(&state, a, data: AppData(database: database, files: files)) {
        let told = database.warnings.count
        guard let answer = run(effect) else { return false }
        pending += answer
        // A write may have something to tell (a torn tail saved aside), after its own answer.
        pending += database.warnings.dropFirst(told).map { .dataChanged(.warning($0)) }
      }
    }
    return true
  }

  /// Carries out an effect; nil means quit.
  func run(_ effect: Effect) -> [Action]? {
    switch effect {
    case .quit:
      return nil
    case .perform(let commands, _), .performAsGiven(let commands, _):
      do {
        if case .performAsGiven = effect {
          try database.perform(commands, asGiven: true)
        } else {
          try database.perform(commands)
        }
        return [.dataChanged(.saved(ids: commands.compactMap(\.id), message: effect.successMessage ?? ""))]
      } catch {
        return [.dataChanged(.failed(error.description))]
      }
    case .undo:
      do {
        let ids = try database.undo()
        return [.dataChanged(.saved(ids: ids, message: effect.successMessage ?? ""))]
      } catch {
        return [.dataChanged(.failed(error.description))]
      }
    case .redo:
      do {
        let ids = try database.redo()
        return [.dataChanged(.saved(ids: ids, message: effect.successMessage ?? ""))]
      } catch {
        return [.dataChanged(.failed(error.description))]
      }
    case .saveSettings(let settings):
      do {
        try settings.save(to: settingsPath, dataFile: database.path)
        return []
      } catch {
        return [.dataChanged(.failed("\(error)"))]
      }
    case .retrySave(let thenQuit):
      do {
        try database.retrySave()
        return thenQuit ? nil : [.dataChanged(.saved(ids: [], message: Strings.tuiSavedAfterRetry))]
      } catch {
        return [.dataChanged(.failed(error.description))]
      }
    case .saveCopy(let typed):
      let path = Tracker.expandHome(typed, environment: environment)
      if FileManager.default.fileExists(atPath: path) {
        return [.dataChanged(.failed(Strings.tuiCopyExists(path)))]
      }
      do {
        try database.saveCopy(to: path)
        return [.dataChanged(.copied(path: path))]
      } catch {
        return [.dataChanged(.failed(error.description))]
      }
    case .copyToClipboard(let text):
      terminal.copyToClipboard(text)
      return []
    case .openURL(let url, let copy):
      if URLOpener.hasDisplay(environment) {
        if let why = opener.launch(URLOpener.argv(url)) { return [.linkOpened(.failed(why))] }
        return [.linkOpened(.opened(url))]
      }
      if copy { terminal.copyToClipboard(url) }
      return [.linkOpened(.shown(url, copied: copy))]
    case .writeFile(let typed, let bytes, let message):
      do {
        try AtomicFile.write(bytes, to: Tracker.expandHome(typed, environment: environment))
        return [.fileWritten(.written(message))]
      } catch {
        return [.fileWritten(.failed(error.message))]
      }
    case .readFile(let typed):
      let path = Tracker.expandHome(typed, environment: environment)
      do {
        return [.fileRead(path: typed, .read([UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))))]
      } catch {
        return [
          .fileRead(
            path: typed, .failed(Strings.tuiCannotRead(typed, (error as NSError).localizedDescription)))
        ]
      }
    case .sync:
      return runSync()
    case .openEditor(let text):
      terminal.suspend()
      let result = ExternalEditor.edit(text, environment: environment)
      terminal.resume()
      previousFrame = nil
      return [.editorFinished(text: result)]
    }
  }

  /// On a tick: writes edits a failed save left in memory. Nil when there is nothing to do.
  func retrySave() -> Action? {
    guard database.hasUnsavedChanges, !database.isReadOnly else { return nil }
    do {
      try database.retrySave()
      return .dataChanged(.saved(ids: [], message: Strings.tuiSavedAfterRetry))
    } catch {
      return .dataChanged(.stillUnsaved(error.description))
    }
  }

  /// `~` and `~/…` under the home folder; anything else as typed.
  static func expandHome(_ path: String, environment: [String: String]) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else {
      return path
    }
    return home + path.dropFirst()
  }

  func takeInOthersChanges() -> Action? {
    let now = clock()
    guard now - lastRefresh >= Tracker.refreshInterval else { return nil }
    lastRefresh = now
    do {
      let r = try database.refresh()
      return r.isEmpty ? nil : .dataChanged(.external(changed: r.changed, reloaded: r.reloaded))
    } catch {
      return .dataChanged(.failed(error.description))
    }
  }

  func draw() {
    var canvas = Canvas(width: state.width, height: state.height)
    Strings.withLanguage(state.language) {
      render(state, data: AppData(database: database, files: files), into: &canvas)
    }
    if canvas != previousFrame { terminal.present(canvas) }
    previousFrame = canvas
  }
}
