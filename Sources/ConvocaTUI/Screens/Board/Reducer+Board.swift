import ConvocaCore

extension Reducer {
  /// Keys on the board screen in normal mode.
  static func boardKey(_ state: inout AppState, _ k: Key, data: AppData) -> [Effect] {
    guard let b = screenBinding(&state, k, data: data) else { return [] }
    return commonScreenKey(&state, b, data: data) ?? []
  }
}
