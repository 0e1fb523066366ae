import ConvocaCore

/// A one-line question in the status row: the label, the text with the cursor, and the
/// problem with the answer in red.
struct PromptView {
  let state: AppState
  let data: AppData
  let prompt: PromptState

  func render(in r: Rect, into canvas: inout Canvas) {
    canvas.fill(r)
    let label: String
    switch prompt.purpose {
    case .note(let ids): label = ids.count == 1 ? Strings.tuiPromptNote : Strings.tuiPromptNoteMany(ids.count)
    case .awarded(let ids, _):
      label = ids.count == 1 ? Strings.tuiPromptAwarded : Strings.tuiPromptAwardedMany
    case .savePath: label = Strings.tuiPromptSavePath
    }
    let x = canvas.write(label, x: r.x, y: r.y, style: .bold, maxX: r.maxX)
    let end = canvas.write(
      prompt.editor.text, x: x, y: r.y, style: prompt.editor.isAllSelected ? .reverse : .plain,
      maxX: r.maxX - 1)
    canvas.cursor = (
      min(r.maxX - 1, x + TerminalText.width(TerminalText.sanitize(prompt.editor.beforeCursor))), r.y
    )
    if let e = prompt.error { canvas.write("  ✗ " + e, x: end, y: r.y, style: Palette.error, maxX: r.maxX) }
  }
}
