import ConvocaCore

extension Keymap {
  /// The `:` command line.
  public static var commandLine: [KeyBinding] {
    [
      KeyBinding([.enter], .accept, Strings.tuiKeyCommandRun, footer: Strings.tuiHintRun),
      KeyBinding([.escape], .cancel, Strings.tuiKeyCancel, footer: Strings.tuiHintCancel),
      KeyBinding([.tab], .complete, Strings.tuiKeyCommandComplete, footer: Strings.tuiHintComplete),
      KeyBinding([.up], .historyOlder, Strings.tuiKeyCommandOlder, footer: Strings.tuiHintHistory),
      KeyBinding([.down], .historyNewer, Strings.tuiKeyCommandNewer),
      KeyBinding(
        [.left, .right, .home, .end, .backspace, .ctrl("u"), .ctrl("w")], .typeText, Strings.tuiKeyCommandEdit
      ),
    ]
  }

  /// The dry run of `:import`: import or not.
  public static var importConfirm: [KeyBinding] {
    [
      KeyBinding([.char("y")], .yes, Strings.tuiKeyImportYes, footer: Strings.tuiHintImportYes),
      KeyBinding([.char("n"), .escape], .no, Strings.tuiKeyImportNo, footer: Strings.tuiHintImportNo),
    ]
  }

  /// The list of commands shown by `:help`.
  public static var commandHelp: [KeyBinding] {
    [
      KeyBinding(
        [.escape, .enter, .char("q")], .close, Strings.tuiKeyCloseCommands, footer: Strings.tuiHintClose)
    ]
  }
}
