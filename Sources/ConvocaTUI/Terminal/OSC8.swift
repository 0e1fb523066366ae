import ConvocaCore

/// The OSC 8 escape sequence that makes text on screen a hyperlink. Built here as bytes;
/// only `CursesTerminal` writes it (never through the canvas).
public enum OSC8 {
  /// `ESC ] 8 ; ; <uri> ESC \ <text> ESC ] 8 ; ; ESC \`. Every byte of `url` outside
  /// printable ASCII (controls, ESC, BEL, C1, spaces, newlines, non-ASCII) is percent-encoded,
  /// and `text` is sanitised, so neither can end the sequence or start one of their own.
  public static func sequence(url: String, text: String) -> [UInt8] {
    var out = Array("\u{1b}]8;;".utf8)
    out += escaped(url)
    out += Array("\u{1b}\\".utf8)
    out += Array(TerminalText.sanitize(text).utf8)
    out += Array("\u{1b}]8;;\u{1b}\\".utf8)
    return out
  }

  /// `url` with every byte outside 0x21...0x7E written as `%XX`.
  public static func escaped(_ url: String) -> [UInt8] {
    let hex = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    for b in url.utf8 {
      if (0x21...0x7E).contains(b) {
        out.append(b)
      } else {
        out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
      }
    }
    return out
  }
}
