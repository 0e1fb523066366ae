/// Reading a typed value in either language, and showing a stored one in the language in force.
extension SpanishValues {
  /// What a typed value names among a field's stored values.
  public enum Match: Hashable, Sendable {
    /// Exactly one value.
    case value(String)
    /// Several values start with what was typed (listed as stored, in `words`' order).
    case ambiguous([String])
    /// None.
    case none

    /// The value, when there is exactly one.
    public var value: String? {
      if case .value(let v) = self { return v }
      return nil
    }
  }

  /// The stored value of `field` (`kind`, `stage`, `area`, `is`) that `text` names among
  /// `words`, case-, accent- and space-insensitively: a whole name in English or Spanish
  /// first; else the only English word it starts; else the only Spanish name it starts
  /// (`stage:p` stays `preparing`, `etapa:po` is `applied`).
  public static func match(_ field: String, _ text: String, in words: [String]) -> Match {
    let k = FieldCatalogue.key(text)
    guard !k.isEmpty else { return .none }
    let english = words.map { (key: FieldCatalogue.key($0), value: $0) }
    var spanish: [(key: String, value: String)] = []
    for e in table[field] ?? [] where words.contains(e.value) {
      for n in e.names { spanish.append((FieldCatalogue.key(n), e.value)) }
    }
    if let exact = (english + spanish).first(where: { $0.key == k }) { return .value(exact.value) }
    for tier in [english, spanish] {
      var hits: [String] = []
      for n in tier where n.key.hasPrefix(k) && !hits.contains(n.value) { hits.append(n.value) }
      if hits.count == 1 { return .value(hits[0]) }
      if hits.count > 1 { return .ambiguous(words.filter(hits.contains)) }
    }
    return .none
  }

  /// Every name a value of `field` can be typed as, English and Spanish, for checks.
  public static func allNames(_ field: String, words: [String]) -> [(name: String, value: String)] {
    words.map { ($0, $0) }
      + (table[field] ?? []).filter { words.contains($0.value) }.flatMap { e in e.names.map { ($0, e.value) }
      }
  }
}

extension Strings {
  /// The two letters of the language in force (`en`, `es`): for what must branch on it
  /// (completion order, how dates and amounts are written).
  public static var languageCode: String { t("language.code", "en") }

  /// Whether the language in force is Spanish.
  static var isSpanish: Bool { languageCode == "es" }

  /// How a stored value of an enumerated field (`kind`, `stage`, `area`, `is`) reads for a
  /// person in the language in force (key `value.FIELD.VALUE`; a configured word as it is).
  public static func valueName(_ field: String, _ value: String) -> String {
    t("value." + field + "." + value, value)
  }

  /// The word a person of the language in force types for a stored value: the shown name,
  /// or for a value whose name has spaces (`en preparación`), the first Spanish name without one.
  public static func valueWord(_ field: String, _ value: String) -> String {
    let shown = valueName(field, value)
    guard shown.contains(" ") else { return shown }
    let entry = SpanishValues.table[field]?.first { $0.value == value }
    return entry?.names.first { !$0.contains(" ") } ?? value
  }
}
