// The `convoca` executable: argument parsing and wiring, nothing else.
import Foundation

// A file-size limit (ulimit -f) must surface as an error ("file too large"), not kill the
// process mid-write.
signal(SIGXFSZ, SIG_IGN)
// Not `Convoca.main`: its error path prints messages (which quote arguments and data) raw.
do {
  let args = GlobalOptions.movingGlobalsAfterSubcommand(Array(CommandLine.arguments.dropFirst()))
  // Before ArgumentParser, whose own `help` would take `keys` for a subcommand's name.
  if HelpKeys.isRequested(args) {
    HelpKeys.run()
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
