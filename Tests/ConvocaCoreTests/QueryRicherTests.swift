import Testing

@testable import ConvocaCore

/// `OR` and parentheses, `has:`/`no:`, periods and `owner:me` (issue 8, item 4). The sample
/// list is QueryFixture's: today is Wednesday 2026-11-18 and "me" is Ana Gómez.
@Suite struct QueryOrAndGroupTests {
  func ids(_ q: String) throws -> [String] { try QueryFixture.ids(q) }
  func parse(_ s: String) throws -> Query { try Query.parse(s) }

  @Test func tokenizerSeesParenthesesAndUpperCaseOr() throws {
    let ts = try QueryToken.tokenize("-(kind:award OR stage:won) or (x)")
    #expect(ts.map(\.punctuation) == [.open, nil, .or, nil, .close, nil, .open, nil, .close])
    #expect(ts[0].negated && ts[0].text == "-(" && ts[0].range == 0..<2)
    #expect(ts[3].values == ["won"] && ts[4].range == 25..<26)
    #expect(ts[5].values == ["or"] && ts[5].punctuation == nil)
    // Quoted, the word OR and brackets are text.
    let q = try QueryToken.tokenize(#""OR" "(a)""#)
    #expect(q.map(\.punctuation) == [nil, nil] && q[1].values == ["(a)"])
  }

  @Test func orAndParentheses() throws {
    #expect(try ids("kind:award OR kind:grant") == ["aecid", "bloomb", "c40", "erasmus"])
    #expect(try ids("(kind:award OR kind:grant) area:inn") == ["bloomb"])
    #expect(try ids("area:inn (kind:award OR kind:grant)") == ["bloomb"])
    #expect(try ids("funder:jica OR funder:koica OR funder:c40") == ["c40", "jica", "koica"])
    #expect(try ids("((kind:sch))") == ["koica"])
  }

  /// Issue 10's feed filter `--only 'is:open medellin,ciudad,city'`: a bare comma list is any
  /// of its words, as a field's comma list is any of its values.
  @Test func aBareCommaListIsAnyOfItsWords() throws {
    #expect(try ids("jica,koica") == ids("(jica OR koica)"))
    #expect(try ids("jica,koica").count == 2)
    #expect(try ids("-jica,koica") == ids("-(jica OR koica)"))
    #expect(try parse("jica,koica").description == parse("(jica OR koica)").description)
    // Quoted, or without letters, the comma is text.
    #expect(try parse("\"jica,koica\"").terms.count == 1)
    guard case .text(let t) = try parse("1,5").terms.first?.predicate else {
      Issue.record("1,5 is not one piece of text")
      return
    }
    #expect(t.string == "1,5")
  }

  @Test func andBindsTighterThanOr() throws {
    // (owner:ana AND due<30d) OR amount>1m — not owner:ana AND (due<30d OR amount>1m).
    #expect(try ids("owner:ana due<30d OR amount>1m") == ["c40", "urbact"])
    #expect(try ids("owner:ana (due<30d OR amount>1m)") == ["urbact"])
    #expect(try parse("a b OR c") == parse("(a b) OR (c)"))
  }

  @Test func negatedGroups() throws {
    #expect(try ids("-(kind:award OR stage:won)") == ["aecid", "erasmus", "jica", "koica", "urbact"])
    #expect(try ids("-(is:open due<30d)") == ["aecid", "bloomb", "c40", "jica", "koica"])
    #expect(try parse("-(-kind:grant)") == parse("kind:grant"))
    #expect(try parse("-(kind:grant)") == parse("-kind:grant"))
  }

  @Test func lowerCaseOrIsAWord() throws {
    #expect(try ids("commission OR medellin") == ["erasmus", "urbact"])
    #expect(try ids("commission or medellin") == ["urbact"])
    #expect(try parse("commission or medellin").terms.count == 3)
  }

  @Test func roundTripsThroughDescription() throws {
    for line in [
      "kind:award OR kind:grant", "(kind:award OR kind:grant) area:inn", "-(kind:award OR stage:won)",
      "a b OR c -(d OR e f) g", "owner:me", "owner:me,luis", #"owner:"me""#, "has:amount no:owner",
      "due:nextweek", "due:lastmonth", "created:2026", "due<2026-11", "decision:thisyear", #""(pdf)""#,
    ] {
      let q = try parse(line)
      #expect(try parse(q.description) == q, "\(line) → \(q.description)")
    }
    #expect(try parse("(a OR b)").description == "(a OR b)")
    #expect(try parse("due:thisweek").description == "due:week")
  }

  @Test func singleRecordMatchesAgreeWithFilter() throws {
    let store = QueryFixture.store
    for line in ["-(kind:award OR stage:won) is:open", "owner:me OR no:owner", "has:tag due:nextmonth"] {
      let q = try parse(line)
      let single = store.records.indices.filter {
        q.matches(store.records[$0], key: FoldedText(searchable: store.records[$0]), in: QueryFixture.context)
      }
      #expect(single == store.filter(q, context: QueryFixture.context), "\(line)")
    }
  }
}

@Suite struct QueryEmptyFieldTests {
  func ids(_ q: String) throws -> [String] { try QueryFixture.ids(q) }

  @Test func hasAndNo() throws {
    #expect(try ids("no:owner") == ["bloomb"])
    #expect(try ids("has:amount") == ["aecid", "bloomb", "c40", "erasmus", "koica", "urbact"])
    #expect(try ids("no:amount") == ["jica"])
    #expect(try ids("no:deadline") == ids("no:due"))
    #expect(try ids("has:deadline").count == 6)
    #expect(try ids("has:decision") == ["aecid", "erasmus", "jica"])
    #expect(try ids("no:tags") == ["bloomb", "jica"])
    #expect(try ids("has:note") == ["bloomb"])
    #expect(try ids("has:awarded") == ["c40"])
    #expect(try ids("no:program") == ["bloomb", "c40", "jica", "koica"])
    #expect(try ids("-no:owner").count == 6)
  }

  @Test func everyEmptiableFieldIsAccepted() throws {
    for f in QueryPresenceField.allCases {
      #expect(throws: Never.self) { try Query.parse("has:\(f.rawValue) no:\(f.rawValue)") }
    }
    // An empty record has none of them; a full one has all.
    var o = Opportunity(
      id: OpportunityID(rawValue: "e1") ?? OpportunityID.random(), title: "t", kind: Kind(rawValue: "grant"),
      stage: .identified, created: Timestamp(seconds: 0), updated: Timestamp(seconds: 0))
    #expect(QueryPresenceField.allCases.allSatisfy { !$0.isPresent(in: o) })
    o.owner = "x"
    o.funder = "x"
    o.program = "x"
    o.country = "x"
    o.area = Area(rawValue: "innovation")
    o.deadline = QueryFixture.today
    o.decision = QueryFixture.today
    o.amount = Money(1, "EUR")
    o.awarded = Money(1, "EUR")
    o.tags = ["x"]
    o.url = "https://x"
    o.contact = "x"
    o.description = "x"
    o.notes = [Note(at: Timestamp(seconds: 0), by: "x", text: "x")]
    o.beneficiary = "x"
    o.history = [HistoryEntry(from: "identified", to: "applied", at: Timestamp(seconds: 0), by: "x")]
    o.source = Source(system: "x", id: "1")
    #expect(QueryPresenceField.allCases.allSatisfy { $0.isPresent(in: o) })
    o.owner = "  "
    #expect(!QueryPresenceField.owner.isPresent(in: o))
  }
}

@Suite struct QueryPeriodTests {
  func ids(_ q: String, today: String = "2026-11-18") throws -> [String] {
    let ctx = QueryContext(today: try #require(CalendarDate(iso: today)), user: "Ana Gómez")
    return try QueryFixture.ids(q, context: ctx)
  }

  @Test func weeksStartOnMonday() throws {
    #expect(try ids("due:thisweek") == ["urbact"])
    #expect(try ids("due:lastweek") == ["jica"])
    #expect(try ids("decision:nextweek") == ["jica"])
    // On Sunday 2026-11-22 next week is still 23–29 November; on Monday the 23rd it is this week.
    #expect(try ids("decision:nextweek", today: "2026-11-22") == ["jica"])
    #expect(try ids("decision:thisweek", today: "2026-11-23") == ["jica"])
    #expect(try ids("due:nextweek", today: "2026-11-11") == ["urbact"])
  }

  @Test func monthsAndYears() throws {
    #expect(try ids("due:thismonth") == ["jica", "urbact"])
    #expect(try ids("due:nextmonth") == ["erasmus", "koica"])
    #expect(try ids("due:lastmonth") == [])
    #expect(try ids("due:lastmonth", today: "2026-10-05") == ["aecid"])
    #expect(try ids("due:nextmonth", today: "2026-12-31") == [])
    #expect(try ids("decision:nextyear") == ["erasmus"])
    #expect(try ids("due:2026") == ["aecid", "c40", "erasmus", "jica", "koica", "urbact"])
    #expect(try ids("decision:2027") == ["erasmus"])
    #expect(try ids("due:2026-12") == ["erasmus", "koica"])
    #expect(try ids("created:2026-11") == ["koica", "urbact"])
    #expect(try ids("updated:lastweek") == ["koica"])
    #expect(try ids("due<2026-11") == ["aecid", "c40"])
    #expect(try ids("due>=2026-12") == ["erasmus", "koica"])
    #expect(try ids("due>2026") == [])
  }

  @Test func periodsCrossTheYear() throws {
    let d = try #require(CalendarDate(iso: "2027-01-04"))  // a Monday
    let r = QueryDateValue.lastMonth.dayRange(.equal, forward: true, today: d)
    #expect(r.lo == Int(try #require(CalendarDate(iso: "2026-12-01")).daysSinceEpoch))
    #expect(r.hi == Int(try #require(CalendarDate(iso: "2026-12-31")).daysSinceEpoch))
    let w = QueryDateValue.lastWeek.dayRange(.equal, forward: true, today: d)
    #expect(w.lo == Int(try #require(CalendarDate(iso: "2026-12-28")).daysSinceEpoch))
  }
}

@Suite struct QueryOwnerMeTests {
  @Test func meIsTheConfiguredUser() throws {
    #expect(try QueryFixture.ids("owner:me") == ["aecid", "jica", "urbact"])
    #expect(try QueryFixture.ids("owner:ME is:open") == ["jica", "urbact"])
    #expect(try QueryFixture.ids("owner:me,perez") == ["aecid", "erasmus", "jica", "koica", "urbact"])
    let luis = QueryContext(today: QueryFixture.today, user: "  LUIS perez ")
    #expect(try QueryFixture.ids("owner:me", context: luis) == ["erasmus", "koica"])
    // No user configured: nothing is "mine".
    let nobody = QueryContext(today: QueryFixture.today)
    #expect(try QueryFixture.ids("owner:me", context: nobody) == [])
    #expect(try QueryFixture.ids("-owner:me", context: nobody).count == 7)
  }

  @Test func quotedMeIsText() throws {
    // "Ana Gómez" contains "me" (Gó-me-z); a partial user name does not count as me.
    #expect(try QueryFixture.ids(#"owner:"me""#) == ["aecid", "jica", "urbact"])
    let ana = QueryContext(today: QueryFixture.today, user: "Ana")
    #expect(try QueryFixture.ids("owner:me", context: ana) == [])
  }
}

@Suite struct QueryRicherErrorTests {
  func error(_ s: String) -> QueryError? {
    do {
      _ = try Query.parse(s)
      return nil
    } catch { return error }
  }

  @Test func unbalancedParentheses() throws {
    let open = try #require(error("area:inn (kind:award OR kind:grant"))
    #expect(open.reason == .unbalancedParenthesis && open.term == "(" && open.range == 9..<10)
    #expect(open.message == "'(' is never closed: a ')' is missing (in '(' at column 10)")
    let close = try #require(error("kind:award) area:inn"))
    #expect(close.reason == .unbalancedParenthesis && close.range == 10..<11)
    #expect(close.message == "')' has no '(' before it (in ')' at column 11)")
    #expect(error(")")?.reason == .unbalancedParenthesis)
    #expect(error("(a OR (b)")?.range == 0..<1)
    #expect(error("(a) b)")?.range == 5..<6)
    #expect(error("-(a")?.term == "-(")
  }

  @Test func misplacedOr() throws {
    let start = try #require(error("OR kind:award"))
    #expect(start.reason == .misplacedOr && start.range == 0..<2)
    #expect(start.message == "'OR' needs a term before it (in 'OR' at column 1)")
    let end = try #require(error("kind:award OR"))
    #expect(end.reason == .misplacedOr && end.range == 11..<13)
    #expect(end.message.contains("needs a term after it"))
    let twice = try #require(error("a OR OR b"))
    #expect(twice.range == 5..<7 && twice.message.contains("twice in a row"))
    #expect(error("(OR a)")?.range == 1..<3)
    #expect(error("(a OR)")?.range == 3..<5)
    #expect(error("a (OR b)")?.reason == .misplacedOr)
  }

  @Test func emptyGroup() throws {
    let e = try #require(error("area:inn ()"))
    #expect(e.reason == .emptyGroup && e.term == "()" && e.range == 9..<11)
    #expect(e.message == "empty parentheses: put at least one term inside (in '()' at column 10)")
    #expect(error("-( )")?.reason == .emptyGroup)
    #expect(error("-)")?.reason == .emptyTerm)
  }

  @Test func unknownHasField() throws {
    let e = try #require(error("is:open has:ownr"))
    #expect(e.reason == .unknownField && e.suggestion == "owner" && e.range == 8..<16)
    #expect(e.message == "unknown field 'ownr' — did you mean 'owner'? (in 'has:ownr' at column 9)")
    #expect(error("no:deadlin")?.suggestion == "due")
    #expect(error("no:colour")?.suggestion == nil)
    let never = try #require(error("no:stage"))
    #expect(never.reason == .neverEmpty && never.message.hasPrefix("'stage' is never empty"))
    #expect(error("has:")?.reason == .emptyValue)
    #expect(error("has:owner,funder")?.reason == .listNotAllowed)
    #expect(error("has<owner")?.reason == .badOperator)
  }

  @Test func badPeriods() throws {
    #expect(error("due:2026-13")?.reason == .badDate)
    #expect(error("due:26")?.reason == .badDate)
    #expect(error("due:2026-1")?.reason == .badDate)
    #expect(error("due:nextwek")?.suggestion == "nextweek")
  }
}
