import Foundation

/// An amount of money: a decimal (never binary floating point) and an ISO 4217 currency code.
public struct Money: Hashable, Sendable, CustomStringConvertible {
  /// The amount, exact.
  public var amount: Decimal
  /// Three upper-case letters: USD, EUR, COP, …
  public var currency: String

  /// Creates an amount in a currency; the code is upper-cased.
  public init(_ amount: Decimal, _ currency: String) {
    self.amount = amount
    self.currency = currency.uppercased()
  }

  /// `125000 EUR`.
  public var description: String { "\(amount) \(currency)" }

  /// Whether `code` looks like an ISO 4217 code (three ASCII letters).
  public static func isCurrencyCode(_ code: String) -> Bool {
    code.utf8.count == 3 && code.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
  }

  /// Parses a plain decimal amount with an optional `k` or `m` suffix and `_`/`,` digit
  /// separators: `50000`, `50k`, `1.5m`, `1,250,000.50`. Nil for anything else.
  public static func parseAmount(_ text: String) -> Decimal? {
    var t = text.trimmingCharacters(in: .whitespaces).lowercased()
    var factor: Decimal = 1
    if t.hasSuffix("k") {
      factor = 1000
      t.removeLast()
    } else if t.hasSuffix("m") {
      factor = 1_000_000
      t.removeLast()
    }
    t = t.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: "")
    var sawDigit = false
    var sawDot = false
    for (i, c) in t.utf8.enumerated() {
      switch c {
      case 0x30...0x39: sawDigit = true
      case UInt8(ascii: "."): if sawDot { return nil } else { sawDot = true }
      case UInt8(ascii: "-") where i == 0: break
      default: return nil
      }
    }
    guard sawDigit, t.utf8.count <= 40, let d = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX"))
    else { return nil }
    // The same 40-character bound on the amount written out, so every amount accepted here
    // prints (in the file, a query's canonical text, a form) as text this function reads
    // back: `999…9m` would otherwise grow six digits past it.
    let amount = d * factor
    guard amount.description.utf8.count <= 40 else { return nil }
    return amount
  }

  /// Parses `125000 EUR`, `EUR 125000`, or `125000` with `defaultCurrency`.
  public static func parse(_ text: String, defaultCurrency: String?) -> Money? {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    switch parts.count {
    case 1:
      guard let c = defaultCurrency, let a = parseAmount(parts[0]) else { return nil }
      return Money(a, c)
    case 2:
      if isCurrencyCode(parts[1]), let a = parseAmount(parts[0]) { return Money(a, parts[1]) }
      if isCurrencyCode(parts[0]), let a = parseAmount(parts[1]) { return Money(a, parts[0]) }
      return nil
    default: return nil
    }
  }
}

extension Decimal {
  /// The exact value as a JSON number that `JSONParser` reads back (it takes at most 64
  /// characters): the plain form when it is short enough, else digits and an exponent
  /// (`1e-100`, `-12345e90`) — the plain form of such values runs to 130 characters.
  public var jsonNumber: String {
    let plain = description
    guard plain.utf8.count > 64 else { return plain }
    var digits = Array(plain.utf8)
    let negative = digits.first == UInt8(ascii: "-")
    if negative { digits.removeFirst() }
    var exponent = 0
    if let dot = digits.firstIndex(of: UInt8(ascii: ".")) {
      exponent = -(digits.count - dot - 1)
      digits.remove(at: dot)
    }
    while digits.count > 1, digits.first == UInt8(ascii: "0") { digits.removeFirst() }
    while digits.count > 1, digits.last == UInt8(ascii: "0") {
      digits.removeLast()
      exponent += 1
    }
    return (negative ? "-" : "") + String(decoding: digits, as: UTF8.self) + "e" + String(exponent)
  }

  /// The amount with thousands separators and at most two decimals: `1,250,000.5`.
  public var grouped: String {
    var rounded = Decimal()
    var me = self
    NSDecimalRound(&rounded, &me, 2, .plain)
    let plain = rounded.description
    var intPart = Substring(plain)
    var frac = Substring("")
    var sign = ""
    if let dot = plain.firstIndex(of: ".") {
      intPart = plain[..<dot]
      frac = plain[dot...]
    }
    if intPart.hasPrefix("-") {
      sign = "-"
      intPart = intPart.dropFirst()
    }
    var out = ""
    for (i, ch) in intPart.enumerated() {
      if i > 0, (intPart.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return sign + out + frac
  }

  /// A short form for narrow columns: `1.3M`, `250K`, `900`.
  public var compact: String {
    let v = NSDecimalNumber(decimal: self).doubleValue
    let a = abs(v)
    func f(_ x: Double, _ s: String) -> String {
      let r = (x * 10).rounded() / 10
      return (r == r.rounded() ? String(Int(r)) : String(r)) + s
    }
    if a >= 1_000_000_000 { return f(v / 1_000_000_000, "B") }
    if a >= 1_000_000 { return f(v / 1_000_000, "M") }
    if a >= 10_000 { return f(v / 1000, "K") }
    return grouped
  }
}
