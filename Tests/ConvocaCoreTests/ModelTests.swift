import Testing

@testable import ConvocaCore

@Suite struct CalendarDateTests {
  @Test func roundTripsAndArithmetic() throws {
    let d = try #require(CalendarDate(iso: "2024-02-29"))
    #expect(d.description == "2024-02-29")
    #expect(d.adding(days: 1).description == "2024-03-01")
    #expect(CalendarDate(iso: "2023-02-29") == nil)
    #expect(CalendarDate(iso: "2023-13-01") == nil)
    #expect(CalendarDate(iso: "20230101") == nil)
    #expect(CalendarDate(iso: "1970-01-01")?.daysSinceEpoch == 0)
    #expect(CalendarDate(iso: "1969-12-31")?.daysSinceEpoch == -1)
    #expect(CalendarDate(iso: "2026-11-30")?.isoWeekday == 1)
    #expect(CalendarDate(iso: "2026-11-29")?.startOfWeek.description == "2026-11-23")
    #expect(CalendarDate(iso: "2026-02-10")?.endOfMonth.description == "2026-02-28")
  }

  @Test func timestamps() throws {
    let t = try #require(Timestamp(iso: "2026-11-29T09:51:25Z"))
    #expect(t.description == "2026-11-29T09:51:25Z")
    #expect(Timestamp(iso: "2026-11-29T09:51:25+02:00")?.description == "2026-11-29T07:51:25Z")
    #expect(Timestamp(iso: "2026-11-29T09:51:25.123Z")?.description == "2026-11-29T09:51:25Z")
    #expect(Timestamp(iso: "2026-11-29 09:51") == nil)
    #expect(Timestamp(seconds: -1).description == "1969-12-31T23:59:59Z")
  }
}

@Suite struct PipelineTests {
  @Test func stagesMovesAndDefaults() {
    #expect(Stage.allCases.map(\.defaultProbability) == [10, 30, 50, 100, 0, 0])
    #expect(Stage.allCases.filter(\.isOpen) == [.identified, .preparing, .applied])
    #expect(Stage.identified.next == .preparing && Stage.applied.next == .won && Stage.won.next == nil)
    #expect(Stage.identified.previous == nil && Stage.lost.previous == .applied)
    #expect(Stage.identified.isForward(to: .applied))  // skipping is forward
    #expect(Stage.preparing.isForward(to: .dropped))
    #expect(!Stage.applied.isForward(to: .identified))  // back
    #expect(!Stage.won.isForward(to: .applied))  // reopening
    #expect(!Stage.applied.isForward(to: .applied))
    #expect(Stage.named("prep") == .preparing && Stage.named("xyz") == nil)
  }
}
