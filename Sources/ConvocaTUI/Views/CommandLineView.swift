import ConvocaCore

/// The `:` command line in the status row (the text, the cursor, the reason the last Enter
/// was refused in red) and, while Tab completes, the candidates in the hint row with the
/// one shown in reverse.
struct CommandLineView {
  let line: CommandLineState

  func render(status r: Rect, hints: Rect, into canvas: inout Canvas) {
    canvas.fill(r)
    let x = canvas.write(":", x: r.x, y: r.y, style: .bold, maxX: r.maxX)
    let end = canvas.write(line.editor.text, x: x, y: r.y, maxX: r.maxX - 1)
    canvas.cursor = (
      min(r.maxX - 1, x + TerminalText.width(TerminalText.sanitize(line.editor.beforeCursor))), r.y
    )
    if let e = line.error { canvas.write("  ✗ " + e, x: end, y: r.y, style: Palette.error, maxX: r.maxX) }
    guard let c = line.completion, c.candidates.count > 1, hints.height >= 1 else { return }
    canvas.fill(hints)
    var hx = hints.x + 1
    for (i, candidate) in c.candidates.enumerated() {
      let shown = candidate.trimmingSpaceAtEnd
      guard hx + TerminalText.width(TerminalText.sanitize(shown)) <= hints.maxX else {
        canvas.write("…", x: hx, y: hints.y, style: .dim, maxX: hints.maxX)
        break
      }
      hx = canvas.write(shown, x: hx, y: hints.y, style: i == c.index ? .reverse : .dim, maxX: hints.maxX)
      hx += 2
    }
  }
}

extension String {
  /// Without the space a completed word ends with.
  fileprivate var trimmingSpaceAtEnd: String { hasSuffix(" ") ? String(dropLast()) : self }
}
