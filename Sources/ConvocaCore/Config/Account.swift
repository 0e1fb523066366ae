import Foundation

/// The user account the process runs as, from the environment and the password database.
public enum Account {
  /// The home folder: `$HOME` when set and not empty, else the account's home in the password
  /// database (`getpwuid`), else nil. Never the current folder.
  public static func home(environment env: [String: String]) -> String? {
    if let h = env["HOME"], !h.isEmpty { return h }
    guard let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir else { return nil }
    let d = String(cString: dir)
    return d.isEmpty ? nil : d
  }

  /// The account's login name from the password database, or nil when it has none.
  public static func loginName() -> String? {
    guard let pw = getpwuid(getuid()), let name = pw.pointee.pw_name else { return nil }
    let n = String(cString: name)
    return n.isEmpty ? nil : n
  }
}
