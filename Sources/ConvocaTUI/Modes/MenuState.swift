import ConvocaCore

/// A small menu over the list: the sort, or the stage to move to.
public struct MenuState: Hashable, Sendable {
  /// What the menu chooses.
  public enum Purpose: Hashable, Sendable {
    /// The list's sort.
    case sort
    /// The stage to move these opportunities to.
    case stage(targets: [OpportunityID])
  }

  /// One line of the menu.
  public enum Item: Hashable, Sendable {
    case sort(SortOrder)
    case stage(Stage)
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
    case .stage(let s): return s.rawValue
    }
  }
}
