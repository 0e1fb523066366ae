import Foundation
import Testing

@testable import ConvocaTUI

/// The `$EDITOR` temporary file: made by mkstemp at 0600, unpredictable, removed (problem 15).
@Suite struct ExternalEditorTests {
  @Test func temporaryFileIsPrivateAndRemoved() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-ed-\(UInt32.random(in: 0...UInt32.max))"
    ).path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let script = dir + "/ed.sh"
    try Data(
      """
      #!/bin/sh
      stat -c %a "$1" > "\(dir)/mode" 2>/dev/null || stat -f %Lp "$1" > "\(dir)/mode"
      printf '%s' "$1" > "\(dir)/path"
      printf ' edited' >> "$1"

      """.utf8
    ).write(to: URL(fileURLWithPath: script))
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
    let out = ExternalEditor.edit("hello", environment: ["EDITOR": script])
    #expect(out == "hello edited")
    let mode = try String(contentsOfFile: dir + "/mode", encoding: .utf8)
    #expect(mode.trimmingCharacters(in: .whitespacesAndNewlines) == "600")
    let path = try String(contentsOfFile: dir + "/path", encoding: .utf8)
    #expect(!path.hasSuffix("convoca-edit-\(getpid()).txt"))
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func madeExclusivelyWithAFreshName() throws {
    let folder = FileManager.default.temporaryDirectory.path
    let a = try #require(ExternalEditor.makeTemporaryFile(holding: "x", in: folder))
    let b = try #require(ExternalEditor.makeTemporaryFile(holding: "y", in: folder))
    defer {
      unlink(a)
      unlink(b)
    }
    #expect(a != b)
    let attrs = try FileManager.default.attributesOfItem(atPath: a)
    #expect((attrs[.posixPermissions] as? Int) == 0o600)
    #expect(try String(contentsOfFile: b, encoding: .utf8) == "y")
  }
}
