// Not `@testable`: the checks below see ConvocaCore exactly as the fuzzers in Fuzz/ do.
import ConvocaCore
import ConvocaFuzzChecks
import Foundation
import Testing

/// Replays every fuzzing seed (Fuzz/Corpus/<Harness>/) and every input a fuzzer once crashed
/// on (Fuzz/Crashes/<Harness>/) through the same checks the harnesses make (the library
/// ConvocaFuzzChecks, which both use).
/// See docs/reliability.md.
@Suite struct FuzzRegressionTests {
  static let harnesses = ["FuzzQuery", "FuzzDataFile", "FuzzJournalLine", "FuzzRecordLine", "FuzzFieldInput"]

  static let fuzzDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fuzz")

  static func check(_ harness: String, _ input: [UInt8]) -> String? {
    switch harness {
    case "FuzzQuery": return fuzzCheckQuery(input)
    case "FuzzDataFile": return fuzzCheckDataFile(input)
    case "FuzzJournalLine": return fuzzCheckJournalLine(input)
    case "FuzzRecordLine": return fuzzCheckRecordLine(input)
    case "FuzzFieldInput": return fuzzCheckFieldInput(input)
    default: return "no harness named \(harness)"
    }
  }

  /// The files directly in `Fuzz/<folder>/<harness>/`, by name.
  static func inputs(_ folder: String, _ harness: String) -> [(name: String, bytes: [UInt8])] {
    let dir = fuzzDirectory.appendingPathComponent(folder).appendingPathComponent(harness)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.sorted().filter { !$0.hasPrefix(".") }.compactMap { name in
      guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) else {
        return nil
      }
      return (name, [UInt8](data))
    }
  }

  @Test(arguments: harnesses) func corpusPasses(harness: String) {
    let seeds = Self.inputs("Corpus", harness)
    #expect(seeds.count >= 10, "Fuzz/Corpus/\(harness) should hold a dozen seeds")
    for (name, bytes) in seeds {
      let failure = Self.check(harness, bytes)
      #expect(failure == nil, "Fuzz/Corpus/\(harness)/\(name): \(failure ?? "")")
    }
  }

  @Test(arguments: harnesses) func crashesStayFixed(harness: String) {
    for (name, bytes) in Self.inputs("Crashes", harness) {
      let failure = Self.check(harness, bytes)
      #expect(failure == nil, "Fuzz/Crashes/\(harness)/\(name): \(failure ?? "")")
    }
  }
}
