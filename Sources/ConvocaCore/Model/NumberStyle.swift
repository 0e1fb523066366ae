import Foundation

/// Which mark a person's locale uses between the whole part and the decimals of a number. It
/// only settles amounts the marks alone leave open (`1,500`, `250.000`); see
/// `Money.readAmount(_:style:)` for the whole rule.
public enum NumberStyle: String, Hashable, Sendable, CaseIterable {
  /// No locale rule (C/POSIX, unset, or a locale not known): an ambiguous amount is refused.
  case unspecified
  /// `1,500.25` — a dot before the decimals, commas between thousands (en_US, es_MX…).
  case dotDecimal
  /// `1.500,25` — a comma before the decimals, dots between thousands (es_CO, es_ES, pt, fr…).
  case commaDecimal

  /// The style of the locale the environment names: `LC_ALL`, else `LC_NUMERIC`, else `LANG`
  /// (the first one set and not empty, as POSIX orders them). C, POSIX and unknown locales
  /// give `.unspecified`. The caller passes the environment in; nothing here reads the
  /// process's own locale.
  public static func fromLocale(environment env: [String: String]) -> NumberStyle {
    let name = ["LC_ALL", "LC_NUMERIC", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty } ?? ""
    return fromLocaleName(name)
  }

  /// The style of a locale name such as `es_CO.UTF-8` or `en_US@euro`.
  public static func fromLocaleName(_ name: String) -> NumberStyle {
    let base = String(name.prefix { $0 != "." && $0 != "@" })
    guard base.count >= 2, base != "C", base != "POSIX" else { return .unspecified }
    let language = String(base.prefix { $0 != "_" && $0 != "-" })
    guard Locale.LanguageCode(language).isISOLanguage else { return .unspecified }
    switch Locale(identifier: base).decimalSeparator {
    case ",": return .commaDecimal
    case ".": return .dotDecimal
    default: return .unspecified
    }
  }

  /// Reads a configuration or command-line value: `,` or `comma`, `.` or `dot`.
  public init?(mark: String) {
    switch mark.lowercased() {
    case ",", "comma": self = .commaDecimal
    case ".", "dot": self = .dotDecimal
    default: return nil
    }
  }
}

/// What `Money.readAmount` made of a typed amount.
public enum AmountReading: Hashable, Sendable {
  /// One reading only.
  case value(Decimal)
  /// Two readings the marks cannot decide between: the comma or dot as thousands grouping,
  /// and as the decimal mark (`1,500` is 1500 or 1.5).
  case ambiguous(grouping: Decimal, decimal: Decimal)
  /// Not an amount.
  case invalid

  /// The value, when there is exactly one.
  public var value: Decimal? {
    if case .value(let d) = self { return d }
    return nil
  }
}
