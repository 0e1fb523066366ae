import ConvocaCore
import Testing

@testable import ConvocaTUI

/// Issue 8, requirement 7, in the tracker: the form reads dates with `DateInput` (the parser
/// the command line uses) and shows the day a relative or named date resolves to.
@Suite struct FormDateTests {
  let data = TUIFixture.data()

  func form(_ s: AppState) -> FormState? {
    if case .form(let f) = s.mode { return f }
    return nil
  }

  /// A new form with `typed` in the deadline, the cursor left there.
  func typingDeadline(_ typed: String, order: DateOrder = .dayFirst) -> AppState {
    var s = TUIFixture.state(data)
    s.configuration.dateOrder = order
    TUIFixture.send(&s, [.char("a")], data)
    TUIFixture.type(&s, "Ciudades", data)
    while let f = form(s), f.focused.field != .deadline { TUIFixture.send(&s, [.tab], data) }
    TUIFixture.type(&s, typed, data)
    return s
  }

  @Test func theResolvedDateShowsNextToWhatWasTyped() {
    // TUIFixture.today is Wednesday 2026-11-18: six weeks on is Wednesday 2026-12-30.
    let s = typingDeadline("+6w")
    #expect(form(s)?.focused.error == nil)
    let screen = TUIFixture.screen(s, data).lines
    let wed = Strings.t("date.wed", "Wed")
    #expect(screen.contains { $0.contains("+6w  → 2026-12-30 (\(wed))") }, "\(screen)")
  }

  @Test func anISODateShowsNoHintAndABadOneItsError() {
    var screen = TUIFixture.screen(typingDeadline("2027-02-15"), data).lines
    #expect(!screen.contains { $0.contains("→") })
    let s = typingDeadline("31/02/2027")
    #expect(form(s)?.focused.error?.contains("'31/02/2027'") == true)
    screen = TUIFixture.screen(s, data).lines
    #expect(!screen.contains { $0.contains("→") })
  }

  @Test func savingStoresTheResolvedDateInTheLocaleOrder() {
    for (order, expected) in [(DateOrder.dayFirst, "2027-04-03"), (.monthFirst, "2027-03-04")] {
      var s = typingDeadline("03/04/2027", order: order)
      let effects = TUIFixture.send(&s, [.ctrl("s")], data)
      guard case .perform(let commands, _)? = effects.first, case .create(let o) = commands[0] else {
        Issue.record("not saved: \(effects)")
        continue
      }
      #expect(o.deadline?.description == expected)
    }
  }
}
