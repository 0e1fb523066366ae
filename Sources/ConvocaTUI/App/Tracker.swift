import ConvocaCore
import Foundation

/// The app loop: reads terminal events, turns them into actions, runs `reduce`, carries out
/// the effects it returns (saving through the database, `$EDITOR`, settings) and answers
/// each with an action, then renders a frame and hands it to the terminal. Every half
/// second it also takes in changes other processes made to the file.
public final class Tracker {
  let terminal: any Terminal
  let database: Database
  let settingsPath: String
  let environment: [String: String]
  var state: AppState
  var previousFrame: Canvas?
  var lastRefresh = 0.0

  /// How often (seconds) the file is checked for others' changes.
  public static let refreshInterval = 0.5

  /// Prepares the tracker on a terminal and an open database.
  public init(
    terminal: any Terminal, database: Database, configuration: Configuration, today: CalendarDate,
    utcOffset: Int,
    settingsPath: String, environment: [String: String]
  ) {
    self.terminal = terminal
    self.database = database
    self.settingsPath = settingsPath
    self.environment = environment
    let size = terminal.size
    state = AppState(
      configuration: configuration, today: today, width: size.width, height: size.height,
      settings: UISettings.load(from: settingsPath), data: AppData(database: database), utcOffset: utcOffset)
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
      case .tick: queue.append(.tick)
      case .end: return
      }
      if let external = takeInOthersChanges() { queue.append(external) }
      for action in queue {
        if !apply(action) { return }
      }
      queue.removeAll()
      draw()
    }
  }

  /// Reduces one action and runs its effects (and the actions they answer with); false to quit.
  func apply(_ action: Action) -> Bool {
    var pending = [action]
    while !pending.isEmpty {
      let a = pending.removeFirst()
      for effect in reduce(&state, a, data: AppData(database: database)) {
        guard let answer = run(effect) else { return false }
        pending += answer
      }
    }
    return true
  }

  /// Carries out an effect; nil means quit.
  func run(_ effect: Effect) -> [Action]? {
    switch effect {
    case .quit:
      return nil
    case .perform(let commands, _):
      do {
        try database.perform(commands)
        return [.dataChanged(.saved(ids: commands.map(\.id), message: effect.successMessage ?? ""))]
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
        try settings.save(to: settingsPath)
        return []
      } catch {
        return [.dataChanged(.failed("\(error)"))]
      }
    case .openEditor(let text):
      terminal.suspend()
      let result = ExternalEditor.edit(text, environment: environment)
      terminal.resume()
      previousFrame = nil
      return [.editorFinished(text: result)]
    }
  }

  func takeInOthersChanges() -> Action? {
    let now = Date().timeIntervalSinceReferenceDate
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
    render(state, data: AppData(database: database), into: &canvas)
    if canvas != previousFrame { terminal.present(canvas) }
    previousFrame = canvas
  }
}
