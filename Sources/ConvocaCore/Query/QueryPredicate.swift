import Foundation

/// What one query term tests, with everything resolved at parse time: folded needles,
/// enumerated values checked against the vocabulary, parsed dates and amounts. A list means
/// "any of these".
public enum QueryPredicate: Hashable, Sendable, CustomStringConvertible {
  /// A word or phrase found (folded) in the search key: title, funder, program,
  /// description, tags and notes.
  case text(FoldedText)
  /// `kind:` — one of these kinds (vocabulary order, no repeats).
  case kind([Kind])
  /// `stage:` — one of these stages (pipeline order, no repeats).
  case stage([Stage])
  /// `area:` — one of these areas (vocabulary order, no repeats).
  case area([Area])
  /// `owner:`, `funder:`, `program:`, `country:` — the field contains one of these folded
  /// texts; `tag:` — some tag starts with one of them.
  case field(QueryTextField, [FoldedText])
  /// `owner="Ana Gómez"`, `funder=`, `program=`, `country=`, `beneficiary=`, `tag=` — the
  /// whole value (a whole tag) is one of these folded texts, ignoring capitals, accents and
  /// surrounding spaces.
  case exact(QueryTextField, [FoldedText])
  /// `id:` — the id starts with one of these (lower-case) prefixes.
  case id([String])
  /// `id=` — the id is one of these (lower-case) ids, whole (the tracker's "what arrived"
  /// filter: `id=a,b,c`).
  case idExact([String])
  /// `is:` — any of these states.
  case status([QueryStatus])
  /// `due<30d`, `created>=2026-01-01`, … — the date compares as asked; no date, no match.
  case date(QueryDateField, QueryComparison, QueryDateValue)
  /// `amount>=50k`, … — the amount (any currency) compares as asked; no amount, no match.
  case amount(QueryAmountField, QueryComparison, Decimal)
  // Hook for the team-views issue: once exchange rates exist, `amount`/`awarded` terms can
  // carry a reporting currency here and `QueryEvaluator.compile` convert each record's money
  // before comparing (today the number is compared whatever the currency).
  /// `has:FIELD` (true) or `no:FIELD` (false) — whether the field is filled in.
  case presence(QueryPresenceField, Bool)
  /// `owner:me` — the owner is the configured user (`QueryContext.user`), ignoring capitals
  /// and accents.
  case ownerIsMe
  /// `(a b OR c)` — any of these alternatives, each an AND of terms. A top-level `a OR b`
  /// is one such term.
  case any([Query])

  /// The canonical text of the term (without negation).
  public var description: String {
    switch self {
    case .text(let t): return QueryPredicate.quoteIfNeeded(t.string, inField: false)
    case .kind(let ks): return "kind:" + ks.map(\.rawValue).joined(separator: ",")
    case .stage(let ss): return "stage:" + ss.map(\.rawValue).joined(separator: ",")
    case .area(let as_): return "area:" + as_.map(\.rawValue).joined(separator: ",")
    case .field(let f, let vs):
      return f.rawValue + ":"
        + vs.map {
          // A literal owner "me" is quoted, or it would read back as `owner:me`.
          f.rawValue == "owner" && $0.string == "me"
            ? "\"me\"" : QueryPredicate.quoteIfNeeded($0.string, inField: true)
        }.joined(separator: ",")
    case .exact(let f, let vs):
      return f.rawValue + "="
        + vs.map {
          f.rawValue == "owner" && $0.string == "me"
            ? "\"me\"" : QueryPredicate.quoteIfNeeded($0.string, inField: true)
        }.joined(separator: ",")
    case .id(let ps):
      return "id:" + ps.map { QueryPredicate.quoteIfNeeded($0, inField: true) }.joined(separator: ",")
    case .idExact(let ps):
      return "id=" + ps.map { QueryPredicate.quoteIfNeeded($0, inField: true) }.joined(separator: ",")
    case .status(let ss): return "is:" + ss.map(\.rawValue).joined(separator: ",")
    case .date(let f, let c, let v): return f.rawValue + (c == .equal ? ":" : c.rawValue) + v.description
    case .amount(let f, let c, let v): return f.rawValue + c.rawValue + v.amountInput
    case .presence(let f, let present): return (present ? "has:" : "no:") + f.rawValue
    case .ownerIsMe: return "owner:me"
    case .any(let alts): return "(" + alts.map(\.description).joined(separator: " OR ") + ")"
    }
  }

  /// `text` as typed in a query: bare when it would read back the same, else in quotes
  /// with `\"` and `\\` escaped.
  static func quoteIfNeeded(_ text: String, inField: Bool) -> String {
    // Scalar by scalar, as `QueryToken.tokenize` reads: a quote or a space can share a
    // grapheme cluster with its neighbour (U+0600 before it, U+0301 after it).
    let scalars = text.unicodeScalars
    var needs = scalars.isEmpty || (!inField && scalars.first == "-")
    if !needs {
      needs = scalars.contains { s in
        Character(s).isWhitespace || s == "\"" || s == "\\" || s == "," || s == ":" || s == "<" || s == ">"
          || s == "=" || s == "(" || s == ")"
      }
    }
    guard needs else { return text }
    var out = String.UnicodeScalarView()
    out.append("\"")
    for s in scalars {
      if s == "\"" || s == "\\" { out.append("\\") }
      out.append(s)
    }
    out.append("\"")
    return String(out)
  }
}

extension FoldedText {
  /// The folded text as a string.
  var string: String { String(decoding: bytes, as: UTF8.self) }
}
