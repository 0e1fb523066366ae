import Testing

@testable import ConvocaCore

@Suite struct QueryCompletionTests {
  func complete(_ line: String, _ cursor: Int? = nil) -> [String] {
    QueryVocabulary.complete(line, cursor: cursor ?? line.count)
  }

  @Test func fieldNames() {
    #expect(complete("kn") == [])
    #expect(complete("ki") == ["kind:"])
    #expect(complete("grant -st") == ["-stage:"])
    #expect(complete("d") == ["due:", "decision:", "description:", "decided:"])
    #expect(complete("") == QueryVocabulary.fields.map { $0 + ":" })
    #expect(complete("medellín") == [])
  }

  @Test func values() {
    #expect(complete("kind:a") == ["kind:award", "kind:alliance"])
    #expect(complete("kind:award,s") == ["kind:award,scholarship"])
    #expect(complete("kind:award,").contains("kind:award,grant"))
    #expect(!complete("kind:award,").contains("kind:award,award"))
    #expect(complete("-stage:w") == ["-stage:won"])
    #expect(
      complete("is:") == ["is:open", "is:closed", "is:overdue", "is:stale", "is:archived", "is:conflict"])
    #expect(
      complete("due<t") == ["due<today", "due<tomorrow", "due<thisweek", "due<thismonth", "due<thisyear"])
    #expect(complete("due:n") == ["due:nextweek", "due:nextmonth", "due:nextyear"])
    #expect(complete("no:ow") == ["no:owner"])
    #expect(complete("ha") == ["has:"])
    #expect(complete("(kind:aw") == ["(kind:award"])
    #expect(complete("a OR -(st") == ["-(stage:"])
    #expect(complete("area:edu") == ["area:education-culture"])
    #expect(complete("owner:an") == [])
    let v = Vocabulary(extraKinds: ["fellowship"])
    #expect(QueryVocabulary.complete("kind:f", cursor: 6, vocabulary: v) == ["kind:fellowship"])
  }

  @Test func termUnderCursor() {
    let line = "grant kind:sc due<30d"
    #expect(QueryVocabulary.termStart(in: line, cursor: 13) == 6)
    #expect(complete(line, 13) == ["kind:scholarship"])
    #expect(QueryVocabulary.termStart(in: #""a b" st"#, cursor: 8) == 6)
    #expect(QueryVocabulary.values(for: "amount").isEmpty)
    #expect(QueryVocabulary.statuses == ["open", "closed", "overdue", "stale", "archived", "conflict"])
  }
}
