/// Where each region of the screen goes, shared by the reducer (page sizes, scrolling) and
/// the views. Top to bottom: header, filter bar, column headings, list, status line, hints.
public struct Layout: Hashable, Sendable {
  /// The tabs and counts.
  public let header: Rect
  /// The filter line.
  public let filter: Rect
  /// Column headings.
  public let columns: Rect
  /// The rows.
  public let list: Rect
  /// Messages and the file's state.
  public let status: Rect
  /// Key hints.
  public let hints: Rect
  /// Everything between the filter bar and the status line (detail, form).
  public let body: Rect

  /// Lays out a `width` × `height` screen.
  public init(width: Int, height: Int) {
    let all = Rect(x: 0, y: 0, width: width, height: height)
    let (header, r1) = all.splitTop(1)
    let (filter, r2) = r1.splitTop(1)
    let (r3, hints) = r2.splitBottom(1)
    let (middle, status) = r3.splitBottom(1)
    let (columns, list) = middle.splitTop(1)
    self.header = header
    self.filter = filter
    self.columns = columns
    self.list = list
    self.status = status
    self.hints = hints
    body = middle
  }
}
