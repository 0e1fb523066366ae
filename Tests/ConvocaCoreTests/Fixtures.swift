import Foundation

@testable import ConvocaCore

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TempDir {
  let path: String
  init() {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent("convoca-test-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
  deinit { try? FileManager.default.removeItem(atPath: path) }
  func file(_ name: String = "data.jsonl") -> String { path + "/" + name }
}

enum Fixture {
  static let t0 = Timestamp(iso: "2026-11-01T10:00:00Z")!

  static func clock(_ t: Timestamp = t0) -> @Sendable () -> Timestamp { { t } }

  static func opportunity(_ id: String, _ title: String, stage: Stage = .identified) -> Opportunity {
    Opportunity(
      id: OpportunityID(rawValue: id)!, title: title, kind: Kind(rawValue: "grant"), stage: stage, created: t0
    )
  }

  static func bytes(_ path: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
  }

  static func text(_ path: String) -> String { String(decoding: bytes(path), as: UTF8.self) }

  static func write(_ path: String, _ text: String) {
    try? Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  static func lines(_ path: String) -> [String] { text(path).split(separator: "\n").map(String.init) }

  static func database(_ path: String, fs: FileSystem = PosixFileSystem()) throws -> Database {
    try Database(path: path, fileSystem: fs, user: "Laura", lockTimeout: 1, clock: clock())
  }
}
