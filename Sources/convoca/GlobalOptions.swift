import ArgumentParser
import ConvocaCore
import Foundation

/// Options every subcommand takes, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp(Strings.cliHelpFile), completion: .file())
  var file: String?

  @Flag(name: .long, help: ArgumentHelp(Strings.cliHelpDemo))
  var demo = false

  /// Read and removed before parsing (`LanguageOption`); declared so help lists it.
  @Option(name: .long, help: ArgumentHelp(Strings.cliHelpLang, valueName: "en|es"))
  var lang: String?

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

  /// The process environment, with `HOME` taken from the password database when it is unset
  /// or empty (see `Account.home`), so nothing below falls back to the current folder.
  var environment: [String: String] {
    var env = ProcessInfo.processInfo.environment
    if env["HOME"].map(\.isEmpty) ?? true, let home = Account.home(environment: env) { env["HOME"] = home }
    return env
  }

  nonisolated(unsafe) static var openDatabases: [Database] = []
  /// How many of each open database's warnings were printed when it was opened.
  nonisolated(unsafe) static var warningsPrinted: [Int] = []

  /// Prints what the open databases found to tell since they were opened (a write that saved
  /// a torn tail aside says so), before the command's last word.
  static func printLateWarnings() {
    for (db, printed) in zip(openDatabases, warningsPrinted) {
      for w in db.warnings.dropFirst(printed) { Output.warn(w) }
    }
  }

  /// "Today", in the local time zone (`CONVOCA_TODAY=YYYY-MM-DD` pins it, for tests).
  var today: CalendarDate {
    if let t = environment["CONVOCA_TODAY"], let d = CalendarDate(iso: t) { return d }
    return LocalClock.today()
  }

  /// The configuration; a warning on stderr for each key the file gets wrong.
  func configuration() throws -> Configuration {
    do {
      var (c, warnings) = try Configuration.loadReporting(environment: environment)
      for w in warnings { Output.warn(w.description) }
      // The demo is played as its coordinator unless CONVOCA_USER names someone (DemoData.user).
      if demo, environment["CONVOCA_USER"].map({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? true {
        c.user = DemoData.user
      }
      return c
    } catch { throw CLIError(error.message) }
  }

  /// `CONVOCA_LOCK_TIMEOUT` in seconds (default 5): a finite number from 0 to a day, else an
  /// error naming the variable — `nan` or `inf` would wait forever.
  func lockTimeout() throws -> Double {
    guard let text = environment["CONVOCA_LOCK_TIMEOUT"] else { return 5 }
    guard let t = Double(text.trimmingCharacters(in: .whitespaces)), t.isFinite, t >= 0, t <= 86_400 else {
      throw CLIError(Strings.cliBadLockTimeout(text))
    }
    return t
  }

  /// The fresh 0700 folder `--demo` made (removed on exit by `removeDemoCopy`).
  nonisolated(unsafe) static var demoFolder: String?

  /// Removes the `--demo` copy's folder and everything in it; called on every exit.
  static func removeDemoCopy() {
    guard let dir = demoFolder else { return }
    demoFolder = nil
    try? FileManager.default.removeItem(atPath: dir)
  }

  /// The data file's path, making the demo copy when asked.
  func dataPath() throws -> String {
    if demo {
      if let dir = GlobalOptions.demoFolder { return dir + "/opportunities.jsonl" }
      // mkdtemp: a new folder only this user can enter (0700), with an unguessable name.
      let base = FileManager.default.temporaryDirectory.path
      var template = Array((base + "/convoca-demo-XXXXXX").utf8CString)
      guard let made = template.withUnsafeMutableBufferPointer({ $0.baseAddress.flatMap(mkdtemp) }) else {
        throw CLIError(IOError(operation: "mkdtemp", path: base, code: errno).description)
      }
      let dir = String(cString: made)
      GlobalOptions.demoFolder = dir
      let path = dir + "/opportunities.jsonl"
      do {
        try DemoData.fileText(shiftedTo: today).write(toFile: path, atomically: true, encoding: .utf8)
      } catch {
        throw CLIError("\(error)")
      }
      Output.note(Strings.demoCopy(path))
      return path
    }
    if let f = file, !f.isEmpty { return f }
    if let f = environment["CONVOCA_FILE"], !f.isEmpty { return f }
    guard let path = Configuration.defaultDataPath(environment: environment) else {
      throw CLIError(Strings.cliNoHome)
    }
    return path
  }

  /// Opens the data file; warnings (a torn line saved aside) go to stderr.
  func open(_ config: Configuration, quiet: Bool = false) throws -> Database {
    let path = try dataPath()
    let timeout = try lockTimeout()
    do {
      let db = try Database(
        path: path, user: config.user, lockTimeout: timeout,
        cache: SnapshotCache.standard(environment: environment))
      if case .newerVersion? = db.formatProblem { throw CLIError(db.readOnlyReason ?? "") }
      // The process ends right after the command: leave the records for the kernel to reclaim
      // instead of freeing 100,000 of them one by one on the way out.
      GlobalOptions.openDatabases.append(db)
      GlobalOptions.warningsPrinted.append(quiet ? db.warnings.count : 0)
      if !quiet {
        for w in db.warnings { Output.warn(w) }
        GlobalOptions.warningsPrinted[GlobalOptions.warningsPrinted.count - 1] = db.warnings.count
        if let why = db.readOnlyReason, db.formatProblem != nil {
          Output.warn(DatabaseError.readOnly(why).description)
        }
      }
      return db
    } catch let e as DatabaseError {
      throw CLIError(e.description)
    }
  }

  /// Ends a read command: what it showed of a damaged file stops at the damage (the warning
  /// on stderr says where), so it must not end as a success.
  func endRead(_ db: Database) throws {
    guard db.formatProblem != nil else { return }
    Output.flush()  // what was read is shown; only the exit status says it is not all
    throw ExitCode(1)
  }

  /// Opens the data file for a change: refuses at once when it is read-only.
  func openForWriting(_ config: Configuration) throws -> Database {
    guard !config.user.isEmpty else { throw CLIError(Strings.cliNoUser) }
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
  static func demoCopy(_ path: String) -> String {
    t(
      "cli.demoCopy",
      "demo data copied to {0}, so the bundled data stays as shipped; the copy is removed when convoca exits",
      path)
  }
  static var cliHelpLang: String {
    t(
      "cli.help.lang",
      "The language of messages and help: en or es (default: CONVOCA_LANG, the configuration's language, then LANG)."
    )
  }
  static func cliBadLockTimeout(_ v: String) -> String {
    t(
      "cli.badLockTimeout", "CONVOCA_LOCK_TIMEOUT='{0}' is not a number of seconds from 0 to 86400 (e.g. 5)",
      v)
  }
  static var cliNoHome: String {
    t(
      "cli.noHome",
      "no home folder: HOME is not set and the account has none; give --file PATH, or set CONVOCA_FILE or XDG_DATA_HOME"
    )
  }
  static var cliNoUser: String {
    t(
      "cli.noUser",
      "no user name for the history: set \"user\" in the configuration, CONVOCA_USER or USER; nothing was changed"
    )
  }
}
