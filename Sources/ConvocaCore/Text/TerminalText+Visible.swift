extension TerminalText {
  /// The start of `s` that can show in `cells` terminal cells, for drawing a value without
  /// sanitising or measuring all of it: a 10 MB title costs what one row shows. Every
  /// character but a zero-width one takes at least one cell, so the prefix keeps twice as
  /// many characters as cells (plus a few): anything past it could never be seen.
  public static func visiblePrefix<S: StringProtocol>(_ s: S, cells: Int) -> S.SubSequence {
    s.prefix(max(0, cells) * 2 + 8)
  }
}
