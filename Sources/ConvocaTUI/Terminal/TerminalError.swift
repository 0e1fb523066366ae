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

  public var description: String {
    switch self {
    case .notATerminal:
      return "convoca needs a terminal; use a subcommand such as `convoca list` in scripts"
    case .noUTF8Locale(let current):
      return "convoca needs a UTF-8 locale (the locale is \(current)); set LANG, e.g. LANG=C.UTF-8"
    case .missingTERM:
      return "TERM is not set; set it to your terminal's type (e.g. TERM=xterm-256color)"
    case .unknownTerminal(let term):
      return "unknown terminal type \"\(term)\"; set TERM to a type this system knows (e.g. xterm-256color)"
    }
  }
}
