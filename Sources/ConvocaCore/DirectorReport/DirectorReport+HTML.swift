import Foundation

extension DirectorReport {
  static let blue = "#3d6fb6"
  static let green = "#3f9a5a"

  /// The report as one self-contained HTML page: inline CSS and SVG, no script, no external
  /// asset; every piece of data escaped.
  public var html: String {
    let r = report
    var h = "<!DOCTYPE html>\n"
    h += HTMLText.open("html", [("lang", Strings.directorLanguage)]) + "\n<head>\n<meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    h += HTMLText.element("title", pageTitle) + "\n<style>\n" + Self.css + "\n</style>\n</head>\n<body>\n"

    // 1. Summary: the headline figures and money won per year.
    h += "<section id=\"summary\">\n" + HTMLText.element("h1", title) + "\n"
    h += HTMLText.element("p", subtitle, [("class", "subtitle")]) + "\n"
    h += HTMLText.element("h2", Strings.directorSummary) + "\n<div class=\"cards\">\n"
    for (figure, what) in headline {
      h +=
        "<div class=\"card\">" + HTMLText.element("div", figure, [("class", "figure")])
        + HTMLText.element("div", what, [("class", "what")]) + "</div>\n"
    }
    h += "</div>\n" + HTMLText.element("h3", Strings.reportWonPerYear) + "\n"
    h += chart(yearChart, caption: Strings.directorChartYears)
    h += HTMLText.element("h3", Strings.directorPipelineByStage) + "\n"
    h += chart(stageChart, caption: Strings.directorChartStages)
    h += table(
      [Strings.reportColStage, Strings.reportColCalls, Strings.reportColTotal, Strings.reportColWeighted],
      classes: [1: "num", 2: "num", 3: "num"],
      r.stages.map {
        [
          Strings.valueName("stage", $0.stage.rawValue), Self.count($0.figure.count),
          Self.money($0.figure.total),
          Self.money($0.weighted),
        ]
      })
    h += footnoteHTML + "</section>\n"

    // 2. Where the pipeline is: by area, by kind.
    h += "<section id=\"pipeline\">\n" + HTMLText.element("h2", Strings.directorPipeline) + "\n"
    h += HTMLText.element("h3", Strings.directorPipelineByArea) + "\n"
    h += chart(areaChart, caption: Strings.directorChartAreas)
    h += HTMLText.element("h3", Strings.reportByKind) + "\n"
    h += table(
      [Strings.reportColKind, Strings.reportColWonPeriod, Strings.reportColOpen],
      classes: [1: "num", 2: "num"],
      groupRows(r.kinds))
    h += footnoteHTML + "</section>\n"

    // 3. Deadlines: the calls due in the next 30 days, then the stale ones.
    h += "<section id=\"deadlines\">\n" + HTMLText.element("h2", Strings.reportDeadlines) + "\n"
    h += HTMLText.element("p", deadlineCounts, [("class", "note")]) + "\n"
    h += HTMLText.element("h3", Strings.directorUpcoming) + "\n"
    h += itemTable(upcoming, figure: r.due30, stale: false)
    h += HTMLText.element("h3", Strings.directorStaleCalls + " (" + Self.count(r.stale.count) + ")") + "\n"
    h += itemTable(staleItems, figure: r.stale, stale: true)
    h += footnoteHTML + "</section>\n"

    // 4. Per owner.
    h += "<section id=\"owners\">\n" + HTMLText.element("h2", Strings.reportOwners) + "\n"
    h += table(
      [Strings.reportColOwner, Strings.reportColOpen, Strings.reportColDueWeek, Strings.reportColWonPeriod],
      classes: [1: "num", 2: "num", 3: "num"], ownerRows)
    h += footnoteHTML + "</section>\n</body>\n</html>\n"
    return h
  }

  /// The headline figures: (figure, what it is), the won money in few characters on the page
  /// and in full underneath.
  var headline: [(String, String)] {
    let r = report
    return [
      (Self.count(r.callCount), Strings.reportColCalls),
      (
        Self.compactMoney(r.won.total),
        Strings.directorWonInPeriod + ": " + Strings.directorCalls(Self.count(r.won.count)) + " · "
          + Self.money(r.won.total)
      ),
      (
        Self.percent(r.winRateByCount),
        Strings.directorWinRateByCount + " (" + Self.count(r.won.count) + "/" + Self.count(r.decided.count)
          + " "
          + Strings.directorDecided + ")"
      ),
      (Self.percent(r.winRateByAmount, partial: r.winRateByAmountPartial), Strings.directorWinRateByAmount),
      (Self.count(r.due7.count), Strings.reportDue7),
      (Self.count(r.due30.count), Strings.reportDue30),
      (Self.count(r.overdue.count), Strings.reportOverdue),
      (Self.count(r.stale.count), Strings.reportStale),
    ]
  }

  /// "due in 7 days: 2 · due in 30 days: 5 · overdue: 1 · stale: 3".
  var deadlineCounts: String {
    let r = report
    return [
      (Strings.reportDue7, r.due7), (Strings.reportDue30, r.due30), (Strings.reportOverdue, r.overdue),
      (Strings.reportStale, r.stale),
    ].map { $0.0 + ": " + Self.count($0.1.count) + " · " + Self.money($0.1.total) }.joined(separator: " — ")
  }

  var yearChart: SVGBarChart {
    let best = report.bestYear
    return SVGBarChart(
      caption: Strings.reportWonPerYear, series: [(Strings.reportColWon, Self.green)],
      rows: report.years.map { y in
        SVGBarChart.Row(
          String(y.year),
          [
            .init(
              NSDecimalNumber(decimal: y.figure.total.converted).doubleValue,
              Self.count(y.figure.count) + " · " + Self.compactMoney(y.figure.total)
                + (y.year == best ? " ★ " + Strings.directorBestYear : ""))
          ], emphasised: y.year == best)
      })
  }

  var stageChart: SVGBarChart {
    SVGBarChart(
      caption: Strings.directorPipelineByStage, series: [(Strings.reportColCalls, Self.blue)],
      rows: report.stages.map { s in
        SVGBarChart.Row(
          Strings.valueName("stage", s.stage.rawValue),
          [
            .init(
              Double(s.figure.count), Self.count(s.figure.count) + " · " + Self.compactMoney(s.figure.total))
          ])
      })
  }

  var areaChart: SVGBarChart {
    SVGBarChart(
      caption: Strings.directorPipelineByArea,
      series: [(Strings.directorLegendOpen, Self.blue), (Strings.directorLegendWon, Self.green)],
      rows: report.areas.map { g in
        SVGBarChart.Row(
          g.key.isEmpty ? Strings.reportNone : g.key,
          [
            .init(Double(g.open.count), Self.count(g.open.count) + " · " + Self.compactMoney(g.open.total)),
            .init(Double(g.won.count), Self.count(g.won.count) + " · " + Self.compactMoney(g.won.total)),
          ])
      })
  }

  func groupRows(_ groups: [GroupFigure]) -> [[String]] {
    groups.map { g in
      [
        g.key.isEmpty ? Strings.reportNone : g.key, Self.count(g.won.count) + " · " + Self.money(g.won.total),
        Self.count(g.open.count) + " · " + Self.money(g.open.total),
      ]
    }
  }

  var ownerRows: [[String]] {
    report.owners.map { o in
      [
        o.name.isEmpty ? Strings.reportNoOwner : o.name, Self.count(o.open.count),
        Self.count(o.dueThisWeek.count),
        Self.count(o.won.count) + " · " + Self.money(o.won.total),
      ]
    }
  }

  /// The header and rows of a deadlines or stale table.
  func itemRows(_ items: [Item], stale: Bool) -> (header: [String], rows: [[String]], classes: [Int: String])
  {
    if stale {
      return (
        [
          Strings.directorColUpdated, Strings.directorColTitle, Strings.reportColStage,
          Strings.reportColOwner,
          Strings.directorColDeadline, Strings.directorColId,
        ],
        items.map {
          [
            Self.shortDate($0.updated), $0.title, Strings.valueName("stage", $0.stage.rawValue),
            Self.orDash($0.owner),
            $0.deadline.map(Self.shortDate) ?? "—", $0.id,
          ]
        }, [0: "nw", 1: "text title", 2: "nw", 4: "nw", 5: "nw"]
      )
    }
    return (
      [
        Strings.directorColDeadline, Strings.directorColDays, Strings.directorColTitle,
        Strings.directorColFunder,
        Strings.reportColStage, Strings.reportColOwner, Strings.directorColAmount,
      ],
      items.map {
        [
          $0.deadline.map(Self.shortDate) ?? "—", $0.daysLeft.map(String.init) ?? "—", $0.title,
          Self.orDash($0.funder), Strings.valueName("stage", $0.stage.rawValue), Self.orDash($0.owner),
          Self.orDash(Self.money($0.amount)),
        ]
      }, [0: "nw", 1: "num", 2: "text title", 3: "funder", 4: "nw", 6: "num"]
    )
  }

  func itemTable(_ items: [Item], figure: ReportFigure, stale: Bool) -> String {
    guard !items.isEmpty else {
      if figure.count > 0 {
        return HTMLText.element("p", Strings.directorMore(figure.count, query(figure)), [("class", "note")])
          + "\n"
      }
      return HTMLText.element("p", Strings.directorNothing, [("class", "empty")]) + "\n"
    }
    let t = itemRows(items, stale: stale)
    var h = table(t.header, classes: t.classes, t.rows)
    let more = Self.hidden(figure, shown: items.count)
    if more > 0 {
      h += HTMLText.element("p", Strings.directorMore(more, query(figure)), [("class", "note")]) + "\n"
    }
    return h
  }

  /// A table; `classes` gives some columns a class (`num`: right-aligned, `nw`: never
  /// wrapped, `text`: long text that may break anywhere).
  func table(_ header: [String], classes: [Int: String], _ rows: [[String]]) -> String {
    guard !rows.isEmpty else {
      return HTMLText.element("p", Strings.directorNothing, [("class", "empty")]) + "\n"
    }
    func cls(_ i: Int) -> [(String, String)] { classes[i].map { [("class", $0)] } ?? [] }
    var h = "<table>\n<thead><tr>"
    for (i, c) in header.enumerated() { h += HTMLText.element("th", c, cls(i)) }
    h += "</tr></thead>\n<tbody>\n"
    for row in rows {
      h += "<tr>"
      for (i, c) in row.enumerated() { h += HTMLText.element("td", c, cls(i)) }
      h += "</tr>\n"
    }
    return h + "</tbody>\n</table>\n"
  }

  func chart(_ c: SVGBarChart, caption: String) -> String {
    guard !c.rows.isEmpty else {
      return HTMLText.element("p", Strings.directorNothing, [("class", "empty")]) + "\n"
    }
    return "<figure>" + c.svg + HTMLText.element("figcaption", caption) + "</figure>\n"
  }

  var footnoteHTML: String {
    partialFootnote.map { HTMLText.element("p", $0, [("class", "note")]) + "\n" } ?? ""
  }
}
