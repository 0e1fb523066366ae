/// Turns the codes `wget_wch` returns into `Key`s. Pure: the ncurses key-code values are
/// spelled out here (they have been stable for decades) so this is tested without curses;
/// `CursesTerminal` checks them against the real header in debug builds.
public enum KeyDecoder {
  /// ncurses key codes (`KEY_*` in `curses.h`), returned with `KEY_CODE_YES`.
  public enum Code {
    public static let down: Int32 = 0o402
    public static let up: Int32 = 0o403
    public static let left: Int32 = 0o404
    public static let right: Int32 = 0o405
    public static let home: Int32 = 0o406
    public static let backspace: Int32 = 0o407
    /// `KEY_F0`; function key n is `f0 + n`.
    public static let f0: Int32 = 0o410
    public static let deleteChar: Int32 = 0o512
    public static let nextPage: Int32 = 0o522
    public static let previousPage: Int32 = 0o523
    public static let enter: Int32 = 0o527
    public static let backTab: Int32 = 0o541
    public static let end: Int32 = 0o550
    /// `KEY_FIND`: what some terminals (rxvt, PuTTY) send for Home.
    public static let find: Int32 = 0o552
    /// `KEY_SELECT`: what some terminals (rxvt, PuTTY) send for End.
    public static let select: Int32 = 0o601
    public static let resize: Int32 = 0o632
  }

  /// The highest function key number decoded (ncurses reserves 64).
  public static let maxFunctionKey = 63

  /// Decodes one code. `isKeyCode` is true when `wget_wch` returned `KEY_CODE_YES` (a special
  /// key), false for a character. Returns nil for codes that are not keys (`KEY_RESIZE`, which
  /// the terminal reports as an event, mouse codes, stray controls).
  public static func decode(code: Int32, isKeyCode: Bool) -> Key? {
    isKeyCode ? special(code) : character(code)
  }

  static func special(_ code: Int32) -> Key? {
    switch code {
    case Code.up: return .up
    case Code.down: return .down
    case Code.left: return .left
    case Code.right: return .right
    case Code.home, Code.find: return .home
    case Code.end, Code.select: return .end
    case Code.previousPage: return .pageUp
    case Code.nextPage: return .pageDown
    case Code.backTab: return .backTab
    case Code.deleteChar: return .delete
    case Code.backspace: return .backspace
    case Code.enter: return .enter
    case Code.f0...(Code.f0 + Int32(maxFunctionKey)): return .function(Int(code - Code.f0))
    default: return nil
    }
  }

  static func character(_ code: Int32) -> Key? {
    switch code {
    case 10, 13: return .enter
    case 27: return .escape
    case 9: return .tab
    case 8, 127: return .backspace
    case 1...26:
      guard let scalar = Unicode.Scalar(UInt32(code) + 0x60) else { return nil }
      return .ctrl(Character(scalar))
    case 28: return .ctrl("\\")
    case 29: return .ctrl("]")
    case 30: return .ctrl("^")
    case 31: return .ctrl("_")
    default:
      guard code >= 0x20, let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
      // C1 controls and other invisible format characters never reach the app as text.
      switch scalar.properties.generalCategory {
      case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
        return nil
      default:
        return .char(Character(scalar))
      }
    }
  }
}
