// The `convoca` executable: argument parsing and wiring, nothing else.
import ConvocaCore
import Foundation

// A file-size limit (ulimit -f) must surface as an error ("file too large"), not kill the
// process mid-write.
signal(SIGXFSZ, SIG_IGN)
// Not `Convoca.main`: its error path prints messages (which quote arguments and data) raw.
// The language is chosen once, here, and every command runs with it in force.
let (argsWithoutLang, langCode) = LanguageOption.extract(Array(CommandLine.arguments.dropFirst()))
let language: Language
do {
  language = try LanguageOption.resolve(code: langCode, environment: ProcessInfo.processInfo.environment)
} catch {
  Strings.withLanguage(LanguageOption.fallback(environment: ProcessInfo.processInfo.environment)) {
    Output.exit(withError: CLIError(error.description))
  }
}
Strings.withLanguage(language) {
  do {
    let args = GlobalOptions.movingGlobalsAfterSubcommand(argsWithoutLang)
    // Before ArgumentParser, whose own `help` would take `keys` for a subcommand's name.
    // docs/keys.md is made from it: English unless `--lang` asks, whatever the machine's locale.
    if HelpKeys.isRequested(args) {
      Strings.withLanguage(langCode == nil ? .en : language) { HelpKeys.run() }
      Output.finish(0)
    }
    var command = try Convoca.parseAsRoot(
      ReportCommand.queryWordsAsArguments(
        RatesSet.valuesAsArguments(
          ViewsAdd.queryWordsAsArguments(
            ExportCommand.queryWordsAsArguments(ListCommand.queryWordsAsArguments(args))))))
    try command.run()
    GlobalOptions.printLateWarnings()
    Output.finish(0)
  } catch {
    GlobalOptions.printLateWarnings()
    Output.exit(withError: error)
  }
}
