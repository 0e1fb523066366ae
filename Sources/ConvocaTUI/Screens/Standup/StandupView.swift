import ConvocaCore

/// Draws the standup screen into the body.
struct StandupView {
  let state: AppState
  let data: AppData

  func render(in r: Rect, into canvas: inout Canvas) {}
}
