import Foundation

/// The formats `convoca report` prints.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// A readable summary.
  case text
  /// Markdown tables, ready to paste: the director's report (`DirectorReport.markdown`).
  case md
  /// Every figure with its query, for scripts.
  case json
  /// One self-contained page to read and print: the director's report (`DirectorReport.html`).
  case html
}

extension MoneyTotal {
  /// The total as JSON: `converted`, `currency`, `unconverted` per currency, `partial`,
  /// `missingRates`.
  public var json: JSONValue {
    var unconv: [(String, JSONValue)] = []
    for c in missingRates { unconv.append((c, .number((unconverted[c] ?? 0).description))) }
    return .object([
      ("converted", .number(converted.description)), ("currency", .string(reporting)),
      ("unconverted", .object(unconv)), ("partial", .bool(isPartial)),
      ("missingRates", .array(missingRates.map { .string($0) })),
    ])
  }

  /// The total as text, with `*` after it when partial (the report names the missing rates
  /// once, at its end).
  public var reportText: String { isPartial ? compactText + " *" : compactText }
}

extension ReportFigure {
  /// The figure as JSON: `id`, `query`, `count`, `total`.
  public var json: JSONValue {
    .object([
      ("id", .string(id)), ("query", .string(query)), ("count", .number(String(count))),
      ("total", total.json),
    ])
  }
}

extension PipelineReport {
  /// A ratio as a whole percentage: `67%`; `—` when there is none.
  public static func percent(_ r: Double?) -> String {
    guard let r, r.isFinite else { return "—" }
    return String(Int((r * 100).rounded())) + "%"
  }

  /// Every currency some total of the report could not convert, sorted.
  public var missingRates: [String] {
    var set = Set<String>()
    for f in allFigures { set.formUnion(f.total.missingRates) }
    for s in stages { set.formUnion(s.weighted.missingRates) }
    return set.sorted()
  }

  /// Every figure as one JSON object. `filter` is the query the report was computed under;
  /// each figure's `query` is already combined with it.
  public func json(today: CalendarDate, filter: String, vocabulary: Vocabulary = .standard) -> JSONValue {
    func f(_ x: ReportFigure) -> JSONValue {
      var c = x
      c.query = Query.combining(filter, x.query, vocabulary: vocabulary)
      return c.json
    }
    let rate: (Double?) -> JSONValue = { r in r.map { .number(String(format: "%.4f", $0)) } ?? .null }
    var periodObj: [(String, JSONValue)] = [("name", .string(period.input))]
    if let r = periodRange {
      periodObj += [("from", .string(r.lowerBound.description)), ("to", .string(r.upperBound.description))]
    }
    return .object([
      ("today", .string(today.description)), ("filter", .string(filter)), ("period", .object(periodObj)),
      ("currency", .string(reporting)), ("calls", .number(String(callCount))),
      ("partial", .bool(!missingRates.isEmpty)), ("missingRates", .array(missingRates.map { .string($0) })),
      (
        "stages",
        .array(
          stages.map { s in
            .object([
              ("stage", .string(s.stage.rawValue)), ("figure", f(s.figure)), ("weighted", s.weighted.json),
            ])
          })
      ),
      (
        "winRate",
        .object([
          ("byCount", rate(winRateByCount)), ("byAmount", rate(winRateByAmount)),
          ("byAmountPartial", .bool(winRateByAmountPartial)), ("won", f(won)), ("lost", f(lost)),
          ("decided", f(decided)),
        ])
      ),
      (
        "wonPerYear",
        .array(
          years.map { y in
            .object([
              ("year", .number(String(y.year))), ("best", .bool(y.year == bestYear)), ("figure", f(y.figure)),
            ])
          })
      ),
      (
        "byArea",
        .array(
          areas.map { g in .object([("area", .string(g.key)), ("won", f(g.won)), ("open", f(g.open))]) })
      ),
      (
        "byKind",
        .array(
          kinds.map { g in .object([("kind", .string(g.key)), ("won", f(g.won)), ("open", f(g.open))]) })
      ),
      (
        "owners",
        .array(
          owners.map { o in
            .object([
              ("owner", .string(o.name)), ("open", f(o.open)), ("dueThisWeek", f(o.dueThisWeek)),
              ("won", f(o.won)),
            ])
          })
      ),
      (
        "deadlines",
        .object([
          ("next7Days", f(due7)), ("next30Days", f(due30)), ("overdue", f(overdue)), ("stale", f(stale)),
        ])
      ),
    ])
  }

  /// A readable summary (`markdown`: tables ready to paste, with each figure's query).
  public func lines(today: CalendarDate, filter: String, markdown: Bool, vocabulary: Vocabulary = .standard)
    -> [String]
  {
    var out: [String] = []
    func qy(_ x: ReportFigure) -> String {
      "`" + Query.combining(filter, x.query, vocabulary: vocabulary) + "`"
    }
    func table(_ header: [String], _ rows: [[String]]) {
      if markdown {
        out.append("| " + header.joined(separator: " | ") + " |")
        out.append("|" + header.map { _ in "---|" }.joined())
        for r in rows {
          out.append(
            "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
      } else {
        var widths = header.map { TerminalText.width($0) }
        for r in rows {
          for (i, c) in r.enumerated() where i < widths.count {
            widths[i] = max(widths[i], TerminalText.width(c))
          }
        }
        func pad(_ r: [String]) -> String {
          r.enumerated().map { i, c in
            c + String(repeating: " ", count: max(0, widths[i] - TerminalText.width(c)))
          }
          .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        out.append("  " + pad(header))
        for r in rows { out.append("  " + pad(r)) }
      }
      out.append("")
    }
    func heading(_ s: String) { out.append(markdown ? "## " + s : s) }
    let title = Strings.reportTitle(period.label(today: today), reporting)
    out.append(markdown ? "# " + title : title)
    var sub = Strings.reportCalls(callCount, today.description)
    if !filter.trimmingCharacters(in: .whitespaces).isEmpty { sub += " · " + Strings.reportFilter(filter) }
    out.append(sub)
    out.append("")
    heading(Strings.reportStages)
    table(
      [Strings.reportColStage, Strings.reportColCalls, Strings.reportColTotal, Strings.reportColWeighted]
        + (markdown ? [Strings.reportColQuery] : []),
      stages.map { s in
        [
          Strings.valueName("stage", s.stage.rawValue), String(s.figure.count), s.figure.total.reportText,
          s.weighted.reportText,
        ]
          + (markdown ? [qy(s.figure)] : [])
      })
    heading(Strings.reportWinRate)
    out.append(
      (markdown ? "- " : "  ")
        + Strings.reportWinRateByCount(Self.percent(winRateByCount), won.count, decided.count, lost.count))
    out.append(
      (markdown ? "- " : "  ")
        + Strings.reportWinRateByAmount(
          Self.percent(winRateByAmount), won.total.reportText, decided.total.reportText))
    out.append("")
    heading(Strings.reportWonPerYear)
    let maxYear = years.map { NSDecimalNumber(decimal: $0.figure.total.converted).doubleValue }.max() ?? 0
    let best = bestYear
    table(
      [Strings.reportColYear, Strings.reportColCalls, Strings.reportColWon, ""]
        + (markdown ? [Strings.reportColQuery] : []),
      years.map { y in
        let v = NSDecimalNumber(decimal: y.figure.total.converted).doubleValue
        let bar = ReportBar.bar(maxYear > 0 ? v / maxYear : 0, width: 20)
        return [
          String(y.year), String(y.figure.count), y.figure.total.reportText,
          bar + (y.year == best ? " ★" : ""),
        ]
          + (markdown ? [qy(y.figure)] : [])
      })
    for (name, groups, head, field) in [
      (Strings.reportByArea, areas, Strings.reportColArea, "area"),
      (Strings.reportByKind, kinds, Strings.reportColKind, "kind"),
    ] {
      heading(name)
      table(
        [head, Strings.reportColWonPeriod, Strings.reportColOpen]
          + (markdown ? [Strings.reportColQuery] : []),
        groups.map { g in
          [
            g.key.isEmpty ? Strings.reportNone : Strings.valueName(field, g.key),
            "\(g.won.count) · " + g.won.total.reportText,
            "\(g.open.count) · " + g.open.total.reportText,
          ] + (markdown ? [qy(g.open)] : [])
        })
    }
    heading(Strings.reportOwners)
    table(
      [Strings.reportColOwner, Strings.reportColOpen, Strings.reportColDueWeek, Strings.reportColWonPeriod],
      owners.map { o in
        [
          o.name.isEmpty ? Strings.reportNoOwner : o.name, String(o.open.count), String(o.dueThisWeek.count),
          "\(o.won.count) · " + o.won.total.reportText,
        ]
      })
    heading(Strings.reportDeadlines)
    for (label, x) in [
      (Strings.reportDue7, due7), (Strings.reportDue30, due30), (Strings.reportOverdue, overdue),
      (Strings.reportStale, stale),
    ] {
      out.append((markdown ? "- " : "  ") + label + ": " + String(x.count) + (markdown ? " — " + qy(x) : ""))
    }
    let missing = missingRates
    if !missing.isEmpty {
      out.append("")
      out.append("* " + Strings.partialTotal(missing))
    }
    return out
  }
}
