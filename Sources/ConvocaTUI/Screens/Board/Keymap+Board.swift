import ConvocaCore

extension Keymap {
  /// The board screen.
  public static var board: [KeyBinding] { screenCommon }
}
