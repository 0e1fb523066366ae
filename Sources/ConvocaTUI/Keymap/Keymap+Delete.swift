import ConvocaCore

extension Keymap {
  /// Deleting and archiving, in the list.
  static var removing: [KeyBinding] {
    [
      KeyBinding([.char("D")], .delete, Strings.tuiKeyDelete, requires: .writableSelection),
      KeyBinding([.char("X")], .archive, Strings.tuiKeyArchive, requires: .writableSelection),
    ]
  }

  /// The question `D` asks.
  public static var deleteCalls: [KeyBinding] {
    [
      KeyBinding([.char("y")], .yes, Strings.tuiKeyConfirmDelete, footer: Strings.tuiHintDelete),
      KeyBinding([.char("n"), .escape], .no, Strings.tuiKeyKeepCalls, footer: Strings.tuiHintKeep),
    ]
  }
}
