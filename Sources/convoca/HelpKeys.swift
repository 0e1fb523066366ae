import ConvocaTUI

/// `convoca help keys`: the tracker's keys, as docs/keys.md holds them — generated from the
/// keymap (`Keymap.markdown()`), not read from the file, so it is right wherever convoca runs.
enum HelpKeys {
  /// Whether the arguments ask for the keys: exactly `help keys`.
  static func isRequested(_ args: [String]) -> Bool { args == ["help", "keys"] }

  /// Prints the keys.
  static func run() {
    var text = Keymap.markdown()
    if text.hasSuffix("\n") { text.removeLast() }
    Output.line(text)
  }
}
