import CNcursesw

// MARK: - Painting

/// A foreground/background combination that has a colour pair.
/// What `cnc_put_cell` returns when `setcchar` refused the characters.
let cncRefusedCharacter: Int32 = -2

struct ColorPairKey: Hashable {
  var fg: Int16
  var bg: Int16
}

extension CursesTerminal {
  /// Paints the cells that differ from the last frame (all of them after a resize or
  /// resume), places or hides the cursor, and refreshes.
  public func present(_ canvas: Canvas) {
    guard !isShutDown, !isSuspended else { return }
    let window = cnc_stdscr()
    let full = needsFullRepaint
    if full { werase(window) }
    for run in CanvasDiff.changes(from: previous, to: canvas, fullRepaint: full) {
      paint(run)
    }
    previous = canvas
    needsFullRepaint = false
    placeCursor(canvas.cursor)
    wrefresh(window)
    writeLinks(canvas)
  }

  /// Rewrites each link's text wrapped in OSC 8, over the same cells curses just painted
  /// (the cursor saved and restored around it), so curses' idea of the screen stays true.
  func writeLinks(_ canvas: Canvas) {
    for link in canvas.links where link.width > 0 && link.y < canvas.height {
      var bytes = Array("\u{1b}7\u{1b}[\(link.y + 1);\(link.x + 1)H".utf8)
      bytes += OSC8.sequence(url: link.url, text: canvas.text(of: link))
      bytes += Array("\u{1b}8".utf8)
      writeRaw(bytes)
    }
  }

  func paint(_ run: CanvasRun) {
    for (offset, cell) in run.cells.enumerated() where cell.width > 0 {
      let x = run.x + offset
      let glyph = CellGlyph.plan(for: cell) { Int(wcwidth(wchar_t(bitPattern: $0))) }
      let (attrs, pair) = rendition(of: cell.style)
      let chars = glyph.scalars.map { wchar_t(bitPattern: $0) }
      // ERR from the add itself is normal in the bottom-right corner (the cursor cannot
      // advance; the character is drawn anyway). Only a refused character gets replaced.
      if cnc_put_cell(Int32(run.y), Int32(x), chars, Int32(chars.count), attrs, pair) == cncRefusedCharacter {
        let fallback = [wchar_t(bitPattern: CellGlyph.replacement)]
        _ = cnc_put_cell(Int32(run.y), Int32(x), fallback, 1, attrs, pair)
      }
      for pad in 0..<glyph.padding {
        _ = cnc_put_cell(Int32(run.y), Int32(x + 1 + pad), [wchar_t(32)], 1, attrs, pair)
      }
    }
  }

  func placeCursor(_ cursor: (x: Int, y: Int)?) {
    let window = cnc_stdscr()
    if let cursor {
      if !cursorShown {
        curs_set(1)
        cursorShown = true
      }
      leaveok(window, false)
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else {
      if cursorShown {
        curs_set(0)
        cursorShown = false
      }
      leaveok(window, true)
    }
  }

  // MARK: - Colours and attributes

  func startColors() {
    guard colorDepth != .none else { return }
    // Without default colours, `.default` becomes white on black.
    hasDefaultColors = use_default_colors() == OK
  }

  /// The curses attributes and colour pair for `style`. Without colour, a cell with a
  /// background colour is shown reversed, so highlights (a selected row) stay visible.
  func rendition(of style: Style) -> (attr_t, Int16) {
    var attrs = attributes(style.attributes)
    guard colorDepth != .none else {
      if style.bg != .default { attrs |= attr_t(cnc_attr_reverse()) }
      return (attrs, 0)
    }
    let fg = colorDepth.index(of: style.fg)
    let bg = colorDepth.index(of: style.bg)
    if fg.bold { attrs |= attr_t(cnc_attr_bold()) }
    return (attrs, pair(fg: fg.index, bg: bg.index))
  }

  func attributes(_ a: Attributes) -> attr_t {
    var attrs = attr_t(cnc_attr_normal())
    if a.contains(.bold) { attrs |= attr_t(cnc_attr_bold()) }
    if a.contains(.dim) { attrs |= attr_t(cnc_attr_dim()) }
    if a.contains(.reverse) { attrs |= attr_t(cnc_attr_reverse()) }
    if a.contains(.underline) { attrs |= attr_t(cnc_attr_underline()) }
    if a.contains(.italic) { attrs |= attr_t(cnc_attr_italic()) }
    return attrs
  }

  /// The colour pair for `fg` on `bg`, allocated on first use; pair 0 (the default) when
  /// the terminal has no more pairs.
  func pair(fg: Int16, bg: Int16) -> Int16 {
    var key = ColorPairKey(fg: fg, bg: bg)
    if !hasDefaultColors {
      if key.fg < 0 { key.fg = Int16(COLOR_WHITE) }
      if key.bg < 0 { key.bg = Int16(COLOR_BLACK) }
    }
    if key.fg < 0, key.bg < 0 { return 0 }
    if let existing = pairs[key] { return existing }
    let next = pairs.count + 1
    guard !pairsExhausted, next < Int(cnc_color_pairs()), next <= Int(Int16.max) else {
      pairsExhausted = true
      return 0
    }
    init_pair(Int16(next), key.fg, key.bg)
    pairs[key] = Int16(next)
    return Int16(next)
  }
}
