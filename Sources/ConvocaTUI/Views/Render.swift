import ConvocaCore

/// Draws the whole screen for `state` into `canvas` (its size is the terminal's). The views
/// only read; the reducer keeps selection and scroll in range, and views clamp again so any
/// state draws.
public func render(_ state: AppState, data: AppData, into canvas: inout Canvas) {
  canvas.fill(canvas.bounds)
  canvas.cursor = nil
  guard canvas.width >= AppState.minimumWidth, canvas.height >= AppState.minimumHeight else {
    TooSmallView(width: canvas.width, height: canvas.height).render(in: canvas.bounds, into: &canvas)
    return
  }
  let layout = Layout(width: canvas.width, height: canvas.height)
  HeaderView(state: state, data: data).render(
    in: Rect(x: 0, y: 0, width: canvas.width, height: 2), into: &canvas)
  switch state.mode {
  case .detail(let d):
    DetailView(state: state, data: data, detail: d).render(in: layout.body, into: &canvas)
  case .form(let f):
    FormView(state: state, form: f).render(in: layout.body, into: &canvas)
  case .confirm(let c):
    if let f = c.form {
      FormView(state: state, form: f).render(in: layout.body, into: &canvas)
    } else {
      screenBody(state, data, layout, &canvas)
    }
    canvas.cursor = nil
    ConfirmView(confirm: c, data: { data.store[$0] }).render(in: layout.body, into: &canvas)
  case .help(let h):
    if let d = h.detail {
      DetailView(state: state, data: data, detail: d).render(in: layout.body, into: &canvas)
    } else {
      screenBody(state, data, layout, &canvas)
    }
    HelpOverlay(state: state, data: data, help: h).render(in: layout.body, into: &canvas)
  case .menu(let m):
    screenBody(state, data, layout, &canvas)
    MenuView(menu: m).render(in: layout.body, into: &canvas)
  case .review(let rv):
    if let d = rv.back {
      DetailView(state: state, data: data, detail: d).render(in: layout.body, into: &canvas)
    } else {
      screenBody(state, data, layout, &canvas)
    }
    ReviewView(review: rv, data: data).render(in: layout.body, into: &canvas)
  default:
    screenBody(state, data, layout, &canvas)
  }
  StatusBar(state: state, data: data).render(
    in: Rect(x: 0, y: layout.status.y, width: canvas.width, height: 2), into: &canvas)
  if case .prompt(let p) = state.mode {
    PromptView(state: state, data: data, prompt: p).render(in: layout.status, into: &canvas)
  }
  if case .commandLine(let c) = state.mode {
    CommandLineView(line: c).render(status: layout.status, hints: layout.hints, into: &canvas)
  }
}

/// The current screen's body: the list, the board, the dashboard or the standup.
private func screenBody(_ state: AppState, _ data: AppData, _ layout: Layout, _ canvas: inout Canvas) {
  switch state.screen {
  case .list: break
  case .board:
    BoardView(state: state, data: data).render(in: layout.body, into: &canvas)
    return
  case .dashboard:
    DashboardView(state: state, data: data).render(in: layout.body, into: &canvas)
    return
  case .standup:
    StandupView(state: state, data: data).render(in: layout.body, into: &canvas)
    return
  }
  if state.rows.isEmpty {
    EmptyStateView(isFileEmpty: data.store.count == 0).render(in: layout.body, into: &canvas)
  } else {
    ListView(state: state, data: data).render(in: layout.body, into: &canvas)
  }
}
