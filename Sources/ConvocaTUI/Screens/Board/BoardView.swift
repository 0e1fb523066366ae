import ConvocaCore

/// Draws the board screen into the body: one column per stage headed by its name, count and
/// converted total (marked partial when some amounts have no rate), then its cards. Only the
/// cards in each column's visible window are read, converted and formatted.
struct BoardView {
  let state: AppState
  let data: AppData

  func render(in r: Rect, into canvas: inout Canvas) {
    let board = state.board
    let layout = BoardLayout(body: r, board: board)
    guard r.height >= BoardLayout.headingHeight + 1 else { return }
    for (c, rect) in layout.columns.enumerated() {
      if c < layout.columns.count - 1 {
        for y in r.y..<r.maxY { canvas.write("│", x: rect.maxX, y: y, style: .dim) }
      }
      if board.isFolded(c) {
        folded(c, in: rect, into: &canvas)
      } else {
        heading(c, in: rect, layout: layout, into: &canvas)
        cards(c, in: rect, layout: layout, into: &canvas)
      }
    }
  }

  // MARK: - Headings

  /// Name and count, the total, and a rule (saying "partial" when the total is, with ▲ ▼
  /// when cards are hidden above or below).
  func heading(_ c: Int, in r: Rect, layout: BoardLayout, into canvas: inout Canvas) {
    let board = state.board
    let focused = c == board.column
    let count = String(board.cards[c].count)
    let nameStyle = focused ? Style([.reverse, .bold]) : Style([.bold])
    canvas.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), style: nameStyle)
    let countWidth = TerminalText.width(count)
    let name = BoardCard.fit(
      Strings.valueName("stage", BoardState.stages[c].rawValue), max(0, r.width - countWidth - 1))
    canvas.write(name, x: r.x, y: r.y, style: nameStyle, maxX: r.maxX)
    canvas.write(count, x: r.maxX - min(countWidth, r.width), y: r.y, style: nameStyle, maxX: r.maxX)
    let total = board.totals[c]
    if total.count > 0 {
      canvas.write(BoardCard.fit(total.compactText, r.width), x: r.x, y: r.y + 1, maxX: r.maxX)
    }
    let y = r.y + 2
    canvas.write(String(repeating: "─", count: max(0, r.width)), x: r.x, y: y, style: .dim, maxX: r.maxX)
    if total.isPartial {
      canvas.write(
        BoardCard.fit(Strings.tuiBoardPartial, max(0, r.width - 2)), x: r.x, y: y, style: Palette.warning,
        maxX: r.maxX - 2)
    }
    let scroll = board.scroll[c]
    let above = scroll > 0
    let below = scroll + layout.visibleCards < board.cards[c].count
    if r.width >= 3, above || below {
      canvas.write((above ? "▲" : " ") + (below ? "▼" : " "), x: r.maxX - 2, y: y, style: .dim)
    }
  }

  /// A folded column: the count, then the stage's name written downwards.
  func folded(_ c: Int, in r: Rect, into canvas: inout Canvas) {
    let n = state.board.cards[c].count
    let count = n < 1000 ? String(n) : String(n / 1000) + "k"
    canvas.write(BoardCard.fit(count, r.width), x: r.x, y: r.y, style: .bold, maxX: r.maxX)
    let name = Array(Strings.valueName("stage", BoardState.stages[c].rawValue))
    let x = r.x + max(0, (r.width - 1) / 2)
    for (i, ch) in name.enumerated() where r.y + 2 + i < r.maxY {
      canvas.write(String(ch), x: x, y: r.y + 2 + i, style: .dim, maxX: r.maxX)
    }
  }

  // MARK: - Cards

  /// The column's visible cards; on an empty column, a placeholder (in reverse when the
  /// cursor is there, so the cursor always shows).
  func cards(_ c: Int, in r: Rect, layout: BoardLayout, into canvas: inout Canvas) {
    let board = state.board
    let ids = board.cards[c]
    let top = layout.cardsTop(c)
    let focused = c == board.column
    guard !ids.isEmpty else {
      let style: Style = focused ? .reverse : .dim
      if focused { canvas.fill(Rect(x: r.x, y: top, width: r.width, height: 1), style: style) }
      canvas.write(BoardCard.fit(Strings.tuiBoardEmpty, r.width), x: r.x, y: top, style: style, maxX: r.maxX)
      return
    }
    let start = max(0, min(board.scroll[c], ids.count - 1))
    let end = min(ids.count, start + layout.visibleCards)
    for k in start..<end {
      let row = ids[k]
      guard state.rows.indices.contains(row), let o = data.store[state.rows[row]] else { continue }
      let y = top + (k - start) * layout.cardHeight
      card(
        o, in: Rect(x: r.x, y: y, width: r.width, height: 1 + layout.level), layout: layout,
        selected: focused && k == board.index[c], into: &canvas)
    }
  }

  /// One card: the title (bold, marked with ✓), then the funder, the deadline coloured as in
  /// the list, and the amount with the owner's initials on the right, as far as `layout`
  /// keeps them.
  func card(_ o: Opportunity, in r: Rect, layout: BoardLayout, selected: Bool, into canvas: inout Canvas) {
    let base: Style = selected ? .reverse : .plain
    if selected { canvas.fill(r, style: base) }
    var x = r.x
    if state.marks.contains(o.id), r.width >= 3 {
      x = canvas.write(
        ListView.markGlyph + " ", x: x, y: r.y,
        style: Style(fg: .cyan, bg: .default, base.attributes.union(.bold)))
    }
    let titleStyle = Style(fg: base.fg, bg: base.bg, base.attributes.union(.bold))
    canvas.write(BoardCard.fit(o.title, r.maxX - x), x: x, y: r.y, style: titleStyle, maxX: r.maxX)
    var y = r.y + 1
    if layout.shows(.funder) {
      let dim = Style(fg: base.fg, bg: base.bg, base.attributes.union(.dim))
      canvas.write(BoardCard.fit(o.funder, r.width), x: r.x, y: y, style: selected ? base : dim, maxX: r.maxX)
      y += 1
    }
    if layout.shows(.deadline) {
      let text = BoardCard.deadline(o, today: state.today, width: r.width)
      let style = Palette.deadline(Formatting.urgency(o, today: state.today), base)
      canvas.write(text, x: r.x, y: y, style: style, maxX: r.maxX)
      y += 1
    }
    if layout.shows(.amount) {
      let amount = BoardCard.amount(o, width: r.width)
      let end = canvas.write(amount, x: r.x, y: y, style: base, maxX: r.maxX)
      let initials = BoardCard.initials(o.owner)
      let w = TerminalText.width(initials)
      if !initials.isEmpty, r.maxX - w > end {
        canvas.write(initials, x: r.maxX - w, y: y, style: selected ? base : Style(.dim), maxX: r.maxX)
      }
    }
  }
}
