/// The kind of call: grant, scholarship, award, … Open-ended: the configuration may add more.
public struct Kind: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The lower-case name, as written in the file.
  public let rawValue: String
  /// Wraps a name as a kind (no check against the vocabulary).
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }

  /// The kinds every installation knows.
  public static let defaults: [Kind] = [
    "grant", "scholarship", "award", "network", "event", "alliance", "technical", "other",
  ].map(Kind.init(rawValue:))
  /// The fallback kind.
  public static let other = Kind(rawValue: "other")
}

/// The agency's strategic line a call serves. Open-ended like `Kind`.
public struct Area: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The lower-case name, as written in the file.
  public let rawValue: String
  /// Wraps a name as an area (no check against the vocabulary).
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (a: Area, b: Area) -> Bool { a.rawValue < b.rawValue }

  /// The strategic lines from the agency's own page.
  public static let defaults: [Area] = [
    "economic-development", "urban-development", "security-peace", "inclusion", "education-culture",
    "innovation",
  ].map(Area.init(rawValue:))
}

/// The enumerated words an installation accepts: the default kinds and areas plus any the
/// configuration adds.
public struct Vocabulary: Sendable, Hashable {
  /// Accepted kinds, defaults first.
  public var kinds: [Kind]
  /// Accepted areas, defaults first.
  public var areas: [Area]

  /// Creates a vocabulary; extra names are appended after the defaults, without repeats.
  public init(extraKinds: [String] = [], extraAreas: [String] = []) {
    var k = Kind.defaults
    for e in extraKinds.map({ $0.lowercased() }) where !k.contains(Kind(rawValue: e)) {
      k.append(Kind(rawValue: e))
    }
    var a = Area.defaults
    for e in extraAreas.map({ $0.lowercased() }) where !a.contains(Area(rawValue: e)) {
      a.append(Area(rawValue: e))
    }
    kinds = k
    areas = a
  }

  /// The default vocabulary.
  public static let standard = Vocabulary()

  /// Resolves a kind from its name or a unique prefix of it, in English or Spanish (`beca`).
  public func kind(_ text: String) -> Kind? {
    SpanishValues.match("kind", text, in: kinds.map(\.rawValue)).value.map(Kind.init(rawValue:))
  }

  /// Every record whose kind or area this vocabulary does not hold (a colleague's configured
  /// word, a hand edit, or hostile text), sorted by id: for `convoca check` to flag. The value
  /// is as stored; sanitise it before printing.
  public func unknownValues(in records: [Opportunity]) -> [(id: OpportunityID, field: Field, value: String)] {
    var out: [(id: OpportunityID, field: Field, value: String)] = []
    for o in records {
      if !kinds.contains(o.kind) { out.append((o.id, .kind, o.kind.rawValue)) }
      if let a = o.area, !areas.contains(a) { out.append((o.id, .area, a.rawValue)) }
    }
    return out.sorted { ($0.id.rawValue, $0.field.rawValue) < ($1.id.rawValue, $1.field.rawValue) }
  }

  /// Resolves an area from its name or a unique prefix of it, in English or Spanish.
  public func area(_ text: String) -> Area? {
    SpanishValues.match("area", text, in: areas.map(\.rawValue)).value.map(Area.init(rawValue:))
  }
}

/// The one word in `words` equal to `text`, or else the only one starting with it.
public func uniquePrefixMatch(_ text: String, in words: [String]) -> String? {
  let t = text.lowercased()
  guard !t.isEmpty else { return nil }
  if words.contains(t) { return t }
  let hits = words.filter { $0.hasPrefix(t) }
  return hits.count == 1 ? hits[0] : nil
}

extension Stage {
  /// Resolves a stage from its name or a unique prefix of it, in English or Spanish (`postulada`).
  public static func named(_ text: String) -> Stage? {
    SpanishValues.match("stage", text, in: Stage.allCases.map(\.rawValue)).value.flatMap(
      Stage.init(rawValue:))
  }
}
