/// The aligned table `convoca list` prints: columns chosen to fit a width, least important
/// dropped first, every value sanitised and measured in terminal cells.
public struct ListTable: Sendable {
  /// A column of the list.
  public enum Column: String, CaseIterable, Sendable {
    case id, title, kind, stage, deadline, amount, funder, owner, area

    /// Header text.
    public var header: String { Strings.columnHeader(self) }

    /// Whether numbers align right.
    public var alignRight: Bool { self == .amount }
  }

  /// Columns in the order they give way when space runs out (last goes first).
  public static let priority: [Column] = [
    .title, .id, .stage, .deadline, .amount, .kind, .funder, .owner, .area,
  ]
  /// The order in which `shown` columns give way (last goes first): the standard `priority`,
  /// or for columns a user chose, the title last and the rest from the end of their order.
  public static func givingWay(_ shown: [Column], chosen: Bool) -> [Column] {
    guard chosen else { return priority.filter(shown.contains) }
    return shown.contains(.title) ? [.title] + shown.filter { $0 != .title } : shown
  }
  /// Columns in display order.
  public static let displayOrder: [Column] = [
    .id, .title, .kind, .funder, .area, .stage, .deadline, .amount, .owner,
  ]
  /// The title never gets narrower than this while other columns are shown.
  public static let minimumTitle = 18

  /// The chosen columns and their widths.
  public private(set) var columns: [(Column, Int)] = []
  private let today: CalendarDate

  /// Lays out columns for `rows` within `width` cells: the columns that fit, least important
  /// dropped first, long values cut with an ellipsis. With `width` nil (output piped to
  /// another program) every column is as wide as its widest value and nothing is cut. With
  /// `columns`, only those columns, in that order (when they do not fit a width, the last
  /// gives way first; the title last).
  public init(rows: [Opportunity], width: Int?, today: CalendarDate, columns wanted: [Column]? = nil) {
    self.today = today
    let shown = wanted ?? ListTable.displayOrder
    var natural: [Column: Int] = [:]
    for c in shown {
      var w = TerminalText.width(c.header)
      for r in width == nil ? rows[...] : rows.prefix(2000) {
        w = max(w, TerminalText.width(ListTable.text(c, r, today)))
      }
      natural[c] = width == nil ? w : min(w, c == .title ? 60 : (c == .funder ? 28 : 24))
    }
    guard let width else {
      columns = shown.map { ($0, natural[$0] ?? 0) }
      return
    }
    var chosen = ListTable.givingWay(shown, chosen: wanted != nil)
    func total(_ cs: [Column]) -> Int {
      cs.reduce(0) { $0 + ($1 == .title ? ListTable.minimumTitle : natural[$1] ?? 0) } + 2 * (cs.count - 1)
    }
    while chosen.count > 1 && total(chosen) > width { chosen.removeLast() }
    let fixed = chosen.filter { $0 != .title }.reduce(0) { $0 + (natural[$1] ?? 0) } + 2 * (chosen.count - 1)
    let titleWidth = max(1, min(natural[.title] ?? 0, width - fixed))
    columns = shown.filter(chosen.contains).map {
      ($0, $0 == .title ? titleWidth : natural[$0] ?? 0)
    }
  }

  /// The plain text of a cell (sanitised, not yet fitted); with `maxCells`, only the part of
  /// the value that can show in that many cells (a 10 MB title costs what the cell shows).
  public static func text(_ c: Column, _ o: Opportunity, _ today: CalendarDate, maxCells: Int? = nil)
    -> String
  {
    let raw: String
    switch c {
    case .id: raw = o.id.rawValue
    case .title: raw = o.title
    case .kind: raw = o.kind.rawValue
    case .stage: raw = o.stage.rawValue
    case .deadline: raw = Formatting.deadline(o.deadline, open: o.awaitsApplication, today: today)
    case .amount: raw = Formatting.money(o.awarded ?? o.amount)
    case .funder: raw = o.funder
    case .owner: raw = o.owner
    case .area: raw = o.area?.rawValue ?? ""
    }
    guard let maxCells else { return TerminalText.sanitize(raw) }
    return TerminalText.sanitize(String(TerminalText.visiblePrefix(raw, cells: maxCells)))
  }

  /// The header line.
  public func headerLine() -> String {
    columns.map { TerminalText.pad($0.0.header, toWidth: $0.1, alignRight: $0.0.alignRight) }.joined(
      separator: "  "
    )
    .trimmingTrailingSpaces()
  }

  /// One row; `style` may wrap a cell's fitted text (in ANSI colour, say).
  public func line(_ o: Opportunity, style: (Column, Opportunity, String) -> String = { $2 }) -> String {
    columns.map { c, w in
      style(c, o, TerminalText.pad(ListTable.text(c, o, today), toWidth: w, alignRight: c.alignRight))
    }.joined(separator: "  ").trimmingTrailingSpaces()
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var s = Substring(self)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}

extension Strings {
  static func columnHeader(_ c: ListTable.Column) -> String {
    switch c {
    case .id: return t("column.id", "ID")
    case .title: return t("column.title", "TITLE")
    case .kind: return t("column.kind", "KIND")
    case .stage: return t("column.stage", "STAGE")
    case .deadline: return t("column.deadline", "DEADLINE")
    case .amount: return t("column.amount", "AMOUNT")
    case .funder: return t("column.funder", "FUNDER")
    case .owner: return t("column.owner", "OWNER")
    case .area: return t("column.area", "AREA")
    }
  }
}
