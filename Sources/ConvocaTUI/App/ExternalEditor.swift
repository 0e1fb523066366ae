import Foundation

/// Runs `$VISUAL` / `$EDITOR` (else `vi`) on a temporary file holding `text` and returns what
/// the user saved, or nil when the editor failed. Uses posix_spawn and waitpid: Foundation's
/// Process can hang on Linux when a child keeps inherited descriptors open.
enum ExternalEditor {
  static func edit(_ text: String, environment: [String: String]) -> String? {
    let editor =
      [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-edit-\(getpid()).txt")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch { return nil }
    // The editor setting may carry arguments ("code -w"): let the shell split it.
    let words: [String] = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard status == 0, let edited = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return edited
  }
}
