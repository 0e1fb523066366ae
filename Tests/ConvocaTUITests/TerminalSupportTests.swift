import Testing

@testable import ConvocaTUI

@Suite struct ColorDepthTests {
  @Test func noColorWinsAndDepthFollowsTheTerminal() {
    #expect(ColorDepth.choose(hasColors: true, colors: 256, environment: ["NO_COLOR": "1"]) == .none)
    #expect(ColorDepth.choose(hasColors: true, colors: 256, environment: ["NO_COLOR": ""]) == .full)
    #expect(ColorDepth.choose(hasColors: true, colors: 8, environment: [:]) == .eight)
    #expect(ColorDepth.choose(hasColors: true, colors: 16, environment: [:]) == .eight)
    #expect(ColorDepth.choose(hasColors: false, colors: 0, environment: [:]) == .none)
    #expect(!ColorDepth.allowsColor(["NO_COLOR": "yes"]))
    #expect(ColorDepth.allowsColor(["NO_COLOR": ""]))
    #expect(ColorDepth.allowsColor([:]))
  }

  @Test func brightColoursAreBoldInEightColours() {
    #expect(ColorDepth.eight.index(of: .brightRed) == (1, true))
    #expect(ColorDepth.full.index(of: .brightRed) == (9, false))
    #expect(ColorDepth.eight.index(of: .default) == (-1, false))
    for color in Color.allCases {
      let (index, _) = ColorDepth.eight.index(of: color)
      #expect((-1...7).contains(index))
    }
  }
}

@Suite struct CellGlyphTests {
  /// A stand-in for libc's wcwidth: CJK and emoji 2, combining marks and joiners 0.
  private func wcwidth(_ s: UInt32) -> Int {
    switch s {
    case 0x300...0x36F, 0x200D, 0xFE0F: return 0
    case 0x4E00...0x9FFF, 0x1F300...0x1FAFF: return 2
    case 0x1F1E6...0x1F1FF: return 1
    default: return 1
    }
  }

  @Test func plainAndWideCharacters() {
    #expect(CellGlyph.plan(for: Cell("a"), wcwidth: wcwidth) == CellGlyph(scalars: [0x61], padding: 0))
    #expect(
      CellGlyph.plan(for: Cell("中", width: 2), wcwidth: wcwidth) == CellGlyph(scalars: [0x4E2D], padding: 0))
  }

  @Test func combiningMarksStayInTheCell() {
    #expect(
      CellGlyph.plan(for: Cell("e\u{301}"), wcwidth: wcwidth)
        == CellGlyph(scalars: [0x65, 0x301], padding: 0))
  }

  @Test func clustersCursesCannotHoldArePaddedToTheirWidth() {
    let family = Cell("👨\u{200D}👩\u{200D}👧", width: 2)
    #expect(CellGlyph.plan(for: family, wcwidth: wcwidth) == CellGlyph(scalars: [0x1F468], padding: 0))
    let flag = Cell("🇨🇴", width: 2)
    #expect(CellGlyph.plan(for: flag, wcwidth: wcwidth) == CellGlyph(scalars: [0x1F1E8], padding: 1))
    let heart = Cell("❤\u{FE0F}", width: 2)
    #expect(CellGlyph.plan(for: heart, wcwidth: wcwidth) == CellGlyph(scalars: [0x2764], padding: 1))
  }

  @Test func tooWideOrEmptyBecomesAReplacementOrSpace() {
    #expect(
      CellGlyph.plan(for: Cell("中", width: 1), wcwidth: wcwidth) == CellGlyph(scalars: [0xFFFD], padding: 0))
    #expect(
      CellGlyph.plan(for: Cell("", width: 1), wcwidth: wcwidth) == CellGlyph(scalars: [0x20], padding: 0))
    let marks = Cell("a" + String(repeating: "\u{301}", count: 8))
    #expect(CellGlyph.plan(for: marks, wcwidth: wcwidth).scalars.count == CellGlyph.maxScalars)
  }
}
