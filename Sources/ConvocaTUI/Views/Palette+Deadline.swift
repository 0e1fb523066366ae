import ConvocaCore

extension Palette {
  /// A deadline's colour by urgency, over `base` (the row's or card's style): overdue red,
  /// this week yellow bold, this month yellow. The list and the board share it.
  static func deadline(_ urgency: Formatting.Urgency, _ base: Style) -> Style {
    switch urgency {
    case .overdue: return Style(fg: .red, bg: .default, base.attributes.union(.bold))
    case .thisWeek: return Style(fg: .yellow, bg: .default, base.attributes.union(.bold))
    case .thisMonth: return Style(fg: .yellow, bg: .default, base.attributes)
    case .none, .later: return base
    }
  }
}
