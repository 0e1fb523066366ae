import ConvocaCore
import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaTUI

/// The board (screen 2): columns by stage with counts and converted totals, cards that lose
/// fields as the terminal shrinks, moves the cursor follows, folding, and hostile text.
@Suite struct BoardTests {
  func id(_ s: String) -> OpportunityID { TUIFixture.id(s) }

  /// A state on the board.
  func board(_ data: AppData, width: Int = 80, height: Int = 24) -> AppState {
    var s = TUIFixture.state(data, width: width, height: height)
    TUIFixture.send(&s, [.char("2")], data)
    return s
  }

  /// Puts the cursor on `target`'s card (h/l to its column, then j/k).
  func go(_ s: inout AppState, _ data: AppData, _ target: String) {
    guard let stage = data.store[id(target)]?.stage else { return }
    let c = BoardState.column(of: stage)
    while s.board.column > c { TUIFixture.send(&s, [.char("h")], data) }
    while s.board.column < c { TUIFixture.send(&s, [.char("l")], data) }
    TUIFixture.send(&s, [.char("g")], data)
    for _ in 0..<10 where s.selection?.id != id(target) { TUIFixture.send(&s, [.char("j")], data) }
  }

  /// Applies the moves as the database would and tells the state, as the app loop does.
  func saved(_ s: inout AppState, _ effects: [Effect], _ store: inout OpportunityStore) -> AppData {
    TUIFixture.apply(effects, to: &store)
    let data = TUIFixture.data(store)
    reduce(&s, .dataChanged(.saved(ids: [], message: "")), data: data)
    return data
  }

  /// Where `text` starts on screen (cells, so wide characters count twice).
  func find(_ c: Canvas, _ text: String, from y0: Int = 0) -> (x: Int, y: Int)? {
    for y in y0..<c.height {
      var xs: [Int] = []
      var line = ""
      for x in 0..<c.width where c[x, y].width > 0 {
        for _ in c[x, y].text { xs.append(x) }
        line += c[x, y].text
      }
      if let r = line.range(of: text) {
        return (xs[line.distance(from: line.startIndex, to: r.lowerBound)], y)
      }
    }
    return nil
  }

  // MARK: - Rendering

  @Test func at80x24ColumnsHaveNameCountTotalAndColouredDeadlines() throws {
    let data = TUIFixture.data()
    var s = board(data)
    go(&s, data, "aaa1")
    let c = TUIFixture.screen(s, data)
    let l = c.lines
    // Headings: name and count per stage; the stage with the cursor in reverse.
    #expect(
      l[2].hasPrefix("identified  3│preparing   1│applied     1│won        1│lost       0│dropped    0"))
    #expect(c[0, 2].style.attributes.contains(.reverse))
    #expect(!c[14, 2].style.attributes.contains(.reverse))
    // Totals in the reporting currency (no rates: COP and EUR stay apart, said partial).
    #expect(l[3].contains("USD"))
    #expect(l[4].hasPrefix("partial"))
    let won = try #require(find(c, "won"))
    #expect(c.lines[won.y + 1].dropFirst(won.x).hasPrefix("15K USD") || l[3].contains("15"))
    #expect(!String(l[4].dropFirst(won.x)).hasPrefix("partial"))
    // The selected card: the overdue call, title in reverse bold, deadline red.
    let title = try #require(find(c, "Movilidad"))
    #expect(title.y == 5 && title.x == 0)
    #expect(c[0, 5].style.attributes.isSuperset(of: [.reverse, .bold]))
    let overdue = try #require(find(c, "11-10 (-8d)"))
    #expect(c[overdue.x, overdue.y].style.fg == .red)
    // Due this week: yellow bold, not selected.
    let week = try #require(find(c, "11-20 (2d)"))
    #expect(c[week.x, week.y].style.fg == .yellow)
    #expect(c[week.x, week.y].style.attributes.contains(.bold))
    #expect(!c[week.x, week.y].style.attributes.contains(.reverse))
    // An empty column says so; columns never run into each other.
    #expect(find(c, "no calls") != nil)
    for y in 2..<22 { #expect(c[13, y].text == "│", "row \(y)") }
    // The footer lists the board's keys.
    #expect(l[23].contains("l column") && l[23].contains("> next stage") && l[23].contains("z fold"))
  }

  @Test func at160x48CardsShowEveryField() throws {
    let data = TUIFixture.data()
    var s = board(data, width: 160, height: 48)
    go(&s, data, "bbb2")
    let c = TUIFixture.screen(s, data)
    #expect(find(c, "2026-11-10 (-8d)") != nil)
    #expect(find(c, "Becas de innovación") != nil)
    #expect(find(c, "40,000 EUR") != nil)
    #expect(find(c, "KOICA") != nil)
    // Owner initials on the amount line, right-aligned.
    let amount = try #require(find(c, "40,000 EUR"))
    #expect(c.lines[amount.y].contains("AN"))
    let movilidad = try #require(find(c, "250,000 USD"))
    #expect(c.lines[movilidad.y].contains("LA"))
    // The selected card (bbb2) in reverse on every line.
    let t = try #require(find(c, "Becas de innovación"))
    for dy in 0..<4 { #expect(c[t.x + 20, t.y + dy].style.attributes.contains(.reverse)) }
    // The wide title keeps its cells.
    #expect(find(c, "城市创新奖") != nil)
  }

  @Test func spanishAtBothSizes() throws {
    let data = TUIFixture.data()
    try Strings.withLanguage("es") {
      for (w, h) in [(80, 24), (160, 48)] {
        var s = board(data, width: w, height: h)
        go(&s, data, "aaa1")
        let c = TUIFixture.screen(s, data)
        #expect(c.lines[0].contains("Tablero"))
        #expect(c.lines[4].hasPrefix("parcial"))
        #expect(find(c, w == 80 ? "sin convoca…" : "sin convocatorias") != nil)
        let overdue = try #require(find(c, w == 80 ? "vencida 8 d" : "10/11/2026 (vencida 8 d)"))
        #expect(c[overdue.x, overdue.y].style.fg == .red)
        #expect(c.lines[h - 1].contains("columna"))
      }
    }
  }

  // MARK: - Moving

  @Test func twoMovesRightTheCursorFollowsAndWonAsksTheAmount() throws {
    var store = TUIFixture.store
    var data = TUIFixture.data(store)
    var s = board(data)
    go(&s, data, "bbb2")
    #expect(s.board.column == 1)
    data = saved(&s, TUIFixture.send(&s, [.char(">")], data), &store)
    #expect(store[id("bbb2")]?.stage == .applied)
    #expect(s.board.column == 2 && s.selection?.id == id("bbb2"))
    // Into won: the awarded amount first.
    TUIFixture.send(&s, [.char(">")], data)
    guard case .prompt(let p) = s.mode, case .awarded = p.purpose else {
      return #expect(Bool(false), "no question: \(s.mode)")
    }
    TUIFixture.send(&s, [.ctrl("u")], data)
    TUIFixture.type(&s, "35000 EUR", data)
    data = saved(&s, TUIFixture.send(&s, [.enter], data), &store)
    #expect(store[id("bbb2")]?.stage == .won)
    #expect(store[id("bbb2")]?.awarded == Money(35_000, "EUR"))
    #expect(s.board.column == 3 && s.selection?.id == id("bbb2"))
    let c = TUIFixture.screen(s, data)
    let card = try #require(find(c, "Becas"))
    #expect(card.x == 42 && c[card.x, card.y].style.attributes.contains(.reverse))
    #expect(c.lines[2].contains("won        2"))
  }

  @Test func theCursorFollowsIntoAFoldedColumnAndUnfoldsIt() {
    var store = TUIFixture.store
    var data = TUIFixture.data(store)
    var s = board(data)
    TUIFixture.send(&s, [.char("z")], data)
    go(&s, data, "eee5")
    TUIFixture.send(&s, [.char(">")], data)
    data = saved(&s, TUIFixture.send(&s, [.enter], data), &store)
    #expect(store[id("eee5")]?.stage == .won)
    #expect(s.board.column == 3 && !s.board.folded)
  }

  @Test func undoPutsTheCardBack() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-board-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let db = try Database(path: dir + "/data.jsonl", user: "Laura", clock: { TUIFixture.now })
    for o in TUIFixture.records { try db.perform(.create(o)) }
    let terminal = TestTerminal(width: 100, height: 24)
    let tracker = Tracker(
      terminal: terminal, database: db, configuration: TUIFixture.configuration, today: TUIFixture.today,
      utcOffset: 0, settingsPath: dir + "/ui.json", environment: ["HOME": dir])
    // Board, preparing column (l from identified), move right twice: preparing → applied → won.
    terminal.pendingEvents += [.key(.char("2"))]
    tracker.run()
    let start = db.store[TUIFixture.id("bbb2")]?.stage
    #expect(start == .preparing)
    terminal.pendingEvents += [.key(.char("g"))]
    tracker.run()
    // Find bbb2: the only card of preparing.
    terminal.pendingEvents += [.key(.char("h")), .key(.char("h")), .key(.char("l")), .key(.char(">"))]
    tracker.run()
    #expect(db.store[TUIFixture.id("bbb2")]?.stage == .applied)
    terminal.pendingEvents += [.key(.char(">")), .key(.enter)]
    tracker.run()
    #expect(db.store[TUIFixture.id("bbb2")]?.stage == .won)
    terminal.pendingEvents += [.key(.char("u"))]
    tracker.run()
    #expect(db.store[TUIFixture.id("bbb2")]?.stage == .applied)
    terminal.pendingEvents += [.key(.char("u"))]
    tracker.run()
    #expect(db.store[TUIFixture.id("bbb2")]?.stage == .preparing)
    let screen = terminal.lastFrame?.lines ?? []
    let heading =
      screen.count == 24
      ? screen[2].replacingOccurrences(of: " +", with: " ", options: .regularExpression) : ""
    #expect(heading.contains("preparing 1│applied 1│won 1"))
  }

  @Test func anEmptyColumnShowsTheCursorAndRefusesMoves() {
    let data = TUIFixture.data()
    var s = board(data)
    go(&s, data, "fff6")
    TUIFixture.send(&s, [.char("l")], data)
    #expect(s.board.column == 4 && s.board.selectedRow == nil)
    let c = TUIFixture.screen(s, data)
    let x = BoardLayout(state: s).columns[4].x
    #expect(c.lines[5].contains("no calls"))
    #expect(
      c[x + 2, 5].style.attributes.contains(.reverse) || c[x + 1, 5].style.attributes.contains(.reverse))
    let effects = TUIFixture.send(&s, [.char(">")], data)
    #expect(effects.isEmpty)
    #expect(s.status?.text == Strings.tuiNothingSelected)
  }

  @Test func zFoldsTheClosedColumnsAndHLSkipThem() {
    let data = TUIFixture.data()
    var s = board(data)
    go(&s, data, "fff6")
    TUIFixture.send(&s, [.char("z")], data)
    #expect(s.board.folded && s.board.column == 2)
    let c = TUIFixture.screen(s, data)
    // Three wide columns and three narrow ones (count, then the name downwards).
    let layout = BoardLayout(state: s)
    #expect(layout.columns[3].width == BoardLayout.foldedWidth)
    #expect(layout.columns[0].width > 20)
    let wonX = layout.columns[3].x
    #expect(c.lines[2].dropFirst(wonX).hasPrefix("1"))
    #expect(c[wonX + 1, 4].text == "w" && c[wonX + 1, 5].text == "o" && c[wonX + 1, 6].text == "n")
    TUIFixture.send(&s, [.char("l")], data)
    #expect(s.board.column == 2)
    TUIFixture.send(&s, [.char("z")], data)
    #expect(!s.board.folded)
    TUIFixture.send(&s, [.char("l")], data)
    #expect(s.board.column == 3)
  }

  // MARK: - Sizes

  @Test func narrowTerminalsNeverOverlapAndKeepTitles() {
    var recs = TUIFixture.records
    var o = TUIFixture.opportunity("ggg7", "Un título larguísimo que no cabe en ninguna columna estrecha")
    o.funder = "Fundación con un nombre también muy largo"
    recs.append(o)
    let data = TUIFixture.data(OpportunityStore(recs))
    for (w, h) in [(60, 15), (64, 16), (72, 20), (80, 24), (100, 30)] {
      var s = board(data, width: w, height: h)
      go(&s, data, "ggg7")
      let c = TUIFixture.screen(s, data)
      let layout = BoardLayout(state: s)
      // Separators intact on every body row: nothing drew across a column's edge.
      for r in layout.columns.dropLast() {
        for y in layout.body.y..<layout.body.maxY { #expect(c[r.maxX, y].text == "│", "\(w)×\(h) y \(y)") }
      }
      // Every visible card's first line starts with its title, cut with … by cells.
      let top = layout.cardsTop(0)
      guard let title = find(c, "Un t", from: top) else {
        Issue.record("\(w)×\(h): no title")
        continue
      }
      #expect(title.x == 0)
      #expect(c.lines[title.y].prefix(layout.columns[0].width).hasSuffix("…"))
      #expect(c[0, title.y].style.attributes.contains(.reverse))
      // Fields go least important first: the amount line, then the funder.
      if layout.level < 3 { #expect(find(c, "USD") == nil || find(c, "USD")!.y < top) }
      if layout.level < 2 { #expect(find(c, "Fundación") == nil) }
      #expect(layout.visibleCards >= 1)
    }
    // The minimum terminal has room for titles only; 80×24 for every field.
    #expect(BoardLayout(body: Layout(width: 60, height: 15).body, board: BoardState()).level == 0)
    #expect(BoardLayout(body: Layout(width: 80, height: 24).body, board: BoardState()).level == 3)
  }

  @Test func eachColumnScrollsOnItsOwnKeepingTheSelectedCardVisible() {
    var recs: [Opportunity] = []
    for i in 0..<30 {
      recs.append(
        TUIFixture.opportunity(
          String(format: "c%03d", i), "Call \(i)", deadline: "2027-01-\(String(format: "%02d", i % 28 + 1))"))
    }
    recs.append(TUIFixture.opportunity("p001", "Preparing one", stage: .preparing))
    let data = TUIFixture.data(OpportunityStore(recs))
    var s = board(data)
    TUIFixture.send(&s, [.char("h"), .char("h"), .char("G")], data)
    #expect(s.board.index[0] == 29 && s.board.scroll[0] > 0)
    #expect(s.board.scroll[1] == 0)
    let c = TUIFixture.screen(s, data)
    let name = data.store[s.selection!.id]!.title
    #expect(find(c, name) != nil)
    #expect(c.lines[4].contains("▲"))
  }

  // MARK: - Data and filter changes

  @Test func aFilterChangeKeepsTheSelectedCardById() {
    let data = TUIFixture.data()
    var s = board(data)
    go(&s, data, "ccc3")
    TUIFixture.send(&s, [.char("/")], data)
    TUIFixture.type(&s, "kind:award", data)
    TUIFixture.send(&s, [.enter], data)
    #expect(s.selection?.id == id("ccc3") && s.board.column == 0)
    #expect(s.board.cards.map(\.count) == [1, 0, 0, 1, 0, 0])
    // The card goes away from the rows: the cursor stays in its column.
    TUIFixture.send(&s, [.char("/"), .ctrl("u")], data)
    TUIFixture.type(&s, "kind:grant", data)
    TUIFixture.send(&s, [.enter], data)
    #expect(s.board.column == 0 && s.board.selectedRow != nil)
    #expect(data.store[s.selection!.id]?.stage == .identified)
  }

  @Test func marksApplyAsInTheList() {
    var store = TUIFixture.store
    let data = TUIFixture.data(store)
    var s = board(data)
    go(&s, data, "aaa1")
    TUIFixture.send(&s, [.char(" ")], data)
    #expect(s.marks == [id("aaa1")])
    let c = TUIFixture.screen(s, data)
    #expect(c.lines[5].hasPrefix("✓ Movilidad"))
    go(&s, data, "ddd4")
    TUIFixture.send(&s, [.char(" ")], data)
    _ = saved(&s, TUIFixture.send(&s, [.char(">")], data), &store)
    #expect(store[id("aaa1")]?.stage == .preparing && store[id("ddd4")]?.stage == .preparing)
    #expect(s.marks.isEmpty)
  }

  // MARK: - Hostile text

  @Test func hostileTitlesAreSanitised() {
    var recs = TUIFixture.records
    recs.append(
      TUIFixture.opportunity("hhh8", TUIFixture.hostileTitle + "\u{202E}evil", funder: "\u{1B}[31mred"))
    let data = TUIFixture.data(OpportunityStore(recs))
    for (w, h) in [(60, 15), (80, 24), (160, 48)] {
      var s = board(data, width: w, height: h)
      go(&s, data, "hhh8")
      let c = TUIFixture.screen(s, data)
      for y in 0..<c.height {
        for x in 0..<c.width {
          #expect(
            !c[x, y].text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{07}" })
        }
      }
    }
  }

  // MARK: - Keys and help

  @Test func helpOnTheBoardListsItsKeys() {
    let data = TUIFixture.data()
    var s = board(data, width: 100, height: 40)
    TUIFixture.send(&s, [.char("?")], data)
    let text = TUIFixture.screen(s, data).lines.joined(separator: "\n")
    #expect(text.contains(Strings.tuiKeyFoldClosed.prefix(20)))
    #expect(text.contains(Strings.tuiKeyColumnLeft.prefix(20)))
    #expect(Keymap.markdown().contains("| `z` | " + Strings.tuiKeyFoldClosed))
  }
}

extension BoardTests {
  @Test func closingTheDetailAfterBracketsPutsTheCursorOnTheCallShown() {
    let data = TUIFixture.data()
    var s = board(data)
    go(&s, data, "aaa1")
    TUIFixture.send(&s, [.enter], data)
    for _ in 0..<6 where s.selection.map({ data.store[$0.id]?.stage }) != .won {
      TUIFixture.send(&s, [.char("]")], data)
    }
    #expect(s.selection?.id == id("fff6"))
    TUIFixture.send(&s, [.escape], data)
    #expect(s.board.column == 3 && s.board.selectedRow.map { s.rows[$0] } == id("fff6"))
  }
}

extension BoardTests {
  @Test func columnTotalsAreExactWithWholeAndFractionalAmounts() throws {
    var recs: [Opportunity] = []
    let amounts: [Decimal] = [
      250_000, Decimal(string: "1234.56")!, Decimal(string: "0.01")!, 999_999_999_999_999,
      5_000_000_000_000_000,
      Decimal(string: "12E3")!,
    ]
    for (i, a) in amounts.enumerated() {
      recs.append(TUIFixture.opportunity("t\(i)", "Call \(i)", amount: Money(a, "EUR")))
    }
    recs.append(TUIFixture.opportunity("u0", "Dollars", amount: Money(10, "USD")))
    let data = TUIFixture.data(OpportunityStore(recs))
    let s = board(data)
    let t = s.board.totals[0]
    #expect(t.count == 7)
    #expect(t.unconverted["EUR"] == amounts.reduce(0, +))
    #expect(t.converted == 10 && t.isPartial)
    #expect(BoardState.wholeAmount(Decimal(string: "1234.56")!) == nil)
    #expect(BoardState.wholeAmount(Decimal(string: "12E3")!) == 12_000)
    #expect(BoardState.wholeAmount(5_000_000_000_000_000) == nil)
  }
}

extension BoardTests {
  @Test func groupingWithoutTheListsPositionsGivesTheSameColumns() {
    let data = TUIFixture.data()
    var s = board(data)
    let cards = s.board.cards
    let totals = s.board.totals
    // Another store (another revision) with the same records: the ids are looked up instead.
    let other = TUIFixture.data(OpportunityStore(TUIFixture.records.reversed()))
    BoardState.refresh(&s, data: other)
    #expect(s.board.cards == cards)
    #expect(s.board.totals == totals)
  }
}
