import ConvocaCore

/// One opportunity in full: every field, the description, the notes and the stage history
/// as a timeline; scrolled by `DetailState.scroll`.
struct DetailView {
  let state: AppState
  let data: AppData
  let detail: DetailState

  func render(in r: Rect, into canvas: inout Canvas) {
    guard let o = data.store[detail.id] else {
      canvas.writeCentered(Strings.tuiDetailNotes, in: r, y: r.y + r.height / 2, style: .bold)
      return
    }
    var r = r
    if o.conflict, r.height > 2 {
      // The banner: what a merge left to decide, and the key that opens the review.
      canvas.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), style: Palette.banner)
      canvas.write(DetailView.banner(o), x: r.x + 1, y: r.y, style: Palette.banner, maxX: r.maxX - 1)
      r = Rect(x: r.x, y: r.y + 1, width: r.width, height: r.height - 1)
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

  /// The conflict banner's text: the fields left to decide, by their labels.
  static func banner(_ o: Opportunity) -> String {
    let fields = Conflicts.pending(o).map { Strings.fieldLabel(TerminalText.sanitize($0.field)) }
    return fields.isEmpty
      ? Strings.tuiConflictBannerNone : Strings.tuiConflictBanner(fields.joined(separator: ", "))
  }
}
