import ConvocaCore

/// Shown instead of everything when the terminal is below the minimum size.
struct TooSmallView {
  let width: Int
  let height: Int

  func render(in r: Rect, into canvas: inout Canvas) {
    let text = Strings.tuiTooSmall(width, height, AppState.minimumWidth, AppState.minimumHeight)
    let lines = TerminalText.wrap(text, width: max(1, r.width))
    let top = r.y + max(0, (r.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      canvas.writeCentered(line, in: r, y: top + i, style: Palette.warning)
    }
  }
}
