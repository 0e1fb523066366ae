import Foundation

/// Turns one token into a predicate, or a `QueryError` about it.
struct QueryParser {
  let token: QueryToken
  let vocabulary: Vocabulary

  func predicate() throws(QueryError) -> QueryPredicate {
    guard let name = token.field, let op = token.op else {
      let v = token.values.first ?? ""
      // `medellin,ciudad,city`: any of these words, as `funder:jica,koica` is any of those
      // funders. Only words (each with a letter): `1,5` stays one piece of text.
      let parts = v.split(separator: ",").map(String.init)
      if !token.quoted, parts.count > 1, parts.allSatisfy({ $0.contains(where: \.isLetter) }) {
        return .any(parts.map { Query(terms: [QueryTerm(.text(FoldedText($0)), negated: false)]) })
      }
      let needle = FoldedText(v)
      guard !needle.bytes.isEmpty else { throw fail(.emptyValue, Strings.queryEmptyValue(token.text)) }
      return .text(needle)
    }
    guard let field = QueryField.named(name) else {
      let near = EditDistance.nearest(name, in: QueryField.allNames).flatMap { n in
        (FieldCatalogue.resolve(n)?.queryName ?? QueryField.named(n)?.rawValue).map(QueryField.shownName)
      }
      throw fail(.unknownField, Strings.queryUnknownField(name), suggestion: near)
    }
    if let df = field.dateField { return try date(df, op) }
    if let af = field.amountField { return try amount(af, op) }
    guard op == .colon || op == .equal else {
      throw fail(.badOperator, Strings.queryBadOperator(field.rawValue, op.rawValue))
    }
    let values = try nonEmptyValues(field)
    switch field {
    case .kind:
      let words = vocabulary.kinds.map(\.rawValue)
      let picked = try resolve(values, in: words, field: "kind")
      return .kind(words.filter(picked.contains).map(Kind.init(rawValue:)))
    case .area:
      let words = vocabulary.areas.map(\.rawValue)
      let picked = try resolve(values, in: words, field: "area")
      return .area(words.filter(picked.contains).map(Area.init(rawValue:)))
    case .stage:
      let picked = try resolve(values, in: Stage.allCases.map(\.rawValue), field: "stage")
      return .stage(Stage.allCases.filter { picked.contains($0.rawValue) })
    case .is:
      let picked = try resolve(values, in: QueryStatus.allCases.map(\.rawValue), field: "is")
      return .status(QueryStatus.allCases.filter { picked.contains($0.rawValue) })
    case .has, .no:
      guard values.count == 1 else { throw fail(.listNotAllowed, Strings.queryOneValue(field.rawValue)) }
      let v = values[0].trimmingCharacters(in: .whitespaces)
      if let f = QueryPresenceField.named(v) { return .presence(f, field == .has) }
      let names = QueryPresenceField.allCases.map(\.rawValue)
      if let known = QueryField.named(v), known != .has, known != .no {
        throw fail(.neverEmpty, Strings.queryNeverEmpty(v.lowercased(), names))
      }
      let near = EditDistance.nearest(v, in: names + QueryPresenceField.allNames)
        .flatMap { QueryPresenceField.named($0)?.rawValue }
      throw fail(.unknownField, Strings.queryUnknownField(v), suggestion: near)
    case .owner where !token.quoted && values.contains(where: Self.isMe):
      // `owner:me` (`responsable:yo`) is the configured user; `owner:me,luis` is either.
      let others = values.filter { !Self.isMe($0) }
      var out: [FoldedText] = []
      for v in others.map(FoldedText.init) where !out.contains(v) {
        guard !v.bytes.isEmpty else { throw fail(.emptyValue, Strings.queryEmptyValue(name + op.rawValue)) }
        out.append(v)
      }
      if out.isEmpty { return .ownerIsMe }
      return .any([Query(terms: [QueryTerm(.ownerIsMe)]), Query(terms: [QueryTerm(.field(.owner, out))])])
    case .id:
      var out: [String] = []
      for v in values.map({ $0.lowercased() }) where !out.contains(v) { out.append(v) }
      return op == .equal ? .idExact(out) : .id(out)
    default:
      guard let tf = QueryTextField(named: name) else {
        throw fail(.unknownField, Strings.queryUnknownField(name))
      }
      var out: [FoldedText] = []
      for v in values.map(FoldedText.init) where !out.contains(v) {
        guard !v.bytes.isEmpty else { throw fail(.emptyValue, Strings.queryEmptyValue(name + op.rawValue)) }
        out.append(v)
      }
      // `owner="Ana Gómez"`: the whole value, for the fields whose values repeat.
      if op == .equal, QueryTextField.allCases.contains(tf) { return .exact(tf, out) }
      return .field(tf, out)
    }
  }

  /// `me`, or in Spanish `yo`: the configured user.
  static func isMe(_ v: String) -> Bool { v.lowercased() == "me" || v.lowercased() == "yo" }

  private func nonEmptyValues(_ field: QueryField) throws(QueryError) -> [String] {
    let label = (token.field ?? field.rawValue) + (token.op?.rawValue ?? ":")
    for v in token.values where v.trimmingCharacters(in: .whitespaces).isEmpty {
      throw fail(.emptyValue, Strings.queryEmptyValue(label))
    }
    return token.values
  }

  /// Each value resolved to a word of `words`: itself, or the only word it starts, in English
  /// or Spanish (`SpanishValues.match`). Errors name the field and list the values in the
  /// language in force.
  private func resolve(_ values: [String], in words: [String], field: String) throws(QueryError) -> Set<
    String
  > {
    var out: Set<String> = []
    // In Spanish, the field as typed (`tipo`, or `is` for whoever typed `is:`).
    let label = Strings.isSpanish ? (token.field?.lowercased() ?? QueryField.shownName(field)) : field
    let shown = words.map { Strings.valueWord(field, $0) }
    for v in values {
      switch SpanishValues.match(field, v, in: words) {
      case .value(let w): out.insert(w)
      case .ambiguous(let hits):
        throw fail(
          .ambiguousValue, Strings.queryAmbiguousValue(label, v, hits.map { Strings.valueWord(field, $0) }))
      case .none:
        let lower = v.lowercased()
        throw fail(
          .unknownValue, Strings.queryUnknownValue(label, v, shown),
          suggestion: EditDistance.nearest(lower, in: shown) ?? EditDistance.nearest(lower, in: words)
        )
      }
    }
    return out
  }

  private func date(_ f: QueryDateField, _ op: QueryOperator) throws(QueryError) -> QueryPredicate {
    let values = try nonEmptyValues(QueryField(rawValue: f.rawValue) ?? .due)
    let typed = token.field?.lowercased() ?? f.rawValue  // `deadline<xx` says deadline, not due
    guard values.count == 1 else { throw fail(.listNotAllowed, Strings.queryOneValue(typed)) }
    guard let v = QueryDateValue(values[0]) else {
      let near = EditDistance.nearest(values[0], in: QueryDateValue.shownNames)
      throw fail(.badDate, Strings.queryBadDate(typed, values[0]), suggestion: near)
    }
    return .date(f, QueryComparison(op), v)
  }

  private func amount(_ f: QueryAmountField, _ op: QueryOperator) throws(QueryError) -> QueryPredicate {
    let values = try nonEmptyValues(QueryField(rawValue: f.rawValue) ?? .amount)
    // `amount>1,000,000`: the commas are digit separators here, not a list.
    let text = values.joined(separator: ",")
    // A query has no locale: `amount>1,500` is refused with both readings rather than guessed.
    let d: Decimal
    switch Money.readAmount(text, style: .unspecified) {
    case .value(let v): d = v
    case .ambiguous(let grouping, let decimal):
      throw fail(
        .badAmount, Strings.queryAmbiguousAmount(f.rawValue, text, grouping.amountInput, decimal.amountInput))
    case .invalid: throw fail(.badAmount, Strings.queryBadAmount(f.rawValue, text))
    }
    return .amount(f, QueryComparison(op), d)
  }

  private func fail(_ reason: QueryError.Reason, _ detail: String, suggestion: String? = nil) -> QueryError {
    let full = suggestion.map { detail + Strings.queryDidYouMean($0) } ?? detail
    return QueryError(reason, term: token.text, range: token.range, detail: full, suggestion: suggestion)
  }
}
