/// Where the board's columns and cards go in the body, shared by the reducer (how many cards
/// a column shows, for scrolling) and the view. Columns share the width (folded ones take
/// `foldedWidth`), one cell apart; each has a three-line heading, then cards. Cards lose
/// fields, least important first, until at least `minimumCards` fit in a column's height:
/// the amount (with the owner's initials, which also go first when the width is short),
/// then the funder, then the deadline; never the title.
struct BoardLayout: Hashable, Sendable {
  /// A card's fields beyond its title, from the most important.
  enum Field: Int, Hashable, Sendable, Comparable {
    case deadline = 1, funder, amount
    static func < (a: Field, b: Field) -> Bool { a.rawValue < b.rawValue }
  }

  /// The body.
  let body: Rect
  /// One rectangle per stage, left to right (folded ones narrow).
  let columns: [Rect]
  /// How many fields a card shows beyond its title (0–3, in `Field` order).
  let level: Int
  /// Lines per card, the blank line after it included.
  let cardHeight: Int
  /// Cards a column shows at once.
  let visibleCards: Int

  /// Lines of each column's heading: name and count, total, rule.
  static let headingHeight = 3
  /// Cells of a folded column.
  static let foldedWidth = 3
  /// Cards a column should show before cards lose fields.
  static let minimumCards = 3

  init(state: AppState) { self.init(body: state.layout.body, board: state.board) }

  init(body: Rect, board: BoardState) {
    self.body = body
    let n = BoardState.stages.count
    let foldedCount = (0..<n).filter(board.isFolded).count
    let wide = max(1, n - foldedCount)
    let room = max(0, body.width - (n - 1) - foldedCount * BoardLayout.foldedWidth)
    var x = body.x
    var rects: [Rect] = []
    var extra = room % wide
    for c in 0..<n {
      var w = BoardLayout.foldedWidth
      if !board.isFolded(c) {
        w = room / wide
        if extra > 0 {
          w += 1
          extra -= 1
        }
      }
      rects.append(Rect(x: x, y: body.y, width: w, height: body.height))
      x += w + 1
    }
    columns = rects
    let area = max(0, body.height - BoardLayout.headingHeight)
    var level = 0
    for l in stride(from: 3, through: 1, by: -1) where area / (l + 2) >= BoardLayout.minimumCards {
      level = l
      break
    }
    self.level = level
    cardHeight = level == 0 ? 1 : level + 2
    visibleCards = max(1, area / cardHeight)
  }

  /// Whether cards show `f`.
  func shows(_ f: Field) -> Bool { f.rawValue <= level }

  /// Where the cards of column `c` start.
  func cardsTop(_ c: Int) -> Int { columns[c].y + BoardLayout.headingHeight }
}
