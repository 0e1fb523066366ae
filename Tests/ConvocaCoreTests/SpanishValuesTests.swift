import Foundation
import Testing

@testable import ConvocaCore

/// Issue 11, item 2: stages, kinds and areas read in Spanish where shown, and are taken in
/// either language wherever typed; the file keeps the English keys.
@Suite struct SpanishValuesTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 18) ?? CalendarDate(daysSinceEpoch: 0)

  static func sample() -> Opportunity {
    var o = Opportunity(
      id: OpportunityID(rawValue: "abcd1234") ?? OpportunityID.random(), title: "Fondo",
      kind: Kind(rawValue: "scholarship"), stage: .preparing, created: Timestamp(seconds: 0))
    o.area = Area(rawValue: "education-culture")
    o.deadline = CalendarDate(year: 2027, month: 3, day: 15)
    o.amount = Money(1_500_000, "COP")
    return o
  }

  @Test func valuesShowInSpanishWhenSpanishIsInForce() throws {
    let o = Self.sample()
    let kind = try #require(FieldCatalogue.named("kind"))
    let stage = try #require(FieldCatalogue.named("stage"))
    let area = try #require(FieldCatalogue.named("area"))
    Strings.withLanguage("es") {
      #expect(kind.displayText(o, today: Self.today) == "beca")
      #expect(stage.displayText(o, today: Self.today) == "en preparación")
      #expect(area.displayText(o, today: Self.today) == "educación y cultura")
      let table = ListTable(rows: [o], width: nil, today: Self.today)
      #expect(table.headerLine().contains("ETAPA"))
      #expect(table.line(o).contains("en preparación"))
      #expect(table.line(o).contains("15/03/2027 (117 d)"))
      #expect(table.line(o).contains("$ 1.500.000 COP"))
    }
    Strings.withLanguage("en") {
      #expect(stage.displayText(o, today: Self.today) == "preparing")
      #expect(kind.displayText(o, today: Self.today) == "scholarship")
    }
    // Export and the file keep the canonical English keys, whatever the language.
    Strings.withLanguage("es") {
      #expect(stage.exportText(o) == "preparing")
      #expect(kind.exportText(o) == "scholarship")
    }
  }

  @Test func everyValueHasASpanishLabelThatIsAlsoItsFirstSpanishName() {
    for (field, entries) in SpanishValues.table {
      for e in entries {
        let shown = Strings.withLanguage("es") { Strings.valueName(field, e.value) }
        #expect(shown != e.value, "\(field).\(e.value) has no Spanish label")
        #expect(shown == e.names.first, "\(field).\(e.value): label and table disagree")
      }
    }
    for k in Kind.defaults {
      #expect(SpanishValues.table["kind"]?.contains { $0.value == k.rawValue } == true)
    }
    for a in Area.defaults {
      #expect(SpanishValues.table["area"]?.contains { $0.value == a.rawValue } == true)
    }
    for s in Stage.allCases {
      #expect(SpanishValues.table["stage"]?.contains { $0.value == s.rawValue } == true)
    }
    for s in QueryStatus.allCases {
      #expect(SpanishValues.table["is"]?.contains { $0.value == s.rawValue } == true)
    }
  }

  @Test func spanishValuesAreTakenWhereverTyped() throws {
    let v = Vocabulary.standard
    #expect(v.kind("beca")?.rawValue == "scholarship")
    #expect(v.kind("Asistencia Técnica")?.rawValue == "technical")
    #expect(v.kind("premio")?.rawValue == "award")
    #expect(v.area("educación")?.rawValue == "education-culture")
    #expect(v.area("educacion")?.rawValue == "education-culture")
    #expect(Stage.named("postulada") == .applied)
    #expect(Stage.named("en preparación") == .preparing)
    #expect(Stage.named("descartada") == .dropped)
    // English prefixes win over Spanish ones, so what worked before still does.
    #expect(Stage.named("p") == .preparing)
    #expect(Stage.named("pos") == .applied)
    let kind = try #require(FieldCatalogue.named("kind"))
    let parsed = try kind.parse("beca", configuration: Configuration(user: "u"), today: Self.today)
    #expect(parsed == .string("scholarship"))
    #expect(throws: FieldInputError.self) {
      try kind.parse("becario-x", configuration: Configuration(user: "u"), today: Self.today)
    }
  }

  /// No word of one language names a different value than the same word (or a whole word it
  /// starts) of the other: `premio` is not a prefix clash.
  @Test func noTwoWordsCollideOrClashAsPrefixes() {
    let fields: [(String, [String])] = [
      ("kind", Kind.defaults.map(\.rawValue)), ("stage", Stage.allCases.map(\.rawValue)),
      ("area", Area.defaults.map(\.rawValue)), ("is", QueryStatus.allCases.map(\.rawValue)),
    ]
    for (field, words) in fields {
      let names = SpanishValues.allNames(field, words: words)
      for a in names {
        #expect(SpanishValues.match(field, a.name, in: words) == .value(a.value), "\(field): \(a.name)")
        for b in names where a.value != b.value {
          let ka = FieldCatalogue.key(a.name)
          let kb = FieldCatalogue.key(b.name)
          #expect(!kb.hasPrefix(ka), "\(field): '\(a.name)' (\(a.value)) starts '\(b.name)' (\(b.value))")
        }
      }
    }
    // Query field words: each Spanish one names the same field as its English twin, and no
    // Spanish period name is an English one.
    for (es, f) in QueryField.spanishWords { #expect(QueryField.named(es) == f) }
    for d in FieldCatalogue.queryable where d.queryName != nil {
      #expect(
        QueryField.named(d.spanishName.replacingOccurrences(of: " ", with: ""))
          == QueryField.named(d.queryName ?? ""))
    }
    let english = Set(QueryDateValue.names)
    for p in QueryDateValue.spanish {
      #expect(!english.contains(p.name))
      #expect(QueryDateValue(p.name) == QueryDateValue(p.english))
    }
  }
}
