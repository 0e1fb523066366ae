import Foundation
import Testing

@testable import ConvocaCore

/// The field catalogue is the one place that knows the fields: every descriptor must
/// round-trip through the file (both decoders), typed input (the command line's and the
/// form's parser), queries (by value, `has:`/`no:`), sorting and list columns.
@Suite struct FieldCatalogueTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 18) ?? CalendarDate(daysSinceEpoch: 0)
  static let config = Configuration(user: "Ana Gómez")

  /// What a person would type for a field, by type.
  static func sampleInput(_ d: FieldDescriptor) -> String {
    switch d.access {
    case .kind: return "award"
    case .area: return "innovation"
    case .date: return "2027-03-15"
    case .money: return "250000 EUR"
    case .probability: return "40"
    case .tags: return "educación, mobility"
    case .source: return "grants-gov:123"
    default:
      switch d.type {
      case .url: return "https://example.org/call"
      case .people: return "Ana Gómez"
      default: return "Secretaría de Educación"
      }
    }
  }

  /// A query that should find the sample value of `d`, if the field can be queried by value.
  static func sampleQuery(_ d: FieldDescriptor) -> String? {
    guard let q = d.queryName, let role = d.queryRole else { return nil }
    switch role {
    case .text: return d.type == .url ? q + ":example" : q + (d.type == .people ? ":gomez" : ":educacion")
    case .tags: return q + ":educ"
    case .enumeration: return q + ":" + sampleInput(d)
    case .date: return q + ":2027-03-15"
    case .amount: return q + ">=250000"
    case .id: return nil
    }
  }

  static func base() -> Opportunity {
    Opportunity(
      id: OpportunityID(rawValue: "cat1") ?? OpportunityID.random(), title: "Base call",
      created: Timestamp(seconds: 1_790_000_000))
  }

  /// The base record with `d` set from its sample input.
  static func withSample(_ d: FieldDescriptor) throws -> Opportunity {
    var o = base()
    let v = try d.parse(sampleInput(d), configuration: config, today: today)
    try d.decode(v, into: &o)
    return o
  }

  @Test func everyEditableFieldHasAnEntryAndEveryEntryANameOfItsOwn() {
    for f in Field.allCases {
      #expect(FieldCatalogue.named(f.rawValue)?.field == f, "\(f) has no catalogue entry")
    }
    #expect(Set(FieldCatalogue.all.map(\.name)).count == FieldCatalogue.all.count)
    // No two fields answer to the same name, in any language.
    var owner: [String: String] = [:]
    for d in FieldCatalogue.all {
      for n in d.names {
        let k = FieldCatalogue.key(n)
        #expect(owner[k] == nil || owner[k] == d.name, "'\(n)' names both \(owner[k] ?? "") and \(d.name)")
        owner[k] = d.name
        #expect(FieldCatalogue.resolve(n)?.name == d.name)
      }
    }
    // Accents and capitals do not matter.
    #expect(FieldCatalogue.resolve("Título")?.name == "title")
    #expect(FieldCatalogue.resolve("FECHA LIMITE")?.name == "deadline")
    #expect(FieldCatalogue.resolve("financiador")?.name == "funder")
  }

  @Test func theCatalogueCoversEveryFieldOfTheProductBrief() {
    let brief = [
      "id", "title", "kind", "funder", "program", "country", "area", "stage", "deadline", "decision",
      "amount",
      "awarded", "probability", "owner", "beneficiary", "tags", "url", "contact", "description", "notes",
      "history", "created", "updated", "source",
    ]
    // Plus the archive flag (issue 8: hidden from default views, not deleted) and the merge's
    // conflict flag (`RecordMerge`: a person reviews it, `is:conflict`).
    #expect(Set(FieldCatalogue.all.map(\.name)) == Set(brief + ["archived", "conflict"]))
  }

  @Test func theSpanishNameIsTheSpanishLabel() {
    let es = Strings.translation(for: "es")
    for d in FieldCatalogue.all {
      #expect(es["field." + d.name] == d.spanishName, "field.\(d.name) in es.json and the catalogue differ")
    }
  }

  @Test(arguments: FieldCatalogue.all.filter { $0.field != nil }.map(\.name))
  func aFieldRoundTripsThroughTheFileBothDecodersAndTheForm(_ name: String) throws {
    let d = try #require(FieldCatalogue.named(name))
    let o = try Self.withSample(d)
    #expect(d.isPresent(in: o), "\(name): the sample did not set it")
    #expect(!d.isEmpty(in: o))
    // The file: the reference codec, the fast decoder and the fast encoder agree.
    let line = Array(JSONWriter.line(RecordCodec.encode(o)).utf8)
    #expect(String(decoding: line, as: UTF8.self).contains("\"\(name)\":"))
    let reference = try RecordCodec.decode(JSONParser.parse(line))
    #expect(reference == o)
    var interner = StringInterner()
    let fast = try line.withUnsafeBufferPointer { try RecordDecoder.decode($0, interner: &interner) }
    #expect(fast == o)
    var bytes: [UInt8] = []
    RecordEncoder.append(o, to: &bytes)
    #expect(bytes == line)
    // `--json` output carries it too.
    if case .object(let members) = RecordCodec.encode(o, style: .export) {
      #expect(members.contains { $0.0 == name && $0.1 != .null })
    }
    // Typed input: the form's text for the value reads back as the same value.
    guard d.isEditable else { return }
    let typed = d.inputText(o)
    let again = try d.parse(typed, configuration: Self.config, today: Self.today)
    #expect(again == d.value(o), "\(name): '\(typed)' reads back differently")
    // Clearing an optional field empties it; a required one refuses empty input.
    if d.isRequired || d.type == .enumeration && !d.canBeEmpty {
      #expect(throws: FieldInputError.self) { try d.parse("", configuration: Self.config, today: Self.today) }
    } else {
      var cleared = o
      try d.decode(d.parse("", configuration: Self.config, today: Self.today), into: &cleared)
      #expect(!d.isPresent(in: cleared) || d.type == .enumeration)
    }
  }

  @Test(arguments: FieldCatalogue.all.map(\.name))
  func aFieldIsFoundByQueriesAndHasNo(_ name: String) throws {
    let d = try #require(FieldCatalogue.named(name))
    guard d.field != nil else { return }
    let o = try Self.withSample(d)
    var other = Self.base()
    other.id = OpportunityID(rawValue: "cat2") ?? other.id
    if name == "kind" { other.kind = Kind(rawValue: "grant") }
    let store = OpportunityStore([o, other])
    let context = QueryContext(today: Self.today, user: "Ana Gómez")
    func ids(_ q: String) throws -> [String] {
      store.filter(try Query.parse(q), context: context).map { store.records[$0].id.rawValue }
    }
    if let q = Self.sampleQuery(d) {
      #expect(try ids(q) == ["cat1"], "\(q)")
      // By its Spanish name as well.
      let spanish = q.replacingOccurrences(
        of: d.queryName ?? "", with: d.spanishName.replacingOccurrences(of: " ", with: ""))
      #expect(try ids(spanish) == ["cat1"], "\(spanish)")
    }
    if d.canBeEmpty, let q = d.queryName ?? Optional(d.name) {
      #expect(try ids("has:" + q) == ["cat1"], "has:\(q)")
      #expect(try ids("no:" + q) == ["cat2"], "no:\(q)")
    }
  }

  @Test(arguments: SortField.allCases.map(\.rawValue))
  func everySortableFieldSortsAValueBeforeNone(_ name: String) throws {
    let d = try #require(FieldCatalogue.named(name))
    guard d.field != nil, d.canBeEmpty else { return }
    let o = try Self.withSample(d)
    var other = Self.base()
    other.id = OpportunityID(rawValue: "cat0") ?? other.id
    let store = OpportunityStore([other, o])
    for desc in [false, true] {
      let order = try #require(SortOrder(parsing: name + (desc ? ":desc" : "")))
      #expect(order.sort([0, 1], in: store).first == 1, "\(name) desc=\(desc): a value sorts before none")
    }
  }

  @Test(arguments: ListTable.Column.allCases.map(\.rawValue))
  func everyColumnShowsItsValue(_ name: String) throws {
    let c = try #require(ListTable.Column(named: name))
    let d = c.descriptor
    let o = d.field != nil ? try Self.withSample(d) : Self.base()
    let cell = ListTable.text(c, o, Self.today)
    if d.field != nil { #expect(!cell.isEmpty, "\(name) shows nothing") }
    let table = ListTable(rows: [o], width: nil, today: Self.today, columns: [c])
    #expect(table.headerLine().trimmingCharacters(in: .whitespaces) == c.header)
    #expect(ListExport.lines([o], format: .csv, columns: [c]).first == c.name + "\r")
  }

  @Test func columnsAndSortsAreNamedInSpanishToo() throws {
    #expect(
      try ListTable.Column.parseList("título,Fecha límite,responsable").map(\.rawValue) == [
        "title", "deadline", "owner",
      ])
    #expect(throws: ColumnListError.self) { try ListTable.Column.parseList("title,colour") }
    #expect(SortOrder(parsing: "monto:desc") == SortOrder(.amount, descending: true))
    #expect(SortOrder(parsing: "-responsable") == SortOrder(.owner, descending: true))
    #expect(SortOrder(parsing: "beneficiario")?.field.rawValue == "beneficiary")
    #expect(SortOrder(parsing: "colour") == nil)
  }
}
