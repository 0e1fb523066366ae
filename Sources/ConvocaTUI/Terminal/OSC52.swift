import Foundation

/// The OSC 52 escape sequence that asks a terminal to put text on the clipboard. Built here
/// as bytes; only `CursesTerminal` writes it (never through the canvas).
public enum OSC52 {
  /// `ESC ] 52 ; c ; <base64 of text> BEL`: base64 keeps any text (control characters
  /// included) from being read as a sequence of its own.
  public static func sequence(_ text: String) -> [UInt8] {
    Array(("\u{1b}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}").utf8)
  }
}
