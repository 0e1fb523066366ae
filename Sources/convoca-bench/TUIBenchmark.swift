import ConvocaCore
import ConvocaTUI
import ConvocaTestSupport
import Foundation

/// The tracker's targets: start-up to the first painted frame, one full list frame rendered
/// into the canvas, and each keystroke of a typed filter (re-filter + render).
struct TUIBenchmark {
  let path: String
  let today: CalendarDate

  func run() throws {
    print("")
    print("tracker (160×48 canvas, test terminal)")
    var state: AppState?
    var db: Database?
    // The tracker opens through the snapshot cache, as `convoca` does; an earlier run of any
    // command has written it (this one writes it and warms the page cache).
    _ = try Database(path: path, user: "bench", cache: BenchCache.cache)
    let terminal = TestTerminal(width: 160, height: 48)
    var parts: [Double] = []
    let startup = try Measure.ms {
      var t = Measure.now()
      func lap() {
        parts.append((Measure.now() - t) * 1000)
        t = Measure.now()
      }
      let d = try Database(path: path, user: "bench", cache: BenchCache.cache)
      lap()
      let config = Configuration(user: "bench")
      var s = AppState(
        configuration: config, today: today, width: 160, height: 48, data: AppData(database: d))
      lap()
      var canvas = Canvas(width: 160, height: 48)
      render(s, data: AppData(database: d), into: &canvas)
      terminal.present(canvas)
      lap()
      reduce(&s, .tick, data: AppData(database: d))
      state = s
      db = d
    }
    Measure.report("start-up to first frame (open + state + render)", startup, unit: "ms", target: 150)
    if parts.count == 3 {
      print(
        "  of which: open " + Measure.fmt(parts[0]) + " ms, state (filter + sort all) "
          + Measure.fmt(parts[1])
          + " ms, first frame " + Measure.fmt(parts[2]) + " ms")
    }
    guard var state, let db else { throw BenchError("tracker did not start") }
    let data = AppData(database: db)

    var frames: [Double] = []
    for k in 0..<50 {
      reduce(&state, .key(k % 2 == 0 ? .pageDown : .down), data: data)
      var canvas = Canvas(width: 160, height: 48)
      frames.append(Measure.ms { render(state, data: data, into: &canvas) })
    }
    let f = Measure.summary(frames)
    Measure.report("render one list frame, median of 50", f.median, unit: "ms", target: 2)
    print("  render worst: " + Measure.fmt(f.worst) + " ms")

    var keys: [Double] = []
    reduce(&state, .key(.char("/")), data: data)
    for ch in "medellin kind:grant,award due<90d -stage:dropped" {
      keys.append(
        Measure.ms {
          reduce(&state, .key(.char(ch)), data: data)
          var canvas = Canvas(width: 160, height: 48)
          render(state, data: data, into: &canvas)
        })
    }
    for _ in 0..<12 {
      keys.append(
        Measure.ms {
          reduce(&state, .key(.backspace), data: data)
          var canvas = Canvas(width: 160, height: 48)
          render(state, data: data, into: &canvas)
        })
    }
    let k = Measure.summary(keys)
    Measure.report("filter keystroke (re-filter + render), worst", k.worst, unit: "ms", target: 16)
    print("  filter keystroke median: " + Measure.fmt(k.median) + " ms over \(keys.count) keystrokes")

    // Tab completion of values from the data: the first Tab after a change builds the value
    // index (once per store revision); every Tab after reuses it.
    func key(_ key: Key) -> Double {
      Measure.ms {
        reduce(&state, .key(key), data: data)
        var canvas = Canvas(width: 160, height: 48)
        render(state, data: data, into: &canvas)
      }
    }
    _ = key(.ctrl("u"))
    for ch in "owner:a" { _ = key(.char(ch)) }
    let firstTab = key(.tab)
    var tabs: [Double] = []
    for _ in 0..<10 { tabs.append(key(.tab)) }
    for ch in " funder:e" { tabs.append(key(.char(ch))) }
    for _ in 0..<10 { tabs.append(key(.tab)) }
    for ch in " tag:" { tabs.append(key(.char(ch))) }
    for _ in 0..<5 { tabs.append(key(.tab)) }
    Measure.report("first Tab completing owner: (builds the value index)", firstTab, unit: "ms", target: 16)
    let t = Measure.summary(tabs)
    Measure.report("Tab completion keystroke (values from the data), worst", t.worst, unit: "ms", target: 16)
    print("  Tab completion median: " + Measure.fmt(t.median) + " ms over \(tabs.count) keystrokes")

    // The column chooser (every catalogue column) and the sort menu (every sortable field):
    // moving, toggling and reordering are keystrokes like any other (issue 8: ≤ 16 ms worst);
    // choosing a sort re-sorts every row, reported apart.
    _ = key(.escape)
    _ = key(.ctrl("u"))
    _ = key(.enter)
    var menu: [Double] = [key(.char("c"))]
    for _ in 0..<(ListTable.Column.allCases.count - 1) { menu.append(key(.down)) }
    menu.append(key(.char(" ")))
    for _ in 0..<6 { menu.append(key(.char("K"))) }
    menu.append(key(.enter))
    menu.append(key(.char("s")))
    for _ in 0..<(2 * SortField.allCases.count - 3) { menu.append(key(.down)) }
    let resort = key(.enter)
    let m = Measure.summary(menu)
    Measure.report("column chooser and sort menu keystroke, worst", m.worst, unit: "ms", target: 16)
    print("  menu keystroke median: " + Measure.fmt(m.median) + " ms over \(menu.count) keystrokes")
    print(
      "  choosing a sort (re-sorts all \(data.store.count) rows, then renders): " + Measure.fmt(resort)
        + " ms")

    // The board (issue 9): switching to it groups every row by stage and totals each column
    // in one pass, then draws only the cards on screen; keys within it move a cursor.
    var switches: [Double] = []
    for _ in 0..<5 {
      switches.append(key(.char("2")))
      _ = key(.char("1"))
    }
    _ = key(.char("2"))
    var boardKeys: [Double] = []
    for k in [
      Key.char("j"), .char("l"), .char("j"), .char("G"), .char("h"), .char("g"), .char("z"), .char("z"),
    ] {
      boardKeys.append(key(k))
    }
    var boardFrames: [Double] = []
    for _ in 0..<10 {
      var canvas = Canvas(width: 160, height: 48)
      boardFrames.append(Measure.ms { render(state, data: data, into: &canvas) })
    }
    let sw = Measure.summary(switches)
    Measure.report("switching to the board and drawing it, worst", sw.worst, unit: "ms", target: 30)
    print("  board switch median: " + Measure.fmt(sw.median) + " ms over \(switches.count) switches")
    print(
      "  of which drawing a board frame, median: " + Measure.fmt(Measure.summary(boardFrames).median) + " ms")
    let bk = Measure.summary(boardKeys)
    print(
      "  board keystroke (cursor, columns, fold) worst: " + Measure.fmt(bk.worst) + " ms, median "
        + Measure.fmt(bk.median) + " ms")
  }
}
