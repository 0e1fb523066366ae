/// The aligned table `convoca list` prints: columns chosen to fit a width, least important
/// dropped first, every value sanitised and measured in terminal cells.
public struct ListTable: Sendable {
  /// A column of the list: a field of the catalogue that has a column policy.
  public struct Column: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The field's name.
    public let rawValue: String
    /// Its catalogue entry.
    public let descriptor: FieldDescriptor
    /// Its layout.
    public let policy: ColumnPolicy

    /// The column of the field named `rawValue` exactly, if that field can be a column.
    public init?(rawValue: String) {
      guard let d = FieldCatalogue.named(rawValue), let p = d.column else { return nil }
      self.rawValue = d.name
      descriptor = d
      policy = p
    }

    /// The column a person means by `name`: any name of the field, in English or Spanish,
    /// case- and accent-insensitively (`deadline`, `Fecha límite`, `due`).
    public init?(named name: String) {
      guard let d = FieldCatalogue.resolve(name), let c = Column(rawValue: d.name) else { return nil }
      self = c
    }

    private init(known name: String) {
      // Only names of the catalogue's columns reach here (the static members below).
      let d = FieldCatalogue.named(name) ?? FieldCatalogue.all[0]
      rawValue = d.name
      descriptor = d
      policy = d.column ?? ColumnPolicy(maxWidth: 24, screenWidth: 12, keepRank: 99)
    }

    public static func == (a: Column, b: Column) -> Bool { a.rawValue == b.rawValue }
    public func hash(into h: inout Hasher) { h.combine(rawValue) }
    public var description: String { rawValue }

    /// Every field that can be a column, in the catalogue's order.
    public static let allCases: [Column] = FieldCatalogue.columns.map { Column(known: $0.name) }

    public static let id = Column(known: "id")
    public static let title = Column(known: "title")
    public static let kind = Column(known: "kind")
    public static let stage = Column(known: "stage")
    public static let deadline = Column(known: "deadline")
    public static let amount = Column(known: "amount")
    public static let funder = Column(known: "funder")
    public static let owner = Column(known: "owner")
    public static let area = Column(known: "area")

    /// Header text.
    public var header: String { Strings.columnHeader(descriptor) }

    /// Whether numbers align right.
    public var alignRight: Bool { policy.alignRight }
  }

  /// Columns in the order they give way when space runs out (last goes first).
  public static let priority: [Column] = Column.allCases.sorted { $0.policy.keepRank < $1.policy.keepRank }
  /// The order in which `shown` columns give way (last goes first): the standard `priority`,
  /// or for columns a user chose, the title last and the rest from the end of their order.
  public static func givingWay(_ shown: [Column], chosen: Bool) -> [Column] {
    guard chosen else { return priority.filter(shown.contains) }
    return shown.contains(.title) ? [.title] + shown.filter { $0 != .title } : shown
  }
  /// The columns shown when none are chosen, in display order.
  public static let displayOrder: [Column] = Column.allCases.filter { $0.policy.defaultPlace != nil }.sorted {
    ($0.policy.defaultPlace ?? 0) < ($1.policy.defaultPlace ?? 0)
  }
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
      natural[c] = width == nil ? w : min(w, c.policy.maxWidth)
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
    let raw = c.descriptor.cellText(o, today: today)
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
  /// A column's header: the field's label in capitals (key `column.NAME`).
  static func columnHeader(_ d: FieldDescriptor) -> String {
    t("column." + d.name, d.column?.header ?? d.label.uppercased())
  }
}
