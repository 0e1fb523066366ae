import ConvocaCore

/// The top two rows: the app name and tabs with "N of M" (and marks) on the right, then the
/// filter bar (being edited: with its cursor, its error or its completions).
struct HeaderView {
  let state: AppState
  let data: AppData

  func render(in r: Rect, into canvas: inout Canvas) {
    guard r.height >= 1 else { return }
    // MARK: Tabs and counts
    canvas.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), style: .reverse)
    var x = canvas.write(" " + Strings.tuiAppName + " ", x: r.x, y: r.y, style: Style([.reverse, .bold]))
    var count = Strings.tuiCount(state.rows.count, data.store.count)
    if !state.marks.isEmpty { count = Strings.tuiMarked(state.marks.count) + " · " + count }
    // Tabs: every name, beside the counts and the sort in words when all fit; else the sort
    // as an arrow; else only the current tab's name, the others by their number (the key).
    let full = AppState.Screen.allCases.map { " " + Strings.tuiTab($0) + " " }
    let short = AppState.Screen.allCases.map { s in
      s == state.screen ? " " + Strings.tuiTab(s) + " " : " " + String(Strings.tuiTab(s).prefix(1)) + " "
    }
    let sorts =
      state.screen == .list ? [Strings.tuiSortLabel(state.sort), Strings.tuiSortShort(state.sort)] : [""]
    let tabsWidth = full.reduce(0) { $0 + TerminalText.width($1) }
    var right = count + (sorts[0].isEmpty ? "" : "  " + sorts[0]) + " "
    var tabs = full
    if x + 1 + tabsWidth + 2 + TerminalText.width(right) > r.maxX {
      right = count + (sorts.last.map { $0.isEmpty ? "" : "  " + $0 } ?? "") + " "
      if x + 1 + tabsWidth + 2 + TerminalText.width(right) > r.maxX {
        right = count + (sorts[0].isEmpty ? "" : "  " + sorts[0]) + " "
        tabs = short
      }
    }
    let rw = TerminalText.width(right)
    x += 1
    for (screen, label) in zip(AppState.Screen.allCases, tabs) {
      let on = screen == state.screen
      x = canvas.write(label, x: x, y: r.y, style: on ? Style(.bold) : .reverse)
    }
    if r.maxX - rw > x + 1 { canvas.write(right, x: r.maxX - rw, y: r.y, style: .reverse) }
    guard r.height >= 2 else { return }
    // MARK: Filter bar
    let y = r.y + 1
    if case .filtering(let f) = state.mode {
      let lx = canvas.write("/ ", x: r.x, y: y, style: Palette.key)
      let end = canvas.write(f.editor.text, x: lx, y: y, maxX: r.maxX - 1)
      canvas.cursor = (
        min(r.maxX - 1, lx + TerminalText.width(TerminalText.sanitize(f.editor.beforeCursor))), y
      )
      if let e = f.error {
        canvas.write("  ✗ " + e, x: end, y: y, style: Palette.error, maxX: r.maxX)
      } else if let c = f.completion, c.candidates.count > 1 {
        canvas.write("  " + c.candidates.joined(separator: "  "), x: end, y: y, style: .dim, maxX: r.maxX)
      }
    } else {
      let lx = canvas.write(Strings.tuiFilterLabel, x: r.x, y: y, style: .dim)
      if state.filterText.isEmpty {
        canvas.write(Strings.tuiFilterPlaceholder, x: lx, y: y, style: .dim, maxX: r.maxX)
      } else {
        canvas.write(state.filterText, x: lx, y: y, style: .bold, maxX: r.maxX)
      }
    }
  }
}
