import ConvocaCore

/// Draws the standup screen into the body: a line with the start, whose turn it is and the
/// timers; the people (the current one highlighted); then the current person's sections
/// (moved/added/noted since, due in 7 days, stale, waiting on a decision) as selectable
/// rows. `S` (and `F`) show the summary page instead.
struct StandupView {
  let state: AppState
  let data: AppData

  /// Rows above the page: the status line, the people, a blank line.
  static let headerRows = 3

  /// How many rows of a person's page fit in `body` (section headings included).
  static func pageHeight(_ body: Rect) -> Int { max(1, body.height - headerRows) }

  func render(in r: Rect, into canvas: inout Canvas) {
    guard r.height >= 2 else { return }
    let s = state.standup
    guard let agenda = s.agenda else { return }
    let since = StandupText.local(agenda.since, utcOffset: state.utcOffset)
    // MARK: Timers
    var top = Strings.tuiStandupSince(since)
    if let p = s.current {
      top += " · " + Strings.tuiStandupTurn(s.person + 1, agenda.people.count)
      top +=
        " · "
        + Strings.tuiStandupTimer(
          StandupState.clock(s.personSeconds(now: data.now)),
          StandupState.clock(s.totalSeconds(now: data.now)))
      _ = p
    }
    canvas.write(" " + top, x: r.x, y: r.y, style: .bold, maxX: r.maxX)
    if s.showsSummary {
      renderSummary(in: Rect(x: r.x, y: r.y + 2, width: r.width, height: r.height - 2), into: &canvas)
    } else {
      // MARK: People
      var x = r.x + 1
      for (i, p) in agenda.people.enumerated() {
        let name = " " + StandupText.name(p) + " "
        guard x + TerminalText.width(name) < r.maxX else {
          canvas.write("…", x: x, y: r.y + 1, style: .dim, maxX: r.maxX)
          break
        }
        x =
          canvas.write(name, x: x, y: r.y + 1, style: i == s.person ? Style([.reverse, .bold]) : .plain) + 1
      }
      if agenda.people.isEmpty {
        canvas.write(" " + StandupText.nothing, x: r.x, y: r.y + 2, style: .dim, maxX: r.maxX)
      } else {
        renderPage(
          in: Rect(
            x: r.x, y: r.y + StandupView.headerRows, width: r.width, height: StandupView.pageHeight(r)),
          into: &canvas)
      }
    }
    if s.confirmingFinish {
      let q = " " + Strings.tuiStandupConfirmFinish + " "
      let w = min(r.width - 2, TerminalText.width(q) + 2)
      let box = Rect(
        x: r.x + max(0, (r.width - w) / 2), y: r.y + max(0, r.height / 2 - 2), width: w, height: 3)
      canvas.fill(box)
      canvas.box(box, title: Strings.tuiStandupFinishTitle, style: Palette.warning)
      canvas.write(q, x: box.x + 1, y: box.y + 1, style: .bold, maxX: box.maxX - 1)
    }
  }

  /// The current person's sections, scrolled so the selected row shows.
  func renderPage(in r: Rect, into canvas: inout Canvas) {
    let s = state.standup
    let sections = s.sections
    if sections.isEmpty {
      canvas.write("   " + StandupText.personNothing, x: r.x, y: r.y, style: .dim, maxX: r.maxX)
      return
    }
    // Lines: a heading before each section's rows. Only the lines on screen are looked at.
    var headings: [Int] = []  // the line of each section's heading
    var lineCount = 0
    for sec in sections {
      headings.append(lineCount)
      lineCount += sec.count + 1
    }
    func line(_ n: Int) -> (section: Int, item: Int?) {
      var k = sections.count - 1
      while k > 0 && headings[k] > n { k -= 1 }
      return n == headings[k] ? (k, nil) : (k, sections[k].start + n - headings[k] - 1)
    }
    // Scroll so the selected row (and, when it fits, its heading) shows.
    let selectedSection = sections.lastIndex { $0.start <= s.row } ?? 0
    let selectedLine = headings[selectedSection] + 1 + s.row - sections[selectedSection].start
    var first = min(s.scroll, selectedLine)
    if selectedLine >= first + r.height { first = selectedLine - r.height + 1 }
    if first > 0, first == selectedLine, line(first - 1).item == nil { first -= 1 }
    let idWidth = 9
    for y in 0..<max(0, min(r.height, lineCount - first)) {
      let row = r.y + y
      let l = line(first + y)
      guard let i = l.item else {
        let sec = sections[l.section]
        canvas.write(
          " " + sec.section.title + " (\(sec.count))", x: r.x, y: row, style: Palette.heading, maxX: r.maxX)
        continue
      }
      guard let item = s.item(at: i) else { continue }
      let selected = i == s.row
      let style: Style = selected ? .reverse : .plain
      if selected { canvas.fill(Rect(x: r.x, y: row, width: r.width, height: 1), style: .reverse) }
      guard let o = data.store[item.id] else { continue }
      var x = canvas.write(
        "   " + item.id.rawValue, x: r.x, y: row, style: selected ? .reverse : Style(.dim), maxX: r.maxX)
      x = max(x + 1, r.x + 3 + idWidth)
      let what: String =
        item.activity.map(StandupText.activity)
        ?? StandupText.detail(o, section: item.section, today: state.today, utcOffset: state.utcOffset)
      let whatWidth = min(TerminalText.width(what), max(0, (r.maxX - x) / 2))
      let titleEnd = r.maxX - whatWidth - (whatWidth > 0 ? 2 : 0)
      canvas.write(o.title, x: x, y: row, style: style, maxX: titleEnd)
      if whatWidth > 0 {
        canvas.write(
          TerminalText.truncate(what, toWidth: whatWidth), x: r.maxX - whatWidth - 1, y: row, style: style,
          maxX: r.maxX)
      }
    }
  }

  /// The summary page: the totals, then the walk (each person's time and counts).
  func renderSummary(in r: Rect, into canvas: inout Canvas) {
    let s = state.standup
    let walk = s.finished
    guard let agenda = walk?.agenda ?? s.agenda else { return }
    var y = r.y
    let title = walk == nil ? Strings.tuiStandupSummarySoFar : Strings.tuiStandupSummaryFinished
    canvas.write(" " + title, x: r.x, y: y, style: Palette.heading, maxX: r.maxX)
    y += 1
    for line in StandupText.summary(agenda.summary) where y < r.maxY {
      canvas.write("   " + line, x: r.x, y: y, maxX: r.maxX)
      y += 1
    }
    y += 1
    guard y < r.maxY else { return }
    canvas.write(" " + Strings.tuiStandupWalk, x: r.x, y: y, style: Palette.heading, maxX: r.maxX)
    y += 1
    let nameWidth = min(24, max(8, agenda.people.map { TerminalText.width(StandupText.name($0)) }.max() ?? 8))
    for (i, p) in agenda.people.enumerated() where y < r.maxY {
      let secs: Int64 = {
        if let walk { return walk.spent[p.key] ?? 0 }
        if i == s.person { return s.personSeconds(now: data.now) }
        return s.spent[p.key] ?? 0
      }()
      let text =
        "   " + TerminalText.cell(StandupText.name(p), width: nameWidth) + "  " + StandupState.clock(secs)
        + "  "
        + Strings.tuiStandupCounts(p.activity.count, p.due.count, p.stale.count, p.awaiting.count)
      canvas.write(text, x: r.x, y: y, maxX: r.maxX)
      y += 1
    }
    if let walk, y < r.maxY {
      canvas.write(
        "   " + Strings.tuiStandupTotal(StandupState.clock(walk.total)), x: r.x, y: y, style: .bold,
        maxX: r.maxX)
    }
  }
}
