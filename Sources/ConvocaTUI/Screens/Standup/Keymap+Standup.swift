import ConvocaCore

extension Keymap {
  /// The standup screen.
  public static var standup: [KeyBinding] { screenCommon }
}
