import Foundation
import Testing

@testable import ConvocaCore

/// The report adds whole amounts as integers read from `Decimal`'s bytes; the reading must
/// agree with the slow, portable one on every value, and be in use on this platform.
@Suite struct PreparedAmountTests {
  @Test func theLayoutIsReadableHere() {
    #expect(PreparedAmount.layoutReadable)
  }

  @Test func bothReadingsAgreeOnGeneratedAmounts() {
    var g = SeededGenerator(seed: 99)
    for _ in 0..<20_000 {
      var d = Gens.decimal(&g)
      if g.chance(0.3) { d = Decimal(Int64.random(in: -999_999_999_999...999_999_999_999, using: &g)) }
      #expect(PreparedAmount.wholeFromLayout(d) == PreparedAmount.wholeThroughDouble(d), "\(d)")
    }
  }

  @Test func sumsStayExactAcrossIntegersAndDecimals() {
    var s = CurrencySums()
    for m in [
      Money(125_000, "EUR"), Money(Decimal(string: "0.5")!, "EUR"), Money(999_999_999_999_999, "EUR"),
    ] {
      s.add(m)
    }
    s.add(Money(Decimal(string: "1e20")!, "EUR"))  // past Int64's exact range: added as a Decimal
    #expect(s.value(0) == Decimal(string: "100001000000000124999.5")!)
  }
}
