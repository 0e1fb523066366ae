import Foundation

/// A language Convoca speaks: the string table in force. It is a value chosen once (by the
/// command line's entry, see `resolve`) and passed down; nothing reads it from the environment
/// behind the caller's back, so with nothing chosen every text is English.
public enum Language: String, Sendable, CaseIterable, Hashable {
  case en
  case es

  /// The languages' codes, for messages: "en, es".
  public static var codes: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// A language named as `--lang`, `CONVOCA_LANG` and the configuration name it: `en` or `es`,
  /// any case, optionally with a region and encoding (`es_CO.UTF-8`, `es-CO`); nil otherwise.
  public init?(code: String) {
    let base = code.trimmingCharacters(in: .whitespaces).lowercased().prefix { $0.isLetter }
    guard let l = Language(rawValue: String(base)) else { return nil }
    self = l
  }

  /// The language of a POSIX locale name (`LC_ALL`, `LC_MESSAGES`, `LANG`): `es_CO.UTF-8` is
  /// Spanish; `C`, `POSIX`, English and any locale Convoca has no table for are English.
  public static func ofLocale(_ locale: String) -> Language {
    Language(code: locale) ?? .en
  }

  /// The language in force: `--lang` (`flag`), else `CONVOCA_LANG`, else the configuration's
  /// `language` key (`configured`), else the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`
  /// (as `ofLocale` reads it), else English. A `--lang` or `CONVOCA_LANG` naming no language
  /// Convoca has is an error naming the languages, not a silent fallback.
  public static func resolve(
    flag: String?, environment env: [String: String], configured: String?
  ) throws(LanguageError) -> Language {
    if let f = flag {
      guard let l = Language(code: f) else { throw LanguageError(source: "--lang", value: f) }
      return l
    }
    if let e = env["CONVOCA_LANG"], !e.isEmpty {
      guard let l = Language(code: e) else { throw LanguageError(source: "CONVOCA_LANG", value: e) }
      return l
    }
    if let c = configured, let l = Language(code: c) { return l }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let v = env[name], !v.isEmpty { return ofLocale(v) }
    }
    return .en
  }

  /// The strings table of this language (empty for English, whose text is in the code).
  public var table: [String: String] {
    switch self {
    case .en: return [:]
    case .es: return Language.spanish
    }
  }

  /// The Spanish table, read once from the bundle.
  private static let spanish = Strings.translation(for: "es")
}

/// A `--lang` or `CONVOCA_LANG` that names no language Convoca has.
public struct LanguageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Where the name came from: `--lang` or `CONVOCA_LANG`.
  public var source: String
  /// What was given.
  public var value: String
  /// The message, naming the languages.
  public var description: String { Strings.languageUnknown(source, value) }
}

extension Strings {
  static func languageUnknown(_ source: String, _ value: String) -> String {
    t(
      "language.unknown", "{0} '{1}' is not a language Convoca speaks; use one of: {2}", source,
      value, Language.codes)
  }
}
