import ConvocaCore

/// Why the full-screen terminal could not start. The descriptions are meant for the user.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard input or output is not a terminal (a pipe, a file, a script).
  case notATerminal
  /// No UTF-8 locale could be set; wide text would vanish.
  case noUTF8Locale(current: String)
  /// `TERM` is unset or empty.
  case missingTERM
  /// curses does not know this `TERM`.
  case unknownTerminal(String)
  /// The terminal `TERM` names cannot move the cursor (no `cup`: `dumb`, hard-copy types).
  case cannotAddressCursor(String)

  public var description: String {
    switch self {
    case .notATerminal: return Strings.terminalNotATerminal
    case .noUTF8Locale(let current): return Strings.terminalNoUTF8Locale(current)
    case .missingTERM: return Strings.terminalMissingTERM
    case .unknownTerminal(let term): return Strings.terminalUnknown(term)
    case .cannotAddressCursor(let term): return Strings.terminalCannotAddressCursor(term)
    }
  }
}

extension Strings {
  static func terminalCannotAddressCursor(_ term: String) -> String {
    t(
      "terminal.noCursorAddressing",
      "the terminal type \"{0}\" cannot move the cursor, which the tracker needs; set TERM to your terminal's type (e.g. xterm-256color), or use a subcommand such as `convoca list`",
      term)
  }
  static var terminalNotATerminal: String {
    t("terminal.notATerminal", "convoca needs a terminal; use a subcommand such as `convoca list` in scripts")
  }
  /// Shown only when the locale is not UTF-8, so its translations should keep to ASCII.
  static func terminalNoUTF8Locale(_ current: String) -> String {
    t(
      "terminal.noUTF8Locale",
      "convoca needs a UTF-8 locale (the locale is {0}); set LANG, e.g. LANG=C.UTF-8", current)
  }
  static var terminalMissingTERM: String {
    t("terminal.missingTERM", "TERM is not set; set it to your terminal's type (e.g. TERM=xterm-256color)")
  }
  static func terminalUnknown(_ term: String) -> String {
    t(
      "terminal.unknown",
      "unknown terminal type \"{0}\"; set TERM to a type this system knows (e.g. xterm-256color)", term)
  }
}
