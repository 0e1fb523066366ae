import ConvocaCore

/// The list area when there is nothing to show: a first-run welcome, or a filter that
/// matches nothing.
struct EmptyStateView {
  /// Whether the file holds no opportunity at all (else the filter hides them all).
  let isFileEmpty: Bool

  func render(in r: Rect, into canvas: inout Canvas) {
    let lines =
      isFileEmpty
      ? [
        (Strings.tuiEmptyTitle, Style.bold), ("", .plain), (Strings.tuiEmptyAdd, .plain),
        (Strings.tuiEmptyImport, .plain),
      ]
      : [(Strings.tuiNoMatch, Style.bold), (Strings.tuiNoMatchHint, .plain)]
    let top = r.y + max(0, (r.height - lines.count) / 2)
    for (i, (text, style)) in lines.enumerated() where top + i < r.maxY {
      canvas.writeCentered(text, in: r, y: top + i, style: style)
    }
  }
}
