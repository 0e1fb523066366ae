import ArgumentParser
import ConvocaCore

/// One flag per field of an opportunity, shared by `add` and `edit`.
struct FieldOptions: ParsableArguments {
  @Option(help: "The call's name.") var title: String?
  @Option(help: "grant, scholarship, award, network, event, alliance, technical, other (or a configured kind).")
  var kind: String?
  @Option(help: "The organisation that issues the call.") var funder: String?
  @Option(help: "The funder's programme.") var program: String?
  @Option(help: "The funder's country or region.") var country: String?
  @Option(help: "Strategic line: economic-development, urban-development, security-peace, inclusion, education-culture, innovation.")
  var area: String?
  @Option(help: "Application deadline, YYYY-MM-DD (empty to clear).") var deadline: String?
  @Option(help: "Expected decision date, YYYY-MM-DD (empty to clear).") var decision: String?
  @Option(help: "Money requested or at stake: 50000, 250k, 1.5m, or '50000 EUR'.") var amount: String?
  @Option(help: "ISO 4217 currency of --amount (default from the configuration, USD).") var currency: String?
  @Option(help: "Money actually won (same forms as --amount).") var awarded: String?
  @Option(help: "Chance of winning, 0–100 (empty: the stage's default).") var probability: String?
  @Option(help: "The officer responsible.") var owner: String?
  @Option(help: "A label (repeat for several; replaces the list on edit).") var tag: [String] = []
  @Option(help: "Where the call lives.") var url: String?
  @Option(help: "Who to ask.") var contact: String?
  @Option(help: "The call's text.") var description: String?

  /// The fields given, parsed and checked; `current` supplies what the editor started from.
  func changes(_ config: Configuration, current: Opportunity?) throws -> [FieldChange] {
    var out: [FieldChange] = []
    var conf = config
    if let c = currency {
      guard Money.isCurrencyCode(c) else { throw ValidationError(Strings.cliBadCurrency(c)) }
      conf.defaultCurrency = c.uppercased()
    }
    func add(_ f: Field, _ text: String?) throws {
      guard let text else { return }
      do {
        out.append(FieldChange(f, try FieldInput.parse(f, text, configuration: conf), expected: current.map { f.value(in: $0) }))
      } catch {
        throw ValidationError(error.description)
      }
    }
    if currency != nil && amount == nil && awarded == nil {
      throw ValidationError(Strings.cliCurrencyAlone)
    }
    try add(.title, title)
    try add(.kind, kind)
    try add(.funder, funder)
    try add(.program, program)
    try add(.country, country)
    try add(.area, area)
    try add(.deadline, deadline)
    try add(.decision, decision)
    try add(.amount, amount)
    try add(.awarded, awarded)
    try add(.probability, probability)
    try add(.owner, owner)
    if !tag.isEmpty { try add(.tags, tag.joined(separator: ",")) }
    try add(.url, url)
    try add(.contact, contact)
    try add(.description, description)
    return out
  }
}

extension Strings {
  static func cliBadCurrency(_ c: String) -> String {
    t("cli.badCurrency", "'{0}' is not a currency code like USD, EUR or COP", c)
  }
  static var cliCurrencyAlone: String { t("cli.currencyAlone", "--currency goes with --amount or --awarded") }
}
