import Testing

@testable import ConvocaTUI

@Suite struct CanvasDiffTests {
  private func canvas(_ rows: String..., width: Int = 6) -> Canvas {
    var c = Canvas(width: width, height: rows.count)
    for (y, row) in rows.enumerated() { c.write(row, x: 0, y: y) }
    return c
  }

  private func text(_ run: CanvasRun) -> String { run.cells.map(\.text).joined() }

  @Test func unchangedCanvasGivesNoRuns() {
    let a = canvas("hello", "中文")
    #expect(CanvasDiff.changes(from: a, to: a).isEmpty)
  }

  @Test func oneChangedCellGivesOneRun() {
    let a = canvas("hello", "world")
    var b = a
    b.write("X", x: 2, y: 1)
    let runs = CanvasDiff.changes(from: a, to: b)
    #expect(runs == [CanvasRun(x: 2, y: 1, cells: [Cell("X")])])
  }

  @Test func separateChangesGiveSeparateRunsAndNeighboursJoin() {
    let a = canvas("abcdef")
    var b = a
    b.write("XY", x: 0, y: 0)
    b.write("Z", x: 4, y: 0)
    let runs = CanvasDiff.changes(from: a, to: b)
    #expect(runs.map { [$0.x, $0.y] } == [[0, 0], [4, 0]])
    #expect(runs.map(text) == ["XY", "Z"])
  }

  @Test func styleChangeAloneIsAChange() {
    let a = canvas("ab")
    var b = a
    b.paint(Rect(x: 1, y: 0, width: 1, height: 1), style: .reverse)
    let runs = CanvasDiff.changes(from: a, to: b)
    #expect(runs.count == 1)
    #expect(runs.first?.x == 1)
    #expect(runs.first?.cells.first?.style == .reverse)
  }

  @Test func wideCharacterIsPaintedWithBothHalves() {
    let a = canvas("ab cd")
    var b = a
    b.write("中", x: 1, y: 0)
    let runs = CanvasDiff.changes(from: a, to: b)
    #expect(runs.count == 1)
    #expect(runs.first?.x == 1)
    #expect(runs.first?.cells.map(\.width) == [2, 0])
  }

  @Test func changingOnlyTheRightHalfRepaintsTheWideCharacter() {
    let a = canvas("中文")
    var b = a
    b.write("x", x: 1, y: 0)  // overwrites the right half: the left becomes a space
    let runs = CanvasDiff.changes(from: a, to: b)
    #expect(runs.count == 1)
    #expect(runs.first?.x == 0)
    #expect(runs.first.map(text) == " x")
  }

  @Test func replacingAWideCharacterByNarrowOnesRepaintsBothColumns() {
    let a = canvas("中x")
    let b = canvas("ab")
    #expect(
      CanvasDiff.changes(from: a, to: b) == [CanvasRun(x: 0, y: 0, cells: [Cell("a"), Cell("b"), Cell(" ")])])
  }

  @Test func changeNextToAWideCharacterDoesNotSplitIt() {
    let a = canvas("a中b")
    var b = a
    b.write("Z", x: 3, y: 0)
    #expect(CanvasDiff.changes(from: a, to: b) == [CanvasRun(x: 3, y: 0, cells: [Cell("Z")])])
  }

  @Test func fullRepaintFlagRepaintsEveryRow() {
    let a = canvas("ab", "cd", width: 3)
    let runs = CanvasDiff.changes(from: a, to: a, fullRepaint: true)
    #expect(runs.count == 2)
    #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 3 })
    #expect(runs.map(text) == ["ab ", "cd "])
  }

  @Test func noPreviousFrameOrNewSizeRepaintsEverything() {
    let a = canvas("ab", width: 3)
    #expect(CanvasDiff.changes(from: nil, to: a).count == 1)
    let bigger = canvas("ab", "", width: 4)
    let runs = CanvasDiff.changes(from: a, to: bigger)
    #expect(runs.count == 2)
    #expect(runs.allSatisfy { $0.cells.count == 4 })
  }

  @Test func impossibleHalvesBecomeSpaces() {
    var c = Canvas(width: 3, height: 1)
    c[0, 0] = Cell("", width: 0, style: .bold)  // continuation with no wide character
    c[2, 0] = Cell("中", width: 2)  // wide character with no room
    let runs = CanvasDiff.changes(from: nil, to: c)
    #expect(runs.first?.cells == [Cell(" ", style: .bold), Cell(" "), Cell(" ")])
  }

  @Test func emptyCanvasGivesNoRuns() {
    #expect(CanvasDiff.changes(from: nil, to: Canvas(width: 0, height: 0)).isEmpty)
  }
}
