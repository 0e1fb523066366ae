import Foundation

@testable import ConvocaCore

/// The sample list used by the query tests and by docs/query-language.md ("today" is
/// Wednesday 2026-11-18, and "me" is Ana Gómez). Keep the two in step.
enum QueryFixture {
  static let today = CalendarDate(year: 2026, month: 11, day: 18) ?? CalendarDate(daysSinceEpoch: 0)
  static let context = QueryContext(today: today, user: "Ana Gómez")

  static func ts(_ day: String) -> Timestamp {
    Timestamp(iso: day + "T12:00:00Z") ?? Timestamp(seconds: 0)
  }

  static func date(_ s: String) -> CalendarDate? { CalendarDate(iso: s) }

  static func make(
    _ id: String, _ title: String, kind: String, stage: Stage, funder: String = "", program: String = "",
    country: String = "", area: String? = nil, deadline: String? = nil, decision: String? = nil,
    amount: Money? = nil, awarded: Money? = nil, owner: String = "", tags: [String] = [],
    notes: [String] = [],
    description: String = "", created: String, updated: String
  ) -> Opportunity {
    var o = Opportunity(
      id: OpportunityID(rawValue: id) ?? OpportunityID.random(), title: title, kind: Kind(rawValue: kind),
      stage: stage, created: ts(created), updated: ts(updated))
    o.funder = funder
    o.program = program
    o.country = country
    o.area = area.map(Area.init(rawValue:))
    o.deadline = deadline.flatMap(date)
    o.decision = decision.flatMap(date)
    o.amount = amount
    o.awarded = awarded
    o.owner = owner
    o.tags = tags
    o.notes = notes.map { Note(at: ts(updated), by: owner, text: $0) }
    o.description = description
    return o
  }

  static let records: [Opportunity] = [
    make(
      "urbact", "URBACT Innovative Transport Medellín", kind: "network", stage: .preparing,
      funder: "European Commission", program: "URBACT", country: "EU", area: "urban-development",
      deadline: "2026-11-18", amount: Money(50000, "EUR"), owner: "Ana Gómez",
      tags: ["transport", "mobility"],
      created: "2026-11-15", updated: "2026-11-17"),
    make(
      "erasmus", "Erasmus+ Capacity Building in Educación", kind: "grant", stage: .applied,
      funder: "European Commission", program: "Erasmus+", country: "EU", area: "education-culture",
      deadline: "2026-12-17", decision: "2027-03-01", amount: Money(400000, "EUR"), owner: "Luis Pérez",
      tags: ["education"], created: "2026-09-01", updated: "2026-11-01"),
    make(
      "jica", "JICA Knowledge Co-Creation Program", kind: "technical", stage: .identified, funder: "JICA",
      country: "JP", area: "innovation", deadline: "2026-11-10", decision: "2026-11-25", owner: "Ana Gómez",
      created: "2026-10-01",
      updated: "2026-11-04"),
    make(
      "c40", "C40 Cities Finance Facility", kind: "grant", stage: .won, funder: "C40", country: "Global",
      area: "economic-development", deadline: "2026-06-01", amount: Money(1_200_000, "USD"),
      awarded: Money(900_000, "USD"), owner: "Marta Ruiz", tags: ["climate"], created: "2026-03-01",
      updated: "2026-10-01"),
    make(
      "koica", "KOICA Fellowship for Urban Planners", kind: "scholarship", stage: .identified,
      funder: "KOICA",
      country: "KR", area: "education-culture", deadline: "2026-12-18", amount: Money(20000, "USD"),
      owner: "Luis Pérez", tags: ["training"], created: "2026-11-12", updated: "2026-11-12"),
    make(
      "bloomb", "Bloomberg Mayors Challenge", kind: "award", stage: .dropped,
      funder: "Bloomberg Philanthropies",
      country: "US", area: "innovation", amount: Money(1_000_000, "USD"),
      notes: ["Call postponed to next year"], created: "2026-07-01", updated: "2026-08-01"),
    make(
      "aecid", "AECID Seguridad y Convivencia", kind: "grant", stage: .lost, funder: "AECID",
      program: "Cooperación Delegada", country: "ES", area: "security-peace", deadline: "2026-09-30",
      decision: "2026-11-20", amount: Money(250000, "EUR"), owner: "Ana Gómez", tags: ["peace", "security"],
      created: "2026-05-01", updated: "2026-11-16"),
    archivedCall,
  ]

  /// The one archived call: hidden unless a query names `is:archived`.
  static var archivedCall: Opportunity {
    var o = make(
      "archiv", "Sister Cities Youth Exchange", kind: "event", stage: .identified, funder: "Sister Cities",
      country: "US", deadline: "2026-12-01", amount: Money(5000, "USD"), owner: "Ana Gómez",
      tags: ["youth"], created: "2026-02-01", updated: "2026-03-01")
    o.archived = true
    return o
  }

  static let store = OpportunityStore(records)

  /// Sorted ids of the sample records matching `query`, as `convoca list` finds them
  /// (archived calls hidden unless the query names `is:archived`).
  static func ids(_ query: String, context: QueryContext = context) throws -> [String] {
    let q = try Query.parse(query).hidingArchived
    return store.filter(q, context: context).map { store.records[$0].id.rawValue }.sorted()
  }
}
