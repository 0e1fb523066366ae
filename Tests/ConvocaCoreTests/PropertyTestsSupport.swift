import Foundation
import PropertyBased
import Testing

@testable import ConvocaCore

// Property-based tests: the driver and the generators shared by PropertyTests*.swift.
//
// Values come from generators of the PropertyBased package (x-sheep/swift-property-based). In CI
// every property runs a fixed number of cases from a fixed seed, so a run is reproducible:
//
//   CONVOCA_PROPERTY_CASES=5000 swift test --filter PropertyTests     more cases (the long run)
//   CONVOCA_PROPERTY_SEED=12345 swift test --filter PropertyTests     another fixed seed
//   CONVOCA_PROPERTY_SEED=random swift test --filter PropertyTests    PropertyBased's own loop:
//                                                                     fresh random seeds, shrinking
//
// A failure names the case, the seed and the `.fixedSeed("…")` trait that replays exactly that
// case through PropertyBased's `propertyCheck` (write the test with `propertyCheck` to replay).

/// A property that does not hold, with what was seen.
struct PropertyFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// Fails the current case unless `condition` holds.
func ensure(_ condition: Bool, _ message: @autoclosure () -> String) throws {
  if !condition { throw PropertyFailure(message: message()) }
}

/// Fails unless `a == b`, showing both.
func ensureEqual<T: Equatable>(_ a: T, _ b: T, _ what: @autoclosure () -> String) throws {
  if a != b {
    throw PropertyFailure(
      message: "\(what()): \(String(reflecting: a).prefix(4000)) ≠ \(String(reflecting: b).prefix(4000))")
  }
}

enum Property {
  static let environment = ProcessInfo.processInfo.environment
  static let seedSetting = environment["CONVOCA_PROPERTY_SEED"] ?? ""
  static let seed: UInt64 = UInt64(seedSetting) ?? 0x00C0_7C0C_A5EE_D001
  static let randomSeeds = seedSetting == "random"

  /// The number of cases: `ci` unless CONVOCA_PROPERTY_CASES says otherwise (`scale` lets a
  /// heavier property run a fraction of them).
  static func cases(_ ci: Int, scale: Double = 1) -> Int {
    guard let n = environment["CONVOCA_PROPERTY_CASES"].flatMap(Int.init), n > 0 else { return ci }
    return max(1, Int(Double(n) * scale))
  }

  /// A PropertyBased generator from a plain function over ConvocaCore's `SeededGenerator`
  /// (seeded from the library's generator, so `.fixedSeed` replays it).
  static func gen<T>(_ make: @Sendable @escaping (inout SeededGenerator) -> T) -> Generator<T, Shrink.None<T>>
  {
    Generator(run: { rng in
      var g = SeededGenerator(seed: rng.next())
      return make(&g)
    })
  }

  static func fnv(_ s: String) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    return h
  }

  /// Runs `body` on `count` generated values; stops at the first failing case. Returns the number
  /// of cases that passed.
  @discardableResult
  static func check<T, S>(
    _ name: String, count: Int, _ gen: Generator<T, S>, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (T) throws -> Void
  ) async -> Int {
    let started = ContinuousClock.now
    if randomSeeds {
      await propertyCheck(count: count, input: gen, perform: { try body($0) }, sourceLocation: sourceLocation)
      print("property \(name): \(count) cases, random seeds, \(ContinuousClock.now - started)")
      return count
    }
    for i in 0..<count {
      var rng = Xoshiro(seed: (seed, UInt64(i), fnv(name), 0x9E37_79B9_7F4A_7C15))
      let start = rng
      let value = gen.run(using: &rng)
      do {
        try body(value)
      } catch {
        Issue.record(
          """
          property \(name) failed at case \(i) of \(count) (CONVOCA_PROPERTY_SEED=\(seed)): \(error)
          Replay this case with `.fixedSeed("\(start.currentSeed)")` and `propertyCheck`.
          """, sourceLocation: sourceLocation)
        return i
      }
    }
    print("property \(name): \(count) cases passed, seed \(seed), \(ContinuousClock.now - started)")
    return count
  }
}

// MARK: - Plain generators

extension SeededGenerator {
  mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &self) }
  mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
  mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...(xs.count - 1))] }
}

enum Hostile {
  /// Pieces of text that have broken text handling somewhere.
  static let pieces: [String] = [
    "a", "Z", "word", "Medellín", "educación", " ", "  ", "-", ":", ",", "<", ">=", "=",
    // emoji, with ZWJ sequences, modifiers, flags, keycaps
    "😀", "👩‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇨🇴", "1️⃣", "🧑🏿‍🚀", "❤️",
    // combining marks
    "e\u{301}", "é", "a\u{308}\u{304}", "\u{301}", "Å", "A\u{30A}", "ﬁ", "ß", "İ", "ǅ",
    // right to left, bidi controls
    "مرحبا", "שלום", "\u{202E}evil\u{202C}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200F}", "\u{200E}",
    "\u{061C}",
    // CJK and wide
    "漢字", "日本語", "한국어", "ｆｕｌｌ", "𠀋",
    // control characters, line and paragraph separators, BOM, zero-width
    "\u{0}", "\u{1}", "\u{8}", "\u{1B}[31m", "\u{1F}", "\u{7F}", "\u{85}", "\u{9B}", "\n", "\r", "\r\n", "\t",
    "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{200B}", "\u{200D}", "\u{00AD}",
    // quotes, backslashes, escapes that look like JSON
    "\"", "\\", "\\\"", "\\u0000", "\\n", "'", "`", "/", "</script>", "{\"id\":\"x\"}", "[", "]", "}",
    // odd scalars
    "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "\u{E000}", "\u{F8FF}", "\u{1D11E}",
  ]

  static func combiningCluster(_ g: inout SeededGenerator, marks: Int) -> String {
    var s = String(g.pick(["a", "ø", "ب", "漢", "😀"]))
    for _ in 0..<marks { s.unicodeScalars.append(Unicode.Scalar(UInt32(g.int(0x300...0x36F)))!) }
    return s
  }

  static func randomScalar(_ g: inout SeededGenerator) -> Unicode.Scalar {
    while true {
      let v: UInt32
      switch g.int(0...3) {
      case 0: v = UInt32(g.int(0...0x7F))
      case 1: v = UInt32(g.int(0x80...0x7FF))
      case 2: v = UInt32(g.int(0x800...0xFFFF))
      default: v = UInt32(g.int(0x10000...0x10FFFF))
      }
      if let s = Unicode.Scalar(v) { return s }
    }
  }

  static func piece(_ g: inout SeededGenerator) -> String {
    switch g.int(0...19) {
    case 0: return combiningCluster(&g, marks: g.chance(0.3) ? 50 : g.int(1...5))
    case 1, 2: return String(randomScalar(&g))
    default: return g.pick(pieces)
    }
  }

  /// Any string: empty, short, long, now and then huge (~100 KB).
  static func string(_ g: inout SeededGenerator, hugeRate: Double = 0.002) -> String {
    if g.chance(0.12) { return "" }
    if g.chance(hugeRate) {
      let unit = (0..<g.int(1...6)).map { _ in piece(&g) }.joined()
      let target = g.int(50_000...100_000)
      return String(repeating: unit.isEmpty ? "x" : unit, count: max(1, target / max(1, unit.utf8.count)))
    }
    let n = g.chance(0.1) ? g.int(20...200) : g.int(1...8)
    var s = ""
    for _ in 0..<n { s += piece(&g) }
    return s
  }

  static func nonEmpty(_ g: inout SeededGenerator, hugeRate: Double = 0.002) -> String {
    let s = string(&g, hugeRate: hugeRate)
    return s.isEmpty ? piece(&g) + "t" : s
  }
}

enum Gens {
  static let firstDay = Int(CalendarDate(year: 1, month: 1, day: 1)!.daysSinceEpoch)
  static let lastDay = Int(CalendarDate(year: 9999, month: 12, day: 31)!.daysSinceEpoch)

  static func date(_ g: inout SeededGenerator) -> CalendarDate {
    switch g.int(0...5) {
    case 0:
      return CalendarDate(daysSinceEpoch: Int32(g.pick([firstDay, lastDay, 0, -1, firstDay + 59, 11016])))
    case 1, 2: return CalendarDate(daysSinceEpoch: Int32(g.int(19_000...22_000)))
    default: return CalendarDate(daysSinceEpoch: Int32(g.int(firstDay...lastDay)))
    }
  }

  static func timestamp(_ g: inout SeededGenerator) -> Timestamp {
    let day = Int64(date(&g).daysSinceEpoch)
    let second: Int64 = g.chance(0.2) ? g.pick([0, 86_399, 43_200]) : Int64(g.int(0...86_399))
    return Timestamp(seconds: day * 86_400 + second)
  }

  static func digits(_ g: inout SeededGenerator, _ n: Int) -> String {
    var s = String(g.int(1...9))
    for _ in 1..<max(1, n) { s += String(g.int(0...9)) }
    return s
  }

  /// Decimals at the edges: zero, negatives, 38 significant digits, tiny and large exponents.
  static func decimal(_ g: inout SeededGenerator) -> Decimal {
    let sign = g.chance(0.3) ? "-" : ""
    switch g.int(0...9) {
    case 0: return 0
    case 1: return Decimal(g.int(-1_000_000...1_000_000))
    case 2:
      // 38 significant digits, the point anywhere
      let d = digits(&g, 38)
      let k = g.int(0...38)
      let text = k == 38 ? d : String(d.prefix(k).isEmpty ? "0" : d.prefix(k)) + "." + d.dropFirst(k)
      return Decimal(string: sign + text, locale: Locale(identifier: "en_US_POSIX")) ?? 1
    case 3:
      // tiny: down to 1e-127
      let m = Decimal(string: digits(&g, g.int(1...38)))!
      return Decimal(sign: sign.isEmpty ? .plus : .minus, exponent: -g.int(1...127), significand: m)
    case 4:
      let m = Decimal(string: digits(&g, g.int(1...20)))!
      return Decimal(sign: sign.isEmpty ? .plus : .minus, exponent: g.int(1...90), significand: m)
    case 5:
      return Decimal(
        string: sign + "0." + String(repeating: "0", count: g.int(0...30)) + String(g.int(1...9)))!
    default:
      return Decimal(
        string: sign + String(g.int(0...9_999_999)) + (g.chance(0.5) ? "." + String(g.int(0...99)) : ""))!
    }
  }

  static func currency(_ g: inout SeededGenerator) -> String {
    g.chance(0.6)
      ? g.pick(["EUR", "USD", "COP", "JPY", "krw", "Gbp"])
      : String((0..<3).map { _ in Character(Unicode.Scalar(UInt8(g.int(0x61...0x7A)))) })
  }

  static func money(_ g: inout SeededGenerator) -> Money { Money(decimal(&g), currency(&g)) }

  static let idAlphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz_-")

  static func id(_ g: inout SeededGenerator) -> OpportunityID {
    let n = g.chance(0.7) ? 8 : g.int(1...8)
    return OpportunityID(rawValue: String((0..<n).map { _ in g.pick(idAlphabet) }))!
  }

  static func ids(_ g: inout SeededGenerator, _ n: Int) -> [OpportunityID] {
    var seen = Set<OpportunityID>()
    var out: [OpportunityID] = []
    while out.count < n {
      let i = id(&g)
      if seen.insert(i).inserted { out.append(i) }
    }
    return out
  }

  static func note(_ g: inout SeededGenerator) -> Note {
    Note(at: timestamp(&g), by: Hostile.string(&g), text: Hostile.string(&g))
  }

  static func history(_ g: inout SeededGenerator) -> HistoryEntry {
    let isField = g.chance(0.4)
    return HistoryEntry(
      field: isField ? g.pick(Field.allCases).rawValue : (g.chance(0.1) ? Hostile.string(&g) : nil),
      from: isField ? Hostile.string(&g) : g.pick(Stage.allCases).rawValue,
      to: isField ? Hostile.string(&g) : g.pick(Stage.allCases).rawValue,
      at: timestamp(&g), by: Hostile.string(&g), note: g.chance(0.4) ? Hostile.string(&g) : nil)
  }

  static func kind(_ g: inout SeededGenerator) -> Kind {
    g.chance(0.8) ? g.pick(Kind.defaults) : Kind(rawValue: Hostile.nonEmpty(&g))
  }

  static func area(_ g: inout SeededGenerator) -> Area? {
    switch g.int(0...4) {
    case 0: return nil
    case 1: return Area(rawValue: Hostile.nonEmpty(&g))
    default: return g.pick(Area.defaults)
    }
  }

  /// Any valid record: the title is not empty, the kind and area are not empty when present.
  static func opportunity(_ g: inout SeededGenerator, id: OpportunityID? = nil, hugeRate: Double = 0.002)
    -> Opportunity
  {
    let created = timestamp(&g)
    var o = Opportunity(
      id: id ?? self.id(&g), title: Hostile.nonEmpty(&g, hugeRate: hugeRate), kind: kind(&g),
      stage: g.pick(Stage.allCases), created: created, updated: g.chance(0.3) ? created : timestamp(&g))
    func s(_ g: inout SeededGenerator) -> String {
      g.chance(0.4) ? "" : Hostile.string(&g, hugeRate: hugeRate)
    }
    o.funder = s(&g)
    o.program = s(&g)
    o.country = s(&g)
    o.area = area(&g)
    if g.chance(0.6) { o.deadline = date(&g) }
    if g.chance(0.4) { o.decision = date(&g) }
    if g.chance(0.6) { o.amount = money(&g) }
    if g.chance(0.3) { o.awarded = money(&g) }
    if g.chance(0.3) { o.probabilityOverride = g.int(0...100) }
    o.owner = s(&g)
    o.beneficiary = s(&g)
    o.tags = (0..<(g.chance(0.5) ? 0 : g.int(1...5))).map { _ in Hostile.string(&g) }
    o.url = s(&g)
    o.contact = s(&g)
    o.description = s(&g)
    o.notes = (0..<(g.chance(0.5) ? 0 : g.int(1...4))).map { _ in note(&g) }
    o.history = (0..<(g.chance(0.4) ? 0 : g.int(1...5))).map { _ in history(&g) }
    if g.chance(0.3) { o.source = Source(system: Hostile.string(&g), id: Hostile.string(&g)) }
    if g.chance(0.2) { o.archived = true }
    if g.chance(0.1) { o.conflict = true }
    return o
  }

  static func records(_ g: inout SeededGenerator, _ n: Int, hugeRate: Double = 0.002) -> [Opportunity] {
    ids(&g, n).map { opportunity(&g, id: $0, hugeRate: hugeRate) }
  }

  /// A valid value for `field` (what the tracker's editors produce).
  static func fieldValue(_ g: inout SeededGenerator, _ field: Field) -> JSONValue {
    switch field {
    case .title: return .string(Hostile.nonEmpty(&g, hugeRate: 0))
    case .kind: return .string(kind(&g).rawValue)
    case .area: return area(&g).map { .string($0.rawValue) } ?? .null
    case .deadline, .decision: return g.chance(0.2) ? .null : .string(date(&g).description)
    case .amount, .awarded: return g.chance(0.2) ? .null : RecordCodec.encode(money: money(&g))
    case .probability: return g.chance(0.3) ? .null : .number(String(g.int(0...100)))
    case .tags: return .array((0..<g.int(0...3)).map { _ in .string(Hostile.string(&g, hugeRate: 0)) })
    case .source:
      return g.chance(0.3)
        ? .null
        : .object([
          ("system", .string(Hostile.string(&g, hugeRate: 0))),
          ("id", .string(Hostile.string(&g, hugeRate: 0))),
        ])
    case .funder, .program, .country, .owner, .beneficiary, .url, .contact, .description:
      return .string(Hostile.string(&g, hugeRate: 0))
    }
  }

  /// Any JSON value (for the journal codec).
  static func json(_ g: inout SeededGenerator, depth: Int = 0) -> JSONValue {
    switch g.int(0...(depth > 2 ? 3 : 5)) {
    case 0: return .null
    case 1: return .bool(g.chance(0.5))
    case 2: return .number(g.pick(["0", "-1", "42", "3.25", "1e-7", "-2.5E+30", decimal(&g).jsonNumber]))
    case 3: return .string(Hostile.string(&g, hugeRate: 0))
    case 4: return .array((0..<g.int(0...3)).map { _ in json(&g, depth: depth + 1) })
    default:
      // Member names are unique, as in any valid JSON object (the parser refuses repeats).
      var members: [(String, JSONValue)] = []
      for _ in 0..<g.int(0...3) {
        let name = Hostile.string(&g, hugeRate: 0)
        let value = json(&g, depth: depth + 1)
        if !members.contains(where: { $0.0 == name }) { members.append((name, value)) }
      }
      return .object(members)
    }
  }
}

// MARK: - Team data

extension Gens {
  /// A positive rate (rates must be).
  static func rate(_ g: inout SeededGenerator, _ code: String) -> ExchangeRate {
    var d = decimal(&g)
    if d < 0 { d = -d }
    if d == 0 { d = 1 }
    return ExchangeRate(currency: code, rate: d, date: date(&g))
  }

  static func view(_ g: inout SeededGenerator, name: String) -> SavedView {
    SavedView(
      name: name, query: Hostile.string(&g, hugeRate: 0), sort: g.chance(0.5) ? "amount:desc" : nil,
      columns: g.chance(0.4) ? ["title", Hostile.string(&g, hugeRate: 0)] : nil,
      screen: g.chance(0.5) ? g.pick(["list", "board", "dashboard", "standup"]) : nil)
  }

  static func standup(_ g: inout SeededGenerator) -> StandupRecord {
    StandupRecord(at: timestamp(&g), by: Hostile.string(&g, hugeRate: 0), since: timestamp(&g))
  }

  /// A team change that applies to `team` (every kind; an unstandup of one recorded).
  static func teamChange(_ g: inout SeededGenerator, valid team: TeamData) -> TeamChange {
    let names = ["Due this week", "Mis convocatorias", "ganadas 2026"]
    switch g.int(0...5) {
    case 0: return .reporting(g.chance(0.8) ? g.pick(["COP", "USD", "EUR"]) : nil)
    case 1:
      let code = g.pick(["EUR", "USD", "KRW", "JPY"])
      return .rate(code, g.chance(0.8) ? rate(&g, code) : nil)
    case 2:
      let name = g.pick(names)
      return .view(name, g.chance(0.8) ? view(&g, name: name) : nil)
    case 3:
      if let s = team.standups.last, g.chance(0.5) { return .unstandup(s) }
      return .standup(standup(&g))
    default: return .standup(standup(&g))
    }
  }

  /// Any well-formed team change (for the codec).
  static func anyTeamChange(_ g: inout SeededGenerator) -> TeamChange {
    switch g.int(0...4) {
    case 0: return .reporting(g.chance(0.8) ? currency(&g).uppercased() : nil)
    case 1:
      let code = currency(&g).uppercased()
      return .rate(code, g.chance(0.8) ? rate(&g, code) : nil)
    case 2:
      let name = Hostile.nonEmpty(&g, hugeRate: 0)
      return .view(name, g.chance(0.8) ? view(&g, name: name) : nil)
    case 3: return .standup(standup(&g))
    default: return .unstandup(standup(&g))
    }
  }
}
