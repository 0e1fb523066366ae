import ConvocaCore

extension Reducer {
  // MARK: - Tab completion in the form

  /// The query field whose values complete a form field, if it has any.
  static func completionField(_ f: Field) -> QueryTextField? { QueryTextField.completable(f.rawValue) }

  /// On a tick (a quarter second without input): indexes the values of the field being
  /// typed in the filter or focused in the form, so the first Tab after a pause does not pay
  /// for building the index (once per store revision and field).
  static func warmCompletion(_ state: AppState, data: AppData) {
    let field: QueryTextField?
    switch state.mode {
    case .filtering(let f): field = QueryVocabulary.valueField(in: f.editor.text, cursor: f.editor.cursor)
    case .form(let f): field = completionField(f.focused.field)
    default: field = nil
    }
    if let field { _ = state.valueCache.index(data.store, for: [field]) }
  }

  /// Tab in the form: completes the focused owner, funder, program or country (the whole
  /// text) or the last comma-separated tag from the data's values, most frequent first;
  /// pressed again, shows the next candidate. Returns false when there is nothing to
  /// complete (empty text, no match, or the text is already the only match): Tab then goes
  /// to the next field.
  static func completeField(_ f: inout FormState, state: AppState, data: AppData) -> Bool {
    let i = f.focus
    guard f.entries.indices.contains(i), let field = completionField(f.entries[i].field) else { return false }
    if var c = f.completion {
      guard c.candidates.count > 1 else { return false }
      c.index = (c.index + 1) % c.candidates.count
      let count = f.entries[i].editor.text.count
      f.entries[i].editor.replace(c.start..<count, with: c.candidates[c.index])
      f.completion = c
      validate(&f.entries[i], state)
      return true
    }
    let text = f.entries[i].editor.text
    var start = 0
    var existing: Set<String> = []
    if field == .tag, let comma = text.lastIndex(of: ",") {
      start = text.distance(from: text.startIndex, to: comma) + 1
      existing = Set(text[..<comma].split(separator: ",").map { TextFolding.folded(String($0).trimmed) })
    }
    let partial = String(text.dropFirst(start)).trimmed
    guard !partial.isEmpty else { return false }
    let values = state.valueCache.index(data.store, for: [field]).complete(field, partial)
      .filter { !existing.contains(TextFolding.folded($0)) }
    guard !values.isEmpty, values != [partial] else { return false }
    let lead = start > 0 ? " " : ""
    let candidates = values.map { lead + $0 }
    f.entries[i].editor.replace(start..<text.count, with: candidates[0])
    f.completion = FilterEditor.Completion(candidates: candidates, index: 0, start: start)
    validate(&f.entries[i], state)
    return true
  }
}

extension String {
  /// Without white space at either end.
  fileprivate var trimmed: String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
