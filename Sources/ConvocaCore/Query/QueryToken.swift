/// The operator between a field name and its value: `:` or a comparison.
public enum QueryOperator: String, Hashable, Sendable, CaseIterable {
  case colon = ":"
  case equal = "="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
}

/// One term of a query line as typed, before its meaning is worked out: an optional `-`, an
/// optional `field` and operator, and the value (a list when it has unquoted commas).
public struct QueryToken: Hashable, Sendable {
  /// The structural tokens: parentheses and the upper-case word `OR`.
  public enum Punctuation: String, Hashable, Sendable {
    case open = "("
    case close = ")"
    case or = "OR"
  }

  /// Set for `(`, `)` and `OR`; nil for a term. An opening `-(` is negated.
  public var punctuation: Punctuation?
  /// Whether the term starts with `-`.
  public var negated: Bool
  /// The lower-cased field name before the operator; nil for a plain word or phrase.
  public var field: String?
  /// The operator after the field; nil for a plain word or phrase.
  public var op: QueryOperator?
  /// The value, split at commas outside quotes for `field:value` terms; quotes removed.
  public var values: [String]
  /// Whether any part was in quotes.
  public var quoted: Bool
  /// The term exactly as typed.
  public var text: String
  /// Character offsets of the term in the line (0-based, end exclusive).
  public var range: Range<Int>

  /// Creates a token.
  public init(
    negated: Bool, field: String?, op: QueryOperator?, values: [String], quoted: Bool, text: String,
    range: Range<Int>, punctuation: Punctuation? = nil
  ) {
    self.punctuation = punctuation
    self.negated = negated
    self.field = field
    self.op = op
    self.values = values
    self.quoted = quoted
    self.text = text
    self.range = range
  }

  /// Splits a query line into terms. Terms are separated by white space; `"…"` keeps spaces
  /// (and `\"` stands for a quote inside); a leading `-` negates; `name:value`, `name<value`,
  /// `name<=value`, `name>value`, `name>=value`, `name=value` give a field, where `name` is
  /// ASCII letters. Outside quotes `(` and `)` stand alone (a `-` may come before `(`), and
  /// the bare upper-case word `OR` is the operator. Throws only for an unterminated quote or
  /// a lone `-`.
  public static func tokenize(_ line: String) throws(QueryError) -> [QueryToken] {
    // One element per Unicode scalar, not per grapheme cluster: a quote, a space or a `-`
    // must not vanish into a neighbour's cluster (`\u{600}"` or `"\u{301}` is one Character),
    // or the canonical text of a query would not read back. Ranges are still reported in
    // Characters (see `characterRange`).
    let chars = line.unicodeScalars.map(Character.init)
    let n = chars.count
    var characterOf: [Int] = []  // scalar offset → offset of the Character holding it
    characterOf.reserveCapacity(n)
    var characterCount = 0
    for c in line {
      for _ in c.unicodeScalars { characterOf.append(characterCount) }
      characterCount += 1
    }
    func characterRange(_ r: Range<Int>) -> Range<Int> {
      let lower = r.lowerBound < n ? characterOf[r.lowerBound] : characterCount
      let upper = r.upperBound > 0 ? characterOf[r.upperBound - 1] + 1 : 0
      return lower..<max(lower, upper)
    }
    var tokens: [QueryToken] = []
    var i = 0
    while i < n {
      if chars[i].isWhitespace {
        i += 1
        continue
      }
      let start = i
      if chars[i] == ")" {
        tokens.append(
          QueryToken(
            negated: false, field: nil, op: nil, values: [], quoted: false, text: ")",
            range: characterRange(i..<(i + 1)), punctuation: .close))
        i += 1
        continue
      }
      var negated = false
      if chars[i] == "-" {
        if i + 1 == n || chars[i + 1].isWhitespace || chars[i + 1] == ")" {
          throw QueryError(
            .emptyTerm, term: "-", range: characterRange(i..<(i + 1)), detail: Strings.queryEmptyTerm)
        }
        negated = true
        i += 1
      }
      if chars[i] == "(" {
        tokens.append(
          QueryToken(
            negated: negated, field: nil, op: nil, values: [], quoted: false, text: String(chars[start...i]),
            range: characterRange(start..<(i + 1)), punctuation: .open))
        i += 1
        continue
      }
      // A field name: letters (any script: `área:`, `país:`) followed by an operator.
      var field: String?
      var op: QueryOperator?
      var j = i
      while j < n, chars[j].isLetter { j += 1 }
      if j > i, j < n {
        let next: Character? = j + 1 < n ? chars[j + 1] : nil
        switch chars[j] {
        case ":": op = .colon
        case "=": op = .equal
        case "<": op = next == "=" ? .lessOrEqual : .less
        case ">": op = next == "=" ? .greaterOrEqual : .greater
        default: break
        }
        if let o = op {
          field = String(chars[i..<j]).lowercased()
          i = j + o.rawValue.count
        }
      }
      var values: [String] = []
      var current = ""
      var inQuote = false
      var quoted = false
      while i < n {
        let c = chars[i]
        if inQuote {
          if c == "\\", i + 1 < n, chars[i + 1] == "\"" || chars[i + 1] == "\\" {
            current.append(chars[i + 1])
            i += 2
            continue
          }
          if c == "\"" { inQuote = false } else { current.append(c) }
        } else {
          if c.isWhitespace || c == "(" || c == ")" { break }
          if c == "\"" {
            inQuote = true
            quoted = true
          } else if c == ",", field != nil {
            values.append(current)
            current = ""
          } else {
            current.append(c)
          }
        }
        i += 1
      }
      if inQuote {
        throw QueryError(
          .unterminatedQuote, term: String(chars[start..<n]), range: characterRange(start..<n),
          detail: Strings.queryUnterminatedQuote)
      }
      values.append(current)
      let isOr = !negated && field == nil && !quoted && current == "OR"
      tokens.append(
        QueryToken(
          negated: negated, field: field, op: op, values: values, quoted: quoted,
          text: String(chars[start..<i]),
          range: characterRange(start..<i), punctuation: isOr ? .or : nil))
    }
    return tokens
  }
}
