/// What the keyboard is doing now: one value, never a set of flags.
public enum Mode: Hashable, Sendable {
  /// Moving around the list.
  case normal
  /// Editing the filter bar.
  case filtering(FilterEditor)
  /// Reading one opportunity.
  case detail(DetailState)
  /// Adding or editing an opportunity.
  case form(FormState)
  /// Choosing from a menu (sort, stage).
  case menu(MenuState)
  /// Answering a one-line question (note, awarded amount).
  case prompt(PromptState)
  /// Answering yes / no.
  case confirm(ConfirmState)
  /// Reading the keys.
  case help(HelpState)
  /// Typing a `:` command (export, import, help).
  case commandLine(CommandLineState)
  /// Reviewing a record changed in two copies (`c`).
  case review(ReviewState)

  /// The keymap in force (`.normal` is the list's: see `AppState.keymapContext` for the
  /// screen's).
  public var keymapContext: KeymapContext {
    switch self {
    case .normal: return .list
    case .filtering: return .filter
    case .detail: return .detail
    case .form: return .form
    case .menu: return .menu
    case .prompt: return .prompt
    case .confirm(let c): return c.purpose.context
    case .help: return .help
    case .commandLine: return .commandLine
    case .review: return .review
    }
  }
}
