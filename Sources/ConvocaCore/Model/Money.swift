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

  /// Reads a typed amount by the one rule of docs/file-format.md ("Typing amounts"):
  ///
  /// - An optional `k` (thousands) or `m` (millions) suffix, `_` between digits, a leading `-`.
  /// - Both `.` and `,` present: the last one is the decimal mark and must appear once; the
  ///   other groups thousands (`1.234.567,89`, `1,234,567.89`).
  /// - One kind of mark, more than once: it groups thousands (`1.234.567`, `1,000,000`).
  /// - One mark, once: it is the decimal mark unless exactly three digits follow it and a
  ///   group of one to three digits not starting with 0 stands before it (`1,5m`, `0,125`,
  ///   `12.50` are decimals). In that case (`1,500`, `250.000`) the locale's `style` decides,
  ///   and with no locale rule the amount is `.ambiguous`, carrying both readings.
  ///
  /// Grouping must be regular: groups of exactly three digits after a first group of one to
  /// three. Anything else is `.invalid`.
  public static func readAmount(_ text: String, style: NumberStyle) -> AmountReading {
    var t = text.trimmingCharacters(in: .whitespaces).lowercased()
    var factor: Decimal = 1
    if t.hasSuffix("k") {
      factor = 1000
      t.removeLast()
    } else if t.hasSuffix("m") {
      factor = 1_000_000
      t.removeLast()
    }
    var bytes = Array(t.utf8).filter { $0 != UInt8(ascii: "_") }
    var sign: [UInt8] = []
    if bytes.first == UInt8(ascii: "-") {
      sign = [UInt8(ascii: "-")]
      bytes.removeFirst()
    }
    let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
    guard !bytes.isEmpty, bytes.allSatisfy({ (0x30...0x39).contains($0) || $0 == dot || $0 == comma }),
      bytes.contains(where: { (0x30...0x39).contains($0) })
    else { return .invalid }
    let dots = bytes.filter { $0 == dot }.count
    let commas = bytes.filter { $0 == comma }.count

    /// `bytes` read with `decimal` (or none) as the decimal mark and `group` as grouping.
    func reading(decimal: UInt8?, group: UInt8?) -> Decimal? {
      var whole = bytes[...]
      var fraction: ArraySlice<UInt8> = []
      if let decimal, let k = bytes.lastIndex(of: decimal) {
        whole = bytes[..<k]
        fraction = bytes[(k + 1)...]
        guard !fraction.contains(decimal), !fraction.contains(where: { $0 == dot || $0 == comma }) else {
          return nil
        }
      }
      if let group, whole.contains(group) {
        let groups = whole.split(separator: group, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), first.first != 0x30,
          groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
      }
      let digits = whole.filter { $0 != group ?? 0 }
      guard !digits.contains(where: { $0 == dot || $0 == comma }) else { return nil }
      guard !(digits.isEmpty && fraction.isEmpty) else { return nil }
      let plain =
        sign + (digits.isEmpty ? [0x30] : Array(digits)) + (fraction.isEmpty ? [] : [dot] + fraction)
      // 41: a 40-character amount with three decimals is written with a fourth (see
      // `Decimal.amountInput`).
      guard plain.count <= 41,
        let d = Decimal(
          string: String(decoding: plain, as: UTF8.self), locale: Locale(identifier: "en_US_POSIX"))
      else { return nil }
      // The same 40-character bound on the amount written out, so every amount accepted here
      // prints (in the file, a query's canonical text, a form) as text this function reads
      // back: `999…9m` would otherwise grow six digits past it.
      let amount = d * factor
      guard amount.description.utf8.count <= 40 else { return nil }
      return amount
    }

    let result: Decimal?
    switch (dots, commas) {
    case (0, 0): result = reading(decimal: nil, group: nil)
    case (_, _) where dots > 0 && commas > 0:
      let decimal = bytes.last { $0 == dot || $0 == comma } ?? dot
      result = reading(decimal: decimal, group: decimal == dot ? comma : dot)
    default:
      let mark = dots > 0 ? dot : comma
      let other = mark == dot ? comma : dot
      if dots + commas > 1 {
        result = reading(decimal: nil, group: mark)
        break
      }
      let k = bytes.firstIndex(of: mark) ?? 0
      let before = bytes[..<k], after = bytes[(k + 1)...]
      let couldGroup = after.count == 3 && (1...3).contains(before.count) && before.first != 0x30
      guard couldGroup else {
        result = reading(decimal: mark, group: other)
        break
      }
      let grouped = reading(decimal: nil, group: mark)
      let decimal = reading(decimal: mark, group: other)
      switch style {
      case .dotDecimal: result = mark == dot ? decimal : grouped
      case .commaDecimal: result = mark == comma ? decimal : grouped
      case .unspecified:
        guard let grouped, let decimal else { return .invalid }
        return .ambiguous(grouping: grouped, decimal: decimal)
      }
    }
    return result.map(AmountReading.value) ?? .invalid
  }

  /// `readAmount`'s value when it has exactly one reading; nil when it is invalid or
  /// ambiguous.
  public static func parseAmount(_ text: String, style: NumberStyle) -> Decimal? {
    readAmount(text, style: style).value
  }

  /// The currency symbols read as codes, as Spanish-speaking officers write money:
  /// `US$ 25.000`, `€ 40.000`; a lone `$` is the code written beside it or the default
  /// currency (`$ 1.500.000 COP`, `$ 1.500.000`).
  /// (The one table of currency symbols: imports read spreadsheets' cells with it too.)
  static let symbols: [(symbol: String, code: String)] = [
    ("US$", "USD"), ("USD$", "USD"), ("COL$", "COP"), ("COP$", "COP"), ("€", "EUR"), ("£", "GBP"),
  ]

  /// Reads `125000 EUR`, `EUR 125000`, or `125000` with `defaultCurrency`, also with a currency
  /// symbol (`US$ 25.000`, `€ 40.000`, `$ 1.500.000 COP`); the amount by `readAmount`'s rule.
  /// Nil when it is not money; `.ambiguous` comes back as such.
  public static func read(_ text: String, defaultCurrency: String?, style: NumberStyle) -> (
    currency: String, reading: AmountReading
  )? {
    var text = text
    for s in symbols where text.contains(s.symbol) {
      text = text.replacingOccurrences(of: s.symbol, with: " " + s.code + " ")
    }
    if text.contains("$") { text = text.replacingOccurrences(of: "$", with: " ") }
    let parts = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    switch parts.count {
    case 1:
      guard let c = defaultCurrency else { return nil }
      return (c, readAmount(parts[0], style: style))
    case 2:
      if isCurrencyCode(parts[1]) { return (parts[1], readAmount(parts[0], style: style)) }
      if isCurrencyCode(parts[0]) { return (parts[0], readAmount(parts[1], style: style)) }
      return nil
    default: return nil
    }
  }

  /// `read`'s money when the amount has exactly one reading.
  public static func parse(_ text: String, defaultCurrency: String?, style: NumberStyle) -> Money? {
    guard let r = read(text, defaultCurrency: defaultCurrency, style: style), let a = r.reading.value else {
      return nil
    }
    return Money(a, r.currency)
  }

  /// The amount as text `readAmount` reads back to the same value in every style:
  /// `description`, with a fourth decimal when it has exactly three (`1.2340`), since `1.234`
  /// alone could be grouping.
  public var input: String { amount.amountInput + " " + currency }
}

extension Decimal {
  /// The plain value as text `Money.readAmount` reads back to it under every `NumberStyle`:
  /// `1234.5`, `1.2340` (three decimals would read as grouping where the locale says so).
  public var amountInput: String {
    let plain = description
    guard let dot = plain.firstIndex(of: "."), plain[plain.index(after: dot)...].count == 3 else {
      return plain
    }
    return plain + "0"
  }

  /// The exact value as a JSON number that `JSONParser` reads back (it takes at most 64
  /// characters): the plain form when it is short enough, else digits and an exponent
  /// (`1e-100`, `-12345e90`) — the plain form of such values runs to 130 characters.
  public var jsonNumber: String {
    if let fast = fastPlainText { return fast }
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
