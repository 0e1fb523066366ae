/// What a query term asks, by its field (`kind:`, `due<`, …). The names people type come
/// from the catalogue (`FieldCatalogue`): a field's name, query name, Spanish name or alias.
public enum QueryField: String, Hashable, Sendable, CaseIterable {
  case kind, stage, area, owner, funder, program, country, tag, id
  case `is`
  case due, decision, created, updated
  case amount, awarded
  /// `has:FIELD` and `no:FIELD`: whether a field is filled in.
  case has, no
  /// `decided:2026`: the day a call was won or lost (`Opportunity.decidedDate`).
  case decided
  /// Any other free-text field of the catalogue (`beneficiary:`, `contact:`, `note:`).
  case text

  /// The field with this name (case- and accent-insensitive): the query language's own words
  /// (`is`, `has`, `no`), then every name of every queryable field of the catalogue.
  public static func named(_ name: String) -> QueryField? {
    let n = name.lowercased()
    if let f = QueryField(rawValue: n), f == .is || f == .has || f == .no || f == .decided { return f }
    if let f = spanishWords[FieldCatalogue.key(name)] { return f }
    guard let d = FieldCatalogue.resolve(name), let q = d.queryName, let role = d.queryRole else {
      return nil
    }
    if let f = QueryField(rawValue: q) { return f }
    return role == .text ? .text : nil
  }

  /// The Spanish words of the query language's own fields: `es:abierta`, `tiene:monto`,
  /// `sin:responsable`, `decidida:2026`.
  public static let spanishWords: [String: QueryField] = [
    "es": .is, "tiene": .has, "sin": .no, "decidida": .decided,
  ]

  /// The Spanish query names, in the order help lists them (`tipo`, `etapa`, …, `es`).
  public static var spanishNames: [String] {
    FieldCatalogue.queryable.filter { $0.queryName != nil }.map(\.spanishName) + [
      "decidida", "es", "tiene", "sin",
    ]
  }

  /// How a query field (by its English query name) is named to a person of the language in
  /// force: `kind` → `tipo` in Spanish, itself in English.
  public static func shownName(_ queryName: String) -> String {
    guard Strings.isSpanish else { return queryName }
    if let w = spanishWords.first(where: { $0.value.rawValue == queryName })?.key { return w }
    return FieldCatalogue.queryable.first { $0.queryName == queryName }?.spanishName ?? queryName
  }

  /// Every name a query field can be typed as, for suggestions: the query names of the
  /// language in force first.
  public static var allNames: [String] {
    var out = Strings.isSpanish ? spanishNames + names.filter { !spanishNames.contains($0) } : names
    out += spanishWords.keys.sorted().filter { !out.contains($0) }
    for d in FieldCatalogue.queryable { out += d.names.filter { !out.contains($0) } }
    return out
  }

  /// The query names, in the order help lists them: the catalogue's queryable fields, then
  /// `is`, `has` and `no`.
  public static var names: [String] {
    FieldCatalogue.queryable.compactMap(\.queryName) + ["decided", "is", "has", "no"]
  }

  /// Whether the field takes a date (`due`, `decision`, `created`, `updated`).
  public var isDate: Bool { dateField != nil }
  /// Whether the field takes an amount (`amount`, `awarded`).
  public var isAmount: Bool { amountField != nil }

  /// The date field this is, if it is one.
  public var dateField: QueryDateField? { QueryDateField(rawValue: rawValue) }
  /// The amount field this is, if it is one.
  public var amountField: QueryAmountField? { QueryAmountField(rawValue: rawValue) }
}

/// A free-text field a query matches by folded substring (`tag` by folded prefix of a whole
/// tag, `note` in any note's text): a field of the catalogue whose query role is text or tags.
public struct QueryTextField: Hashable, Sendable, CustomStringConvertible {
  /// The field's query name (`owner`, `tag`, `beneficiary`).
  public let rawValue: String
  let descriptor: FieldDescriptor

  /// The text field a person means by `name` (any of its names), if it is one.
  public init?(named name: String) {
    guard let d = FieldCatalogue.resolve(name), d.queryRole == .text || d.queryRole == .tags,
      let q = d.queryName
    else { return nil }
    rawValue = q
    descriptor = d
  }

  public static func == (a: QueryTextField, b: QueryTextField) -> Bool { a.rawValue == b.rawValue }
  public func hash(into h: inout Hasher) { h.combine(rawValue) }
  public var description: String { rawValue }

  private init(known name: String) {
    // Only names of the catalogue's text fields reach here (the static members below).
    descriptor = FieldCatalogue.resolve(name) ?? FieldCatalogue.all[0]
    rawValue = descriptor.queryName ?? name
  }

  /// The fields whose values repeat and are completed from the data (owner, funder,
  /// program, country, beneficiary, tags), in the catalogue's order.
  public static let allCases: [QueryTextField] = FieldCatalogue.queryable.filter {
    ($0.queryRole == .text && $0.isInterned) || $0.queryRole == .tags
  }.map { QueryTextField(known: $0.name) }

  /// The completable field a person means by `name` (any of its names), if it is one.
  public static func completable(_ name: String) -> QueryTextField? {
    QueryTextField(named: name).flatMap { f in allCases.contains(f) ? f : nil }
  }

  public static let owner = QueryTextField(known: "owner")
  public static let funder = QueryTextField(known: "funder")
  public static let program = QueryTextField(known: "program")
  public static let country = QueryTextField(known: "country")
  public static let tag = QueryTextField(known: "tag")
}

/// Date fields. Relative durations count forward from today for `due` and `decision` and
/// backward for `created`, `updated` and `decided`.
public enum QueryDateField: String, Hashable, Sendable, CaseIterable {
  case due, decision, created, updated
  /// The day a call was won or lost: its move into that stage in the history, else its last
  /// change (`Opportunity.decidedDate`); open and dropped calls have none.
  case decided

  /// Whether `30d` means "30 days ahead" (true) or "30 days ago" (false).
  public var countsForward: Bool { self == .due || self == .decision }
}

/// Money fields, compared by amount whatever the currency.
public enum QueryAmountField: String, Hashable, Sendable, CaseIterable {
  case amount, awarded
}

/// How a date or amount term compares the record's value with the query's.
public enum QueryComparison: String, Hashable, Sendable, CaseIterable {
  case equal = "="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="

  /// The comparison an operator stands for (`:` and `=` both mean equal).
  public init(_ op: QueryOperator) {
    switch op {
    case .colon, .equal: self = .equal
    case .less: self = .less
    case .lessOrEqual: self = .lessOrEqual
    case .greater: self = .greater
    case .greaterOrEqual: self = .greaterOrEqual
    }
  }
}

/// A field `has:` and `no:` can test: every field of the catalogue that can be left empty.
public struct QueryPresenceField: Hashable, Sendable, CustomStringConvertible {
  /// The field's query name (`due`, `tag`, `note`), or its name.
  public let rawValue: String
  let descriptor: FieldDescriptor

  init(_ d: FieldDescriptor) {
    rawValue = d.queryName ?? d.name
    descriptor = d
  }

  public static func == (a: QueryPresenceField, b: QueryPresenceField) -> Bool { a.rawValue == b.rawValue }
  public func hash(into h: inout Hasher) { h.combine(rawValue) }
  public var description: String { rawValue }

  /// Every field that can be empty, in the catalogue's order.
  public static let allCases: [QueryPresenceField] = FieldCatalogue.optional.map(QueryPresenceField.init)

  /// Every name these fields answer to, for suggestions.
  public static var allNames: [String] { FieldCatalogue.optional.flatMap(\.names) }

  /// The field with this name (any of its names, case- and accent-insensitive), if any.
  public static func named(_ name: String) -> QueryPresenceField? {
    guard let d = FieldCatalogue.resolve(name), d.canBeEmpty else { return nil }
    return QueryPresenceField(d)
  }

  /// The owner field.
  public static let owner = QueryPresenceField(FieldCatalogue.named("owner") ?? FieldCatalogue.all[0])

  /// Whether `o` has this field filled in (text that is not only white space, a date, an
  /// amount, at least one tag or note).
  public func isPresent(in o: Opportunity) -> Bool { descriptor.isPresent(in: o) }
}
