import ArgumentParser
import ConvocaCore

/// One flag per field of an opportunity, shared by `add` and `edit`.
struct FieldOptions: ParsableArguments {
  @Option(help: ArgumentHelp(Strings.cliHelpTitle)) var title: String?
  @Option(
    help: ArgumentHelp(Strings.cliHelpKind), completion: .list(Vocabulary.standard.kinds.map(\.rawValue)))
  var kind: String?
  @Option(help: ArgumentHelp(Strings.cliHelpFunder)) var funder: String?
  @Option(help: ArgumentHelp(Strings.cliHelpProgram)) var program: String?
  @Option(help: ArgumentHelp(Strings.cliHelpCountry)) var country: String?
  @Option(
    help: ArgumentHelp(Strings.cliHelpArea), completion: .list(Vocabulary.standard.areas.map(\.rawValue)))
  var area: String?
  // Unconditional: `--deadline -2d` takes `-2d` as the date, not as an option.
  @Option(parsing: .unconditional, help: ArgumentHelp(Strings.cliHelpDeadline)) var deadline: String?
  @Option(parsing: .unconditional, help: ArgumentHelp(Strings.cliHelpDecision)) var decision: String?
  @Option(help: ArgumentHelp(Strings.cliHelpAmount)) var amount: String?
  @Option(help: ArgumentHelp(Strings.cliHelpCurrency)) var currency: String?
  @Option(help: ArgumentHelp(Strings.cliHelpAwarded)) var awarded: String?
  @Option(help: ArgumentHelp(Strings.cliHelpProbability)) var probability: String?
  @Option(help: ArgumentHelp(Strings.cliHelpOwner)) var owner: String?
  @Option(help: ArgumentHelp(Strings.cliHelpBeneficiary)) var beneficiary: String?
  @Option(help: ArgumentHelp(Strings.cliHelpTag)) var tag: [String] = []
  @Option(help: ArgumentHelp(Strings.cliHelpURL)) var url: String?
  @Option(help: ArgumentHelp(Strings.cliHelpContact)) var contact: String?
  @Option(help: ArgumentHelp(Strings.cliHelpDescription)) var description: String?

  /// The text given for each field's flag, by the field's name (`--tag` repeated is one
  /// comma-separated list).
  var typed: [String: String] {
    var m: [String: String] = [:]
    m["title"] = title
    m["kind"] = kind
    m["funder"] = funder
    m["program"] = program
    m["country"] = country
    m["area"] = area
    m["deadline"] = deadline
    m["decision"] = decision
    m["amount"] = amount
    m["awarded"] = awarded
    m["probability"] = probability
    m["owner"] = owner
    m["beneficiary"] = beneficiary
    if !tag.isEmpty { m["tags"] = tag.joined(separator: ",") }
    m["url"] = url
    m["contact"] = contact
    m["description"] = description
    return m
  }

  /// The fields given, parsed and checked; `current` supplies what the editor started from,
  /// `today` what `tomorrow` or `+6w` count from.
  func changes(_ config: Configuration, current: Opportunity?, today: CalendarDate) throws -> [FieldChange] {
    var out: [FieldChange] = []
    var conf = config
    if let c = currency {
      guard Money.isCurrencyCode(c) else { throw ValidationError(Strings.cliBadCurrency(c)) }
      conf.defaultCurrency = c.uppercased()
    }
    if currency != nil && amount == nil && awarded == nil {
      throw ValidationError(Strings.cliCurrencyAlone)
    }
    // The flags are declared above (swift-argument-parser declares options statically); what
    // each means, in which order they apply and how their text is read come from the catalogue.
    let given = typed
    for d in FieldCatalogue.all where d.isEditable {
      guard let f = d.field, let text = given[d.name] else { continue }
      do {
        out.append(
          FieldChange(
            f, try FieldInput.parse(f, text, configuration: conf, today: today),
            expected: current.map { f.value(in: $0) }))
      } catch {
        throw ValidationError(error.description)
      }
    }
    return out
  }
}

extension Strings {
  static func cliBadCurrency(_ c: String) -> String {
    t("cli.badCurrency", "'{0}' is not a currency code like USD, EUR or COP", c)
  }
  static var cliCurrencyAlone: String { t("cli.currencyAlone", "--currency goes with --amount or --awarded") }
}
