import Testing

@testable import ConvocaCore

@Suite struct QueryTokenizerTests {
  @Test func splitsTermsWithPositions() throws {
    let ts = try QueryToken.tokenize(#"  grant "two words" -kind:award,sch due<=30d"#)
    #expect(ts.count == 4)
    #expect(ts[0].values == ["grant"] && ts[0].field == nil && ts[0].range == 2..<7)
    #expect(ts[1].values == ["two words"] && ts[1].quoted && ts[1].range == 8..<19)
    #expect(ts[2].negated && ts[2].field == "kind" && ts[2].op == .colon && ts[2].values == ["award", "sch"])
    #expect(ts[2].range == 20..<35)
    #expect(ts[3].field == "due" && ts[3].op == .lessOrEqual && ts[3].values == ["30d"])
  }

  @Test func operatorsAndQuotedValues() throws {
    let ts = try QueryToken.tokenize(
      #"a>1 b>=2 c<3 d=4 funder:"european commission",jica "say \"hi\"" 10:30"#)
    #expect(ts.map(\.op) == [.greater, .greaterOrEqual, .less, .equal, .colon, nil, nil])
    #expect(ts[4].values == ["european commission", "jica"])
    #expect(ts[5].values == [#"say "hi""#])
    #expect(ts[6].field == nil && ts[6].values == ["10:30"])
  }

  @Test func positionsCountCharactersNotBytes() throws {
    let ts = try QueryToken.tokenize("Medellín educación")
    #expect(ts[1].range == 9..<18)
  }
}

@Suite struct QueryParserTests {
  func parse(_ s: String) throws -> Query { try Query.parse(s) }

  @Test func emptyLineMatchesEverything() throws {
    #expect(try parse("").isEmpty)
    #expect(try parse("   \t ").isEmpty)
    #expect(Query.all.description == "")
  }

  @Test func wordsAndPhrasesAreFolded() throws {
    #expect(try parse("Medellín").terms == [QueryTerm(.text(FoldedText("medellin")))])
    #expect(try parse(#""Comisión Europea""#).terms == [QueryTerm(.text(FoldedText("comision europea")))])
    #expect(try parse("-EDUCACIÓN").terms == [QueryTerm(.text(FoldedText("educacion")), negated: true)])
  }

  @Test func enumeratedFieldsAcceptPrefixesAndLists() throws {
    #expect(
      try parse("kind:award,scholarship").terms[0].predicate
        == .kind([Kind(rawValue: "scholarship"), Kind(rawValue: "award")]))
    #expect(try parse("kind:sch").terms[0].predicate == .kind([Kind(rawValue: "scholarship")]))
    #expect(try parse("KIND:Grant,grant").terms[0].predicate == .kind([Kind(rawValue: "grant")]))
    #expect(try parse("stage:won,id").terms[0].predicate == .stage([.identified, .won]))
    #expect(try parse("area:edu").terms[0].predicate == .area([Area(rawValue: "education-culture")]))
    #expect(try parse("is:open,ov").terms[0].predicate == .status([.open, .overdue]))
    let custom = Vocabulary(extraKinds: ["fellowship"])
    #expect(
      try Query.parse("kind:fell", vocabulary: custom).terms[0].predicate
        == .kind([Kind(rawValue: "fellowship")]))
    #expect(throws: QueryError.self) { try Query.parse("kind:fell") }
  }

  @Test func freeTextFieldsAndIds() throws {
    #expect(try parse("owner:Gómez").terms[0].predicate == .field(.owner, [FoldedText("gomez")]))
    #expect(
      try parse(#"funder:"European Commission",jica"#).terms[0].predicate
        == .field(.funder, [FoldedText("european commission"), FoldedText("jica")]))
    #expect(try parse("tags:edu").terms[0].predicate == .field(.tag, [FoldedText("edu")]))
    #expect(try parse("id:AB3").terms[0].predicate == .id(["ab3"]))
    #expect(try parse("program:x country:y").terms.count == 2)
  }

  @Test func dates() throws {
    #expect(try parse("due<30d").terms[0].predicate == .date(.due, .less, .days(30)))
    #expect(try parse("deadline<=4w").terms[0].predicate == .date(.due, .lessOrEqual, .weeks(4)))
    #expect(
      try parse("due<2027-03-01").terms[0].predicate
        == .date(.due, .less, .date(CalendarDate(iso: "2027-03-01")!)))
    #expect(
      try parse("due>=2026-12-01").terms[0].predicate
        == .date(.due, .greaterOrEqual, .date(CalendarDate(iso: "2026-12-01")!)))
    #expect(try parse("due:today").terms[0].predicate == .date(.due, .equal, .today))
    #expect(try parse("decision:week").terms[0].predicate == .date(.decision, .equal, .week))
    #expect(try parse("created=month").terms[0].predicate == .date(.created, .equal, .month))
    #expect(try parse("updated>14d").terms[0].predicate == .date(.updated, .greater, .days(14)))
  }

  @Test func amounts() throws {
    #expect(try parse("amount>=50000").terms[0].predicate == .amount(.amount, .greaterOrEqual, 50000))
    #expect(try parse("amount<1m").terms[0].predicate == .amount(.amount, .less, 1_000_000))
    #expect(try parse("amount:1.5k").terms[0].predicate == .amount(.amount, .equal, 1500))
    #expect(try parse("amount>1,000,000").terms[0].predicate == .amount(.amount, .greater, 1_000_000))
    #expect(try parse("awarded>0").terms[0].predicate == .amount(.awarded, .greater, 0))
    #expect(try parse("amount>1.234.567,5").terms[0].predicate == .amount(.amount, .greater, 1_234_567.5))
    // A query has no locale: one mark before three digits could be either, so it is refused.
    #expect(throws: QueryError.self) { try parse("amount>1,000") }
    do { _ = try parse("amount>1.500") } catch {
      #expect((error as? QueryError)?.message.contains("1500") == true)
    }
  }

  @Test func roundTripsThroughDescription() throws {
    let lines = [
      "grant", #""two words""#, "-kind:award,scholarship", "stage:prep,won", "area:inno", "owner:ana",
      #"funder:"european commission",jica"#, "tag:edu", "id:ab", "id=ab,cd", "is:open,stale", "due<30d",
      "due<=4w",
      "due<2027-03-01", "due>=2026-12-01", "due:today", "decision:week", "created=month", "updated>14d",
      "amount>=50k", "amount<1.5m", "awarded=0", #""say \"hi\"""#, #""-dash""#, #""a:b""#, "Medellín",
      "kind:grant due<60d -stage:dropped medellin amount>1,000,000",
    ]
    for line in lines {
      let q = try parse(line)
      let again = try parse(q.description)
      #expect(again == q, "\(line) → \(q.description)")
      #expect(again.description == q.description)
    }
    #expect(try parse("KIND:sch,award  DUE:Today").description == "kind:scholarship,award due:today")
    #expect(try parse("amount:50k").description == "amount=50000")
  }
}

@Suite struct QueryErrorTests {
  func error(_ s: String) -> QueryError? {
    do {
      _ = try Query.parse(s)
      return nil
    } catch { return error }
  }

  @Test func unknownFieldSuggestsNearest() throws {
    let e = try #require(error("grant knd:award"))
    #expect(e.reason == .unknownField)
    #expect(e.term == "knd:award" && e.range == 6..<15)
    #expect(e.suggestion == "kind")
    #expect(e.message.contains("unknown field 'knd' — did you mean 'kind'?"))
    #expect(e.message.contains("column 7"))
    #expect(error("colour:red")?.suggestion == nil)
    #expect(error("stgae:won")?.suggestion == "stage")
    #expect(error("deadlin<3d")?.suggestion == "due")
  }

  @Test func badDate() throws {
    let e = try #require(error("due<soon"))
    #expect(e.reason == .badDate && e.range == 0..<8)
    #expect(e.message.contains("'soon'"))
    #expect(error("due:tody")?.suggestion == "today")
    #expect(error("due<2027-02-30")?.reason == .badDate)
    #expect(error("due<30x")?.reason == .badDate)
    #expect(error("due:today,week")?.reason == .listNotAllowed)
  }

  @Test func badAmount() throws {
    let e = try #require(error("kind:grant amount>lots"))
    #expect(e.reason == .badAmount && e.term == "amount>lots" && e.range == 11..<22)
    #expect(e.message.contains("bad amount 'lots'"))
    #expect(error("awarded>5q")?.reason == .badAmount)
  }

  @Test func unknownOrAmbiguousValues() throws {
    let stage = try #require(error("stage:wonn"))
    #expect(stage.reason == .unknownValue && stage.suggestion == "won")
    #expect(stage.message.contains("unknown value 'wonn' for 'stage'; use one of: identified,"))
    #expect(stage.message.contains("— did you mean 'won'?"))
    let kind = try #require(error("kind:grnt"))
    #expect(kind.reason == .unknownValue && kind.suggestion == "grant")
    let amb = try #require(error("kind:a"))
    #expect(amb.reason == .ambiguousValue && amb.message.contains("award, alliance"))
    #expect(error("area:nowhere")?.reason == .unknownValue)
    let st = try #require(error("is:opn"))
    #expect(st.reason == .unknownValue && st.suggestion == "open")
  }

  @Test func emptyValuesTermsAndOperators() throws {
    #expect(error("kind:")?.reason == .emptyValue)
    #expect(error("kind:award,")?.reason == .emptyValue)
    #expect(error("due<")?.reason == .emptyValue)
    #expect(error(#"x """#)?.reason == .emptyValue)
    #expect(error("grant - award")?.reason == .emptyTerm)
    #expect(error("grant -")?.range == 6..<7)
    #expect(error("kind<grant")?.reason == .badOperator)
  }

  @Test func unterminatedQuote() throws {
    let e = try #require(error(#"grant "european comm"#))
    #expect(e.reason == .unterminatedQuote)
    #expect(e.range == 6..<20)
    #expect(e.message.contains("column 7"))
    #expect(error(#"funder:"jica"#)?.reason == .unterminatedQuote)
  }
}
