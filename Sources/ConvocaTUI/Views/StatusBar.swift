import ConvocaCore

/// The bottom two rows: the message (or the file's state: saved, a read-only banner,
/// others' changes taken in, after the last sync when the file is in git), then the key hints of the current mode from the keymap, the
/// unavailable ones dimmed.
struct StatusBar {
  let state: AppState
  let data: AppData

  func render(in r: Rect, into canvas: inout Canvas) {
    guard r.height >= 1 else { return }
    // MARK: Message and file state
    let file: (String, Style) = {
      switch state.fileStatus {
      case .saved: return (Strings.tuiFileSaved, Palette.ok)
      case .readOnly(let why): return (Strings.tuiFileReadOnly(why), Palette.banner)
      case .reloaded(let n): return (Strings.tuiFileReloaded(n), Palette.warning)
      case .unsaved: return (Strings.tuiFileUnsaved, Palette.banner)
      }
    }()
    let sync = state.sync.text
    var fileText = " " + (sync.isEmpty ? "" : sync + " · ") + file.0 + " "
    if case .unsaved = state.fileStatus {
      // Unsaved edits must always show: the file's state keeps its place, the message the rest.
      fileText = TerminalText.truncate(TerminalText.sanitize(fileText), toWidth: r.width)
      let fx = r.maxX - TerminalText.width(fileText)
      canvas.write(fileText, x: fx, y: r.y, style: file.1)
      if let m = state.status {
        let x = canvas.write(
          m.text, x: r.x + 1, y: r.y, style: m.kind == .error ? Palette.error : .plain, maxX: fx - 1)
        writeLink(m, x: x, y: r.y, maxX: fx - 1, into: &canvas)
      }
    } else if let m = state.status {
      var x = canvas.write(
        m.text, x: r.x + 1, y: r.y, style: m.kind == .error ? Palette.error : .plain, maxX: r.maxX)
      x = writeLink(m, x: x, y: r.y, maxX: r.maxX, into: &canvas)
      // The file's state goes to the right when there is room left.
      fileText = TerminalText.truncate(TerminalText.sanitize(fileText), toWidth: max(0, r.maxX - x - 2))
      if TerminalText.width(fileText) > 4 {
        canvas.write(fileText, x: r.maxX - TerminalText.width(fileText), y: r.y, style: file.1)
      }
    } else if case .readOnly = state.fileStatus {
      canvas.fill(Rect(x: r.x, y: r.y, width: r.width, height: 1), style: file.1)
      canvas.write(fileText, x: r.x, y: r.y, style: file.1, maxX: r.maxX)
    } else {
      fileText = TerminalText.truncate(TerminalText.sanitize(fileText), toWidth: r.width)
      canvas.write(fileText, x: r.maxX - TerminalText.width(fileText), y: r.y, style: file.1)
    }
    guard r.height >= 2 else { return }
    // MARK: Key hints
    if state.status?.link != nil { return }  // the link may need the whole width: no hints
    let y = r.y + 1
    var x = r.x + 1
    for b in Keymap.bindings(state.keymapContext) {
      guard let label = b.footer else { continue }
      let off = Keymap.disabledReason(b, state: state, data: data) != nil
      // "move and note" is no hint in the sort menu.
      if off, b.requirement == .stageMenu { continue }
      let key = b.keys[0].label
      let need = TerminalText.width(key) + 1 + TerminalText.width(label)
      guard x + need <= r.maxX else { break }
      x = canvas.write(key, x: x, y: y, style: off ? .dim : Palette.key)
      x = canvas.write(" " + label, x: x, y: y, style: .dim)
      x += 2
    }
  }

  /// Writes the message's link after its text (a space between), underlined, and records
  /// it on the canvas for the backend to wrap in OSC 8. Returns the column after it.
  @discardableResult
  func writeLink(_ m: AppState.StatusMessage, x: Int, y: Int, maxX: Int, into canvas: inout Canvas) -> Int {
    guard let url = m.link else { return x }
    let start = x + 1
    let end = canvas.write(url, x: start, y: y, style: Palette.link, maxX: maxX)
    if end > start { canvas.links.append(CanvasLink(x: start, y: y, width: end - start, url: url)) }
    return end
  }
}
