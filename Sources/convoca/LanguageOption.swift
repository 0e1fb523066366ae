import ConvocaCore
import Foundation

/// `--lang`, read before ArgumentParser: command abstracts and option help come from the
/// strings table, so the language must be in force before ArgumentParser builds its help.
enum LanguageOption {
  /// `args` without any `--lang CODE` / `--lang=CODE` (before a `--`), and the last code given.
  /// A `--lang` with no value is left in place for ArgumentParser to report.
  static func extract(_ args: [String]) -> (args: [String], code: String?) {
    var rest: [String] = []
    var code: String?
    var i = 0
    while i < args.count {
      let a = args[i]
      if a == "--" {
        rest += args[i...]
        break
      }
      if a.hasPrefix("--lang=") {
        code = String(a.dropFirst("--lang=".count))
      } else if a == "--lang", i + 1 < args.count {
        code = args[i + 1]
        i += 1
      } else {
        rest.append(a)
      }
      i += 1
    }
    return (rest, code)
  }

  /// The language in force for this run (`Language.resolve`), reading the configuration's
  /// `language` key quietly: its warnings are printed later, in the language chosen.
  static func resolve(code: String?, environment env: [String: String]) throws(LanguageError) -> Language {
    let configured = (try? Configuration.loadReporting(environment: env))?.configuration.language
    return try Language.resolve(flag: code, environment: env, configured: configured?.rawValue)
  }

  /// The language to refuse a bad `--lang` or `CONVOCA_LANG` in: what the configuration or
  /// the locale would choose without them.
  static func fallback(environment env: [String: String]) -> Language {
    var rest = env
    rest["CONVOCA_LANG"] = nil
    return (try? resolve(code: nil, environment: rest)) ?? .en
  }
}
