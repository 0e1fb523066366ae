import Foundation

/// Runs `$VISUAL` / `$EDITOR` (else `vi`) on a temporary file holding `text` and returns what
/// the user saved, or nil when the editor failed. The file is made by `mkstemps`: a name no
/// one can guess or plant a link at, mode 0600, removed afterwards. Uses posix_spawn and
/// waitpid: Foundation's Process can hang on Linux when a child keeps inherited descriptors
/// open.
enum ExternalEditor {
  static func edit(_ text: String, environment: [String: String]) -> String? {
    let editor =
      [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    guard let path = makeTemporaryFile(holding: text, in: FileManager.default.temporaryDirectory.path)
    else { return nil }
    defer { unlink(path) }
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

  /// Creates `folder/convoca-edit-XXXXXX.txt` with `mkstemps` (exclusive, mode 0600) and
  /// writes `text` into it; nil when that fails.
  static func makeTemporaryFile(holding text: String, in folder: String) -> String? {
    var template = Array((folder + "/convoca-edit-XXXXXX.txt").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemps(base, 4)
    }
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let bytes = Array(text.utf8)
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return -1 }
        return write(fd, base + done, buffer.count - done)
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        unlink(path)
        return nil
      }
      done += n
    }
    return path
  }
}
