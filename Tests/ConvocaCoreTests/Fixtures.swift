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

  /// A database on `path`. Tests that do not study it wait no quiet period before settling a
  /// torn tail (`OutsideWriterTests` does).
  static func database(_ path: String, fs: FileSystem = PosixFileSystem(), quiet: Double = 0) throws
    -> Database
  {
    let db = try Database(path: path, fileSystem: fs, user: "Laura", lockTimeout: 1, clock: clock())
    db.tailQuietPeriod = quiet
    return db
  }

  /// The bytes with every header generation replaced by zeros, to compare whole files.
  static func normalised(_ bytes: [UInt8]) -> [UInt8] {
    let marker = Array(#""generation":""#.utf8)
    var out = bytes
    var i = 0
    while i + marker.count + 16 <= out.count {
      if out[i..<(i + marker.count)].elementsEqual(marker) {
        for k in 0..<16 { out[i + marker.count + k] = UInt8(ascii: "0") }
        i += marker.count + 16
      } else {
        i += 1
      }
    }
    return out
  }

  /// Whether `line` is a header this build writes (the generation differs every time).
  static func isHeader(_ line: String?) -> Bool {
    line?.hasPrefix(#"{"format":"convoca","version":"# + "\(FileHeader.currentVersion)" + #","generation":""#)
      == true
  }
}
