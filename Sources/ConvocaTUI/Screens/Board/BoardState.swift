import ConvocaCore

/// The board screen's own state (the rows, filter and marks are the app's).
public struct BoardState: Hashable, Sendable {
  /// A fresh board screen.
  public init() {}

  /// Brings the state in line with `state.rows` and the data after a change.
  static func refresh(_ state: inout AppState, data: AppData) {}
}
