import Foundation

/// The checks a call's URL (user data) passes before the tracker opens it or shows it as a
/// link: only `http`, `https` and `mailto`, and nothing a terminal or a shell could read as
/// anything but the address.
public enum CallURL {
  /// What can be done with a record's URL.
  public enum Verdict: Hashable, Sendable {
    /// The record has no URL.
    case missing
    /// Safe to open or show as a link: the URL, trimmed.
    case openable(String)
    /// Not opened; the reason, naming the URL sanitised for the terminal.
    case refused(String)
  }

  /// The schemes that may be opened.
  public static let schemes: Set<String> = ["http", "https", "mailto"]

  /// Checks `raw`: trimmed, it must have no control, format (bidi) or space characters,
  /// an allowed scheme, and for http(s) a host after `//`.
  public static func check(_ raw: String) -> Verdict {
    let url = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !url.isEmpty else { return .missing }
    let shown = TerminalText.sanitize(url)
    let bad = url.unicodeScalars.contains {
      switch $0.properties.generalCategory {
      case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .surrogate,
        .privateUse, .unassigned:
        return true
      default: return false
      }
    }
    guard !bad else { return .refused(Strings.urlUnsafe(shown)) }
    guard let colon = url.firstIndex(of: ":") else { return .refused(Strings.urlScheme(shown)) }
    let scheme = url[..<colon].lowercased()
    guard schemes.contains(scheme) else { return .refused(Strings.urlScheme(shown)) }
    let rest = url[url.index(after: colon)...]
    if scheme == "mailto" {
      guard !rest.isEmpty else { return .refused(Strings.urlScheme(shown)) }
    } else {
      guard rest.hasPrefix("//"), rest.dropFirst(2).first.map({ $0 != "/" }) == true else {
        return .refused(Strings.urlScheme(shown))
      }
    }
    return .openable(url)
  }
}

extension Strings {
  static func urlUnsafe(_ url: String) -> String {
    t("url.unsafe", "not opening '{0}': it holds control or invisible characters", url)
  }
  static func urlScheme(_ url: String) -> String {
    t("url.scheme", "not opening '{0}': only http, https and mailto addresses are opened", url)
  }
}
