/// The full description of one opportunity as lines of text, for `convoca show`: every
/// field, the notes, and the stage history as a timeline. Every value is sanitised.
public enum DetailText {
  /// The lines, wrapped to `width` cells.
  public static func lines(_ o: Opportunity, today: CalendarDate, width: Int) -> [String] {
    let s: (String) -> String = { TerminalText.sanitize($0) }
    // An empty value in a history entry reads as "(none)", not as nothing.
    let shown: (String) -> String = { $0.isEmpty ? Strings.historyNone : s($0) }
    var out: [String] = []
    // The title wraps like every other value: a long one must not run past the width.
    let title = TerminalText.wrap(s(o.title), width: max(10, width))
    out += title
    out.append(
      String(repeating: "─", count: min(max(8, title.map(TerminalText.width).max() ?? 0), max(8, width))))
    if o.archived { out.append(Strings.detailArchived) }
    if o.conflict {
      // What `convoca resolve` and the tracker's `c` still have to decide.
      let pending = Conflicts.pending(o)
      out += TerminalText.wrap(
        pending.isEmpty ? Strings.detailConflictNone : Strings.detailConflict, width: max(10, width))
      for p in pending {
        out += TerminalText.wrap(
          Strings.detailConflictField(Strings.fieldLabel(s(p.field)), shown(p.kept), shown(p.other)),
          width: max(10, width - 2)
        ).map { "  " + $0 }
      }
    }
    // The rows come from the catalogue, in its detail order; the stage carries the chance.
    let rows: [(String, String)] = FieldCatalogue.detailRows.map { d in
      var value = d.displayText(o, today: today)
      if case .stage = d.access { value += "  (" + Strings.probabilityText(o.probability) + ")" }
      return (d.localizedLabel, value)
    }
    let labelWidth = rows.filter { !$0.1.isEmpty }.map { TerminalText.width($0.0) }.max() ?? 0
    for (label, value) in rows where !value.isEmpty {
      // Every value through the sanitiser, kind and area too: a file may hold any text there.
      let wrapped = TerminalText.wrap(s(value), width: max(10, width - labelWidth - 2))
      for (k, part) in wrapped.enumerated() {
        out.append(TerminalText.pad(k == 0 ? label : "", toWidth: labelWidth) + "  " + part)
      }
    }
    if !o.description.isEmpty {
      out.append("")
      out.append(Strings.fieldLabel("description"))
      out += TerminalText.wrap(
        TerminalText.sanitize(o.description, keepNewlines: true), width: max(10, width - 2)
      ).map {
        "  " + $0
      }
    }
    if !o.notes.isEmpty {
      out.append("")
      out.append(Strings.fieldLabel("notes"))
      for (k, n) in o.notes.enumerated() {
        // Numbered as `convoca note ID --edit N` and the tracker's note picker take them.
        out.append("  " + String(k + 1) + ". " + n.at.utcDate.description + "  " + s(n.by))
        out += TerminalText.wrap(TerminalText.sanitize(n.text, keepNewlines: true), width: max(10, width - 4))
          .map {
            "    " + $0
          }
      }
    }
    if !o.history.isEmpty {
      out.append("")
      out.append(Strings.fieldLabel("history"))
      for h in o.history {
        let what =
          h.field.map { Strings.fieldLabel(s($0)) + ": " + shown(h.from) + " → " + shown(h.to) }
          ?? (s(h.from) + " → " + s(h.to))
        var line = h.at.utcDate.description + "  " + what + "  " + Strings.byPerson(s(h.by))
        if let n = h.note, !n.isEmpty { line += " — " + s(n) }
        // Wrapped without the indent (wrapping drops leading spaces), then indented.
        out += TerminalText.wrap(line, width: max(10, width - 4)).enumerated().map {
          ($0 == 0 ? "  " : "    ") + $1
        }
      }
    }
    return out
  }
}

extension Strings {
  /// The label of a field in detail views.
  public static func fieldLabel(_ name: String) -> String {
    t("field." + name, FieldCatalogue.named(name)?.label ?? name)
  }
  /// The label of a field, with its English text.
  static func fieldLabel(_ name: String, _ english: String) -> String { t("field." + name, english) }
  static func probabilityText(_ p: Int) -> String { t("detail.probability", "{0}% chance", String(p)) }
  static var detailConflict: String {
    t(
      "detail.conflict", "CONFLICT — changed in two copies; to decide (convoca resolve, or c in the tracker):"
    )
  }
  static var detailConflictNone: String {
    t(
      "detail.conflictNone",
      "CONFLICT — flagged for review; nothing left to decide (convoca resolve clears it)")
  }
  static func detailConflictField(_ field: String, _ kept: String, _ other: String) -> String {
    t("detail.conflictField", "{0}: now {1} · other copy {2}", field, kept, other)
  }
  static var historyNone: String { t("detail.none", "(none)") }
  static func byPerson(_ who: String) -> String { t("detail.by", "by {0}", who) }
}
