import Foundation
import Testing

@testable import ConvocaCore

extension GitProcessTests {
  /// `GitSetup`: the attributes, configuration and ignore lines that register the merge driver,
  /// and `convoca check`'s warning when a data file in a git work tree lacks them.
  @Suite struct GitSetupTests {
    @Test func linesNameTheDriver() {
      #expect(GitSetup.attributesLineForAll == "*.jsonl merge=convoca")
      #expect(GitSetup.attributesLine(dataFile: "data.jsonl") == "data.jsonl merge=convoca")
      #expect(
        GitSetup.attributesLine(dataFile: "my calls [2026].jsonl")
          == "my[ ]calls[ ]\\[2026\\].jsonl merge=convoca")
      #expect(GitSetup.driverConfigKey == "merge.convoca.driver")
      #expect(GitSetup.driverCommand == "convoca merge-driver %O %A %B %P")
      #expect(GitSetup.ignorePatterns(dataFile: "data.jsonl") == ["data.jsonl.lock", "data.jsonl.torn-*"])
      #expect(
        GitSetup.configCommands.contains([
          "config", "merge.convoca.driver", "convoca merge-driver %O %A %B %P",
        ])
      )
    }

    static var hasGit: Bool { GitSetup.git(["--version"], in: "/") != nil }

    @Test func warnsInAWorkTreeWithoutTheDriverAndNotWithIt() throws {
      guard Self.hasGit else { return }  // a missing git: no warning to test
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gs-\(UUID().uuidString)").path
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let path = dir + "/data.jsonl"
      Fixture.write(path, FileHeader.line + "\n")
      #expect(GitSetup.missingDriverWarning(path: path) == nil)  // not a work tree
      #expect(GitSetup.git(["init", "-q"], in: dir)?.status == 0)
      let warning = try #require(GitSetup.missingDriverWarning(path: path))
      #expect(warning.contains("data.jsonl merge=convoca"))
      #expect(warning.contains(GitSetup.driverConfigKey))
      Fixture.write(dir + "/.gitattributes", GitSetup.attributesLineForAll + "\n")
      let onlyConfig = try #require(GitSetup.missingDriverWarning(path: path))
      #expect(!onlyConfig.contains(".gitattributes") && onlyConfig.contains(GitSetup.driverConfigKey))
      for args in GitSetup.configCommands { #expect(GitSetup.git(args, in: dir)?.status == 0) }
      #expect(GitSetup.missingDriverWarning(path: path) == nil)
    }

    @Test func aGitThatDoesNotAnswerInTimeIsNoWarning() {
      guard Self.hasGit else { return }
      // A zero timeout: git is stopped, and nothing is claimed about the file.
      #expect(GitSetup.missingDriverWarning(path: "/tmp/x.jsonl", timeout: 0) == nil)
    }
  }
}
