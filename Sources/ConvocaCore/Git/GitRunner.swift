import Foundation

/// The one way Convoca runs git: a Foundation `Process` with a timeout that kills git, both
/// outputs captured (read while git runs, so a full pipe never blocks it), `LC_ALL=C` (so
/// git's messages can be read), `GIT_TERMINAL_PROMPT=0` (so it never waits for a password
/// nobody will type) and `CONVOCA_LANG` set to the language in force (so the merge driver git
/// starts speaks the user's language, not the English `LC_ALL=C` would choose).
///
/// Not swift-subprocess: its API is asynchronous, and the store, its lock (held across git's
/// runs by a synchronous closure) and the command line are synchronous, so it needs a blocking
/// bridge (a semaphore waiting for a detached task). Called from a task of the cooperative pool
/// (the test suite, any async caller such as a future tracker auto-sync), that bridge blocks
/// the pool's threads the git task needs and never returns: it deadlocked the suite on this
/// 2-core machine. `Process` blocks only the calling thread.
public enum GitRunner {
  /// Runs `git ARGS`; nil when git cannot be started (not installed) or does not finish
  /// within `timeout` seconds (it is then killed). `environment` adds to (or overrides) the
  /// process's own.
  public static func run(_ args: [String], timeout: Double, environment: [String: String] = [:])
    -> GitSetup.GitResult?
  {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git"] + args
    var env = ProcessInfo.processInfo.environment
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_OPTIONAL_LOCKS"] = "0"
    env["LC_ALL"] = "C"
    env["CONVOCA_LANG"] = Strings.inForce.rawValue
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    p.standardOutput = out
    let err = Pipe()
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    let done = DispatchSemaphore(value: 0)
    p.terminationHandler = { _ in done.signal() }
    let started = Self.seconds()
    do { try p.run() } catch { return nil }
    let reader = OutputReader(out.fileHandleForReading)
    let errorReader = OutputReader(err.fileHandleForReading)
    if done.wait(timeout: .now() + timeout) == .timedOut {
      kill(p.processIdentifier, SIGKILL)
      done.wait()
      return nil
    }
    waited.add(Self.seconds() - started)
    let status = p.terminationStatus
    // `env` exits 127 when there is no git.
    if status == 127 || p.terminationReason == .uncaughtSignal { return nil }
    return GitSetup.GitResult(
      status: status, bytes: reader.finish(), error: String(decoding: errorReader.finish(), as: UTF8.self))
  }

  /// Seconds this process has spent waiting for git so far (`convoca-bench sync` splits
  /// Convoca's time from git's with it).
  public static var secondsInGit: Double { waited.value }
  private static let waited = Tally()

  static func seconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// The oldest git Convoca drives (`merge-base --is-ancestor`, `-C`, `push -u`, …).
  public static let minimumVersion = (major: 2, minor: 20)

  /// The version in `git --version`'s answer ("git version 2.39.5" → (2, 39)); nil when it is
  /// not one.
  public static func parseVersion(_ text: String) -> (major: Int, minor: Int)? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard let v = words.first(where: { $0.first?.isNumber == true }) else { return nil }
    let parts = v.split(separator: ".").map { Int($0.prefix(while: \.isNumber)) }
    guard parts.count >= 2, let major = parts[0], let minor = parts[1] else { return nil }
    return (major, minor)
  }
}

/// A sum that several threads may add to.
private final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var total = 0.0

  func add(_ x: Double) { lock.withLock { total += x } }
  var value: Double { lock.withLock { total } }
}

/// Reads a pipe to its end on a background thread.
private final class OutputReader: @unchecked Sendable {
  private var data = Data()
  private let finished = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    DispatchQueue.global().async {
      self.data = handle.readDataToEndOfFile()
      self.finished.signal()
    }
  }

  /// The whole output (waits for the end of the pipe).
  func finish() -> [UInt8] {
    finished.wait()
    return [UInt8](data)
  }
}
