extension TerminalText {
  /// `s` cut to at most `w` cells, ending in `ellipsis` when anything was cut.
  ///
  /// Never splits a grapheme cluster: a wide character that would straddle the edge is left
  /// out, so the result may be one cell short of `w`. When `w` is narrower than the ellipsis,
  /// the ellipsis is left out too. Expects sanitised single-line text.
  public static func truncate(_ s: String, toWidth w: Int, ellipsis: String = "…") -> String {
    guard w > 0 else { return "" }
    if isPrintableASCII(s) && isPrintableASCII(ellipsis) {
      guard s.utf8.count > w else { return s }
      let room = w - ellipsis.utf8.count
      if room < 0 { return String(s.utf8.prefix(w)) ?? "" }
      return (String(s.utf8.prefix(room)) ?? "") + ellipsis
    }
    if width(s) <= w { return s }
    let ellipsisWidth = width(ellipsis)
    let room = ellipsisWidth <= w ? w - ellipsisWidth : w
    var out = String()
    var used = 0
    for ch in s {
      let cw = width(of: ch)
      if used + cw > room { break }
      out.append(ch)
      used += cw
    }
    return ellipsisWidth <= w ? out + ellipsis : out
  }

  /// `s` made exactly `w` cells wide: truncated with an ellipsis when too wide, then filled
  /// with spaces on the right (or on the left when `alignRight`). Expects sanitised
  /// single-line text; returns "" when `w` ≤ 0.
  public static func pad(_ s: String, toWidth w: Int, alignRight: Bool = false) -> String {
    guard w > 0 else { return "" }
    let t = truncate(s, toWidth: w)
    let gap = w - width(t)
    guard gap > 0 else { return t }
    let fill = String(repeating: " ", count: gap)
    return alignRight ? fill + t : t + fill
  }

  /// Sanitises untrusted single-line text and pads or truncates it to exactly `w` cells:
  /// a table cell ready to print.
  public static func cell(_ s: String, width w: Int, alignRight: Bool = false) -> String {
    pad(sanitize(s), toWidth: w, alignRight: alignRight)
  }

  /// `s` word-wrapped into lines of at most `w` cells.
  ///
  /// Each LF starts a new line (an empty paragraph gives an empty line); within a paragraph
  /// words are separated by runs of spaces, which collapse to one. A word wider than `w` is
  /// broken between grapheme clusters. Only when `w` is 1 and a cluster is 2 cells wide does
  /// a line exceed `w`: that cluster gets a line of its own. Expects text sanitised with
  /// `keepNewlines: true`; `w` below 1 is treated as 1.
  public static func wrap(_ s: String, width w: Int) -> [String] {
    let w = max(1, w)
    var lines: [String] = []
    for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ") {
        let ww = width(String(word))
        if !line.isEmpty && lineWidth + 1 + ww <= w {
          line += " "
          line += word
          lineWidth += 1 + ww
          continue
        }
        if !line.isEmpty {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        if ww <= w {
          line = String(word)
          lineWidth = ww
          continue
        }
        for ch in word {
          let cw = width(of: ch)
          if !line.isEmpty && lineWidth + cw > w {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(ch)
          lineWidth += cw
        }
      }
      lines.append(line)
    }
    return lines
  }
}
