import ConvocaCore

/// A question box over the form: throw the changes away, or which values to keep after
/// someone else changed the same fields.
struct ConfirmView {
  let confirm: ConfirmState
  /// Looks records up by id (to name the calls a duplicate warning or a merge is about).
  var data: ((OpportunityID) -> Opportunity?)? = nil

  func render(in r: Rect, into canvas: inout Canvas) {
    var lines: [(String, Style)] = []
    let title: String
    switch confirm.purpose {
    case .discardForm:
      title = Strings.tuiConfirmDiscard
    case .conflict(_, let conflicts):
      title = Strings.tuiConflictTitle
      for c in conflicts {
        lines.append((Strings.fieldLabel(c.field.rawValue), .bold))
        lines.append(("  " + Strings.tuiConflictMine + ": " + FieldText.display(c.mine), .plain))
        lines.append(("  " + Strings.tuiConflictTheirs + ": " + FieldText.display(c.theirs), .plain))
      }
    case .unsavedQuit(let why):
      title = Strings.tuiConfirmUnsaved
      lines.append((Strings.tuiUnsavedWhy(why), .plain))
    case .hiddenMarks(_, let visible, let hidden):
      title = Strings.tuiConfirmHiddenMarks(hidden.count)
      lines.append((Strings.tuiHiddenMarksCounts(visible.count, hidden.count), .plain))
    case .deleteNote(_, let number, let note):
      title = Strings.tuiConfirmDeleteNote(number)
      lines.append((note.at.utcDate.description + "  " + note.by, .bold))
      for l in note.text.split(separator: "\n", omittingEmptySubsequences: false).prefix(6) {
        lines.append(("  " + String(l), .plain))
      }
    case .deleteCalls(let ids, let t):
      title = t.map(Strings.tuiConfirmDeleteOne) ?? Strings.tuiConfirmDeleteMany(ids.count)
      lines.append((Strings.tuiDeleteUndoable, .plain))
    case .duplicate(_, _, let existing):
      title = Strings.tuiDuplicateTitle
      lines.append((Strings.tuiDuplicateIntro, .plain))
      for id in existing.prefix(5) {
        lines.append(("  " + id.rawValue + "  " + (data?(id)?.title ?? ""), .bold))
      }
    case .merge(let a, let b):
      title = Strings.tuiMergeTitle
      lines.append(("1  " + a.rawValue + "  " + (data?(a)?.title ?? ""), .bold))
      lines.append(("2  " + b.rawValue + "  " + (data?(b)?.title ?? ""), .bold))
      lines.append((Strings.tuiMergeExplain, .plain))
    case .importFile(let p):
      title = Strings.tuiImportTitle(p.path)
      lines.append((Strings.tuiImportCounts(p.added, p.updated, p.unchanged, p.rejected), .bold))
      for w in p.warnings.prefix(2) { lines.append(("! " + w, Palette.warning)) }
      for l in p.lines { lines.append(("  " + l, .plain)) }
      if p.more > 0 { lines.append(("  " + Strings.tuiImportMore(p.more), .dim)) }
      if p.commands.isEmpty {
        lines.append((Strings.tuiImportNothing, .bold))
      } else if p.rejected > 0 {
        lines.append((Strings.tuiImportSkipsRejected(p.rejected), .bold))
      }
      lines.append((Strings.tuiImportUndoable, .plain))
    case .commandHelp:
      title = Strings.tuiCommandsTitle
      let usages = CommandTable.commands.map { ":" + $0.usage }
      let w = usages.map { TerminalText.width(TerminalText.sanitize($0)) }.max() ?? 0
      for (d, u) in zip(CommandTable.commands, usages) {
        let pad = String(repeating: " ", count: max(0, w - TerminalText.width(TerminalText.sanitize(u))))
        let alias = d.aliases.isEmpty ? "" : "  (" + d.aliases.map { ":" + $0 }.joined(separator: " ") + ")"
        lines.append((u + pad + "  " + d.summary() + alias, .plain))
      }
      lines.append((Strings.tuiCommandsTab, .dim))
    }
    let hints = Keymap.bindings(confirm.purpose.context).map {
      ($0.keys[0].label, $0.footer ?? $0.description)
    }
    let hintText = hints.map { $0.0 + " " + $0.1 }.joined(separator: "   ")
    let width = min(
      r.width - 2,
      max(
        TerminalText.width(title) + 4, TerminalText.width(hintText) + 4,
        (lines.map { TerminalText.width(TerminalText.sanitize($0.0)) }.max() ?? 0) + 4))
    let body = min(lines.count, max(0, r.height - 5))
    let box = r.centered(width: width, height: body + 4)
    let warn: Bool = {
      switch confirm.purpose {
      case .discardForm, .commandHelp, .importFile: return false
      default: return true
      }
    }()
    canvas.box(box, title: title, style: warn ? Palette.warning : .plain)
    for (k, (text, style)) in lines.prefix(body).enumerated() {
      canvas.write(text, x: box.x + 2, y: box.y + 1 + k, style: style, maxX: box.maxX - 2)
    }
    var x = box.x + 2
    for (key, label) in hints {
      x = canvas.write(key, x: x, y: box.maxY - 2, style: Palette.key, maxX: box.maxX - 1)
      x = canvas.write(" " + label + "   ", x: x, y: box.maxY - 2, maxX: box.maxX - 1)
    }
  }
}
