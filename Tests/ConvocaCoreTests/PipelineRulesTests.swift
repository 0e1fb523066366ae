import Foundation
import Testing

@testable import ConvocaCore

/// The pipeline's rules (`Pipeline`), written once for both front ends: creating, moving,
/// the awarded amount, leaving won, and edits that change nothing.
@Suite struct PipelineRulesTests {
  let t1 = Timestamp(iso: "2026-11-02T10:00:00Z")!
  func id(_ s: String) -> OpportunityID { OpportunityID(rawValue: s)! }

  func record(stage: Stage = .applied, amount: Money? = Money(250_000, "EUR"), awarded: Money? = nil)
    -> Opportunity
  {
    var o = Fixture.opportunity("pipe0001", "Horizon Europe", stage: stage)
    o.amount = amount
    o.awarded = awarded
    o.owner = "Laura"
    o.tags = ["climate", "eu"]
    return o
  }

  // MARK: - Creating

  @Test func createOwnsByDefaultRequiresATitleAndAwardsInWon() throws {
    let o = try Pipeline.create(
      id: id("new00001"), fields: [FieldChange(.title, .string("CAF")), FieldChange(.area, .null)],
      owner: "Laura", at: Fixture.t0)
    #expect(o.owner == "Laura" && o.stage == .identified && o.kind == .other && o.created == Fixture.t0)
    let other = try Pipeline.create(
      id: id("new00002"), fields: [FieldChange(.title, .string("CAF")), FieldChange(.owner, .string("Ana"))],
      owner: "Laura", at: Fixture.t0)
    #expect(other.owner == "Ana")
    #expect(throws: CommandError(Strings.titleRequired)) {
      try Pipeline.create(
        id: id("new00003"), fields: [FieldChange(.funder, .string("x"))], owner: "L", at: Fixture.t0)
    }
    let won = try Pipeline.create(
      id: id("new00004"),
      fields: [
        FieldChange(.title, .string("IDB")), FieldChange(.amount, RecordCodec.encode(money: Money(9, "USD"))),
      ],
      stage: .won, owner: "L", at: Fixture.t0)
    #expect(won.awarded == Money(9, "USD"))
  }

  // MARK: - Moving

  @Test func wonAwardsWhatIsGivenElseTheAwardedAlreadySetElseTheAmount() throws {
    func awarded(_ c: Command) -> Money? {
      if case .move(_, _, let a) = c { return a }
      return nil
    }
    let plain = record()
    #expect(awarded(try Pipeline.move(plain, to: .won, at: t1, by: "L")) == Money(250_000, "EUR"))
    let preset = record(awarded: Money(200_000, "EUR"))
    #expect(awarded(try Pipeline.move(preset, to: .won, at: t1, by: "L")) == Money(200_000, "EUR"))
    #expect(
      awarded(try Pipeline.move(preset, to: .won, awarded: Money(1, "USD"), at: t1, by: "L"))
        == Money(1, "USD"))
    #expect(awarded(try Pipeline.move(preset, to: .lost, at: t1, by: "L")) == nil)
  }

  @Test func movesThatCannotBeAreRefused() {
    let o = record()
    #expect(throws: CommandError(Strings.alreadyIn("pipe0001", "applied"))) {
      try Pipeline.move(o, to: .applied, at: t1, by: "L")
    }
    #expect(throws: CommandError(Strings.awardedOnlyWon)) {
      try Pipeline.move(o, to: .lost, awarded: Money(5, "EUR"), at: t1, by: "L")
    }
    #expect(throws: CommandError(Strings.awardedNegative)) {
      try Pipeline.move(o, to: .won, awarded: Money(-5, "EUR"), at: t1, by: "L")
    }
  }

  @Test func leavingWonClearsAwardedKeepsItInHistoryAndUndoRestoresIt() throws {
    var store = OpportunityStore([record(stage: .won, awarded: Money(200_000, "EUR"))])
    let o = store[id("pipe0001")]!
    let undo = try store.apply(
      Change(try Pipeline.move(o, to: .applied, at: t1, by: "Ana"), at: t1, by: "Ana"))
    let after = store[o.id]!
    #expect(after.stage == .applied && after.awarded == nil)
    #expect(after.history.count == 2)
    #expect(
      after.history[0].field == "awarded" && after.history[0].from == "200000 EUR"
        && after.history[0].to == "")
    #expect(after.history[0].by == "Ana" && after.history[0].at == t1)
    #expect(after.history[1].stages?.from == .won && after.history[1].stages?.to == .applied)
    // Undo puts back the stage, the amount, and takes both entries out.
    try store.apply(Change(undo, at: t1, by: "Ana"))
    let back = store[o.id]!
    #expect(back.stage == .won && back.awarded == Money(200_000, "EUR") && back.history.isEmpty)
    // Moves that do not leave won keep awarded.
    var s2 = OpportunityStore([record(stage: .applied, awarded: Money(7, "EUR"))])
    try s2.apply(Change(try Pipeline.move(s2[o.id]!, to: .lost, at: t1, by: "L"), at: t1, by: "L"))
    #expect(s2[o.id]?.awarded == Money(7, "EUR"))
  }

  // MARK: - Edits that change nothing

  @Test func noOpEditsAreLeftOut() {
    let o = record()
    #expect(Pipeline.edit(o, [FieldChange(.owner, .string("Laura"))]) == nil)
    #expect(Pipeline.edit(o, [FieldChange(.area, .string(""))]) == nil)
    #expect(Pipeline.edit(o, [FieldChange(.amount, RecordCodec.encode(money: Money(250_000, "EUR")))]) == nil)
    let absent = Pipeline.tags(o.tags, adding: [], removing: ["nope"])
    let present = Pipeline.tags(o.tags, adding: ["eu"], removing: [])
    #expect(Pipeline.edit(o, [FieldChange(.tags, .array(absent.map(JSONValue.string)))]) == nil)
    #expect(Pipeline.edit(o, [FieldChange(.tags, .array(present.map(JSONValue.string)))]) == nil)
    // Only the fields that change are kept.
    let c = Pipeline.edit(o, [FieldChange(.owner, .string("Laura")), FieldChange(.funder, .string("EC"))])
    #expect(c == .set(o.id, [FieldChange(.funder, .string("EC"))]))
    // A value the field refuses is kept, so applying it reports why.
    #expect(Pipeline.edit(o, [FieldChange(.title, .string(""))]) != nil)
  }

  @Test func aSetThatChangesNothingKeepsUpdated() throws {
    var store = OpportunityStore([record()])
    try store.apply(Change(.set(id("pipe0001"), [FieldChange(.owner, .string("Laura"))]), at: t1, by: "L"))
    #expect(store[id("pipe0001")]?.updated == Fixture.t0)
  }

  @Test func noOpEditThroughTheDatabaseWritesNoLine() throws {
    let dir = TempDir()
    let path = dir.file()
    let db = try Fixture.database(path)
    try db.perform(.create(record()))
    let lines = Fixture.lines(path).count
    let o = db.store[id("pipe0001")]!
    #expect(Pipeline.edit(o, [FieldChange(.owner, .string("Laura"), expected: .string("Laura"))]) == nil)
    #expect(Fixture.lines(path).count == lines)
    #expect(try Fixture.database(path).store[o.id]?.updated == Fixture.t0)
  }
}
