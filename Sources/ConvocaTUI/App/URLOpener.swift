import ConvocaCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Starts the program that opens a URL in the desktop's browser. Injected into `Tracker`
/// so tests record the argv instead of launching anything.
public struct URLOpener: Sendable {
  /// Starts `argv` detached; returns nil when it started, else why not.
  public var launch: @Sendable ([String]) -> String?

  /// An opener that runs `launch`.
  public init(launch: @escaping @Sendable ([String]) -> String?) { self.launch = launch }

  /// Whether a graphical display is there to open a browser on (`DISPLAY` or
  /// `WAYLAND_DISPLAY` set and not empty).
  public static func hasDisplay(_ environment: [String: String]) -> Bool {
    !(environment["DISPLAY"] ?? "").isEmpty || !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty
  }

  /// The command that opens `url`: `xdg-open URL`, run without a shell.
  public static func argv(_ url: String) -> [String] { ["xdg-open", url] }

  /// Spawns the program found on `PATH`, in its own session, with stdin, stdout and stderr
  /// on /dev/null (it can neither read keys nor draw over the tracker); the child is reaped
  /// in the background.
  public static let system = URLOpener { argv in
    guard let program = argv.first else { return "no program" }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // POSIX_SPAWN_SETSID (glibc 2.26; the header hides it without _GNU_SOURCE).
    posix_spawnattr_setflags(&attributes, 0x80)
    var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for p in cArgs { free(p) } }
    var pid: pid_t = 0
    let rc = posix_spawnp(&pid, program, &actions, &attributes, &cArgs, environ)
    guard rc == 0 else { return String(cString: strerror(rc)) }
    let child = pid
    Thread.detachNewThread {
      var status: Int32 = 0
      _ = waitpid(child, &status, 0)
    }
    return nil
  }
}
