/// A colour a cell can have. `.default` is the terminal's own; the palette names are mapped
/// to 256 or 8 colours by the backend, and dropped entirely in monochrome or with NO_COLOR.
public enum Color: UInt8, Hashable, Sendable, CaseIterable {
  case `default`, black, red, green, yellow, blue, magenta, cyan, white
  case gray, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan
}

/// Text attributes, combinable.
public struct Attributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let bold = Attributes(rawValue: 1)
  public static let dim = Attributes(rawValue: 2)
  public static let reverse = Attributes(rawValue: 4)
  public static let underline = Attributes(rawValue: 8)
  public static let italic = Attributes(rawValue: 16)
}

/// Foreground, background and attributes of a cell.
public struct Style: Hashable, Sendable {
  public var fg: Color
  public var bg: Color
  public var attributes: Attributes

  public init(fg: Color = .default, bg: Color = .default, _ attributes: Attributes = []) {
    self.fg = fg
    self.bg = bg
    self.attributes = attributes
  }

  public static let plain = Style()
  public static let bold = Style(.bold)
  public static let dim = Style(.dim)
  public static let reverse = Style(.reverse)
  public static let underline = Style(.underline)

  public init(_ attributes: Attributes) { self.init(fg: .default, bg: .default, attributes) }
}
