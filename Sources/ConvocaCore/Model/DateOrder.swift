import Foundation

/// Which comes first in a date written with numbers only, such as `03/04/2027`: the day (most
/// of the world, every `es_*` locale) or the month (`en_US`). It only settles dates whose
/// numbers alone leave the order open; see `DateInput.parse` for the whole rule.
public enum DateOrder: String, Hashable, Sendable, CaseIterable {
  /// No locale rule (C/POSIX, unset, or a locale not known): `03/04/2027` is refused as
  /// ambiguous, while `15/02/2027` (only one reading is a day) is accepted.
  case unspecified
  /// `03/04/2027` is 3 April.
  case dayFirst
  /// `03/04/2027` is 4 March.
  case monthFirst

  /// Regions whose locales write the month first.
  static let monthFirstRegions: Set<String> = ["US", "PH", "AS", "GU", "MP", "PR", "UM", "VI", "FM", "MH"]

  /// The order of the locale the environment names: `LC_ALL`, else `LC_TIME`, else `LANG`
  /// (the first one set and not empty, as POSIX orders them). C, POSIX and unknown locales
  /// give `.unspecified`. The caller passes the environment in; nothing here reads the
  /// process's own locale.
  public static func fromLocale(environment env: [String: String]) -> DateOrder {
    let name = ["LC_ALL", "LC_TIME", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty } ?? ""
    return fromLocaleName(name)
  }

  /// The order of a locale name such as `es_CO.UTF-8` or `en_US@euro`.
  public static func fromLocaleName(_ name: String) -> DateOrder {
    let base = String(name.prefix { $0 != "." && $0 != "@" })
    guard base.count >= 2, base != "C", base != "POSIX" else { return .unspecified }
    let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" })
    guard let language = parts.first, Locale.LanguageCode(String(language)).isISOLanguage else {
      return .unspecified
    }
    let region = parts.count > 1 ? String(parts[1]).uppercased() : ""
    // Spanish is day-first everywhere, even in the United States.
    if language == "es" { return .dayFirst }
    return monthFirstRegions.contains(region) ? .monthFirst : .dayFirst
  }
}
