/// Optimal-string-alignment (Damerau–Levenshtein) distance, for "did you mean" suggestions.
public enum EditDistance {
  /// Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`.
  public static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var prev2 = [Int](repeating: 0, count: y.count + 1)
    var prev = Array(0...y.count)
    var cur = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      cur[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, prev2[j - 2] + 1) }
        cur[j] = v
      }
      (prev2, prev, cur) = (prev, cur, prev2)
    }
    return prev[y.count]
  }

  /// The candidate closest to `word` within `limit` edits (the first on a tie), or nil.
  public static func nearest(_ word: String, in candidates: [String], limit: Int = 2) -> String? {
    let w = word.lowercased()
    var best: (String, Int)?
    for c in candidates {
      let d = distance(w, c)
      if d <= limit, d < (best?.1 ?? Int.max) { best = (c, d) }
    }
    return best?.0
  }
}
