import Foundation

/// The one way Convoca runs git: `posix_spawn` with a timeout that kills git, both outputs
/// captured (read while git runs, so a full pipe never blocks it), `LC_ALL=C` (so git's
/// messages can be read), `GIT_TERMINAL_PROMPT=0` (so it never waits for a password nobody
/// will type) and `CONVOCA_LANG` set to the language in force (so the merge driver git starts
/// speaks the user's language, not the English `LC_ALL=C` would choose).
///
/// Not swift-subprocess: its API is asynchronous, and the store, its lock (held across git's
/// runs by a synchronous closure) and the command line are synchronous, so it needs a blocking
/// bridge (a semaphore waiting for a detached task). Called from a task of the cooperative pool
/// (the test suite, any async caller such as a future tracker auto-sync), that bridge blocks
/// the pool's threads the git task needs and never returns: it deadlocked the suite on this
/// 2-core machine. Not Foundation's `Process` either: on Linux its `run()` crashed now and then
/// (a bad pointer in `memmove` inside `Process.run`, seen twice in the suite while other threads
/// opened and mapped files; swift-corelibs-foundation has open reports of races there). Spawning
/// directly needs no run loop, no helper thread per pipe, and blocks only the calling thread.
public enum GitRunner {
  /// Runs `git ARGS`; nil when git cannot be started (not installed) or does not finish
  /// within `timeout` seconds (it is then killed). `environment` adds to (or overrides) the
  /// process's own.
  public static func run(_ args: [String], timeout: Double, environment: [String: String] = [:])
    -> GitSetup.GitResult?
  {
    var env = ProcessInfo.processInfo.environment
    env["GIT_TERMINAL_PROMPT"] = "0"
    env["GIT_OPTIONAL_LOCKS"] = "0"
    env["LC_ALL"] = "C"
    env["CONVOCA_LANG"] = Strings.inForce.rawValue
    for (k, v) in environment { env[k] = v }
    let started = Self.seconds()
    guard let child = SpawnedChild(["/usr/bin/env", "git"] + args, environment: env) else { return nil }
    guard let (out, err) = child.collect(until: started + timeout) else {
      kill(child.pid, SIGKILL)
      _ = child.wait()
      return nil
    }
    let status = child.wait()
    waited.add(Self.seconds() - started)
    // `env` exits 127 when there is no git; nil status: killed by a signal.
    guard let status, status != 127 else { return nil }
    return GitSetup.GitResult(status: status, bytes: out, error: String(decoding: err, as: UTF8.self))
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

/// A child process started with `posix_spawn`, its standard input `/dev/null` and its
/// standard output and error read through pipes.
private final class SpawnedChild {
  let pid: pid_t
  private var out: Int32
  private var err: Int32

  /// Held from making the pipes to the spawn: `pipe2` is not imported, so the pipes get
  /// close-on-exec just after `pipe`, and no other git spawned here may inherit them meanwhile
  /// (a child holding another's write end would keep that one's reader waiting).
  private static let spawning = NSLock()

  init?(_ argv: [String], environment: [String: String]) {
    SpawnedChild.spawning.lock()
    defer { SpawnedChild.spawning.unlock() }
    var o: [Int32] = [-1, -1]
    var e: [Int32] = [-1, -1]
    guard pipe(&o) == 0 else { return nil }
    guard pipe(&e) == 0 else {
      close(o[0])
      close(o[1])
      return nil
    }
    for fd in o + e { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, o[1], 1)
    posix_spawn_file_actions_adddup2(&actions, e[1], 2)
    // The child starts with default signal handling and nothing blocked, whatever the
    // tracker set for itself (ncurses, SIGPIPE ignored by the runtime).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    let cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      cArgs.forEach { free($0) }
      cEnv.forEach { free($0) }
    }
    var child: pid_t = 0
    let r = posix_spawn(&child, argv[0], &actions, &attributes, cArgs, cEnv)
    close(o[1])
    close(e[1])
    guard r == 0 else {
      close(o[0])
      close(e[0])
      return nil
    }
    pid = child
    out = o[0]
    err = e[0]
  }

  /// Reads both outputs to their end; nil when `deadline` (monotonic seconds) passes first.
  func collect(until deadline: Double) -> ([UInt8], [UInt8])? {
    var outBytes: [UInt8] = []
    var errBytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while out >= 0 || err >= 0 {
      let left = deadline - GitRunner.seconds()
      if left <= 0 { return nil }
      var fds = [
        pollfd(fd: out, events: Int16(POLLIN), revents: 0),
        pollfd(fd: err, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&fds, 2, Int32(min(left * 1000 + 1, 60_000)))
      if ready < 0 {
        if errno == EINTR { continue }
        return nil
      }
      for k in 0..<2 where fds[k].fd >= 0 && fds[k].revents != 0 {
        let n = buffer.withUnsafeMutableBytes { read(fds[k].fd, $0.baseAddress, $0.count) }
        if n > 0 {
          if k == 0 { outBytes += buffer[0..<n] } else { errBytes += buffer[0..<n] }
        } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
          close(fds[k].fd)
          if k == 0 { out = -1 } else { err = -1 }
        }
      }
    }
    return (outBytes, errBytes)
  }

  /// Waits for the child to end: its exit status, or nil when a signal ended it.
  func wait() -> Int32? {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return nil }
    }
    // WIFEXITED / WEXITSTATUS, which Swift does not import.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
  }

  deinit {
    if out >= 0 { close(out) }
    if err >= 0 { close(err) }
  }
}
