/// The words of the query language, for help screens and Tab completion in the tracker.
public enum QueryVocabulary {
  /// Every field name, in the order help lists them.
  public static var fields: [String] { QueryField.names }

  /// The values of `is:`.
  public static var statuses: [String] { QueryStatus.allCases.map(\.rawValue) }

  /// The words a field's value can be completed from: kinds, areas and stages from the
  /// vocabulary, `is:` states, fields for `has:`/`no:`, period names for dates; empty for free-text and amount fields.
  public static func values(for field: String, vocabulary: Vocabulary = .standard) -> [String] {
    switch QueryField.named(field) {
    case .kind?: return vocabulary.kinds.map(\.rawValue)
    case .area?: return vocabulary.areas.map(\.rawValue)
    case .stage?: return Stage.allCases.map(\.rawValue)
    case .is?: return statuses
    case .has?, .no?: return QueryPresenceField.allCases.map(\.rawValue)
    case let f? where f.isDate: return QueryDateValue.names
    default: return []
    }
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
      return values(for: name, vocabulary: vocabulary)
        .filter { $0.hasPrefix(partial) && !done.contains($0) }
        .map { prefix + $0 }
    }
    guard term.allSatisfy({ $0.isASCII && $0.isLetter }) else { return [] }
    let lower = term.lowercased()
    return fields.filter { $0.hasPrefix(lower) }.map { lead + $0 + ":" }
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
