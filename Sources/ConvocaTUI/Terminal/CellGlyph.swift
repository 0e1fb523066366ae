/// What to hand curses for one cell: the scalars of one `cchar_t` and the spaces that follow.
///
/// curses holds one spacing character plus at most four zero-width ones per cell, and measures
/// them with libc's `wcwidth`. A cluster it cannot hold (an emoji ZWJ sequence, a flag) or one
/// libc measures differently from the canvas is drawn as its first character padded with
/// spaces, so columns never drift. Pure: `wcwidth` is passed in.
struct CellGlyph: Hashable, Sendable {
  /// Scalars for `setcchar`: a spacing character first, then zero-width ones.
  var scalars: [UInt32]
  /// Spaces to draw after it to fill the cell's width.
  var padding: Int

  /// Most scalars a `cchar_t` holds (`CCHARW_MAX`).
  static let maxScalars = 5
  static let replacement: UInt32 = 0xFFFD
  static let zeroWidthJoiner: UInt32 = 0x200D
  static let emojiPresentation: UInt32 = 0xFE0F

  /// The glyph for `cell`, using `wcwidth` as curses will.
  static func plan(for cell: Cell, wcwidth: (UInt32) -> Int) -> CellGlyph {
    let width = max(1, Int(cell.width))
    let all = cell.text.unicodeScalars.map(\.value)
    guard let first = all.first else { return CellGlyph(scalars: [0x20], padding: width - 1) }
    let firstWidth = wcwidth(first)
    guard firstWidth >= 1, firstWidth <= width else {
      return CellGlyph(scalars: [replacement], padding: width - 1)
    }
    var scalars = [first]
    for s in all.dropFirst() {
      guard scalars.count < maxScalars, wcwidth(s) == 0 else { break }
      // A joiner or emoji selector without what it joins would change how wide it shows.
      if s == zeroWidthJoiner || s == emojiPresentation { break }
      scalars.append(s)
    }
    return CellGlyph(scalars: scalars, padding: width - firstWidth)
  }
}
