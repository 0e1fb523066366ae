import ConvocaCore

/// Draws the dashboard screen into the body.
struct DashboardView {
  let state: AppState
  let data: AppData

  func render(in r: Rect, into canvas: inout Canvas) {}
}
