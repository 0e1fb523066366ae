import ConvocaCore

extension Keymap {
  /// The standup screen: walk the people, act on the selected call, finish.
  public static var standup: [KeyBinding] {
    [
      KeyBinding([.tab], .nextPerson, Strings.tuiKeyNextPerson, footer: Strings.tuiHintNextPerson),
      KeyBinding([.backTab], .previousPerson, Strings.tuiKeyPreviousPerson),
      KeyBinding([.up, .char("k")], .up, Strings.tuiKeyUp),
      KeyBinding([.down, .char("j")], .down, Strings.tuiKeyDown),
      KeyBinding([.char("g"), .home], .top, Strings.tuiKeyTop),
      KeyBinding([.char("G"), .end], .bottom, Strings.tuiKeyBottom),
      KeyBinding([.enter], .open, Strings.tuiKeyOpen, footer: Strings.tuiHintOpen),
      KeyBinding([.char("e")], .edit, Strings.tuiKeyEdit, requires: .writable),
      KeyBinding(
        [.char(">")], .moveNext, Strings.tuiKeyMoveNext, footer: Strings.tuiHintMove, requires: .writable),
      KeyBinding([.char("<")], .movePrevious, Strings.tuiKeyMovePrevious, requires: .writable),
      KeyBinding([.char("m")], .stageMenu, Strings.tuiKeyStageMenu, requires: .writable),
      KeyBinding([.char("n")], .note, Strings.tuiKeyNote, footer: Strings.tuiHintNote, requires: .writable),
      KeyBinding(
        [.char("F")], .finishStandup, Strings.tuiKeyFinishStandup, footer: Strings.tuiHintFinishStandup,
        requires: .writable),
      KeyBinding(
        [.char("S")], .standupSummary, Strings.tuiKeyStandupSummary, footer: Strings.tuiHintStandupSummary),
      KeyBinding([.escape], .close, Strings.tuiKeyCloseSummary),
    ] + screenCommon.filter { $0.command != .sync }  // `S` is the summary here
  }
}
