import ConvocaCore

/// The standup screen's own state (the rows, filter and marks are the app's).
public struct StandupState: Hashable, Sendable {
  /// A fresh standup screen.
  public init() {}

  /// Brings the state in line with `state.rows` and the data after a change.
  static func refresh(_ state: inout AppState, data: AppData) {}
}
