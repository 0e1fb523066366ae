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
    x = canvas.write(" " + Strings.tuiTabList + " ", x: x + 1, y: r.y, style: Style(.bold))
    var right = Strings.tuiCount(state.rows.count, data.store.count)
    if !state.marks.isEmpty { right = Strings.tuiMarked(state.marks.count) + " · " + right }
    right += "  " + Strings.tuiSortLabel(state.sort) + " "
    let rw = TerminalText.width(right)
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
