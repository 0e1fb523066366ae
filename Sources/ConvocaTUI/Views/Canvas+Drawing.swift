import ConvocaCore

extension Canvas {
  /// Draws a frame around `r` with a title in its top edge and clears the inside.
  mutating func box(_ r: Rect, title: String = "", style: Style = .plain) {
    guard r.width >= 2, r.height >= 2 else { return }
    fill(r)
    let inner = r.width - 2
    write("┌" + String(repeating: "─", count: inner) + "┐", x: r.x, y: r.y, style: style)
    for y in r.y + 1..<r.maxY - 1 {
      write("│", x: r.x, y: y, style: style)
      write("│", x: r.maxX - 1, y: y, style: style)
    }
    write("└" + String(repeating: "─", count: inner) + "┘", x: r.x, y: r.maxY - 1, style: style)
    if !title.isEmpty {
      write(
        " " + TerminalText.truncate(TerminalText.sanitize(title), toWidth: max(0, inner - 2)) + " ",
        x: r.x + 1, y: r.y,
        style: Style(fg: style.fg, bg: style.bg, .bold), maxX: r.maxX - 1)
    }
  }

  /// Writes `text` fitted to exactly `width` cells (truncated with an ellipsis or padded).
  @discardableResult
  mutating func writeCell(
    _ text: String, x: Int, y: Int, width: Int, style: Style = .plain, alignRight: Bool = false
  )
    -> Int
  {
    write(
      TerminalText.cell(text, width: width, alignRight: alignRight), x: x, y: y, style: style, maxX: x + width
    )
  }

  /// Writes `text` centred in row `y` of `r`.
  mutating func writeCentered(_ text: String, in r: Rect, y: Int, style: Style = .plain) {
    let t = TerminalText.truncate(TerminalText.sanitize(text), toWidth: r.width)
    write(t, x: r.x + max(0, (r.width - TerminalText.width(t)) / 2), y: y, style: style, maxX: r.maxX)
  }
}

/// Colours the views share.
enum Palette {
  static let error = Style(fg: .red, bg: .default, .bold)
  static let warning = Style(fg: .yellow, bg: .default, [])
  static let ok = Style(fg: .green, bg: .default, [])
  static let key = Style(.bold)
  static let heading = Style([.bold, .underline])
  static let link = Style(.underline)
  static let banner = Style(fg: .white, bg: .red, .bold)
}
