import ConvocaCore

extension Reducer {
  /// `1`–`4`: switches screen. The filter stays: it applies to every screen.
  static func showScreen(_ state: inout AppState, _ command: KeyCommand, data: AppData) {
    switch command {
    case .showList: state.screen = .list
    case .showBoard: state.screen = .board
    case .showDashboard: state.screen = .dashboard
    case .showStandup: state.screen = .standup
    default: return
    }
    enterScreen(&state, data: data)
  }

  /// Brings the screen just shown up to date with the rows (the filter) and the data.
  static func enterScreen(_ state: inout AppState, data: AppData) {
    switch state.screen {
    case .list: clampScroll(&state)
    case .board: BoardState.refresh(&state, data: data)
    case .dashboard: DashboardState.refresh(&state, data: data)
    case .standup: StandupState.refresh(&state, data: data)
    }
  }

  /// The keys every screen shares (`Keymap.screenCommon`); returns nil when `b` is not one.
  static func commonScreenKey(_ state: inout AppState, _ b: KeyBinding, data: AppData) -> [Effect]? {
    switch b.command {
    case .showList, .showBoard, .showDashboard, .showStandup:
      showScreen(&state, b.command, data: data)
    case .filter: state.mode = .filtering(FilterEditor(text: state.filterText, query: state.query))
    case .saveView: state.mode = .prompt(PromptState(.saveView(replacing: nil)))
    case .views: showViews(&state, data: data)
    case .commandLine: openCommandLine(&state)
    case .sync: return startSync(&state, auto: false, data: data)
    case .arrivals: showArrivals(&state)
    case .undo: return [.undo]
    case .redo: return [.redo]
    case .help: state.mode = .help(HelpState(context: state.keymapContext))
    case .quit: return quit(&state, data: data)
    default: return nil
    }
    return []
  }

  /// Looks up `k` in the screen's keymap and refuses it when its requirement is not met;
  /// nil when the key does nothing there.
  static func screenBinding(_ state: inout AppState, _ k: Key, data: AppData) -> KeyBinding? {
    guard let b = Keymap.binding(for: k, in: state.keymapContext) else { return nil }
    if let why = Keymap.disabledReason(b, state: state, data: data) {
      state.fail(why)
      return nil
    }
    return b
  }
}
