import Testing

@testable import ConvocaCore

/// `NeedleSearch` (the vector search behind word queries) against a plain search, over
/// haystacks long enough to run its 16-position blocks and its tail, with needles found at
/// every position, near misses and needles longer than the haystack.
@Suite struct NeedleSearchTests {
  static func plain(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
    if needle.isEmpty { return true }
    guard needle.count <= hay.count else { return false }
    for s in 0...(hay.count - needle.count) where Array(hay[s..<s + needle.count]) == needle { return true }
    return false
  }

  @Test func agreesWithAPlainSearch() {
    var g = SeededGenerator(seed: 2026)
    // A small alphabet makes partial matches common; é folded away is not in it on purpose.
    let alphabet = Array("ab dn\n".utf8) + [0xC3, 0xB1]
    var found = 0
    for round in 0..<6_000 {
      let h = g.int(0...90)
      let hay = (0..<h).map { _ in g.pick(alphabet) }
      var needle: [UInt8]
      if h > 0, round % 3 == 0 {
        // Cut from the haystack, so it is found (at any position, the last included).
        let start = g.int(0...(h - 1))
        needle = Array(hay[start..<Swift.min(h, start + g.int(1...20))])
        if g.chance(0.3), let i = needle.indices.randomElement(using: &g) {
          needle[i] = g.pick(alphabet)  // a near miss, or still found
        }
      } else {
        needle = (0..<g.int(0...24)).map { _ in g.pick(alphabet) }
      }
      let want = Self.plain(hay, needle)
      if want { found += 1 }
      #expect(NeedleSearch(needle).contains(hay) == want, "\(needle) in \(hay)")
    }
    #expect(found > 1_500)
  }

  @Test func findsTheNeedleAtEveryPositionOfALongText() {
    let needle = Array("medellin".utf8)
    for h in [8, 15, 16, 23, 24, 25, 31, 32, 33, 47, 64, 200] {
      for at in 0...(h - needle.count) {
        var hay = [UInt8](repeating: UInt8(ascii: "m"), count: h)
        hay.replaceSubrange(at..<at + needle.count, with: needle)
        #expect(NeedleSearch(needle).contains(hay), "at \(at) of \(h)")
        // One byte changed: not found (the filler cannot form the needle).
        hay[at + needle.count - 1] = UInt8(ascii: "x")
        #expect(!NeedleSearch(needle).contains(hay), "broken at \(at) of \(h)")
      }
    }
  }
}
