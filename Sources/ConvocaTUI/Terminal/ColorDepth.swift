/// How many colours the terminal is used with. Chosen once at start-up from the terminal's
/// capabilities and `NO_COLOR`.
public enum ColorDepth: Hashable, Sendable {
  /// No colour pairs at all (monochrome terminal, or `NO_COLOR` set): attributes only.
  case none
  /// The 8 ANSI colours; bright foregrounds are drawn bold.
  case eight
  /// 256 colours (the 16 ANSI colours plus a softer grey).
  case full

  /// The depth for a terminal reporting `colors` colours, `NO_COLOR` honoured (set and not
  /// empty, as no-color.org says).
  public static func choose(hasColors: Bool, colors: Int, environment: [String: String]) -> ColorDepth {
    guard allowsColor(environment), hasColors, colors >= 8 else { return .none }
    return colors >= 256 ? .full : .eight
  }

  /// False when `NO_COLOR` is set and not empty: then colour is not even started.
  public static func allowsColor(_ environment: [String: String]) -> Bool {
    environment["NO_COLOR"].map(\.isEmpty) ?? true
  }

  /// The terminal colour index for `color` (-1 is the terminal's default), and whether the
  /// cell must be bold to approximate it. Meaningless for `.none`.
  public func index(of color: Color) -> (index: Int16, bold: Bool) {
    switch color {
    case .default: return (-1, false)
    case .black: return (0, false)
    case .red: return (1, false)
    case .green: return (2, false)
    case .yellow: return (3, false)
    case .blue: return (4, false)
    case .magenta: return (5, false)
    case .cyan: return (6, false)
    case .white: return (7, false)
    case .gray: return self == .full ? (245, false) : (0, true)
    case .brightRed: return self == .full ? (9, false) : (1, true)
    case .brightGreen: return self == .full ? (10, false) : (2, true)
    case .brightYellow: return self == .full ? (11, false) : (3, true)
    case .brightBlue: return self == .full ? (12, false) : (4, true)
    case .brightMagenta: return self == .full ? (13, false) : (5, true)
    case .brightCyan: return self == .full ? (14, false) : (6, true)
    }
  }
}
