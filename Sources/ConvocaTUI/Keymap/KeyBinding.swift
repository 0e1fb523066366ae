import ConvocaCore

/// One row of a keymap: the keys, what they do, how it is described, whether the footer
/// shows it, and what it needs (the reason it is refused otherwise).
public struct KeyBinding: Hashable, Sendable {
  /// The keys that trigger it (the first is the one shown in the footer).
  public var keys: [Key]
  /// What it does.
  public var command: KeyCommand
  /// A short description (translated).
  public var description: String
  /// The footer's shorter label, when it is shown there.
  public var footer: String?
  /// What it needs.
  public var requirement: Requirement

  /// Creates a binding.
  public init(
    _ keys: [Key], _ command: KeyCommand, _ description: String, footer: String? = nil,
    requires requirement: Requirement = .none
  ) {
    self.keys = keys
    self.command = command
    self.description = description
    self.footer = footer
    self.requirement = requirement
  }

  /// The keys as people write them: `↑ / k`.
  public var keyLabel: String { keys.map(\.label).joined(separator: " / ") }
}

extension Key {
  /// How the key is written in help and hints: `Enter`, `Ctrl-R`, `Space`, `↑`, `g`.
  public var label: String {
    switch self {
    case .char(" "): return t("key.space", "Space")
    case .char(let c): return String(c)
    case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
    case .enter: return t("key.enter", "Enter")
    case .escape: return t("key.escape", "Esc")
    case .tab: return t("key.tab", "Tab")
    case .backTab: return t("key.backTab", "Shift-Tab")
    case .backspace: return t("key.backspace", "Backspace")
    case .delete: return t("key.delete", "Del")
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return t("key.home", "Home")
    case .end: return t("key.end", "End")
    case .pageUp: return t("key.pageUp", "PgUp")
    case .pageDown: return t("key.pageDown", "PgDn")
    case .function(let n): return "F\(n)"
    }
  }
}

/// The strings table's lookup, under the name the translation check scans for.
private func t(_ key: String, _ english: String) -> String { Strings.t(key, english) }
