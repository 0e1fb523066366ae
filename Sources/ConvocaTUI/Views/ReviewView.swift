import ConvocaCore

/// The review panel over the detail or the list: per field changed in two copies, the current
/// value and the other copy's side by side, the picked one in reverse.
struct ReviewView {
  let review: ReviewState
  let data: AppData

  /// Rows each field takes: its label, the two values, who changed them when known.
  static let rowsPerField = 3

  func render(in r: Rect, into canvas: inout Canvas) {
    let title = Strings.tuiReviewTitle(data.store[review.id]?.title ?? review.id.rawValue)
    let wanted = 3 + max(1, review.fields.count) * ReviewView.rowsPerField
    let box = r.centered(width: r.width - 2, height: min(r.height, wanted))
    canvas.box(box, title: title, style: Palette.warning)
    let inner = Rect(x: box.x + 2, y: box.y + 1, width: max(0, box.width - 4), height: max(0, box.height - 3))
    if review.fields.isEmpty {
      canvas.write(Strings.tuiReviewNothing, x: inner.x, y: inner.y, style: .bold, maxX: inner.maxX)
    }
    let fits = max(1, inner.height / ReviewView.rowsPerField)
    let start = max(0, min(review.cursor - fits + 1, review.fields.count - fits))
    let half = max(1, (inner.width - 2) / 2)
    for (k, i) in review.fields.indices.dropFirst(start).prefix(fits).enumerated() {
      let p = review.fields[i]
      let y = inner.y + k * ReviewView.rowsPerField
      let here = i == review.cursor
      canvas.write(
        (here ? "› " : "  ") + Strings.fieldLabel(TerminalText.sanitize(p.field)), x: inner.x, y: y,
        style: here ? .bold : .plain, maxX: inner.maxX)
      let other = review.pickOther.indices.contains(i) && review.pickOther[i]
      let sides: [(String, String, Bool, String)] = [
        (Strings.tuiReviewCurrent, p.kept, !other, currentWho(p)),
        (Strings.tuiReviewOther, p.other, other, otherWho(p)),
      ]
      for (s, (label, value, picked, who)) in sides.enumerated() {
        let x = inner.x + 2 + s * (half + 1)
        let w = max(1, min(half, inner.maxX - x))
        let text =
          (picked ? "● " : "○ ") + label + ": "
          + (value.isEmpty ? Strings.tuiReviewEmpty : TerminalText.sanitize(value))
        canvas.writeCell(
          text, x: x, y: y + 1, width: w, style: picked ? (here ? .reverse : .underline) : .plain)
        if !who.isEmpty { canvas.writeCell(who, x: x, y: y + 2, width: w, style: .dim) }
      }
    }
    var x = box.x + 2
    for b in Keymap.review where b.footer != nil {
      x = canvas.write(b.keys[0].label, x: x, y: box.maxY - 2, style: Palette.key, maxX: box.maxX - 1)
      x = canvas.write(" " + (b.footer ?? "") + "   ", x: x, y: box.maxY - 2, maxX: box.maxX - 1)
    }
  }

  /// Who last changed the current value, and when, as far as this run saw it.
  func currentWho(_ p: Conflicts.Pending) -> String {
    let part: RecordPart = Field(rawValue: p.field).map { .field($0) } ?? .stage
    guard let s = data.store.lastChange(review.id, part), !s.by.isEmpty else { return "" }
    return Strings.tuiReviewWho(TerminalText.sanitize(s.by), s.at.utcDate.description)
  }

  /// Who wrote the other value, when the merge knew it.
  func otherWho(_ p: Conflicts.Pending) -> String {
    guard !p.entry.by.isEmpty else { return "" }
    return Strings.tuiReviewWho(TerminalText.sanitize(p.entry.by), p.entry.at.utcDate.description)
  }
}

extension Strings {
  static var tuiReviewEmpty: String { t("tui.review.empty", "(none)") }
}
