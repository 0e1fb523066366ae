import ConvocaCore
import Foundation

/// The keys of the screen help was opened from, generated from the keymap, with the reason
/// an action is unavailable now; `/` narrows the list.
struct HelpOverlay {
  let state: AppState
  let data: AppData
  let help: HelpState

  /// The bindings listed: all of the context's, or those whose keys or description match
  /// the search (case and accents ignored).
  static func entries(_ h: HelpState) -> [KeyBinding] {
    let all = Keymap.bindings(h.context)
    let needle = TextFolding.folded(h.search.text.trimmingCharacters(in: .whitespaces))
    guard !needle.isEmpty else { return all }
    return all.filter {
      TextFolding.folded($0.description + " " + $0.keyLabel + " " + $0.command.rawValue).contains(needle)
    }
  }

  func render(in r: Rect, into canvas: inout Canvas) {
    // Narrow screens give help the whole width rather than leave slivers of the list.
    let box = r.width < 90 ? r : r.centered(width: 80, height: r.height)
    canvas.box(box, title: Strings.tuiHelpTitle(Strings.tuiContextTitle(help.context)))
    var y = box.y + 1
    if help.searching || !help.search.text.isEmpty {
      let x = canvas.write(Strings.tuiHelpSearch, x: box.x + 2, y: y, style: .bold)
      canvas.write(help.search.text, x: x, y: y, maxX: box.maxX - 2)
      if help.searching {
        canvas.cursor = (
          min(box.maxX - 2, x + TerminalText.width(TerminalText.sanitize(help.search.beforeCursor))), y
        )
      }
      y += 1
    }
    let list = HelpOverlay.entries(help)
    if list.isEmpty { canvas.write(Strings.tuiHelpNoMatch, x: box.x + 2, y: y, style: .dim) }
    // Measured over the whole context so the columns stay put while searching.
    let keyWidth = min(18, (Keymap.bindings(help.context).map { TerminalText.width($0.keyLabel) }.max() ?? 0))
    let start = max(0, min(help.scroll, list.count - 1))
    for b in list.dropFirst(start) where y < box.maxY - 1 {
      let why = Keymap.disabledReason(b, state: state, data: data)
      canvas.writeCell(
        b.keyLabel, x: box.x + 2, y: y, width: keyWidth, style: why == nil ? Palette.key : .dim)
      var x = canvas.write(
        "  " + b.description, x: box.x + 2 + keyWidth, y: y, style: why == nil ? .plain : .dim,
        maxX: box.maxX - 1)
      if let why { x = canvas.write(" (" + why + ")", x: x, y: y, style: .dim, maxX: box.maxX - 1) }
      y += 1
    }
  }
}
