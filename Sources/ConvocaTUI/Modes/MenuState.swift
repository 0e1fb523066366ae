import ConvocaCore

/// A small menu over the list: the sort, or the stage to move to.
public struct MenuState: Hashable, Sendable {
  /// What the menu chooses.
  public enum Purpose: Hashable, Sendable {
    /// The list's sort.
    case sort
    /// The stage to move these opportunities to.
    case stage(targets: [OpportunityID])
    /// The list's columns: Space shows or hides one, J/K move it, Enter keeps.
    case columns
    /// The note of the detail's call to edit (or, `delete`, to delete).
    case notes(detail: DetailState, delete: Bool)
    /// The saved views (`v`): Enter applies one; `x` asks to remove the selected one
    /// (`removing`: its name), and `x` again removes it.
    case views(removing: String?)
    /// What arrived at the last sync, by person (`W`): Enter filters the list to their calls.
    case arrivals
  }

  /// One line of the menu.
  public enum Item: Hashable, Sendable {
    case sort(SortOrder)
    case stage(Stage)
    case column(ListTable.Column, shown: Bool)
    case note(number: Int, label: String)
    /// A saved view: its name, query, and how many calls it matches now (nil: its query no
    /// longer parses).
    case view(name: String, query: String, count: Int?)
    /// What one person's commits changed ("carlos: 2 moved, 1 added") and the calls involved.
    case arrival(person: String, text: String, ids: [OpportunityID])
  }

  /// What the menu is for.
  public var purpose: Purpose
  /// The choices, in order.
  public var items: [Item]
  /// The highlighted choice.
  public var selected: Int
  /// The item that is in force now (shown with a marker), if any.
  public var current: Item?

  /// The sort menu: every field the CLI's `--sort` takes (`SortField`), each ascending and
  /// descending.
  public static func sort(current: SortOrder) -> MenuState {
    let fields = SortField.allCases
    let items = fields.flatMap { [Item.sort(SortOrder($0)), Item.sort(SortOrder($0, descending: true))] }
    let cur = Item.sort(current)
    return MenuState(purpose: .sort, items: items, selected: items.firstIndex(of: cur) ?? 0, current: cur)
  }

  /// The columns menu: the columns shown now, in their order, then the hidden ones.
  public static func columns(current: [ListTable.Column]?) -> MenuState {
    let shown = current ?? ListTable.displayOrder
    let hidden = ListTable.Column.allCases.filter { !shown.contains($0) }
    let items = shown.map { Item.column($0, shown: true) } + hidden.map { Item.column($0, shown: false) }
    return MenuState(purpose: .columns, items: items, selected: 0, current: nil)
  }

  /// Space (`choose`) shows or hides the selected column; `itemUp`/`itemDown` move it.
  mutating func rearrange(_ command: KeyCommand?) {
    guard items.indices.contains(selected), case .column(let c, let shown) = items[selected] else { return }
    switch command {
    case .choose?: items[selected] = .column(c, shown: !shown)
    case .itemUp? where selected > 0:
      items.swapAt(selected, selected - 1)
      selected -= 1
    case .itemDown? where selected < items.count - 1:
      items.swapAt(selected, selected + 1)
      selected += 1
    default: break
    }
  }

  /// The stage menu for `targets`; `current` is their stage when they share one.
  public static func stage(targets: [OpportunityID], current: Stage?) -> MenuState {
    let items = Stage.allCases.map(Item.stage)
    let sel =
      current.flatMap { c in (c.next ?? c.previous).flatMap { items.firstIndex(of: .stage($0)) } } ?? 0
    return MenuState(
      purpose: .stage(targets: targets), items: items, selected: sel, current: current.map(Item.stage))
  }

  /// The text of an item.
  public static func label(_ item: Item) -> String {
    switch item {
    case .sort(let s): return Strings.tuiSortLabel(s)
    case .stage(let s): return Strings.valueName("stage", s.rawValue)
    case .column(let c, let shown): return (shown ? "[x] " : "[ ] ") + c.name
    case .note(let number, let label): return String(number) + ". " + label
    case .view(let name, let query, let count):
      let n = count.map(String.init) ?? "?"
      let q = TerminalText.truncate(TerminalText.sanitize(query.isEmpty ? "*" : query), toWidth: 40)
      return TerminalText.sanitize(name) + "  (" + n + ")  " + q
    case .arrival(let person, let text, _):
      return TerminalText.sanitize(person) + ": " + TerminalText.sanitize(text)
    }
  }
}
