import Testing

@testable import ConvocaTUI

@Suite struct CanvasTests {
  @Test func writesClipsAndKeepsWideCharactersWhole() {
    var c = Canvas(width: 10, height: 2)
    c.write("Medellín 中文", x: 0, y: 0)
    #expect(c.line(0) == "Medellín  ")
    c.write("ab中", x: 0, y: 1, maxX: 3)
    #expect(c.lines[1] == "ab")
    c.write("\u{1B}]2;pwned\u{07}", x: 0, y: 1)
    #expect(!c.line(1).contains("\u{1B}"))
  }

  @Test func styleIsKeptPerCell() {
    var c = Canvas(width: 4, height: 1)
    c.write("ab", x: 1, y: 0, style: .bold)
    #expect(c.style(x: 1, y: 0) == .bold)
    #expect(c.style(x: 0, y: 0) == .plain)
  }
}
