import ArgumentParser
import ConvocaCore
import Foundation

/// `convoca rates`: the team's reporting currency and exchange rates, shared in the data file
/// (`convoca rates set EUR 4420.15`, `rates remove EUR`, `rates currency COP`). Every change is
/// a team line in the file (docs/file-format.md), undoable in the tracker.
struct RatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rates", abstract: Strings.cliAbstractRates,
    subcommands: [RatesList.self, RatesSet.self, RatesRemove.self, RatesCurrency.self],
    defaultSubcommand: RatesList.self)
}

/// `convoca rates [list] [--json]`: the reporting currency and every rate with its date.
struct RatesList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: Strings.cliAbstractRatesList)

  @OptionGroup var globals: GlobalOptions
  @Flag(help: ArgumentHelp(Strings.cliHelpRatesJSON)) var json = false

  func run() throws {
    let config = try globals.configuration()
    let db = try globals.open(config)
    let team = db.store.team
    let codes = team.rates.keys.sorted()
    if json {
      let rates: [JSONValue] = codes.compactMap { c in
        team.rates[c].map {
          .object([
            ("currency", .string(c)), ("rate", .number($0.rate.jsonNumber)),
            ("date", .string($0.date.description)),
          ])
        }
      }
      let reporting: JSONValue = team.reportingCurrency.map(JSONValue.string) ?? .null
      Output.line(JSONWriter.pretty(.object([("reporting", reporting), ("rates", .array(rates))])))
      return try globals.endRead(db)
    }
    guard let reporting = team.reportingCurrency else {
      Output.note(Strings.cliNoReporting(config.reportingOrDefault))
      return try globals.endRead(db)
    }
    Output.line(Strings.cliReportingLine(reporting))
    if codes.isEmpty { Output.note(Strings.cliNoRates(reporting)) }
    for c in codes {
      guard let r = team.rates[c] else { continue }
      Output.line(Strings.cliRateLine(c, r.rate.description, reporting, r.date.description))
    }
    let used = Set(
      db.store.records.flatMap { [$0.amount?.currency, $0.awarded?.currency].compactMap { $0 } })
    let missing = used.filter { $0 != reporting && team.rates[$0] == nil }.sorted()
    if !missing.isEmpty { Output.note(Strings.cliRatesMissing(missing)) }
    try globals.endRead(db)
  }
}

/// `convoca rates set CODE RATE [--date D]`: units of the reporting currency per unit of CODE.
struct RatesSet: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "set", abstract: Strings.cliAbstractRatesSet)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpRateCurrency)) var currency: String
  @Argument(help: ArgumentHelp(Strings.cliHelpRateValue)) var rate: String
  @Option(parsing: .unconditional, help: ArgumentHelp(Strings.cliHelpRateDate)) var date: String?

  /// Rewrites `rates set`'s arguments so a negative rate (`-3`) reaches the rate check as a
  /// value instead of being taken for an option (see `ListCommand.queryWordsAsArguments`).
  static func valuesAsArguments(_ args: [String]) -> [String] {
    guard args.count >= 2, args[0] == "rates", args[1] == "set" else { return args }
    return ["rates"]
      + ListCommand.sortingQueryWords(
        Array(args.dropFirst()), valueOptions: ["--date", "--file"], flagOptions: ["--demo", "--help", "-h"])
  }

  func run() throws {
    let config = try globals.configuration()
    guard Money.isCurrencyCode(currency) else { throw ValidationError(Strings.cliBadCurrency(currency)) }
    let code = currency.uppercased()
    let value = try RatesSet.readRate(rate, style: config.numberStyle)
    var day = globals.today
    if let date {
      do { day = try DateInput.parse(date, today: globals.today, order: config.dateOrder) } catch {
        throw ValidationError(error.description)
      }
    }
    let db = try globals.openForWriting(config)
    var commands: [Command] = []
    let reporting = db.store.team.reportingCurrency ?? config.reportingOrDefault
    if db.store.team.reportingCurrency == nil { commands.append(.team(.reporting(reporting))) }
    guard code != reporting else { throw CLIError(Strings.cliRateOfReporting(code)) }
    commands.append(.team(.rate(code, ExchangeRate(currency: code, rate: value, date: day))))
    try RatesCommand.perform(db, commands)
    if db.store.team.reportingCurrency == reporting, commands.count == 2 {
      Output.note(Strings.cliReportingSet(reporting))
    }
    Output.note(Strings.cliRateSet(code, value.description, reporting, day.description))
  }

  /// A typed rate by the amount rules (`Money.readAmount`, the locale's number style): `4420.15`,
  /// `4.420,15` under a comma-decimal locale; zero, negative, ambiguous or not a number is
  /// refused with a message saying why.
  static func readRate(_ text: String, style: NumberStyle) throws -> Decimal {
    switch Money.readAmount(text, style: style) {
    case .invalid: throw ValidationError(Strings.cliBadRate(text))
    case .ambiguous(let grouping, let decimal):
      throw ValidationError(Strings.cliAmbiguousRate(text, grouping.grouped, decimal.amountInput))
    case .value(let v):
      guard v > 0 else { throw ValidationError(Strings.cliRateNotPositive(text)) }
      return v
    }
  }
}

/// `convoca rates remove CODE`.
struct RatesRemove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: Strings.cliAbstractRatesRemove)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpRateCurrency)) var currency: String

  func run() throws {
    let config = try globals.configuration()
    guard Money.isCurrencyCode(currency) else { throw ValidationError(Strings.cliBadCurrency(currency)) }
    let code = currency.uppercased()
    let db = try globals.openForWriting(config)
    guard db.store.team.rates[code] != nil else { throw CLIError(Strings.cliNoSuchRate(code)) }
    try RatesCommand.perform(db, [.team(.rate(code, nil))])
    Output.note(Strings.cliRateRemoved(code))
  }
}

/// `convoca rates currency CODE [--clear-rates]`: the reporting currency. The rates are
/// relative to it, so changing it while rates exist is refused unless `--clear-rates` removes
/// them in the same change (converting them would invent rates nobody quoted).
struct RatesCurrency: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "currency", abstract: Strings.cliAbstractRatesCurrency)

  @OptionGroup var globals: GlobalOptions
  @Argument(help: ArgumentHelp(Strings.cliHelpRateCurrency)) var currency: String
  @Flag(help: ArgumentHelp(Strings.cliHelpClearRates)) var clearRates = false

  func run() throws {
    let config = try globals.configuration()
    guard Money.isCurrencyCode(currency) else { throw ValidationError(Strings.cliBadCurrency(currency)) }
    let code = currency.uppercased()
    let db = try globals.openForWriting(config)
    let team = db.store.team
    if team.reportingCurrency == code {
      Output.note(Strings.cliReportingUnchanged(code))
      return
    }
    if !team.rates.isEmpty && !clearRates {
      throw CLIError(Strings.cliRatesInTheWay(team.reportingCurrency ?? "", team.rates.count))
    }
    let commands: [Command] =
      [.team(.reporting(code))] + team.rates.keys.sorted().map { .team(.rate($0, nil)) }
    try RatesCommand.perform(db, commands)
    Output.note(Strings.cliReportingSet(code))
  }
}

extension RatesCommand {
  /// Performs team commands as one change, reporting a failure on one line.
  static func perform(_ db: Database, _ commands: [Command]) throws {
    do { try db.perform(commands) } catch { throw CLIError(error.description) }
  }
}

extension Strings {
  static var cliAbstractRates: String {
    t("cli.abstract.rates", "The reporting currency and exchange rates the team totals with.")
  }
  static var cliAbstractRatesList: String {
    t("cli.abstract.ratesList", "List the reporting currency and every rate with its date.")
  }
  static var cliAbstractRatesSet: String {
    t("cli.abstract.ratesSet", "Set a currency's rate: units of the reporting currency per unit.")
  }
  static var cliAbstractRatesRemove: String { t("cli.abstract.ratesRemove", "Remove a currency's rate.") }
  static var cliAbstractRatesCurrency: String {
    t("cli.abstract.ratesCurrency", "Set the reporting currency (with --clear-rates when rates exist).")
  }
  static var cliHelpRatesJSON: String { t("cli.help.ratesJSON", "Print them as JSON.") }
  static var cliHelpRateCurrency: String { t("cli.help.rateCurrency", "A currency code: EUR, USD, KRW…") }
  static var cliHelpRateValue: String {
    t(
      "cli.help.rateValue",
      "Units of the reporting currency per unit, typed as an amount: 4420.15, or 4.420,15 with a comma-decimal locale."
    )
  }
  static var cliHelpRateDate: String {
    t("cli.help.rateDate", "The day the rate is quoted for (default today), typed as for --deadline.")
  }
  static var cliHelpClearRates: String {
    t("cli.help.clearRates", "Remove every rate in the same change (they were relative to the old currency).")
  }
  static func cliReportingLine(_ c: String) -> String { t("cli.reportingLine", "reporting currency: {0}", c) }
  static func cliRateLine(_ code: String, _ rate: String, _ reporting: String, _ date: String) -> String {
    t("cli.rateLine", "1 {0} = {1} {2}  ({3})", code, rate, reporting, date)
  }
  static func cliNoReporting(_ c: String) -> String {
    t(
      "cli.noReporting",
      "no reporting currency yet; the first 'convoca rates set' sets {0} (from the configuration)", c)
  }
  static func cliNoRates(_ c: String) -> String {
    t("cli.noRates", "no rates yet; add one with: convoca rates set EUR 4420.15 (units of {0} per euro)", c)
  }
  static func cliRatesMissing(_ codes: [String]) -> String {
    t(
      "cli.ratesMissing", "no rate for {0}: totals with these amounts are partial",
      codes.joined(separator: ", "))
  }
  static func cliBadRate(_ s: String) -> String {
    t("cli.badRate", "'{0}' is not a rate like 4420.15; nothing was changed", s)
  }
  static func cliAmbiguousRate(_ s: String, _ a: String, _ b: String) -> String {
    t(
      "cli.ambiguousRate",
      "'{0}' could be {1} (thousands) or {2} (decimals); write it without the mark, or set LANG or \"decimal\" in the configuration; nothing was changed",
      s, a, b)
  }
  static func cliRateNotPositive(_ s: String) -> String {
    t("cli.rateNotPositive", "a rate must be above 0, not '{0}'; nothing was changed", s)
  }
  static func cliRateOfReporting(_ c: String) -> String {
    t("cli.rateOfReporting", "{0} is the reporting currency: its rate is always 1; nothing was changed", c)
  }
  static func cliReportingSet(_ c: String) -> String { t("cli.reportingSet", "reporting currency: {0}", c) }
  static func cliReportingUnchanged(_ c: String) -> String {
    t("cli.reportingUnchanged", "the reporting currency is already {0}", c)
  }
  static func cliRateSet(_ code: String, _ rate: String, _ reporting: String, _ date: String) -> String {
    t("cli.rateSet", "rate set: 1 {0} = {1} {2} ({3})", code, rate, reporting, date)
  }
  static func cliNoSuchRate(_ c: String) -> String {
    t("cli.noSuchRate", "there is no rate for {0}; see convoca rates", c)
  }
  static func cliRateRemoved(_ c: String) -> String { t("cli.rateRemoved", "rate for {0} removed", c) }
  static func cliRatesInTheWay(_ old: String, _ n: Int) -> String {
    t(
      "cli.ratesInTheWay",
      "the {1} rates are in {0}: give --clear-rates to remove them with the change, then set them again in the new currency; nothing was changed",
      old, String(n))
  }
}
