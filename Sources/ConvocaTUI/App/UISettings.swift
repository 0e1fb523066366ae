import ConvocaCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the tracker remembers between runs, per data file: the filter history and the sort.
/// Kept at `$XDG_STATE_HOME/convoca/ui.json` (`~/.local/state/…` when unset), keyed by the
/// data file's resolved path. Several trackers may save at once: a save locks `ui.json.lock`,
/// reads what is there, merges its own filters in and replaces the file atomically.
public struct UISettings: Hashable, Sendable {
  /// Earlier filters, oldest first (at most `historyLimit`).
  public var filterHistory: [String]
  /// The list's sort.
  public var sort: ConvocaCore.SortOrder
  /// The filters used since the tracker started, oldest first: a save moves them to the
  /// recent end of the history on disk, so filters other trackers saved meanwhile stay.
  public var sessionFilters: [String]
  /// The list's columns, in order; nil: the standard ones, fitted to the width.
  public var columns: [ListTable.Column]?

  /// How many filters are remembered.
  public static let historyLimit = 50
  /// How many data files keep their own settings (the least recently saved go first).
  public static let fileLimit = 100

  /// Creates settings.
  public init(
    filterHistory: [String] = [], sort: ConvocaCore.SortOrder = .standard, sessionFilters: [String] = [],
    columns: [ListTable.Column]? = nil
  ) {
    self.filterHistory = Array(filterHistory.suffix(UISettings.historyLimit))
    self.sort = sort
    self.sessionFilters = sessionFilters
    self.columns = columns
  }

  /// `$XDG_STATE_HOME/convoca/ui.json`, or `~/.local/state/convoca/ui.json`.
  public static func defaultPath(environment env: [String: String]) -> String {
    if let x = env["XDG_STATE_HOME"], !x.isEmpty { return x + "/convoca/ui.json" }
    return (env["HOME"] ?? ".") + "/.local/state/convoca/ui.json"
  }

  // MARK: - Reading

  /// Reads the settings of `dataFile` (nil: the file-wide ones); a missing or unreadable
  /// file gives the defaults (they are a convenience, never worth an error). A file written
  /// before settings were kept per data file gives its one history and sort to every file.
  public static func load(from path: String, dataFile: String? = nil) -> UISettings {
    guard let v = readJSON(path) else { return UISettings() }
    if let dataFile {
      if let entry = v["files"]?[dataFile] { return UISettings(json: entry) }
      if v["files"] != nil { return UISettings() }
    }
    return UISettings(json: v)
  }

  static func readJSON(_ path: String) -> JSONValue? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try? JSONParser.parse(Array(data))
  }

  /// Parses the JSON form; unknown or malformed members are ignored.
  public init(json v: JSONValue) {
    var history: [String] = []
    if case .array(let items)? = v["filterHistory"] { history = items.compactMap(\.stringValue) }
    let sort = v["sort"]?.stringValue.flatMap(ConvocaCore.SortOrder.init(parsing:)) ?? .standard
    // "columns": "id,title,owner"; a list naming an unknown column is ignored as a whole.
    let columns = v["columns"]?.stringValue.flatMap { try? ListTable.Column.parseList($0) }
    self.init(filterHistory: history, sort: sort, columns: columns)
  }

  /// The JSON form of one data file's settings.
  public var json: JSONValue {
    .object(
      [
        ("filterHistory", .array(filterHistory.map(JSONValue.string))), ("sort", .string(sort.description)),
      ] + (columns.map { [("columns", JSONValue.string($0.map(\.name).joined(separator: ",")))] } ?? []))
  }

  // MARK: - Writing

  /// The history after merging: `base` with this session's filters moved to its recent end.
  func mergedHistory(into base: [String]) -> [String] {
    var out = base
    for f in sessionFilters {
      out.removeAll { $0 == f }
      out.append(f)
    }
    return Array(out.suffix(UISettings.historyLimit))
  }

  /// Saves these settings for `dataFile` (nil: the file-wide ones), merged with what is on
  /// disk: under an exclusive lock on `path.lock`, read, merge the filter history (this
  /// session's filters become the most recent; others' stay), write a temporary file and
  /// rename it over `path`. Creates the folder when needed.
  public func save(to path: String, dataFile: String? = nil) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try UISettings.withLock(path + ".lock") {
      let disk = UISettings.readJSON(path)
      var members: [(String, JSONValue)] = []
      if case .object(let m)? = disk { members = m.filter { $0.0 != "files" } }
      var merged = self
      if let dataFile {
        var files: [(String, JSONValue)] = []
        if case .object(let f)? = disk?["files"] { files = f.filter { $0.0 != dataFile } }
        let base = disk?["files"]?[dataFile].map { UISettings(json: $0).filterHistory } ?? filterHistory
        merged.filterHistory = mergedHistory(into: base)
        files.insert((dataFile, merged.json), at: 0)
        members.append(("files", .object(Array(files.prefix(UISettings.fileLimit)))))
      } else {
        let base = disk.map { UISettings(json: $0).filterHistory } ?? filterHistory
        merged.filterHistory = mergedHistory(into: base)
        members.removeAll { $0.0 == "filterHistory" || $0.0 == "sort" || $0.0 == "columns" }
        if case .object(let m) = merged.json { members.insert(contentsOf: m, at: 0) }
      }
      let tmp = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
      do {
        try Data((JSONWriter.pretty(.object(members)) + "\n").utf8).write(to: URL(fileURLWithPath: tmp))
        guard rename(tmp, path) == 0 else { throw SettingsError(path: path, code: errno) }
      } catch {
        unlink(tmp)
        throw error
      }
    }
  }

  /// A settings file that could not be locked or replaced.
  struct SettingsError: Error, CustomStringConvertible {
    var path: String
    var code: Int32
    var description: String { IOError(operation: "ui.json", path: path, code: code).description }
  }

  /// Runs `body` holding an exclusive `flock` on `lockPath` (waiting up to 2 seconds).
  static func withLock(_ lockPath: String, _ body: () throws -> Void) throws {
    let fd = open(lockPath, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw SettingsError(path: lockPath, code: errno) }
    defer { close(fd) }
    let deadline = Tracker.monotonicSeconds() + 2
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, Tracker.monotonicSeconds() < deadline else {
        throw SettingsError(path: lockPath, code: errno)
      }
      usleep(5_000)
    }
    defer { flock(fd, LOCK_UN) }
    try body()
  }
}
