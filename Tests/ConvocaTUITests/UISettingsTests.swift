import ConvocaCore
import Foundation
import Testing

@testable import ConvocaTUI

/// `ui.json` shared by several trackers: saves merge under a lock, per data file (problem 22).
@Suite struct UISettingsTests {
  func tempPath() -> (dir: String, path: String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-ui-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    return (dir, dir + "/convoca/ui.json")
  }

  @Test func twoSavesFromDifferentStatesBothSurvive() throws {
    let (dir, path) = tempPath()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // Both trackers started from the same history, then each used a different filter.
    let a = UISettings(filterHistory: ["old", "kind:grant"], sessionFilters: ["kind:grant"])
    let b = UISettings(
      filterHistory: ["old", "is:open"], sort: SortOrder(.amount), sessionFilters: ["is:open"])
    try a.save(to: path, dataFile: "/d/one.jsonl")
    try b.save(to: path, dataFile: "/d/one.jsonl")
    let loaded = UISettings.load(from: path, dataFile: "/d/one.jsonl")
    #expect(loaded.filterHistory == ["old", "kind:grant", "is:open"])
    #expect(loaded.sort == SortOrder(.amount))
  }

  @Test func settingsAreKeptPerDataFile() throws {
    let (dir, path) = tempPath()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try UISettings(sort: SortOrder(.title), sessionFilters: ["x"]).save(to: path, dataFile: "/d/one.jsonl")
    try UISettings(sort: SortOrder(.amount), sessionFilters: ["y"]).save(to: path, dataFile: "/d/two.jsonl")
    #expect(
      UISettings.load(from: path, dataFile: "/d/one.jsonl")
        == UISettings(filterHistory: ["x"], sort: SortOrder(.title)))
    #expect(
      UISettings.load(from: path, dataFile: "/d/two.jsonl")
        == UISettings(filterHistory: ["y"], sort: SortOrder(.amount)))
    #expect(UISettings.load(from: path, dataFile: "/d/three.jsonl") == UISettings())
  }

  /// The list's columns are remembered per data file; a list naming an unknown column is
  /// ignored (the standard columns), never an error.
  @Test func columnsAreKeptPerDataFile() throws {
    let (dir, path) = tempPath()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try UISettings(columns: [.owner, .id, .title]).save(to: path, dataFile: "/d/one.jsonl")
    try UISettings().save(to: path, dataFile: "/d/two.jsonl")
    #expect(UISettings.load(from: path, dataFile: "/d/one.jsonl").columns == [.owner, .id, .title])
    #expect(UISettings.load(from: path, dataFile: "/d/two.jsonl").columns == nil)
    #expect(UISettings(json: .object([("columns", .string("id,colour"))])).columns == nil)
  }

  @Test func anOldSingleFileGivesItsSettingsToEveryDataFile() throws {
    let (dir, path) = tempPath()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.createDirectory(atPath: dir + "/convoca", withIntermediateDirectories: true)
    try Data(#"{"filterHistory": ["a"], "sort": "amount"}"#.utf8).write(to: URL(fileURLWithPath: path))
    #expect(
      UISettings.load(from: path, dataFile: "/d/one.jsonl")
        == UISettings(filterHistory: ["a"], sort: SortOrder(.amount)))
  }

  @Test func concurrentSavesLoseNoFilter() throws {
    let (dir, path) = tempPath()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try UISettings().save(to: path, dataFile: "/d/one.jsonl")
    DispatchQueue.concurrentPerform(iterations: 16) { i in
      try? UISettings(sessionFilters: ["f\(i)"]).save(to: path, dataFile: "/d/one.jsonl")
    }
    let history = UISettings.load(from: path, dataFile: "/d/one.jsonl").filterHistory
    #expect(Set(history) == Set((0..<16).map { "f\($0)" }))
  }
}
