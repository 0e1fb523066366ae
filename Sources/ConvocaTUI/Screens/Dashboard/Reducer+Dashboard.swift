import ConvocaCore

extension Reducer {
  /// Keys on the dashboard screen in normal mode.
  static func dashboardKey(_ state: inout AppState, _ k: Key, data: AppData) -> [Effect] {
    guard let b = screenBinding(&state, k, data: data) else { return [] }
    return commonScreenKey(&state, b, data: data) ?? []
  }
}
