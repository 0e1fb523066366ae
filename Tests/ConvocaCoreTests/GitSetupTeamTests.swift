import Foundation
import Testing

@testable import ConvocaCore

extension GitProcessTests {
  /// Setting a team up (`convoca init --git`, `convoca clone`): the `.gitattributes` and
  /// `.gitignore` lines are added once, never duplicated, and what is there is kept.
  @Suite struct GitSetupTeamTests {
    @Test func missingLinesAreAppendedOnce() throws {
      let lines = GitSetup.ignorePatterns(dataFile: "data.jsonl")
      let first = try #require(GitSetup.addingMissingLines(lines, to: ""))
      #expect(first == "data.jsonl.lock\ndata.jsonl.torn-*\n")
      #expect(GitSetup.addingMissingLines(lines, to: first) == nil)
    }

    @Test func existingTextIsKeptAndEndedWithANewline() throws {
      let merged = try #require(
        GitSetup.addingMissingLines(["data.jsonl merge=convoca"], to: "*.png binary\n*.txt text"))
      #expect(merged == "*.png binary\n*.txt text\ndata.jsonl merge=convoca\n")
    }

    @Test func onlyTheMissingLineIsAddedAndSpacesOrCRLFDoNotDuplicate() throws {
      let merged = try #require(
        GitSetup.addingMissingLines(["a.lock", "a.torn-*"], to: "  a.lock  \r\nbuild/\r\n"))
      #expect(merged == "  a.lock  \r\nbuild/\r\na.torn-*\n")
      #expect(GitSetup.addingMissingLines(["x", "x"], to: "") == "x\n")
    }

    @Test func theDefaultCloneFolderIsTheRepositoryName() {
      #expect(GitSetup.defaultCloneFolder("/srv/git/team.git") == "team")
      #expect(GitSetup.defaultCloneFolder("/srv/git/team.git/") == "team")
      #expect(GitSetup.defaultCloneFolder("git@example.org:ana/calls.git") == "calls")
      #expect(GitSetup.defaultCloneFolder("https://example.org/x/calls") == "calls")
    }
  }
}
