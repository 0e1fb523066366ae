import Testing

@testable import ConvocaCore

@Suite struct ValueCompletionTests {
  static func record(
    _ id: String, owner: String = "", funder: String = "", program: String = "", country: String = "",
    tags: [String] = []
  ) -> Opportunity {
    var o = Opportunity(id: OpportunityID(rawValue: id)!, title: "t " + id, created: Timestamp(seconds: 0))
    o.owner = owner
    o.funder = funder
    o.program = program
    o.country = country
    o.tags = tags
    return o
  }

  static let store = OpportunityStore([
    record(
      "a1", owner: "Ana Gómez", funder: "European Commission", program: "Cooperación Delegada",
      tags: ["mobility"]),
    record("a2", owner: "Ana Gómez", funder: "JICA", country: "Japan", tags: ["education", "transport"]),
    record("a3", owner: "Luis Pérez", funder: "European Commission", tags: ["education"]),
    record("a4", owner: "Gomez", funder: "KOICA", country: "Korea", tags: ["education", "mobility"]),
    record("a5", owner: "gómez", funder: "Say \"hi\", (now)", tags: ["transport"]),
    record("a6", owner: "Me", funder: "European Commission"),
  ])
  let index = ValueIndex(ValueCompletionTests.store)

  func complete(_ line: String) -> [String] {
    QueryVocabulary.complete(line, cursor: line.count, values: index)
  }

  @Test func mostFrequentFirst() {
    #expect(index.complete(.tag, "") == ["education", "mobility", "transport"])
    #expect(index.complete(.funder, "") == ["European Commission", "JICA", "KOICA", "Say \"hi\", (now)"])
    #expect(complete("tag:") == ["tag:education", "tag:mobility", "tag:transport"])
  }

  @Test func accentsAndCapitalsIgnoredWordStartsMatch() {
    // "Gomez" and "gómez" fold alike: one value, the most used spelling first in ties by order.
    #expect(index.complete(.owner, "gom") == ["Ana Gómez", "Gomez"])
    #expect(complete("owner:GÓM") == [#"owner:"Ana Gómez""#, "owner:Gomez"])
    #expect(complete("program:coop") == [#"program:"Cooperación Delegada""#])
    #expect(complete("program:deleg") == [#"program:"Cooperación Delegada""#])
    #expect(complete("country:jap") == ["country:Japan"])
    #expect(complete("owner:omez") == [])
    #expect(complete("owner:xyz") == [])
    #expect(index.entries[.owner]?.first { $0.folded == "gomez" }?.count == 2)
  }

  @Test func quotedAsTheQueryLanguageNeeds() throws {
    #expect(complete("funder:say") == [#"funder:"Say \"hi\", (now)""#])
    #expect(complete("owner:me") == [#"owner:"Me""#])
    #expect(complete(#"funder:"european c"#) == [#"funder:"European Commission""#])
    // Every completion parses and finds the record it came from.
    for line in complete("funder:") + complete("owner:") + complete("tag:") {
      let q = try Query.parse(line)
      #expect(
        !ValueCompletionTests.store.filter(q, context: QueryContext(today: CalendarDate(iso: "2026-11-18")!))
          .isEmpty, "\(line)")
    }
  }

  @Test func listsLeadsAndAliases() {
    #expect(complete("funder:jica,ko") == ["funder:jica,KOICA"])
    #expect(
      complete(#"funder:"European Commission","#) == [
        #"funder:"European Commission",JICA"#, #"funder:"European Commission",KOICA"#,
        #"funder:"European Commission","Say \"hi\", (now)""#,
      ])
    #expect(complete("-(tags:edu") == ["-(tags:education"])
    #expect(complete("kind:grant owner:lu") == [#"owner:"Luis Pérez""#])
    #expect(complete("owner<a") == [])
    // Without the data's values nothing completes, as before.
    #expect(QueryVocabulary.complete("owner:an", cursor: 8) == [])
  }

  @Test func cacheBuildsOncePerRevision() {
    let cache = ValueIndexCache()
    var store = ValueCompletionTests.store
    #expect(cache.index(store).complete(.country, "") == ["Japan", "Korea"])
    store.upsert(ValueCompletionTests.record("a7", country: "Kenya"))
    store.upsert(ValueCompletionTests.record("a8", country: "Kenya"))
    #expect(cache.index(store, for: [.country]).complete(.country, "") == ["Kenya", "Japan", "Korea"])
    // Only the fields asked for are indexed; the others on demand, for the same revision.
    #expect(!cache.index(store, for: [.country]).holds(.owner))
    #expect(cache.index(store, for: [.owner]).holds(.country))
    #expect(QueryVocabulary.valueField(in: "kind:grant -(owner:an", cursor: 21) == .owner)
    #expect(QueryVocabulary.valueField(in: "tags:x due<3", cursor: 6) == .tag)
    #expect(QueryVocabulary.valueField(in: "owner<a", cursor: 7) == nil)
    #expect(QueryVocabulary.valueField(in: "kind:a", cursor: 6) == nil)
  }
}
