import Testing

@testable import ConvocaTUI

@Suite struct KeyDecoderTests {
  typealias Code = KeyDecoder.Code

  @Test(arguments: [
    (Code.up, Key.up), (Code.down, .down), (Code.left, .left), (Code.right, .right),
    (Code.home, .home), (Code.end, .end), (Code.find, .home), (Code.select, .end),
    (Code.previousPage, .pageUp), (Code.nextPage, .pageDown), (Code.backTab, .backTab),
    (Code.deleteChar, .delete), (Code.backspace, .backspace), (Code.enter, .enter),
  ])
  func specialKeys(code: Int32, key: Key) {
    #expect(KeyDecoder.decode(code: code, isKeyCode: true) == key)
  }

  @Test func codesMatchNcurses() {
    // The values in curses.h (octal), so a typo in KeyDecoder.Code shows up here.
    #expect(
      [Code.down, Code.up, Code.left, Code.right, Code.home, Code.backspace, Code.f0] == [
        258, 259, 260, 261, 262, 263, 264,
      ])
    #expect(
      [Code.deleteChar, Code.nextPage, Code.previousPage, Code.enter, Code.backTab, Code.end] == [
        330, 338, 339, 343, 353, 360,
      ])
    #expect([Code.find, Code.select, Code.resize] == [362, 385, 410])
  }

  @Test func functionKeys() {
    #expect(KeyDecoder.decode(code: Code.f0 + 1, isKeyCode: true) == .function(1))
    #expect(KeyDecoder.decode(code: Code.f0 + 12, isKeyCode: true) == .function(12))
    #expect(KeyDecoder.decode(code: Code.f0 + 63, isKeyCode: true) == .function(63))
    #expect(KeyDecoder.decode(code: Code.f0 + 64, isKeyCode: true) == nil)
  }

  @Test func resizeAndUnknownKeyCodesAreNotKeys() {
    #expect(KeyDecoder.decode(code: Code.resize, isKeyCode: true) == nil)
    #expect(KeyDecoder.decode(code: 0o631, isKeyCode: true) == nil)  // KEY_MOUSE
    #expect(KeyDecoder.decode(code: 65, isKeyCode: true) == nil)
  }

  @Test(arguments: [
    (Int32(10), Key.enter), (13, .enter), (27, .escape), (9, .tab), (127, .backspace), (8, .backspace),
  ])
  func controlCharactersWithNames(code: Int32, key: Key) {
    #expect(KeyDecoder.decode(code: code, isKeyCode: false) == key)
  }

  @Test func otherControlCharactersAreCtrlLetters() {
    let named: Set<Int32> = [8, 9, 10, 13]
    for code in Int32(1)...26 where !named.contains(code) {
      let letter = Character(Unicode.Scalar(UInt8(code) + 0x60))
      #expect(KeyDecoder.decode(code: code, isKeyCode: false) == .ctrl(letter))
    }
    #expect(KeyDecoder.decode(code: 18, isKeyCode: false) == .ctrl("r"))
    #expect(KeyDecoder.decode(code: 28, isKeyCode: false) == .ctrl("\\"))
    #expect(KeyDecoder.decode(code: 31, isKeyCode: false) == .ctrl("_"))
    #expect(KeyDecoder.decode(code: 0, isKeyCode: false) == nil)
  }

  @Test func printableCharactersIncludingWideOnes() {
    #expect(KeyDecoder.decode(code: 32, isKeyCode: false) == .char(" "))
    #expect(KeyDecoder.decode(code: 97, isKeyCode: false) == .char("a"))
    #expect(KeyDecoder.decode(code: 0xED, isKeyCode: false) == .char("í"))
    #expect(KeyDecoder.decode(code: 0x4E2D, isKeyCode: false) == .char("中"))
    #expect(KeyDecoder.decode(code: 0x1F600, isKeyCode: false) == .char("😀"))
  }

  @Test func invisibleAndInvalidCodesAreDropped() {
    #expect(KeyDecoder.decode(code: 0x85, isKeyCode: false) == nil)  // C1 control
    #expect(KeyDecoder.decode(code: 0x202E, isKeyCode: false) == nil)  // RLO
    #expect(KeyDecoder.decode(code: 0xD800, isKeyCode: false) == nil)  // surrogate
    #expect(KeyDecoder.decode(code: 0x110000, isKeyCode: false) == nil)
    #expect(KeyDecoder.decode(code: -1, isKeyCode: false) == nil)
  }
}
