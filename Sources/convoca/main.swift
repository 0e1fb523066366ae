// The `convoca` executable: argument parsing and wiring, nothing else.
Convoca.main(GlobalOptions.movingGlobalsAfterSubcommand(Array(CommandLine.arguments.dropFirst())))
