import ConvocaCore

/// One cell of the screen: a grapheme cluster, its width in cells, and its style. The cell to
/// the right of a wide (2-cell) character is a continuation with an empty string, width 0.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var width: UInt8
  public var style: Style

  public init(_ text: String = " ", width: UInt8 = 1, style: Style = .plain) {
    self.text = text
    self.width = width
    self.style = style
  }

  public static let blank = Cell()
  static let continuation = Cell("", width: 0)
}

/// An in-memory grid of cells that views draw into. Nothing here touches a terminal: the
/// backend diffs two canvases and paints only what changed; tests read the lines back.
///
/// Every string drawn goes through `TerminalText.sanitize` and is measured in cells, so
/// hostile text cannot move the cursor and wide characters keep columns aligned.
public struct Canvas: Hashable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal cursor should be shown (nil: hidden).
  public var cursor: (x: Int, y: Int)? {
    get { cursorX.map { ($0, cursorY) } }
    set {
      cursorX = newValue?.x
      cursorY = newValue?.y ?? 0
    }
  }
  private var cursorX: Int?
  private var cursorY = 0
  /// The hyperlinks on screen (the backend writes them as OSC 8 over the cells).
  public var links: [CanvasLink] = []

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { (0..<width).contains(x) && (0..<height).contains(y) ? cells[y * width + x] : .blank }
    set {
      guard (0..<width).contains(x), (0..<height).contains(y) else { return }
      cells[y * width + x] = newValue
    }
  }

  /// Fills a rectangle with spaces in `style`.
  public mutating func fill(_ r: Rect, style: Style = .plain) {
    for y in max(0, r.y)..<min(height, r.maxY) {
      for x in max(0, r.x)..<min(width, r.maxX) { cells[y * width + x] = Cell(" ", width: 1, style: style) }
    }
  }

  /// Writes `text` (sanitised) at column `x`, row `y`, clipped at `maxX` (default: the right
  /// edge). A wide character that would straddle the clip edge is replaced by a space.
  /// Returns the column after the last cell written. The text is sanitised a piece at a
  /// time and only as far as it shows, so a huge value costs what fits in the row.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
    guard (0..<height).contains(y) else { return x }
    let limit = min(maxX ?? width, width)
    var col = x
    var rest = Substring(text)
    while !rest.isEmpty {
      // Sanitising works character by character, so pieces cut at characters are exact.
      let piece = TerminalText.visiblePrefix(rest, cells: max(8, limit - col))
      rest = rest[piece.endIndex...]
      if let end = write(piece: piece, col: &col, y: y, limit: limit, style: style) { return end }
    }
    return col
  }

  /// Writes one piece of `write(_:x:y:style:maxX:)`; the column where it stopped at the clip
  /// edge, or nil when all of it fitted.
  private mutating func write(piece: Substring, col: inout Int, y: Int, limit: Int, style: Style) -> Int? {
    for ch in TerminalText.sanitize(String(piece)) {
      let w = TerminalText.width(of: ch)
      if w == 0 {
        // A zero-width cluster left after sanitising: attach to the previous cell.
        if col > 0, col - 1 < limit, col - 1 >= 0 { cells[y * width + col - 1].text.append(ch) }
        continue
      }
      if col + w > limit {
        if col < limit, col >= 0 { cells[y * width + col] = Cell(" ", width: 1, style: style) }
        return limit
      }
      if col >= 0 {
        // Writing over half of a wide character clears its other half.
        if cells[y * width + col].width == 0, col > 0 {
          cells[y * width + col - 1] = Cell(" ", width: 1, style: cells[y * width + col - 1].style)
        }
        cells[y * width + col] = Cell(String(ch), width: UInt8(w), style: style)
        if w == 2, col + 1 < width { cells[y * width + col + 1] = Cell("", width: 0, style: style) }
        if w == 1, col + 1 < width, cells[y * width + col + 1].width == 0 {
          cells[y * width + col + 1] = Cell(" ", width: 1, style: cells[y * width + col + 1].style)
        }
      }
      col += w
    }
    return nil
  }

  /// Applies `style` to every cell of a rectangle, keeping the text.
  public mutating func paint(_ r: Rect, style: Style) {
    for y in max(0, r.y)..<min(height, r.maxY) {
      for x in max(0, r.x)..<min(width, r.maxX) { cells[y * width + x].style = style }
    }
  }

  /// Row `y` as plain text (continuation cells skipped), trailing spaces kept.
  public func line(_ y: Int) -> String {
    guard (0..<height).contains(y) else { return "" }
    var s = ""
    for x in 0..<width {
      let c = cells[y * width + x]
      if c.width > 0 { s += c.text }
    }
    return s
  }

  /// Every row as text with trailing spaces removed: what render tests compare against.
  public var lines: [String] {
    (0..<height).map { y in
      var l = Substring(line(y))
      while l.last == " " { l = l.dropLast() }
      return String(l)
    }
  }

  /// The style of the cell at `x`, `y`.
  public func style(x: Int, y: Int) -> Style { self[x, y].style }

  public static func == (a: Canvas, b: Canvas) -> Bool {
    a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX
      && a.cursorY == b.cursorY
  }

  public func hash(into h: inout Hasher) {
    h.combine(width)
    h.combine(height)
    h.combine(cells)
  }
}
