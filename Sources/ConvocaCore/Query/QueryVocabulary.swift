/// The words of the query language, for help screens and Tab completion in the tracker.
public enum QueryVocabulary {
  /// Every field name, in the order help lists them, in the language in force (`kind`, … in
  /// English; `tipo`, … in Spanish).
  public static var fields: [String] { Strings.isSpanish ? QueryField.spanishNames : QueryField.names }

  /// The field names of the other language, offered when none of `fields` fits.
  static var otherFields: [String] { Strings.isSpanish ? QueryField.names : QueryField.spanishNames }

  /// The values of `is:`.
  public static var statuses: [String] { QueryStatus.allCases.map(\.rawValue) }

  /// The words a field's value can be completed from, in the language in force: kinds,
  /// areas and stages from the vocabulary, `is:` states, fields for `has:`/`no:`, period
  /// names for dates; empty for free-text and amount fields.
  public static func values(for field: String, vocabulary: Vocabulary = .standard) -> [String] {
    switch QueryField.named(field) {
    case .kind?: return inLanguage("kind", vocabulary.kinds.map(\.rawValue))
    case .area?: return inLanguage("area", vocabulary.areas.map(\.rawValue))
    case .stage?: return inLanguage("stage", Stage.allCases.map(\.rawValue))
    case .is?: return inLanguage("is", statuses)
    case .has?, .no?:
      guard Strings.isSpanish else { return QueryPresenceField.allCases.map(\.rawValue) }
      return unique(FieldCatalogue.optional.map { FieldCatalogue.key($0.spanishName) })
    case let f? where f.isDate:
      return Strings.isSpanish ? QueryDateValue.spanish.map(\.name) : QueryDateValue.names
    default: return []
    }
  }

  /// Stored values as a person of the language in force types them.
  static func inLanguage(_ field: String, _ words: [String]) -> [String] {
    Strings.isSpanish ? spanishWords(field, words) : words
  }

  /// The Spanish words of `words` (stored values of `field`), as a query types them.
  static func spanishWords(_ field: String, _ words: [String]) -> [String] {
    unique(Strings.withLanguage("es") { words.map { FieldCatalogue.key(Strings.valueWord(field, $0)) } })
  }

  /// The value words of the other language, offered when none of `values(for:)` fits.
  static func otherValues(for field: String, vocabulary: Vocabulary) -> [String] {
    let name: String
    let words: [String]
    switch QueryField.named(field) {
    case .kind?: (name, words) = ("kind", vocabulary.kinds.map(\.rawValue))
    case .area?: (name, words) = ("area", vocabulary.areas.map(\.rawValue))
    case .stage?: (name, words) = ("stage", Stage.allCases.map(\.rawValue))
    case .is?: (name, words) = ("is", statuses)
    case .has?, .no?:
      return Strings.isSpanish
        ? QueryPresenceField.allCases.map(\.rawValue)
        : unique(FieldCatalogue.optional.map { FieldCatalogue.key($0.spanishName) })
    case let f? where f.isDate:
      return Strings.isSpanish ? QueryDateValue.names : QueryDateValue.spanish.map(\.name)
    default: return []
    }
    return Strings.isSpanish ? words : spanishWords(name, words)
  }

  static func unique(_ words: [String]) -> [String] {
    var out: [String] = []
    for w in words where !out.contains(w) { out.append(w) }
    return out
  }

  /// The character offset where the term under `cursor` starts (after the white space
  /// before it; quotes are respected).
  public static func termStart(in line: String, cursor: Int) -> Int {
    let chars = Array(line)
    let end = max(0, min(cursor, chars.count))
    var start = 0
    var inQuote = false
    for i in 0..<end {
      if chars[i] == "\"" { inQuote.toggle() }
      if !inQuote, chars[i].isWhitespace { start = i + 1 }
    }
    return start
  }

  /// Completions for the term under `cursor` (a character offset): each candidate is the
  /// whole text that should replace the line from `termStart(in:cursor:)` up to the cursor.
  /// A field name completes to `name:` (`kn` → `kind:`); a value of an enumerated field
  /// completes the last item of a list (`-kind:award,sch` → `-kind:award,scholarship`), also
  /// after opening parentheses (`(kind:aw` → `(kind:award`).
  /// Free-text fields (`owner:`, `funder:`, `program:`, `country:`, `tag:`) complete from
  /// `values`, the data's own values, most frequent first (`owner:gom` → `owner:"Ana Gómez"`);
  /// see `completeValue`. Plain words have no completions.
  public static func complete(
    _ line: String, cursor: Int, vocabulary: Vocabulary = .standard, values index: ValueIndex? = nil
  ) -> [String] {
    let chars = Array(line)
    let end = max(0, min(cursor, chars.count))
    let start = termStart(in: line, cursor: end)
    var term = String(chars[start..<end])
    // A `-` and opening parentheses before the term stay as typed: `(-kind:a`, `-(kind:a`.
    let lead = String(term.prefix(while: { $0 == "-" || $0 == "(" }))
    term.removeFirst(lead.count)
    // A field with an operator: complete the value after the last comma.
    if let opIndex = term.firstIndex(where: { ":<>=".contains($0) }) {
      let name = String(term[..<opIndex])
      guard !name.isEmpty, name.allSatisfy(\.isLetter) else { return [] }
      let afterOp = term[opIndex...].drop(while: { ":<>=".contains($0) })
      let head = String(term[..<afterOp.startIndex])
      if let field = QueryTextField.completable(name) {
        guard let index, head == name + ":" else { return [] }
        return completeValue(String(afterOp), field: field, values: index).map { lead + head + $0 }
      }
      let items = afterOp.split(separator: ",", omittingEmptySubsequences: false)
      let partial = (items.last.map(String.init) ?? "").lowercased()
      let done = items.dropLast().map(String.init)
      let prefix = lead + head + done.map { $0 + "," }.joined()
      let fits = { (w: String) in w.hasPrefix(FieldCatalogue.key(partial)) && !done.contains(w) }
      var hits = values(for: name, vocabulary: vocabulary).filter(fits)
      if hits.isEmpty { hits = otherValues(for: name, vocabulary: vocabulary).filter(fits) }
      return hits.map { prefix + $0 }
    }
    guard term.allSatisfy(\.isLetter) else { return [] }
    let lower = TextFolding.folded(term.lowercased())
    var hits = fields.filter { TextFolding.folded($0).hasPrefix(lower) }
    if hits.isEmpty { hits = otherFields.filter { TextFolding.folded($0).hasPrefix(lower) } }
    return hits.map { lead + $0 + ":" }
  }

  /// The free-text field whose value is under `cursor` (`owner:gom` → `.owner`), if any:
  /// what the data's values must be indexed for before `complete`.
  public static func valueField(in line: String, cursor: Int) -> QueryTextField? {
    let chars = Array(line)
    let end = max(0, min(cursor, chars.count))
    let term = chars[termStart(in: line, cursor: end)..<end].drop { $0 == "-" || $0 == "(" }
    guard let colon = term.firstIndex(where: { ":<>=".contains($0) }), chars[colon] == ":" else { return nil }
    return QueryTextField.completable(String(term[..<colon]))
  }

  /// Completions of a free-text field's value (what follows `owner:`): the last item of a
  /// comma list is completed from `values`, accents and capitals ignored, skipping items
  /// already in the list; each candidate is the whole value text, quoted where the query
  /// language needs it.
  public static func completeValue(_ text: String, field: QueryTextField, values: ValueIndex) -> [String] {
    let items = splitItems(text)
    let done = items.dropLast()
    let partial = unquote(items.last ?? "")
    let doneFolded = Set(done.map { TextFolding.folded(unquote($0)) })
    let prefix = done.map { $0 + "," }.joined()
    return values.complete(field, partial)
      .filter { !doneFolded.contains(TextFolding.folded($0)) }
      .map { prefix + quoted($0, field: field) }
  }

  /// A value as a query writes it: bare when it can be, otherwise in double quotes with `"`
  /// and `\` escaped (spaces, commas, parentheses, quotes, or an owner called "me").
  public static func quoted(_ value: String, field: QueryTextField) -> String {
    let special = value.isEmpty || value.contains { $0.isWhitespace || "\",()\\".contains($0) }
    let isMe = field == .owner && value.lowercased() == "me"
    guard special || isMe || value.hasPrefix("-") else { return value }
    var out = "\""
    for c in value {
      if c == "\"" || c == "\\" { out.append("\\") }
      out.append(c)
    }
    return out + "\""
  }

  /// A field value's comma-separated items, commas inside quotes kept, quotes kept.
  static func splitItems(_ text: String) -> [String] {
    var items: [String] = []
    var current = ""
    var inQuote = false
    var escaped = false
    for c in text {
      if escaped {
        escaped = false
      } else if inQuote && c == "\\" {
        escaped = true
      } else if c == "\"" {
        inQuote.toggle()
      } else if c == ",", !inQuote {
        items.append(current)
        current = ""
        continue
      }
      current.append(c)
    }
    items.append(current)
    return items
  }

  /// An item with its quotes and escapes removed (an unterminated quote too).
  static func unquote(_ item: String) -> String {
    var out = ""
    var inQuote = false
    var escaped = false
    for c in item {
      if escaped {
        out.append(c)
        escaped = false
      } else if inQuote && c == "\\" {
        escaped = true
      } else if c == "\"" {
        inQuote.toggle()
      } else {
        out.append(c)
      }
    }
    return out
  }
}
