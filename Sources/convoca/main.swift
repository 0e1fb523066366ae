// The `convoca` executable: argument parsing and wiring, nothing else.
import Foundation

// A file-size limit (ulimit -f) must surface as an error ("file too large"), not kill the
// process mid-write.
signal(SIGXFSZ, SIG_IGN)
Convoca.main(GlobalOptions.movingGlobalsAfterSubcommand(Array(CommandLine.arguments.dropFirst())))
