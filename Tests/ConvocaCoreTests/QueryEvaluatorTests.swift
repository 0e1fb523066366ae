import Foundation
import Testing

@testable import ConvocaCore

@Suite struct QueryEvaluatorTests {
  func ids(_ q: String) throws -> [String] { try QueryFixture.ids(q) }

  @Test func emptyQueryMatchesAll() throws {
    #expect(try ids("").count == QueryFixture.records.filter { !$0.archived }.count)
  }

  @Test func textIsCaseAndAccentInsensitive() throws {
    #expect(try ids("medellin") == ["urbact"])
    #expect(try ids("MEDELLÍN") == ["urbact"])
    #expect(try ids("educacion") == ["erasmus"])
    #expect(try ids(#""european commission""#) == ["erasmus", "urbact"])
    #expect(try ids("postponed") == ["bloomb"])  // notes
    #expect(try ids("security") == ["aecid"])  // tags
    #expect(try ids("jica co-creation") == ["jica"])
    #expect(try ids("nothing-like-this") == [])
  }

  @Test func negationAndAlternatives() throws {
    #expect(try ids("kind:grant") == ["aecid", "c40", "erasmus"])
    #expect(try ids("-kind:grant") == ["bloomb", "jica", "koica", "urbact"])
    #expect(try ids("kind:award,scholarship") == ["bloomb", "koica"])
    #expect(try ids("kind:sch") == ["koica"])
    #expect(try ids("stage:won,lost") == ["aecid", "c40"])
    #expect(try ids("stage:prep") == ["urbact"])
    #expect(try ids("area:edu") == ["erasmus", "koica"])
    #expect(try ids("-area:edu -area:inno") == ["aecid", "c40", "urbact"])
    #expect(try ids("-medellin kind:network") == [])
  }

  @Test func freeTextFieldsTagsAndIds() throws {
    #expect(try ids("owner:ana") == ["aecid", "jica", "urbact"])
    #expect(try ids("owner:GOMEZ") == ["aecid", "jica", "urbact"])
    #expect(try ids("owner:perez,ruiz") == ["c40", "erasmus", "koica"])
    #expect(try ids("funder:european") == ["erasmus", "urbact"])
    #expect(try ids("program:cooperacion") == ["aecid"])
    #expect(try ids("country:jp") == ["jica"])
    #expect(try ids("tag:mob") == ["urbact"])
    #expect(try ids("tag:ility") == [])  // a tag must start with the value
    #expect(try ids("tag:security,edu") == ["aecid", "erasmus"])
    #expect(try ids("id:e") == ["erasmus"])
    #expect(try ids("id:C40") == ["c40"])
    // `id=` is whole ids only (the tracker's "what arrived" filter).
    #expect(try ids("id=c40,jica") == ["c40", "jica"])
    #expect(try ids("id=c4") == [])
  }

  @Test func states() throws {
    #expect(try ids("is:open") == ["erasmus", "jica", "koica", "urbact"])
    #expect(try ids("is:closed") == ["aecid", "bloomb", "c40"])
    #expect(try ids("is:overdue") == ["jica"])  // c40's deadline passed but it is won
    #expect(try ids("is:stale") == ["erasmus"])  // jica is exactly 14 days old: not stale
    let strict = QueryContext(today: QueryFixture.today, staleDays: 13)
    #expect(try QueryFixture.ids("is:stale", context: strict) == ["erasmus", "jica"])
    #expect(try ids("is:overdue,stale") == ["erasmus", "jica"])
  }

  @Test func relativeDueDates() throws {
    // today 2026-11-18: urbact due today, erasmus +29, koica +30, jica −8 (overdue).
    #expect(try ids("due<30d") == ["erasmus", "urbact"])
    #expect(try ids("due<=30d") == ["erasmus", "koica", "urbact"])
    #expect(try ids("due>29d") == ["koica"])
    #expect(try ids("due>=29d") == ["erasmus", "koica"])
    #expect(try ids("due:30d") == ["koica"])
    #expect(try ids("due<1d") == ["urbact"])
    #expect(try ids("due<0d") == [])
    #expect(try ids("due<5w") == ["erasmus", "koica", "urbact"])
    #expect(try ids("-due<30d") == ["aecid", "bloomb", "c40", "jica", "koica"])
    #expect(try ids("decision<7d") == ["aecid"])
  }

  @Test func absoluteAndNamedDates() throws {
    #expect(try ids("due<2026-12-01") == ["aecid", "c40", "jica", "urbact"])
    #expect(try ids("due>=2026-12-01") == ["erasmus", "koica"])
    #expect(try ids("due>2026-12-17") == ["koica"])
    #expect(try ids("due<=2026-12-17") == ["aecid", "c40", "erasmus", "jica", "urbact"])
    #expect(try ids("due:2026-12-17") == ["erasmus"])
    #expect(try ids("due:today") == ["urbact"])
    #expect(try ids("due:tomorrow") == [])
    #expect(try ids("due:week") == ["urbact"])
    #expect(try ids("due:month") == ["jica", "urbact"])
    #expect(try ids("due>month") == ["erasmus", "koica"])
    #expect(try ids("due<month") == ["aecid", "c40"])
    #expect(try ids("decision:week") == ["aecid"])
    #expect(try ids("updated:yesterday") == ["urbact"])
  }

  @Test func weekIsMondayToSunday() throws {
    // 2026-11-16 is a Monday and 2026-11-22 a Sunday; jica (due 11-10) is in the week before.
    for (day, expected) in [
      ("2026-11-16", ["urbact"]), ("2026-11-22", ["urbact"]), ("2026-11-23", []), ("2026-11-15", ["jica"]),
    ] {
      let ctx = QueryContext(today: try #require(CalendarDate(iso: day)))
      #expect(try QueryFixture.ids("due:week", context: ctx) == expected, "\(day)")
    }
  }

  @Test func createdAndUpdatedCountBackward() throws {
    #expect(try ids("updated>14d") == ["bloomb", "c40", "erasmus"])
    #expect(try ids("updated>=14d") == ["bloomb", "c40", "erasmus", "jica"])
    #expect(try ids("created<7d") == ["koica", "urbact"])
    #expect(try ids("created<6d") == ["urbact"])
    #expect(try ids("created<=6d") == ["koica", "urbact"])
    #expect(try ids("created:month") == ["koica", "urbact"])
    #expect(try ids("created<2026-05-01") == ["c40"])
  }

  @Test func timestampsUseTheLocalDate() throws {
    // urbact was updated 2026-11-17 12:00 UTC: at UTC+13 that is already the 18th.
    let east = QueryContext(today: QueryFixture.today, utcOffset: 13 * 3600)
    #expect(try QueryFixture.ids("updated:today", context: east) == ["urbact"])
    #expect(try QueryFixture.ids("updated:today") == [])
    let west = QueryContext(today: QueryFixture.today, utcOffset: -13 * 3600)
    #expect(try QueryFixture.ids("updated:2026-11-16", context: west) == ["urbact"])
  }

  @Test func amounts() throws {
    #expect(try ids("amount>=50000") == ["aecid", "bloomb", "c40", "erasmus", "urbact"])
    #expect(try ids("amount>=50k") == ["aecid", "bloomb", "c40", "erasmus", "urbact"])
    #expect(try ids("amount>50k") == ["aecid", "bloomb", "c40", "erasmus"])
    #expect(try ids("amount<1m") == ["aecid", "erasmus", "koica", "urbact"])
    #expect(try ids("amount<=1m") == ["aecid", "bloomb", "erasmus", "koica", "urbact"])
    #expect(try ids("amount:20k") == ["koica"])
    #expect(try ids("amount>1.1m") == ["c40"])
    #expect(try ids("awarded>0") == ["c40"])
    #expect(try ids("-amount>0") == ["jica"])
  }

  @Test func singleRecordMatchesAgreesWithFilter() throws {
    let q = try Query.parse("is:open due<=30d")
    let store = QueryFixture.store
    let single = store.records.indices.filter {
      q.matches(store.records[$0], key: FoldedText(searchable: store.records[$0]), in: QueryFixture.context)
    }
    #expect(single == store.filter(q, context: QueryFixture.context))
  }
}
