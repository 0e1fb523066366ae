// Not `@testable`: the check sees ConvocaCore exactly as the fuzzer in Fuzz/FuzzQuery does.
import ConvocaCore
import ConvocaFuzzChecks
import Testing

/// Lines built from the pieces of the grouping syntax (parentheses, `OR`, `-`, quotes, fields,
/// periods) through the FuzzQuery check: a line that parses prints to a canonical text that
/// parses back to an equal query selecting the same records; a refused line names a range
/// inside the line.
@Suite struct QueryGroupFuzzTests {
  static let pieces = [
    "(", ")", "-(", " OR ", " or ", "OR", " ", "-", "\"", "a", "kind:award", "stage:won", "no:owner",
    "has:tag",
    "owner:me", "owner:me,ana", "due:nextweek", "due:2026", "created:2026-11", "\"(x)\"", "medellin", ",",
    ":",
    "due<", "\"OR\"", "-OR", "is:open",
  ]

  @Test func generatedGroupingLinesKeepTheFuzzInvariants() {
    var g = SeededGenerator(seed: 8)
    for _ in 0..<6000 {
      let n = Int.random(in: 1...9, using: &g)
      let line = (0..<n).map { _ in Self.pieces.randomElement(using: &g) ?? "" }.joined()
      let problem = fuzzCheckQuery(Array(line.utf8))
      #expect(problem == nil, "\(line.debugDescription): \(problem ?? "")")
      if problem != nil { return }
    }
  }
}
