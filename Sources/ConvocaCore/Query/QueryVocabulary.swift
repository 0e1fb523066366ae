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
  /// Plain words and free-text values have no completions.
  public static func complete(_ line: String, cursor: Int, vocabulary: Vocabulary = .standard) -> [String] {
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
}
