import ConvocaCore

/// The add / edit form: one row per field (the description several when focused), the
/// problem with a field on the row below it, kind and area picked from their list, the
/// required title marked; scrolled so the focused field shows.
struct FormView {
  let state: AppState
  let form: FormState

  /// Rows the description takes while focused.
  static let descriptionRows = 4

  /// One drawn row: which entry, and which part of it.
  enum Row: Equatable {
    case field(Int, line: Int)
    case error(Int)
    case candidates(Int)
  }

  /// The rows of the form, in order.
  var rows: [Row] {
    var out: [Row] = []
    for (i, e) in form.entries.enumerated() {
      let lines = e.isMultiline && i == form.focus ? FormView.descriptionRows : 1
      for l in 0..<lines { out.append(.field(i, line: l)) }
      if e.error != nil { out.append(.error(i)) }
      if i == form.focus, let c = form.completion, c.candidates.count > 1 { out.append(.candidates(i)) }
    }
    return out
  }

  func render(in r: Rect, into canvas: inout Canvas) {
    guard r.height >= 2 else { return }
    // MARK: Title
    let title: String = {
      if case .edit(let id) = form.purpose { return Strings.tuiFormEdit(id.rawValue) }
      return Strings.tuiFormAdd
    }()
    let tx = canvas.write(title, x: r.x + 1, y: r.y, style: .bold)
    if form.changedElsewhere {
      canvas.write(
        "  ⚠ " + Strings.tuiChangedElsewhereBanner, x: tx, y: r.y, style: Palette.warning, maxX: r.maxX)
    }
    // MARK: Fields
    let labels = form.entries.map { Strings.fieldLabel($0.field.rawValue) + ($0.field == .title ? " *" : "") }
    let labelWidth = (labels.map(TerminalText.width).max() ?? 0) + 2
    let valueX = r.x + 1 + labelWidth
    let valueWidth = max(10, min(60, r.maxX - valueX - 1))
    let all = rows
    let height = r.height - 1
    let focusRows = all.indices.filter {
      if case .field(let i, _) = all[$0] { return i == form.focus }
      if case .error(let i) = all[$0] { return i == form.focus }
      if case .candidates(let i) = all[$0] { return i == form.focus }
      return false
    }
    let start = max(0, (focusRows.last ?? 0) - height + 1)
    for (k, row) in all.dropFirst(start).prefix(height).enumerated() {
      let y = r.y + 1 + k
      switch row {
      case .error(let i):
        canvas.write(
          "✗ " + (form.entries[i].error ?? ""), x: valueX, y: y, style: Palette.error, maxX: r.maxX)
      case .candidates:
        candidates(x: valueX, y: y, maxX: r.maxX, into: &canvas)
      case .field(let i, let line):
        let e = form.entries[i]
        let focused = i == form.focus
        if line == 0 {
          canvas.writeCell(labels[i], x: r.x + 1, y: y, width: labelWidth - 1, style: focused ? .bold : .dim)
        }
        if e.isChoice {
          choice(e, focused: focused, x: valueX, y: y, maxX: r.maxX, into: &canvas)
        } else {
          text(e, line: line, focused: focused, x: valueX, y: y, width: valueWidth, into: &canvas)
        }
      }
    }
  }

  /// The Tab completions of the focused field, the one shown highlighted.
  func candidates(x: Int, y: Int, maxX: Int, into canvas: inout Canvas) {
    guard let c = form.completion else { return }
    var cx = x
    for (k, candidate) in c.candidates.enumerated() {
      let shown = candidate.hasPrefix(" ") ? String(candidate.dropFirst()) : candidate
      cx = canvas.write(shown, x: cx, y: y, style: k == c.index ? .reverse : .dim, maxX: maxX)
      cx = canvas.write("  ", x: cx, y: y, maxX: maxX)
      if cx >= maxX { break }
    }
  }

  /// A kind or area: its value; focused, the whole list with the value highlighted.
  func choice(_ e: FormState.Entry, focused: Bool, x: Int, y: Int, maxX: Int, into canvas: inout Canvas) {
    let shown: (String) -> String = { $0.isEmpty ? Strings.tuiNone : Strings.valueName(e.field.rawValue, $0) }
    guard focused else {
      canvas.write(shown(e.editor.text), x: x, y: y, style: e.editor.text.isEmpty ? .dim : .plain, maxX: maxX)
      return
    }
    var cx = canvas.write("‹ ", x: x, y: y, style: .dim, maxX: maxX)
    for option in Reducer.choices(e.field, state.configuration) {
      let style: Style = option == e.editor.text ? .reverse : .dim
      cx = canvas.write(shown(option), x: cx, y: y, style: style, maxX: maxX)
      cx = canvas.write(" ", x: cx, y: y, maxX: maxX)
    }
    canvas.write("›", x: cx, y: y, style: .dim, maxX: maxX)
  }

  /// A typed field (the description one of its lines); focused, underlined with the cursor.
  /// Only the part around the cursor is measured and drawn, so a 10 MB field costs a row.
  func text(
    _ e: FormState.Entry, line: Int, focused: Bool, x: Int, y: Int, width: Int, into canvas: inout Canvas
  ) {
    let style: Style = focused ? .underline : .plain
    if focused { canvas.fill(Rect(x: x, y: y, width: width, height: 1), style: style) }
    let text = e.editor.text
    let cursor = e.editor.position
    guard e.isMultiline else {
      defer { resolvedDate(e, x: x, y: y, width: width, into: &canvas) }
      guard focused else {
        canvas.write(
          String(TerminalText.visiblePrefix(text, cells: width)), x: x, y: y, style: style, maxX: x + width)
        return
      }
      // Long text scrolls left so the cursor stays inside the field: start as far back from
      // the cursor as fits in the field less the cursor's cell.
      var start = cursor
      var before = 0
      while start > text.startIndex {
        let previous = text.index(before: start)
        let w = FormView.cells(text[previous..<start])
        if before + w > width - 1 { break }
        before += w
        start = previous
      }
      let shown = TerminalText.visiblePrefix(text[start...], cells: width)
      canvas.write(String(shown), x: x, y: y, style: style, maxX: x + width)
      canvas.cursor = (x + before, y)
      return
    }
    let utf8 = text.utf8
    /// Where the line holding `i` starts.
    func lineStart(_ i: String.Index) -> String.Index {
      utf8[..<i].lastIndex(of: 0x0A).map { utf8.index(after: $0) } ?? text.startIndex
    }
    // The cursor's line is the last row shown once it is past the first rows.
    var first = focused ? lineStart(cursor) : text.startIndex
    if focused {
      for _ in 0..<(FormView.descriptionRows - 1) where first > text.startIndex {
        first = lineStart(utf8.index(before: first))
      }
    }
    var n = first
    for _ in 0..<line {
      guard let newline = utf8[n...].firstIndex(of: 0x0A) else { return }
      n = utf8.index(after: newline)
    }
    let piece = TerminalText.visiblePrefix(text[n...], cells: width)
    let row = piece.firstIndex(of: "\n").map { piece[..<$0] } ?? piece
    var t = String(row)
    if !focused && utf8[n...].contains(0x0A) { t += " …" }
    canvas.write(t, x: x, y: y, style: style, maxX: x + width)
    let cursorRow = lineStart(cursor)
    if focused && n == cursorRow {
      var col = 0
      var i = cursorRow
      while i < cursor, col < width {
        let next = text.index(after: i)
        col += FormView.cells(text[i..<next])
        i = next
      }
      canvas.cursor = (min(x + width - 1, x + col), y)
    }
  }

  /// After a date typed in another form than ISO (`+6w`, `15 feb 2027`), the day it names:
  /// `+6w  → 2027-01-12 (Tue)` (`→ 12/01/2027 (mar)` in Spanish), dim, when it fits in the field.
  func resolvedDate(_ e: FormState.Entry, x: Int, y: Int, width: Int, into canvas: inout Canvas) {
    guard e.field == .deadline || e.field == .decision, e.error == nil else { return }
    let text = e.editor.text
    guard text.utf8.count <= 64, !text.isEmpty,
      let d = try? DateInput.parse(
        text, today: state.today, order: Formatting.inputOrder(state.configuration.dateOrder)),
      d.description != text, Formatting.date(d) != text
    else { return }
    let hint = "→ " + Formatting.date(d) + " (" + d.weekdayAbbreviation + ")"
    let at = x + TerminalText.width(TerminalText.sanitize(text)) + 2
    guard at + TerminalText.width(hint) <= x + width else { return }
    canvas.write(hint, x: at, y: y, style: .dim, maxX: x + width)
  }

  /// The cells a piece of text takes once sanitised.
  static func cells(_ s: Substring) -> Int { TerminalText.width(TerminalText.sanitize(String(s))) }
}
