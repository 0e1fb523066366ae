import Foundation
import Testing

@testable import ConvocaCore

/// docs/query-language.md is a user guide whose examples are tests: every `convoca list '…'`
/// line in a ```query block must parse and appear in the guide's closing table with the ids it
/// finds in the sample list; every ```query-error block must fail with the message shown.
@Suite struct QueryDocTests {
  static let docURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/query-language.md")

  static func doc() throws -> String { try String(contentsOf: docURL, encoding: .utf8) }

  /// docs/es/query-language.md: the Spanish twin, whose examples are tests the same way.
  static let spanishDocURL = docURL.deletingLastPathComponent().appendingPathComponent("es/query-language.md")

  /// The lines of every fenced block with this info string.
  static func blocks(_ info: String, in text: String) -> [[String]] {
    var out: [[String]] = []
    var current: [String]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if current == nil, line == "```" + info {
        current = []
      } else if current != nil, line == "```" {
        out.append(current ?? [])
        current = nil
      } else if current != nil {
        current?.append(line)
      }
    }
    return out
  }

  /// `convoca list 'QUERY'` → QUERY.
  static func query(in line: String) -> String? {
    let prefix = "convoca list '"
    guard line.hasPrefix(prefix), line.hasSuffix("'"), line.count > prefix.count else { return nil }
    return String(line.dropFirst(prefix.count).dropLast())
  }

  /// The closing table: query → sorted ids.
  static func table(in text: String, heading: String = "## Examples on the sample list") throws -> [String:
    [String]]
  {
    let start = try #require(text.range(of: heading))
    var rows: [String: [String]] = [:]
    for line in text[start.upperBound...].split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count == 2 else { continue }
      let q = String(cells[0].dropFirst().dropLast())
      let ids = cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
      rows[q] = ids.sorted()
    }
    return rows
  }

  @Test func everyExampleParsesAndFindsWhatTheGuideSays() throws {
    let text = try Self.doc()
    let examples = Self.blocks("query", in: text).flatMap { $0 }.filter { !$0.isEmpty }
    #expect(examples.count >= 40)
    let table = try Self.table(in: text)
    for line in examples {
      let q = try #require(Self.query(in: line), "not a `convoca list '…'` line: \(line)")
      #expect(throws: Never.self, "\(q)") { try Query.parse(q) }
      let expected = try #require(table[q], "example missing from the table: \(q)")
      #expect(try QueryFixture.ids(q) == expected, "\(q)")
    }
    // And nothing in the table that the guide does not show.
    let shown = Set(examples.compactMap(Self.query))
    for q in table.keys { #expect(shown.contains(q), "table row without an example: \(q)") }
  }

  @Test func everyMistakeGivesTheMessageShown() throws {
    let blocks = Self.blocks("query-error", in: try Self.doc())
    #expect(blocks.count >= 5)
    for b in blocks {
      try #require(b.count == 2, "a query-error block is a command line and a message: \(b)")
      let q = try #require(Self.query(in: b[0]))
      do {
        _ = try Query.parse(q)
        Issue.record("expected an error for \(q)")
      } catch {
        #expect(error.message == b[1], "\(q)")
      }
    }
  }

  @Test func everySpanishExampleParsesAndFindsWhatTheTwinSays() throws {
    let text = try String(contentsOf: Self.spanishDocURL, encoding: .utf8)
    let examples = Self.blocks("query", in: text).flatMap { $0 }.filter { !$0.isEmpty }
    #expect(examples.count >= 20)
    let table = try Self.table(in: text, heading: "## Ejemplos sobre la lista de muestra")
    try Strings.withLanguage("es") {
      for line in examples {
        let q = try #require(Self.query(in: line), "not a `convoca list '…'` line: \(line)")
        let expected = try #require(table[q], "example missing from the table: \(q)")
        #expect(try QueryFixture.ids(q) == expected, "\(q)")
      }
    }
    let shown = Set(examples.compactMap(Self.query))
    for q in table.keys { #expect(shown.contains(q), "table row without an example: \(q)") }
  }

  @Test func everySpanishMistakeGivesTheSpanishMessageShown() throws {
    let blocks = Self.blocks("query-error", in: try String(contentsOf: Self.spanishDocURL, encoding: .utf8))
    #expect(blocks.count >= 2)
    for b in blocks {
      try #require(b.count == 2, "a query-error block is a command line and a message: \(b)")
      let q = try #require(Self.query(in: b[0]))
      let message = Strings.withLanguage("es") { SpanishQueryTests.failure(q)?.message }
      #expect(message == b[1], "\(q)")
    }
  }
}
