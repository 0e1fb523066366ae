/// A rectangle of cells: column `x`, row `y`, `width` × `height`.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// The top `n` rows, and the rest.
  public func splitTop(_ n: Int) -> (Rect, Rect) {
    let h = min(max(0, n), height)
    return (Rect(x: x, y: y, width: width, height: h), Rect(x: x, y: y + h, width: width, height: height - h))
  }

  /// The bottom `n` rows, and the rest above.
  public func splitBottom(_ n: Int) -> (rest: Rect, bottom: Rect) {
    let h = min(max(0, n), height)
    return (
      Rect(x: x, y: y, width: width, height: height - h), Rect(x: x, y: maxY - h, width: width, height: h)
    )
  }

  /// The left `n` columns, and the rest.
  public func splitLeft(_ n: Int) -> (Rect, Rect) {
    let w = min(max(0, n), width)
    return (
      Rect(x: x, y: y, width: w, height: height), Rect(x: x + w, y: y, width: width - w, height: height)
    )
  }

  /// Shrunk by `n` cells on every side.
  public func inset(_ n: Int) -> Rect {
    Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
  }

  /// A `w` × `h` rectangle centred in this one (clamped to fit).
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
