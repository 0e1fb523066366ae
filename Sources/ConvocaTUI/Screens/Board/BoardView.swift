import ConvocaCore

/// Draws the board screen into the body.
struct BoardView {
  let state: AppState
  let data: AppData

  func render(in r: Rect, into canvas: inout Canvas) {}
}
