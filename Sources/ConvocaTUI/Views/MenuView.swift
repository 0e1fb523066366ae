import ConvocaCore

/// A menu box centred over the list: the sort or the stage to move to.
struct MenuView {
  let menu: MenuState

  func render(in r: Rect, into canvas: inout Canvas) {
    let title: String = {
      switch menu.purpose {
      case .sort: return Strings.tuiMenuSort
      case .stage(let ids): return Strings.tuiMenuStage(ids.count)
      case .columns: return Strings.tuiMenuColumns
      case .notes(_, let delete): return Strings.tuiMenuNotes(delete)
      case .views(let removing): return removing.map(Strings.tuiMenuRemoveView) ?? Strings.tuiMenuViews
      case .arrivals: return Strings.tuiMenuArrivals
      }
    }()
    let labels = menu.items.map(MenuState.label)
    let inner = max(TerminalText.width(title) + 2, (labels.map(TerminalText.width).max() ?? 0) + 4)
    let box = r.centered(width: inner + 2, height: labels.count + 2)
    canvas.box(box, title: title)
    let visible = box.height - 2
    let start = max(0, menu.selected - visible + 1)
    for (k, i) in (start..<min(labels.count, start + visible)).enumerated() {
      let y = box.y + 1 + k
      let selected = i == menu.selected
      let mark = menu.items[i] == menu.current ? "• " : "  "
      canvas.writeCell(
        mark + labels[i], x: box.x + 1, y: y, width: inner, style: selected ? .reverse : .plain)
    }
  }
}
