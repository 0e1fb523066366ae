import ConvocaCore

extension Keymap {
  /// The dashboard screen.
  public static var dashboard: [KeyBinding] { screenCommon }
}
