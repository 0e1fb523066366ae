extension Query {
  /// The query text that selects what `filter` AND `figure` select: the two side by side when
  /// that reads as their AND, else the filter in parentheses first (`(a OR b) stage:won`).
  /// Either may be empty.
  public static func combining(_ filter: String, _ figure: String, vocabulary: Vocabulary = .standard)
    -> String
  {
    let f = filter.trimmingCharacters(in: .whitespaces)
    let g = figure.trimmingCharacters(in: .whitespaces)
    if f.isEmpty { return g }
    if g.isEmpty { return f }
    let plain = f + " " + g
    if let a = try? Query.parse(f, vocabulary: vocabulary),
      let b = try? Query.parse(g, vocabulary: vocabulary),
      let both = try? Query.parse(plain, vocabulary: vocabulary), both.terms == a.terms + b.terms
    {
      return plain
    }
    return "(" + f + ") " + g
  }
}
