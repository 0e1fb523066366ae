import ConvocaCore
import Foundation

/// Draws the dashboard screen into the body: a line naming the period, then panels (stages,
/// win rate, money won per year, by area, by kind, per owner, deadlines) in one to three
/// columns by width, scrolled so the selected figure shows. Every figure is a cell the
/// cursor can select (reversed when selected).
struct DashboardView {
  let state: AppState
  let data: AppData

  /// A piece of a line: text, and the figure it shows when it is one.
  struct Segment {
    var text: String
    var figure: String?
    var style: Style = .plain
  }
  typealias Line = [Segment]

  /// A titled group of lines.
  struct Panel {
    var title: String
    var lines: [Line]
  }

  func render(in r: Rect, into canvas: inout Canvas) {
    guard r.height >= 2, r.width >= 20 else { return }
    canvas.fill(r)
    let report = DashboardState.report(state, data: data)
    let selected = state.dashboard.selected ?? report.allFigures.first?.id
    // MARK: The period line
    var head = Strings.tuiDashboardPeriod(state.dashboard.period.label(today: state.today), report.reporting)
    let missing = report.missingRates
    if !missing.isEmpty { head += " · * " + Strings.partialTotal(missing) }
    canvas.writeCell(head, x: r.x + 1, y: r.y, width: r.width - 2, style: .bold)
    // MARK: Panels into columns
    let columns = r.width >= 150 ? 3 : r.width >= 80 ? 2 : 1
    let gap = 2
    let colWidth = (r.width - 2 - gap * (columns - 1)) / columns
    var cols: [[Line]] = Array(repeating: [], count: columns)
    for p in panels(report, width: colWidth) {
      let i = cols.indices.min { cols[$0].count < cols[$1].count } ?? 0
      if !cols[i].isEmpty { cols[i].append([]) }
      cols[i].append([Segment(text: p.title, style: Palette.heading)])
      cols[i] += p.lines
    }
    // MARK: Scroll so the selected figure shows
    let visible = r.height - 1
    var selectedRow = 0
    for c in cols {
      if let row = c.firstIndex(where: { $0.contains { $0.figure != nil && $0.figure == selected } }) {
        selectedRow = row
        break
      }
    }
    let tallest = cols.map(\.count).max() ?? 0
    let scroll = max(0, min(selectedRow - visible / 2, tallest - visible))
    for (ci, c) in cols.enumerated() {
      let x0 = r.x + 1 + ci * (colWidth + gap)
      for y in 0..<visible {
        let row = scroll + y
        guard row < c.count else { break }
        var x = x0
        for s in c[row] {
          let style = s.figure != nil && s.figure == selected ? Style.reverse : s.style
          x = canvas.write(s.text, x: x, y: r.y + 1 + y, style: style, maxX: x0 + colWidth)
        }
      }
    }
    if let picker = state.dashboard.picker { drawPicker(picker, in: r, into: &canvas) }
  }

  /// The period picker, over the panels.
  func drawPicker(_ p: (choices: [ReportPeriod], index: Int), in r: Rect, into canvas: inout Canvas) {
    let labels = p.choices.map { $0.label(today: state.today) }
    let w = min(r.width - 2, max(24, (labels.map(TerminalText.width).max() ?? 0) + 6))
    let h = min(r.height, labels.count + 2)
    let box = Rect(x: r.x + (r.width - w) / 2, y: r.y + max(0, (r.height - h) / 2), width: w, height: h)
    canvas.box(box, title: Strings.tuiPickPeriodTitle)
    let first = max(0, min(p.index - (h - 3), labels.count - (h - 2)))
    for (i, label) in labels.enumerated().dropFirst(first).prefix(h - 2) {
      let mark = p.choices[i] == state.dashboard.period ? "● " : "  "
      canvas.writeCell(
        mark + label, x: box.x + 1, y: box.y + 1 + i - first, width: w - 2,
        style: i == p.index ? .reverse : .plain)
    }
  }

  // MARK: - Panels

  static func money(_ t: MoneyTotal) -> String { t.compactText + (t.isPartial ? "*" : "") }

  static func cell(_ s: String, _ w: Int, right: Bool = false) -> String {
    TerminalText.cell(TerminalText.sanitize(s), width: max(0, w), alignRight: right)
  }

  func panels(_ rep: PipelineReport, width w: Int) -> [Panel] {
    func cell(_ s: String, _ w: Int, right: Bool = false) -> String { Self.cell(s, w, right: right) }
    let money = Self.money
    var out: [Panel] = []
    // Stages
    let tw = max(6, (w - 18) / 2)
    var stageLines: [Line] = [
      [
        Segment(
          text: cell(Strings.reportColStage, 14) + " " + cell(Strings.reportColCalls, 5, right: true) + " "
            + cell(Strings.reportColTotal, tw, right: true) + " "
            + cell(Strings.reportColWeighted, tw, right: true),
          style: .dim)
      ]
    ]
    for s in rep.stages {
      stageLines.append([
        Segment(
          text: cell(Strings.valueName("stage", s.stage.rawValue), 14) + " "
            + cell(String(s.figure.count), 5, right: true) + " "
            + cell(money(s.figure.total), tw, right: true) + " " + cell(money(s.weighted), tw, right: true),
          figure: s.figure.id)
      ])
    }
    out.append(Panel(title: Strings.reportStages, lines: stageLines))
    // Win rate
    let rate =
      Strings.tuiWinRateLine(
        PipelineReport.percent(rep.winRateByCount),
        PipelineReport.percent(rep.winRateByAmount) + (rep.winRateByAmountPartial ? "*" : ""))
    var winLines: [Line] = [[Segment(text: cell(rate, w))]]
    for (label, f) in [
      (Strings.reportColWon, rep.won), (Strings.tuiLost, rep.lost), (Strings.tuiDecided, rep.decided),
    ] {
      winLines.append([
        Segment(
          text: cell(label, 10) + " " + cell(String(f.count), 5, right: true) + " "
            + cell(money(f.total), max(6, w - 17), right: true), figure: f.id)
      ])
    }
    out.append(Panel(title: Strings.reportWinRate, lines: winLines))
    // Money won per year
    var yearLines: [Line] = []
    let amounts = rep.years.map { money($0.figure.total) }
    let aw = min(max(6, amounts.map(TerminalText.width).max() ?? 0), max(6, w / 3))
    let barW = max(4, w - 5 - aw - 4)
    let top = rep.years.map { NSDecimalNumber(decimal: $0.figure.total.converted).doubleValue }.max() ?? 0
    let best = rep.bestYear
    for (i, y) in rep.years.enumerated() {
      let v = NSDecimalNumber(decimal: y.figure.total.converted).doubleValue
      let bar = ReportBar.bar(top > 0 ? v / top : 0, width: barW)
      yearLines.append([
        Segment(text: String(y.year) + " ", figure: y.figure.id),
        Segment(text: cell(bar, barW), style: Style(fg: .green, bg: .default, [])),
        Segment(text: " " + cell(amounts[i], aw, right: true), figure: y.figure.id),
        Segment(text: y.year == best ? " ★" : "", style: .bold),
      ])
    }
    if yearLines.isEmpty { yearLines = [[Segment(text: Strings.reportNone, style: .dim)]] }
    out.append(Panel(title: Strings.reportWonPerYear, lines: yearLines))
    // By area, by kind
    let cw = max(8, min(18, (w - 12) / 2))
    for (title, head, groups, field) in [
      (Strings.reportByArea, Strings.reportColArea, rep.areas, "area"),
      (Strings.reportByKind, Strings.reportColKind, rep.kinds, "kind"),
    ] {
      let nw = max(6, w - 2 * cw - 2)
      var lines: [Line] = [
        [
          Segment(
            text: cell(head, nw) + " " + cell(Strings.tuiWonShort, cw, right: true) + " "
              + cell(Strings.reportColOpen, cw, right: true), style: .dim)
        ]
      ]
      for g in groups {
        lines.append([
          Segment(text: cell(g.key.isEmpty ? Strings.reportNone : Strings.valueName(field, g.key), nw) + " "),
          Segment(text: cell("\(g.won.count) · " + money(g.won.total), cw, right: true), figure: g.won.id),
          Segment(text: " "),
          Segment(text: cell("\(g.open.count) · " + money(g.open.total), cw, right: true), figure: g.open.id),
        ])
      }
      out.append(Panel(title: title, lines: lines))
    }
    // Per owner
    let ow = max(6, w - 5 - 5 - cw - 3)
    var ownerLines: [Line] = [
      [
        Segment(
          text: cell(Strings.reportColOwner, ow) + " " + cell(Strings.reportColOpen, 5, right: true) + " "
            + cell(Strings.tuiWeekShort, 5, right: true) + " " + cell(Strings.tuiWonShort, cw, right: true),
          style: .dim)
      ]
    ]
    for o in rep.owners {
      ownerLines.append([
        Segment(text: cell(o.name.isEmpty ? Strings.reportNoOwner : o.name, ow) + " "),
        Segment(text: cell(String(o.open.count), 5, right: true), figure: o.open.id),
        Segment(text: " "),
        Segment(text: cell(String(o.dueThisWeek.count), 5, right: true), figure: o.dueThisWeek.id),
        Segment(text: " "),
        Segment(text: cell("\(o.won.count) · " + money(o.won.total), cw, right: true), figure: o.won.id),
      ])
    }
    out.append(Panel(title: Strings.reportOwners, lines: ownerLines))
    // Deadlines
    var dl: [Line] = []
    for (label, f) in [
      (Strings.reportDue7, rep.due7), (Strings.reportDue30, rep.due30), (Strings.reportOverdue, rep.overdue),
      (Strings.reportStale, rep.stale),
    ] {
      dl.append([
        Segment(
          text: cell(label, max(6, w - 6 - tw)) + " " + cell(String(f.count), 5, right: true) + " "
            + cell(money(f.total), tw - 1, right: true), figure: f.id)
      ])
    }
    out.append(Panel(title: Strings.reportDeadlines, lines: dl))
    return out
  }
}

extension Strings {
  static func tuiDashboardPeriod(_ period: String, _ currency: String) -> String {
    t("tui.dashboard.period", "Period: {0} · totals in {1}", period, currency)
  }
  static func tuiWinRateLine(_ byCount: String, _ byAmount: String) -> String {
    t("tui.dashboard.winRate", "{0} by count · {1} by amount (won ÷ won+lost)", byCount, byAmount)
  }
  static var tuiLost: String { t("tui.dashboard.lost", "lost") }
  static var tuiDecided: String { t("tui.dashboard.decided", "decided") }
  static var tuiWonShort: String { t("tui.dashboard.won", "won") }
  static var tuiWeekShort: String { t("tui.dashboard.week", "week") }
  static var tuiPickPeriodTitle: String { t("tui.dashboard.pickPeriod", "Period") }
}
