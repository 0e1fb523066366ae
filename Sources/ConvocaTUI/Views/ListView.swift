import ConvocaCore

/// The table of opportunities: aligned columns (the least important dropped first as the
/// width shrinks), the selected row in reverse, marked rows with a mark, deadlines coloured
/// by urgency. Only the rows in the visible window are read and drawn.
struct ListView {
  let state: AppState
  let data: AppData

  typealias Column = ListTable.Column

  /// Fixed widths of every column but the title, which takes the rest.
  static func fixedWidth(_ c: Column) -> Int { c.policy.screenWidth }

  /// Cells taken by the mark at the start of a row.
  static let markWidth = 2
  /// The glyph of a marked row.
  static let markGlyph = "✓"
  /// The glyph of a row flagged `is:conflict` (in the mark's second cell).
  static let conflictGlyph = "!"

  /// The narrowest the title may get before a column gives way: it grows with the terminal,
  /// so a wide screen shows more of each title instead of one more minor column.
  static func minimumTitle(width: Int) -> Int { min(30, max(ListTable.minimumTitle, width - 90)) }

  /// The columns that fit in `width` and their widths, in display order: the `chosen`
  /// columns in their order (nil: the standard ones), the least important dropped first
  /// (of chosen columns, the title last, then the last of the order first).
  static func columns(width: Int, chosen wanted: [Column]? = nil) -> [(Column, Int)] {
    let shown = wanted ?? ListTable.displayOrder
    var chosen = ListTable.givingWay(shown, chosen: wanted != nil)
    let minTitle = minimumTitle(width: width)
    func total(_ cs: [Column]) -> Int {
      markWidth + cs.reduce(0) { $0 + ($1 == .title ? minTitle : fixedWidth($1)) } + 2 * (cs.count - 1)
    }
    while chosen.count > 1 && total(chosen) > width { chosen.removeLast() }
    let title = max(1, width - total(chosen) + minTitle)
    return shown.filter(chosen.contains).map { ($0, $0 == .title ? title : fixedWidth($0)) }
  }

  func render(in r: Rect, into canvas: inout Canvas) {
    guard r.height >= 2 else { return }
    let cols = ListView.columns(width: r.width, chosen: state.columns)
    // MARK: Headings
    var x = r.x + ListView.markWidth
    for (c, w) in cols {
      canvas.writeCell(c.header, x: x, y: r.y, width: w, style: Palette.heading, alignRight: c.alignRight)
      x += w + 2
    }
    // MARK: Rows (only the visible window)
    let height = r.height - 1
    let start = max(0, min(state.scroll, state.rows.count - 1))
    let end = min(state.rows.count, start + height)
    guard start < end else { return }
    for i in start..<end {
      guard let o = data.store[state.rows[i]] else { continue }
      let y = r.y + 1 + i - start
      let selected = state.selection?.index == i
      let base: Style = selected ? .reverse : .plain
      if selected { canvas.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style: base) }
      if state.marks.contains(o.id) {
        canvas.write(
          ListView.markGlyph, x: r.x, y: y,
          style: Style(fg: .cyan, bg: .default, base.attributes.union(.bold)))
      }
      if o.conflict {
        canvas.write(
          ListView.conflictGlyph, x: r.x + 1, y: y,
          style: Style(fg: .red, bg: .default, base.attributes.union(.bold)))
      }
      x = r.x + ListView.markWidth
      for (c, w) in cols {
        canvas.writeCell(
          text(c, o, width: w), x: x, y: y, width: w, style: style(c, o, base), alignRight: c.alignRight)
        x += w + 2
      }
    }
  }

  /// A cell's text; amounts too wide for the column use the short form.
  func text(_ c: Column, _ o: Opportunity, width: Int) -> String {
    if c.descriptor.type == .money {
      let m = c.descriptor.cellMoney(o)
      let full = Formatting.money(m)
      return TerminalText.width(full) <= width ? full : Formatting.moneyShort(m)
    }
    return ListTable.text(c, o, state.today, maxCells: width)
  }

  /// Deadlines: overdue red, this week yellow bold, this month yellow.
  func style(_ c: Column, _ o: Opportunity, _ base: Style) -> Style {
    guard c == .deadline else { return base }
    return Palette.deadline(Formatting.urgency(o, today: state.today), base)
  }
}
