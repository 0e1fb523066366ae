import ConvocaCore
import Testing

@testable import ConvocaTUI

/// A 10 MB title and description (problem 18): the list, the detail and the form draw what
/// is visible and take keys. Speed is measured by `convoca-bench huge`; these check that
/// the screens stay right.
@Suite struct HugeFieldTests {
  static let size = 10_000_000

  static func huge(_ word: String, lines: Bool) -> String {
    var s = ""
    s.reserveCapacity(size + 16)
    var k = 0
    while s.utf8.count < size {
      s += word
      s += lines && k % 40 == 39 ? "\n" : " "
      k += 1
    }
    return s
  }

  static func makeData() -> AppData {
    var o = TUIFixture.opportunity("aaa1", huge("Medellín", lines: false), amount: Money(1000, "USD"))
    o.description = huge("cooperación", lines: true)
    return TUIFixture.data(OpportunityStore([o]))
  }

  @Test func listDetailAndFormDrawAndTakeKeys() {
    let data = Self.makeData()
    var s = TUIFixture.state(data, width: 100, height: 30)
    // The list: the title cut to its column.
    var screen = TUIFixture.screen(s, data).lines
    #expect(screen[3].contains("Medellín Medellín") && screen[3].contains("…"))
    // The detail: the title wraps, PageDown moves through it, the cut is said.
    TUIFixture.send(&s, [.enter], data)
    screen = TUIFixture.screen(s, data).lines
    #expect(screen[2].hasPrefix(" Medellín Medellín"))
    TUIFixture.send(&s, [.pageDown, .pageDown], data)
    guard case .detail(let d) = s.mode else { return #expect(Bool(false)) }
    #expect(d.scroll > 0)
    TUIFixture.send(&s, [.char("G")], data)
    // The cut is said (wrapping may break the note over lines).
    let all = Reducer.detailLines(TUIFixture.id("aaa1"), state: s, data: data).joined(separator: " ")
    #expect(all.contains("cut here:"))
    #expect(all.contains("\(data.store.records[0].title.utf8.count) bytes"))
    #expect(all.utf8.count < 200_000)
    // The form: typing at the end of the 10 MB title shows the end with the cursor.
    TUIFixture.send(&s, [.escape, .char("e")], data)
    TUIFixture.type(&s, "XYZ", data)
    screen = TUIFixture.screen(s, data).lines
    let titleRow = screen.first { $0.contains("XYZ") }
    #expect(titleRow?.contains("Medellín XYZ") == true)
    guard case .form(let f) = s.mode else { return #expect(Bool(false)) }
    #expect(f.entries[0].editor.text.hasSuffix(" XYZ"))
    #expect(f.entries[0].editor.text.utf8.count == data.store.records[0].title.utf8.count + 3)
    // The description: its last lines, the cursor on the last; a key goes in.
    let d0 = f.entries.firstIndex { $0.field == .description } ?? 0
    TUIFixture.send(&s, Array(repeating: .tab, count: d0), data)
    TUIFixture.send(&s, [.enter], data)
    TUIFixture.type(&s, "fin", data)
    let canvas = TUIFixture.screen(s, data)
    #expect(canvas.lines.contains { $0.contains("fin") })
    #expect(canvas.cursor != nil)
    guard case .form(let f2) = s.mode else { return #expect(Bool(false)) }
    #expect(f2.entries[d0].editor.text.hasSuffix("\nfin"))
  }

  @Test func lineEditorKeepsTheCursorWithoutCounting() {
    var e = LineEditor("ab")
    _ = e.handle(.left)
    _ = e.handle(.char("é"))
    #expect(e.text == "aéb" && e.cursor == 2)
    _ = e.handle(.backspace)
    _ = e.handle(.delete)
    #expect(e.text == "a" && e.cursor == 1)
    var m = LineEditor("one\ntwo")
    _ = m.handle(.home, multiline: true)
    #expect(m.cursor == 4)
    _ = m.handle(.ctrl("k"), multiline: true)
    #expect(m.text == "one\n")
    _ = m.handle(.ctrl("u"), multiline: true)
    #expect(m.text == "one\n")
    _ = m.handle(.left)
    _ = m.handle(.ctrl("u"), multiline: true)
    #expect(m.text == "\n" && m.cursor == 0)
  }

  @Test func canvasWritesPiecesExactlyLikeTheWhole() {
    let hostile = String(repeating: "a\u{1B}]2;x\u{07}é\u{202E}漢", count: 40)
    var a = Canvas(width: 300, height: 1)
    a.write(hostile, x: 0, y: 0)
    var b = Canvas(width: 300, height: 1)
    var x = 0
    for ch in TerminalText.sanitize(hostile) { x = b.write(String(ch), x: x, y: 0) }
    #expect(a.lines == b.lines)
  }
}
