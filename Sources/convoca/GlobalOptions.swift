import ArgumentParser
import ConvocaCore
import Foundation

/// Options every subcommand takes, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(Strings.cliHelpFile))
  var file: String?

  @Flag(name: .long, help: ArgumentHelp(Strings.cliHelpDemo))
  var demo = false

  /// ArgumentParser reads a subcommand's options only after its name; this moves global
  /// options written before the subcommand (`convoca --file F list`) to after it.
  static func movingGlobalsAfterSubcommand(_ args: [String]) -> [String] {
    var globals: [String] = []
    var rest: [String] = []
    var i = 0
    var seenSubcommand = false
    while i < args.count {
      let a = args[i]
      if !seenSubcommand {
        if a == "--demo" || a.hasPrefix("--file=") {
          globals.append(a)
          i += 1
          continue
        }
        if a == "--file", i + 1 < args.count {
          globals += [a, args[i + 1]]
          i += 2
          continue
        }
        if !a.hasPrefix("-") { seenSubcommand = true }
        if a == "--" { seenSubcommand = true }
      }
      rest.append(a)
      i += 1
    }
    guard !globals.isEmpty else { return args }
    if let first = rest.first, !first.hasPrefix("-") {
      return [first] + globals + rest.dropFirst()
    }
    return globals + rest
  }

  var environment: [String: String] { ProcessInfo.processInfo.environment }

  nonisolated(unsafe) static var openDatabases: [Database] = []

  /// "Today", in the local time zone (`CONVOCA_TODAY=YYYY-MM-DD` pins it, for tests).
  var today: CalendarDate {
    if let t = environment["CONVOCA_TODAY"], let d = CalendarDate(iso: t) { return d }
    return LocalClock.today()
  }

  func configuration() throws -> Configuration {
    do { return try Configuration.load(environment: environment) } catch { throw CLIError(error.message) }
  }

  /// The data file's path, making the demo copy when asked.
  func dataPath() throws -> String {
    if demo {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
        "convoca-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
      do {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("opportunities.jsonl").path
        try DemoData.fileText(shiftedTo: today).write(toFile: path, atomically: true, encoding: .utf8)
        if !Output.isTerminal || CommandLine.arguments.count > 2 { Output.note(Strings.demoCopy(path)) }
        return path
      } catch {
        throw CLIError("\(error)")
      }
    }
    if let f = file, !f.isEmpty { return f }
    if let f = environment["CONVOCA_FILE"], !f.isEmpty { return f }
    return Configuration.defaultDataPath(environment: environment)
  }

  /// Opens the data file; warnings (a torn line saved aside) go to stderr.
  func open(_ config: Configuration, quiet: Bool = false) throws -> Database {
    let path = try dataPath()
    let timeout = environment["CONVOCA_LOCK_TIMEOUT"].flatMap(Double.init) ?? 5
    do {
      let db = try Database(path: path, user: config.user, lockTimeout: timeout)
      if case .newerVersion? = db.formatProblem { throw CLIError(db.readOnlyReason ?? "") }
      // The process ends right after the command: leave the records for the kernel to reclaim
      // instead of freeing 100,000 of them one by one on the way out.
      GlobalOptions.openDatabases.append(db)
      if !quiet {
        for w in db.warnings { Output.warn(w) }
        if let why = db.readOnlyReason, db.formatProblem != nil {
          Output.warn(DatabaseError.readOnly(why).description)
        }
      }
      return db
    } catch let e as DatabaseError {
      throw CLIError(e.description)
    }
  }

  /// Opens the data file for a change: refuses at once when it is read-only.
  func openForWriting(_ config: Configuration) throws -> Database {
    let db = try open(config)
    if let why = db.readOnlyReason { throw CLIError(DatabaseError.readOnly(why).description) }
    return db
  }
}

/// A failure to report on one line of stderr with a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ message: String) { description = message }
}

extension Strings {
  static func demoCopy(_ path: String) -> String { t("cli.demoCopy", "demo data copied to {0}", path) }
}
