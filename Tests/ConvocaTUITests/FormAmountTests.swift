import ConvocaCore
import Testing

@testable import ConvocaTUI

/// Issue 7, problem 7, in the tracker: the form reads amounts by the same rule as the command
/// line (`FieldInput` → `Money.readAmount`), in the configured number style.
@Suite struct FormAmountTests {
  let data = TUIFixture.data()

  func form(_ s: AppState) -> FormState? {
    if case .form(let f) = s.mode { return f }
    return nil
  }

  func created(style: NumberStyle, amount: String) -> (Money?, String?) {
    var s = TUIFixture.state(data)
    s.configuration.numberStyle = style
    TUIFixture.send(&s, [.char("a")], data)
    TUIFixture.type(&s, "Ciudades", data)
    while let f = form(s), f.focused.field != .amount { TUIFixture.send(&s, [.tab], data) }
    TUIFixture.type(&s, amount, data)
    let error = form(s)?.focused.error
    let effects = TUIFixture.send(&s, [.ctrl("s")], data)
    guard case .perform(let commands, _)? = effects.first, case .create(let o) = commands[0] else {
      return (nil, error)
    }
    return (o.amount, error)
  }

  @Test func decimalCommasAreNotMultiplied() {
    #expect(created(style: .unspecified, amount: "1,5m EUR").0 == Money(1_500_000, "EUR"))
    #expect(created(style: .unspecified, amount: "1.234.567,89 COP").0?.amount.description == "1234567.89")
    #expect(created(style: .commaDecimal, amount: "1,500 EUR").0?.amount.description == "1.5")
    #expect(created(style: .dotDecimal, amount: "1,500 EUR").0 == Money(1500, "EUR"))
    let (money, error) = created(style: .unspecified, amount: "1,500 EUR")
    #expect(money == nil)
    #expect(error?.contains("1,500 (") == true && error?.contains(" 1.5 (") == true)
  }
}
