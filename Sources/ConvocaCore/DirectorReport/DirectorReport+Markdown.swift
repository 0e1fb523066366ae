import Foundation

extension DirectorReport {
  /// The report as Markdown, readable in a git forge: the HTML page's sections as tables,
  /// each figure with its query. Cell text is escaped: `|` as `\|`, Markdown's punctuation
  /// with a backslash, and `<`, `>`, `&` as references, so data never becomes markup.
  public var markdown: String {
    let r = report
    var out: [String] = ["# " + Self.md(title), "", Self.md(subtitle), ""]
    func table(_ header: [String], _ rows: [[String]], raw: Set<Int> = []) {
      guard !rows.isEmpty else {
        out += ["_" + Self.md(Strings.directorNothing) + "_", ""]
        return
      }
      out.append("| " + header.map(Self.md).joined(separator: " | ") + " |")
      out.append("|" + header.map { _ in "---|" }.joined())
      for row in rows {
        let cells = row.enumerated().map { i, c in raw.contains(i) ? c : Self.md(c) }
        out.append("| " + cells.joined(separator: " | ") + " |")
      }
      out.append("")
    }
    func q(_ f: ReportFigure) -> String { Self.code(query(f)) }
    func footnote() {
      if let n = partialFootnote { out += [Self.md(n), ""] }
    }

    out += ["## " + Self.md(Strings.directorSummary), ""]
    out += headline.map { "- " + Self.md($0.1) + ": **" + Self.md($0.0) + "**" } + [""]
    out += ["### " + Self.md(Strings.reportWonPerYear), ""]
    let best = r.bestYear
    table(
      [Strings.reportColYear, Strings.reportColCalls, Strings.reportColWon, Strings.reportColQuery],
      r.years.map { y in
        [
          String(y.year) + (y.year == best ? " ★" : ""), Self.count(y.figure.count),
          Self.money(y.figure.total),
          q(y.figure),
        ]
      }, raw: [3])
    footnote()

    out += [
      "## " + Self.md(Strings.directorPipeline), "", "### " + Self.md(Strings.directorPipelineByStage), "",
    ]
    table(
      [
        Strings.reportColStage, Strings.reportColCalls, Strings.reportColTotal, Strings.reportColWeighted,
        Strings.reportColQuery,
      ],
      r.stages.map {
        [
          Strings.valueName("stage", $0.stage.rawValue), Self.count($0.figure.count),
          Self.money($0.figure.total),
          Self.money($0.weighted),
          q($0.figure),
        ]
      }, raw: [4])
    for (name, head, groups) in [
      (Strings.directorPipelineByArea, Strings.reportColArea, r.areas),
      (Strings.reportByKind, Strings.reportColKind, r.kinds),
    ] {
      out += ["### " + Self.md(name), ""]
      table(
        [head, Strings.reportColWonPeriod, Strings.reportColOpen, Strings.reportColQuery],
        zip(groupRows(groups), groups).map { $0 + [q($1.open)] }, raw: [3])
    }
    footnote()

    out += ["## " + Self.md(Strings.reportDeadlines), ""]
    table(
      [Strings.reportDeadlines, Strings.reportColCalls, Strings.reportColTotal, Strings.reportColQuery],
      [
        (Strings.reportDue7, r.due7), (Strings.reportDue30, r.due30), (Strings.reportOverdue, r.overdue),
        (Strings.reportStale, r.stale),
      ].map { [$0.0, Self.count($0.1.count), Self.money($0.1.total), q($0.1)] }, raw: [3])
    for (name, items, figure, stale) in [
      (Strings.directorUpcoming, upcoming, r.due30, false),
      (Strings.directorStaleCalls, staleItems, r.stale, true),
    ] {
      out += ["### " + Self.md(name), ""]
      let t = itemRows(items, stale: stale)
      if items.isEmpty && figure.count > 0 {
        out += [Self.md(Strings.directorMore(figure.count, query(figure))), ""]
        continue
      }
      table(t.header, t.rows)
      let more = Self.hidden(figure, shown: items.count)
      if more > 0 { out += [Self.md(Strings.directorMore(more, query(figure))), ""] }
    }
    footnote()

    out += ["## " + Self.md(Strings.reportOwners), ""]
    table(
      [Strings.reportColOwner, Strings.reportColOpen, Strings.reportColDueWeek, Strings.reportColWonPeriod],
      ownerRows)
    footnote()
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  /// `s` as literal Markdown text on one line (table cells included).
  public static func md(_ s: String) -> String {
    var out = ""
    for c in s {
      switch c {
      case "|": out += "\\|"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "#", "~": out += "\\" + String(c)
      case "\n", "\r", "\r\n", "\t": out += " "
      default:
        if c.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) {
          out += "\u{FFFD}"
        } else {
          out.append(c)
        }
      }
    }
    return out
  }

  /// `s` as an inline code span, safe in a table: pipes escaped, a longer fence when it holds
  /// a backtick.
  static func code(_ s: String) -> String {
    let one = s.map { c -> String in
      switch c {
      case "|": return "\\|"
      case "\n", "\r", "\r\n", "\t": return " "
      default:
        return c.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) })
          ? "\u{FFFD}" : String(c)
      }
    }.joined()
    return one.contains("`") ? "`` " + one + " ``" : "`" + one + "`"
  }
}
