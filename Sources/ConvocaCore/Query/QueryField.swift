/// A field name a query term can start with (`kind:`, `due<`, …).
public enum QueryField: String, Hashable, Sendable, CaseIterable {
  case kind, stage, area, owner, funder, program, country, tag, id
  case `is`
  case due, decision, created, updated
  case amount, awarded
  /// `has:FIELD` and `no:FIELD`: whether a field is filled in.
  case has, no

  /// Other spellings accepted for a field (`deadline` for `due`, `tags` for `tag`).
  public static let aliases: [String: QueryField] = ["deadline": .due, "tags": .tag]

  /// The field with this name or alias (case-insensitive), if any.
  public static func named(_ name: String) -> QueryField? {
    let n = name.lowercased()
    return QueryField(rawValue: n) ?? aliases[n]
  }

  /// Whether the field takes a date (`due`, `decision`, `created`, `updated`).
  public var isDate: Bool { dateField != nil }
  /// Whether the field takes an amount (`amount`, `awarded`).
  public var isAmount: Bool { amountField != nil }

  /// The date field this is, if it is one.
  public var dateField: QueryDateField? { QueryDateField(rawValue: rawValue) }
  /// The amount field this is, if it is one.
  public var amountField: QueryAmountField? { QueryAmountField(rawValue: rawValue) }
  /// The free-text field this is, if it is one.
  public var textField: QueryTextField? { QueryTextField(rawValue: rawValue) }
}

/// Free-text fields matched by folded substring (`tag` by folded prefix of a whole tag).
public enum QueryTextField: String, Hashable, Sendable, CaseIterable {
  case owner, funder, program, country, tag
}

/// Date fields. Relative durations count forward from today for `due` and `decision` and
/// backward for `created` and `updated`.
public enum QueryDateField: String, Hashable, Sendable, CaseIterable {
  case due, decision, created, updated

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

/// The fields `has:` and `no:` can test: every field that can be left empty.
public enum QueryPresenceField: String, Hashable, Sendable, CaseIterable {
  case owner, funder, program, country, area, due, decision, amount, awarded, tag, url, contact, description,
    note

  /// Other spellings accepted after `has:`/`no:`.
  public static let aliases: [String: QueryPresenceField] = [
    "deadline": .due, "tags": .tag, "notes": .note, "programme": .program,
  ]

  /// The field with this name or alias (case-insensitive), if any.
  public static func named(_ name: String) -> QueryPresenceField? {
    let n = name.lowercased()
    return QueryPresenceField(rawValue: n) ?? aliases[n]
  }

  /// Whether `o` has this field filled in (text that is not only white space, a date, an
  /// amount, at least one tag or note).
  public func isPresent(in o: Opportunity) -> Bool {
    switch self {
    case .owner: return !Self.blank(o.owner)
    case .funder: return !Self.blank(o.funder)
    case .program: return !Self.blank(o.program)
    case .country: return !Self.blank(o.country)
    case .area: return o.area != nil
    case .due: return o.deadline != nil
    case .decision: return o.decision != nil
    case .amount: return o.amount != nil
    case .awarded: return o.awarded != nil
    case .tag: return !o.tags.isEmpty
    case .url: return !Self.blank(o.url)
    case .contact: return !Self.blank(o.contact)
    case .description: return !Self.blank(o.description)
    case .note: return !o.notes.isEmpty
    }
  }

  @inline(__always)
  static func blank(_ s: String) -> Bool {
    s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
  }
}
