import Foundation

/// What one `convoca sync` did, for the command line (`--json`) and the tracker.
public struct SyncReport: Sendable, Hashable {
  /// What arrived from one person: their changes and the ids involved.
  public struct Arrival: Sendable, Hashable {
    /// The person (the account name in the commit message, or the commit's author).
    public var person: String
    /// What they changed.
    public var changes: ChangeSummary

    /// Creates the value.
    public init(person: String, changes: ChangeSummary) {
      self.person = person
      self.changes = changes
    }

    /// "carlos: 2 moved, 1 added", in the user's language.
    public var text: String { person + ": " + changes.text() }

    /// The arrivals as a JSON array (the `--json` report and the saved last sync).
    static func json(_ arrived: [Arrival]) -> JSONValue {
      func ids(_ l: [OpportunityID]) -> JSONValue { .array(l.map { .string($0.rawValue) }) }
      return .array(
        arrived.map { a in
          .object([
            ("person", .string(a.person)), ("moved", ids(a.changes.moved)), ("added", ids(a.changes.added)),
            ("edited", ids(a.changes.edited)), ("deleted", ids(a.changes.deleted)),
            ("noted", ids(a.changes.noted)), ("notes", .number(String(a.changes.notes))),
            ("resolved", ids(a.changes.resolved)), ("text", .string(a.changes.text(localized: false))),
          ])
        })
    }

    /// The arrivals in a JSON array written by `json` (what cannot be read is left out).
    static func read(_ value: JSONValue?) -> [Arrival] {
      guard case .array(let items)? = value else { return [] }
      return items.compactMap { item -> Arrival? in
        guard case .object(let m) = item, case .string(let person)? = m.first(where: { $0.0 == "person" })?.1
        else { return nil }
        func ids(_ k: String) -> [OpportunityID] {
          guard case .array(let l)? = m.first(where: { $0.0 == k })?.1 else { return [] }
          return l.compactMap { v in v.stringValue.flatMap(OpportunityID.init(rawValue:)) }
        }
        var c = ChangeSummary()
        c.moved = ids("moved")
        c.added = ids("added")
        c.edited = ids("edited")
        c.deleted = ids("deleted")
        c.noted = ids("noted")
        c.resolved = ids("resolved")
        if case .number(let n)? = m.first(where: { $0.0 == "notes" })?.1 { c.notes = Int(n) ?? 0 }
        return Arrival(person: person, changes: c)
      }
    }
  }

  /// The commit this sync made ("ana: 3 moved, 2 added, 1 note"), nil when nothing was new.
  public var committed: String?
  /// What arrived from the others, by person (sorted by name).
  public var arrived: [Arrival] = []
  /// Local commits not on the remote after the sync (more than 0 when offline).
  public var ahead = 0
  /// Remote commits not merged after the sync.
  public var behind = 0
  /// Whether the remote could not be reached: local commits wait for the next sync.
  public var offline = false
  /// How many pushes a push race made it retry.
  public var retries = 0
  /// Whether the remote's history was rewritten (force-push) and the sync refused to merge.
  public var rewritten = false
  /// The branch that keeps the local commits after a refused rewrite.
  public var keptBranch: String?
  /// When the sync ran.
  public var at: Timestamp
  /// Why the remote could not be reached, or why the sync stopped (git's own words).
  public var problem: String?

  /// Creates a report.
  public init(at: Timestamp) { self.at = at }

  /// The lines to print: the commit, what arrived, and the offline note.
  public var lines: [String] {
    var out: [String] = []
    if let c = committed { out.append(Strings.syncCommitted(c)) }
    for a in arrived { out.append(Strings.syncArrived(a.text)) }
    if offline { out.append(Strings.syncOffline(ahead)) }
    if let k = keptBranch { out.append(Strings.syncKept(k)) }
    if out.isEmpty { out.append(Strings.syncNothing) }
    return out
  }

  /// The report as a JSON object (the `--json` output and the saved last sync).
  public var json: JSONValue {
    var members: [(String, JSONValue)] = [
      ("at", .string(at.description)),
      ("committed", committed.map { .string($0) } ?? .null),
      ("arrived", Arrival.json(arrived)),
      ("ahead", .number(String(ahead))), ("behind", .number(String(behind))), ("offline", .bool(offline)),
      ("retries", .number(String(retries))), ("rewritten", .bool(rewritten)),
    ]
    members.append(("kept_branch", keptBranch.map { .string($0) } ?? .null))
    members.append(("problem", problem.map { .string($0) } ?? .null))
    return .object(members)
  }
}

/// The last sync of a data file, saved in the repository's git folder as
/// `.git/convoca-sync.json` (an object keyed by the data file's path in the repository), so
/// the tracker can show "last sync" without running git.
public struct SyncState: Sendable, Hashable {
  /// When the last sync ran.
  public var at: Timestamp
  /// Whether it reached the remote and finished (false: offline, refused or failed).
  public var ok: Bool
  /// Whether the remote could not be reached.
  public var offline: Bool
  /// Local commits not on the remote then.
  public var ahead: Int
  /// Remote commits not merged then.
  public var behind: Int
  /// What went wrong, when something did.
  public var problem: String?
  /// What arrived from the others, by person.
  public var arrived: [SyncReport.Arrival] = []

  /// Creates the value.
  public init(
    at: Timestamp, ok: Bool, offline: Bool = false, ahead: Int = 0, behind: Int = 0, problem: String? = nil,
    arrived: [SyncReport.Arrival] = []
  ) {
    self.at = at
    self.ok = ok
    self.offline = offline
    self.ahead = ahead
    self.behind = behind
    self.problem = problem
    self.arrived = arrived
  }

  /// The file name inside the git folder.
  public static let fileName = "convoca-sync.json"

  /// The last sync of the data file at `dataPath`; nil when it never synced or is not in a
  /// git work tree.
  public static func load(dataPath: String) -> SyncState? {
    guard let loc = Sync.locate(dataPath) else { return nil }
    return load(loc)
  }

  /// The last sync of the data file at `location` (found once with `Sync.locate`: the
  /// tracker reads this file again without running git).
  public static func load(_ location: Sync.Location) -> SyncState? {
    let loc = location
    guard let all = read(loc.gitDir + "/" + fileName),
      case .object(let members)? = all.first(where: { $0.0 == loc.relativePath }).map({ $0.1 })
    else { return nil }
    func value(_ k: String) -> JSONValue? { members.first(where: { $0.0 == k })?.1 }
    guard case .string(let at)? = value("at"), let t = Timestamp(iso: at) else { return nil }
    func int(_ k: String) -> Int {
      if case .number(let n)? = value(k) { return Int(n) ?? 0 } else { return 0 }
    }
    func bool(_ k: String) -> Bool { if case .bool(let b)? = value(k) { return b } else { return false } }
    var problem: String?
    if case .string(let p)? = value("problem") { problem = p }
    return SyncState(
      at: t, ok: bool("ok"), offline: bool("offline"), ahead: int("ahead"), behind: int("behind"),
      problem: problem, arrived: SyncReport.Arrival.read(value("arrived")))
  }

  static func read(_ file: String) -> [(String, JSONValue)]? {
    guard let data = FileManager.default.contents(atPath: file),
      case .object(let members)? = try? JSONParser.parse(Array(data))
    else { return nil }
    return members
  }

  /// Saves this state for `relativePath` in `gitDir`'s file, keeping the other files' entries.
  func save(gitDir: String, relativePath: String) {
    let file = gitDir + "/" + Self.fileName
    var all = Self.read(file) ?? []
    all.removeAll { $0.0 == relativePath }
    var members: [(String, JSONValue)] = [
      ("at", .string(at.description)), ("ok", .bool(ok)), ("offline", .bool(offline)),
      ("ahead", .number(String(ahead))), ("behind", .number(String(behind))),
    ]
    if let problem { members.append(("problem", .string(problem))) }
    if !arrived.isEmpty { members.append(("arrived", SyncReport.Arrival.json(arrived))) }
    all.append((relativePath, .object(members)))
    var w = JSONWriter()
    w.write(.object(all))
    try? AtomicFile.write(w.bytes + [0x0A], to: file)
  }
}
