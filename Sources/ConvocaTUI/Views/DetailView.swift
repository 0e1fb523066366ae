import ConvocaCore

/// One opportunity in full: every field, the description, the notes and the stage history
/// as a timeline; scrolled by `DetailState.scroll`.
struct DetailView {
  let state: AppState
  let data: AppData
  let detail: DetailState

  func render(in r: Rect, into canvas: inout Canvas) {
    guard data.store[detail.id] != nil else {
      canvas.writeCentered(Strings.tuiDetailNotes, in: r, y: r.y + r.height / 2, style: .bold)
      return
    }
    let lines = Reducer.detailLines(detail.id, state: state, data: data)
    let start = max(0, min(detail.scroll, lines.count - r.height))
    for (k, line) in lines.dropFirst(start).prefix(r.height).enumerated() {
      let isTitle = start + k == 0
      canvas.write(line, x: r.x + 1, y: r.y + k, style: isTitle ? .bold : .plain, maxX: r.maxX - 1)
    }
    if start + r.height < lines.count { canvas.write("↓", x: r.maxX - 1, y: r.maxY - 1, style: .dim) }
    if start > 0 { canvas.write("↑", x: r.maxX - 1, y: r.y, style: .dim) }
  }
}
