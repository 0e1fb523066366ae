/// A horizontal stretch of cells to paint: row `y`, starting at column `x`. `cells[i]` goes to
/// column `x + i`; continuation cells (width 0, the right half of a wide character) are kept
/// so columns line up, and a painter skips them.
public struct CanvasRun: Hashable, Sendable {
  /// The first column painted.
  public var x: Int
  /// The row painted.
  public var y: Int
  /// The cells, one per column.
  public var cells: [Cell]

  /// Creates a run of `cells` starting at column `x`, row `y`.
  public init(x: Int, y: Int, cells: [Cell]) {
    self.x = x
    self.y = y
    self.cells = cells
  }
}

/// Works out which cells of a frame differ from the frame on screen. Pure: no terminal here,
/// so the backend's painting logic is unit-tested without curses.
public enum CanvasDiff {
  /// The runs of cells that must be painted to turn `old` into `new`.
  ///
  /// Every row is repainted whole when `fullRepaint` is set, when there is no `old` frame, or
  /// when the sizes differ. A change to either half of a wide character repaints both halves.
  /// The result is normalised so a painter never meets an impossible cell: a continuation
  /// with no wide character before it, or a wide character with no room for its right half,
  /// becomes a space in the same style.
  public static func changes(from old: Canvas?, to new: Canvas, fullRepaint: Bool = false) -> [CanvasRun] {
    let whole = fullRepaint || old.map { $0.width != new.width || $0.height != new.height } ?? true
    var runs: [CanvasRun] = []
    for y in 0..<new.height {
      var changed = [Bool](repeating: whole, count: new.width)
      if !whole, let old {
        for x in 0..<new.width where old[x, y] != new[x, y] {
          changed[x] = true
          // Both halves of a wide character go together, before and after the change.
          if new[x, y].width == 0 || old[x, y].width == 0, x > 0 { changed[x - 1] = true }
          if new[x, y].width == 2 || old[x, y].width == 2, x + 1 < new.width { changed[x + 1] = true }
        }
      }
      var x = 0
      while x < new.width {
        guard changed[x] else {
          x += 1
          continue
        }
        var start = x
        // A run never starts on a continuation: back up to its wide character.
        if new[start, y].width == 0, start > 0, new[start - 1, y].width == 2 { start -= 1 }
        var end = x
        while end < new.width, changed[end] { end += 1 }
        if end < new.width, new[end, y].width == 0 { end += 1 }
        let cells = (start..<end).map { normalised(new, x: $0, y: y) }
        if let last = runs.last, last.y == y, last.x + last.cells.count > start {
          // Overlaps the previous run after backing up: merge.
          let keep = start - last.x
          runs[runs.count - 1].cells = Array(last.cells.prefix(keep)) + cells
        } else {
          runs.append(CanvasRun(x: start, y: y, cells: cells))
        }
        x = end
      }
    }
    return runs
  }

  /// The cell at `x`, `y`, with impossible halves turned into spaces.
  static func normalised(_ canvas: Canvas, x: Int, y: Int) -> Cell {
    let cell = canvas[x, y]
    switch cell.width {
    case 0 where x == 0 || canvas[x - 1, y].width != 2:
      return Cell(" ", width: 1, style: cell.style)
    case 2 where x + 1 >= canvas.width || canvas[x + 1, y].width != 0:
      return Cell(" ", width: 1, style: cell.style)
    case 1, 2:
      return cell.text.isEmpty ? Cell(" ", width: 1, style: cell.style) : cell
    default:
      return cell.width > 2 ? Cell(" ", width: 1, style: cell.style) : cell
    }
  }
}
