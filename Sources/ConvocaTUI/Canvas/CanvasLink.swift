/// A run of cells on one row that is a hyperlink: the terminal backend wraps the text it
/// painted there in OSC 8 (the canvas itself only holds plain, sanitised text).
public struct CanvasLink: Hashable, Sendable {
  /// The first column.
  public var x: Int
  /// The row.
  public var y: Int
  /// How many cells.
  public var width: Int
  /// Where it leads (checked by `CallURL` before it gets here).
  public var url: String

  /// Creates a link.
  public init(x: Int, y: Int, width: Int, url: String) {
    self.x = x
    self.y = y
    self.width = width
    self.url = url
  }
}

extension Canvas {
  /// The text of the cells a link covers, as painted.
  public func text(of link: CanvasLink) -> String {
    (link.x..<(link.x + link.width)).map { self[$0, link.y].text }.joined()
  }
}
