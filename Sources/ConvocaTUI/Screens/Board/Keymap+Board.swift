import ConvocaCore

extension Keymap {
  /// The board screen: columns by stage, cards moved with `>` / `<` (the cursor follows).
  public static var board: [KeyBinding] {
    [
      KeyBinding([.up, .char("k")], .up, Strings.tuiKeyCardUp),
      KeyBinding([.down, .char("j")], .down, Strings.tuiKeyCardDown),
      KeyBinding([.pageUp], .pageUp, Strings.tuiKeyPageUp),
      KeyBinding([.pageDown], .pageDown, Strings.tuiKeyPageDown),
      KeyBinding([.char("g"), .home], .top, Strings.tuiKeyCardTop),
      KeyBinding([.char("G"), .end], .bottom, Strings.tuiKeyCardBottom),
      KeyBinding([.char("h"), .left], .columnLeft, Strings.tuiKeyColumnLeft),
      KeyBinding(
        [.char("l"), .right], .columnRight, Strings.tuiKeyColumnRight, footer: Strings.tuiHintColumn),
      KeyBinding([.enter], .open, Strings.tuiKeyOpen, footer: Strings.tuiHintOpen, requires: .selection),
      KeyBinding(
        [.char(">")], .moveNext, Strings.tuiKeyMoveNext, footer: Strings.tuiHintMove,
        requires: .writableSelection),
      KeyBinding([.char("<")], .movePrevious, Strings.tuiKeyMovePrevious, requires: .writableSelection),
      KeyBinding([.char("m")], .stageMenu, Strings.tuiKeyStageMenu, requires: .writableSelection),
      KeyBinding(
        [.char("n")], .note, Strings.tuiKeyNote, footer: Strings.tuiHintNote, requires: .writableSelection),
      KeyBinding([.char("e")], .edit, Strings.tuiKeyEdit, requires: .writableSelection),
      KeyBinding([.char("z")], .foldClosed, Strings.tuiKeyFoldClosed, footer: Strings.tuiHintFold),
      KeyBinding([.char(" ")], .mark, Strings.tuiKeyMark, requires: .selection),
      KeyBinding([.char("A")], .clearMarks, Strings.tuiKeyClearMarks),
      KeyBinding([.char("y")], .copyID, Strings.tuiKeyCopyID, requires: .selection),
      KeyBinding([.char("o")], .openURL, Strings.tuiKeyOpenURL, requires: .selection),
    ] + screenCommon
  }
}
