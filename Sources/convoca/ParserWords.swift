import ConvocaCore

/// The English words swift-argument-parser writes itself in help and errors ("USAGE:",
/// "OPTIONS:", "Missing value for", …), put in the language in force: `Output` passes its help
/// and error text through `translated` before printing it. Only these known phrases change; the
/// abstracts and option help around them come from the strings table already.
enum ParserWords {
  /// Each phrase as swift-argument-parser writes it and its text in the language in force;
  /// longer phrases first, so a phrase inside another is not replaced first.
  static var phrases: [(String, String)] {
    [
      (
        "Show subcommand help information.",
        t("cli.ap.helpAbstract", "Show subcommand help information.")
      ),
      ("Show help information.", t("cli.ap.helpFlag", "Show help information.")),
      ("Show the version.", t("cli.ap.versionFlag", "Show the version.")),
      ("' for detailed help.", t("cli.ap.detailedHelp", "' for detailed help.")),
      ("' for more information.", t("cli.ap.moreInformation", "' for more information.")),
      ("  See '", "  " + t("cli.ap.see", "See '")),
      ("OVERVIEW: ", t("cli.ap.overview", "OVERVIEW: ")),
      ("USAGE: ", t("cli.ap.usageTitle", "USAGE: ")),
      ("Usage: ", t("cli.ap.usage", "Usage: ")),
      ("ARGUMENTS:", t("cli.ap.arguments", "ARGUMENTS:")),
      ("OPTIONS:", t("cli.ap.options", "OPTIONS:")),
      ("SUBCOMMANDS:", t("cli.ap.subcommands", "SUBCOMMANDS:")),
      ("<subcommand>", t("cli.ap.subcommandWord", "<subcommand>")),
      ("<options>", t("cli.ap.optionsWord", "<options>")),
      // The value names swift-argument-parser takes from the property names.
      ("<file>", t("cli.ap.valueFile", "<file>")),
      ("<query>", t("cli.ap.valueQuery", "<query>")),
      ("<text>", t("cli.ap.valueText", "<text>")),
      ("<path>", t("cli.ap.valuePath", "<path>")),
      ("<stage>", t("cli.ap.valueStage", "<stage>")),
      ("<title>", t("cli.ap.valueTitle", "<title>")),
      ("<format>", t("cli.ap.valueFormat", "<format>")),
      ("<columns>", t("cli.ap.valueColumns", "<columns>")),
      ("<output>", t("cli.ap.valueOutput", "<output>")),
      ("<sort>", t("cli.ap.valueSort", "<sort>")),
      ("<limit>", t("cli.ap.valueLimit", "<limit>")),
      ("<width>", t("cli.ap.valueWidth", "<width>")),
      ("<view>", t("cli.ap.valueView", "<view>")),
      ("<note>", t("cli.ap.valueNote", "<note>")),
      ("<amount>", t("cli.ap.valueAmount", "<amount>")),
      ("<deadline>", t("cli.ap.valueDeadline", "<deadline>")),
      ("<kind>", t("cli.ap.valueKind", "<kind>")),
      ("<area>", t("cli.ap.valueArea", "<area>")),
      ("<funder>", t("cli.ap.valueFunder", "<funder>")),
      ("<owner>", t("cli.ap.valueOwner", "<owner>")),
      ("<currency>", t("cli.ap.valueCurrency", "<currency>")),
      ("<name>", t("cli.ap.valueName", "<name>")),
      ("<date>", t("cli.ap.valueDate", "<date>")),
      ("<field>", t("cli.ap.valueField", "<field>")),
      ("<remote>", t("cli.ap.valueRemote", "<remote>")),
      ("<rate>", t("cli.ap.valueRate", "<rate>")),
      ("<since>", t("cli.ap.valueSince", "<since>")),
      ("<map>", t("cli.ap.valueMap", "<map>")),
      ("<fields>", t("cli.ap.valueFields", "<fields>")),
      ("<period>", t("cli.ap.valuePeriod", "<period>")),
      ("<awarded>", t("cli.ap.valueAwarded", "<awarded>")),
      ("<decision>", t("cli.ap.valueDecision", "<decision>")),
      ("<description>", t("cli.ap.valueDescription", "<description>")),
      ("<country>", t("cli.ap.valueCountry", "<country>")),
      ("<contact>", t("cli.ap.valueContact", "<contact>")),
      ("<program>", t("cli.ap.valueProgram", "<program>")),
      ("<beneficiary>", t("cli.ap.valueBeneficiary", "<beneficiary>")),
      ("<probability>", t("cli.ap.valueProbability", "<probability>")),
      ("<screen>", t("cli.ap.valueScreen", "<screen>")),
      ("<replace>", t("cli.ap.valueReplace", "<replace>")),
      ("<tag>", t("cli.ap.valueTag", "<tag>")),
      ("Help:  ", t("cli.ap.help", "Help:  ")),
      ("Missing expected argument '", t("cli.ap.missingArgument", "Missing expected argument '")),
      ("Missing one of: '", t("cli.ap.missingOneOf", "Missing one of: '")),
      ("Missing value for '", t("cli.ap.missingValue", "Missing value for '")),
      ("Missing required subcommand.", t("cli.ap.missingSubcommand", "Missing required subcommand.")),
      ("Unknown option '", t("cli.ap.unknownOption", "Unknown option '")),
      (". Did you mean '", t("cli.ap.didYouMean", ". Did you mean '")),
      ("Invalid option: ", t("cli.ap.invalidOption", "Invalid option: ")),
      ("Unexpected argument '", t("cli.ap.unexpectedArgument", "Unexpected argument '")),
      (" unexpected arguments: '", t("cli.ap.unexpectedArguments", " unexpected arguments: '")),
      ("The value '", t("cli.ap.theValue", "The value '")),
      ("' is invalid for '", t("cli.ap.invalidFor", "' is invalid for '")),
      ("' is invalid.", t("cli.ap.invalid", "' is invalid.")),
      (
        ". Please provide one of the following:",
        t("cli.ap.provideOneOfList", ". Please provide one of the following:")
      ),
      (". Please provide one of ", t("cli.ap.provideOneOf", ". Please provide one of ")),
      ("(default: ", t("cli.ap.default", "(default: ")),
      ("(values: ", t("cli.ap.values", "(values: ")),
    ]
  }

  /// `text` (help or an error from swift-argument-parser) with its own English words in the
  /// language in force; unchanged in English.
  static func translated(_ text: String) -> String {
    guard Strings.inForce != .en else { return text }
    var s = text
    for (english, local) in phrases where english != local {
      s = replacingKeepingColumns(s, english, local)
    }
    return s
  }

  /// `text` with `english` replaced by `local`; where the phrase is followed by a run of two or
  /// more spaces (a help entry's name before its text), the run grows or shrinks to keep the
  /// text's column, never below two spaces.
  static func replacingKeepingColumns(_ text: String, _ english: String, _ local: String) -> String {
    let delta = TerminalText.width(local) - TerminalText.width(english)
    guard delta != 0 else { return text.replacingOccurrences(of: english, with: local) }
    var out = ""
    var rest = Substring(text)
    while let r = rest.range(of: english) {
      out += rest[..<r.lowerBound]
      out += local
      rest = rest[r.upperBound...]
      let spaces = rest.prefix { $0 == " " }.count
      if spaces >= 2 {
        rest = rest.dropFirst(spaces)
        out += String(repeating: " ", count: max(2, spaces - delta))
      }
    }
    return out + rest
  }
}

/// The strings table's lookup, under the name the translation check scans for.
private func t(_ key: String, _ english: String) -> String { Strings.t(key, english) }
