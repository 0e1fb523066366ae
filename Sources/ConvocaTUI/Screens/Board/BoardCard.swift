import ConvocaCore

/// The texts of one card, each already sanitised and fitted to a width in cells. Only the
/// cards on screen are ever asked for them.
enum BoardCard {
  /// Untrusted text made safe and cut to `width` cells with an ellipsis; a huge value costs
  /// only what can show.
  static func fit(_ s: String, _ width: Int) -> String {
    guard width > 0 else { return "" }
    let visible = String(TerminalText.visiblePrefix(s, cells: width))
    return TerminalText.truncate(TerminalText.sanitize(visible), toWidth: width)
  }

  /// The deadline and days left in at most `width` cells: `2026-11-20 (in 2 days)`, then
  /// `2026-11-20 (2d)`, `11-20 (2d)`, `2d` (in Spanish `20/11/2026 (en 2 días)`, `20/11/2026 (2 d)`,
  /// `20/11 (2 d)`); as the list, only the date once the application is sent.
  static func deadline(_ o: Opportunity, today: CalendarDate, width: Int) -> String {
    guard let d = o.deadline else { return "" }
    let full = Formatting.deadline(d, open: o.awaitsApplication, today: today)
    let date = Formatting.date(d)
    // `11-20` of `2026-11-20`; `20/11` of `20/11/2026`.
    let short = date.hasPrefix(d.description) ? String(date.dropFirst(5)) : String(date.prefix(5))
    var options = [full]
    if o.awaitsApplication {
      options.append(Formatting.deadline(d, open: true, today: today, width: .compact))
      let days = Formatting.daysLeft(today.days(until: d))
      options += [short + " (" + days + ")", days]
    } else {
      options += [short]
    }
    return options.first { TerminalText.width($0) <= width } ?? fit(options[options.count - 1], width)
  }

  /// The amount the card shows (the awarded amount when set, as the list's amount column).
  static func money(_ o: Opportunity) -> Money? { o.awarded ?? o.amount }

  /// The amount in at most `width` cells: in full, else short (`1.3M EUR`).
  static func amount(_ o: Opportunity, width: Int) -> String {
    guard let m = money(o) else { return "" }
    let full = Formatting.money(m)
    if TerminalText.width(full) <= width { return full }
    return fit(Formatting.moneyShort(m), width)
  }

  /// The owner's initials: the first letters of the first two words (`Laura Gómez` → `LG`),
  /// or the first two letters of a single name (`Ana` → `AN`).
  static func initials(_ owner: String) -> String {
    let words = TerminalText.sanitize(String(owner.prefix(64))).split(separator: " ")
    guard let first = words.first else { return "" }
    let letters = words.count >= 2 ? [first.first, words[1].first].compactMap { $0 } : Array(first.prefix(2))
    return fit(String(letters).uppercased(), 4)
  }
}
