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
    // The call is named by its title, cut to a third of the row so the answer keeps room.
    let title = { (ids: [OpportunityID]) -> String in
      let t = TerminalText.sanitize(ids.first.flatMap { data.store[$0]?.title } ?? ids.first?.rawValue ?? "")
      return TerminalText.truncate(t, toWidth: max(8, r.width / 3))
    }
    switch prompt.purpose {
    case .note(let ids):
      label = ids.count == 1 ? Strings.tuiPromptNoteOn(title(ids)) : Strings.tuiPromptNoteMany(ids.count)
    case .moveNote(let ids, let stage, _):
      label =
        ids.count == 1
        ? Strings.tuiPromptMoveNote(title(ids), Strings.valueName("stage", stage.rawValue))
        : Strings.tuiPromptMoveNoteMany(ids.count, Strings.valueName("stage", stage.rawValue))
    case .awarded(let ids, _, _):
      label = ids.count == 1 ? Strings.tuiPromptAwarded : Strings.tuiPromptAwardedMany
    case .savePath: label = Strings.tuiPromptSavePath
    case .editNote(_, let number): label = Strings.tuiPromptEditNote(number)
    case .saveView: label = Strings.tuiPromptSaveView
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
