/// Reads a JSON export (`JSONExport`) and plans its import: records the store lacks are added
/// exactly as exported (ids, notes and history included); records it has are merged by id with
/// `RecordMerge` (no common base: a field that differs takes the later side's value, keeps the
/// other in the history and flags the record `is:conflict`); team data merges by name or date.
public enum JSONImport {
  /// What an export holds.
  public struct Document: Sendable {
    /// The records, in file order.
    public var records: [Opportunity] = []
    /// The team lines, as changes.
    public var team: [TeamChange] = []
  }

  /// Why an export cannot be read; nothing is imported.
  public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, and where.
    public var message: String
    public var description: String { message }
  }

  /// Whether `bytes` start like a JSON export (the CLI picks the reader by content).
  public static func looksLikeExport(_ bytes: [UInt8]) -> Bool {
    var head = bytes.prefix(256)[...]
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
    guard let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }),
      first == UInt8(ascii: "{")
    else { return false }
    let compact = head.filter { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    let marker = Array(#""format":"\#(JSONExport.formatName)""#.utf8)
    return compact.indices.contains { i in compact[i...].starts(with: marker) }
  }

  /// Reads an export; any problem (not JSON, the wrong shape, a newer version, a record or team
  /// line that does not read, an id twice) fails the whole file.
  public static func read(_ bytes: [UInt8]) throws(Failure) -> Document {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let v: JSONValue
    do { v = try JSONParser.parse(body) } catch {
      let (line, column) = position(of: error.offset, in: Array(body))
      throw Failure(message: Strings.jsonImportSyntax(line, column, error.message))
    }
    guard case .object = v, v["format"]?.stringValue == JSONExport.formatName else {
      throw Failure(message: Strings.jsonImportNotExport)
    }
    guard case .number(let n)? = v["version"], let version = Int(n), version >= 1 else {
      throw Failure(message: Strings.jsonImportNotExport)
    }
    guard version <= FileHeader.currentVersion else {
      throw Failure(message: Strings.jsonImportNewer(version, FileHeader.currentVersion))
    }
    guard case .array(let records)? = v["records"] else {
      throw Failure(message: Strings.jsonImportNoRecords)
    }
    var doc = Document()
    var seen = Set<OpportunityID>()
    for (k, r) in records.enumerated() {
      do throws(RecordError) {
        let o = try RecordCodec.decode(r)
        guard seen.insert(o.id).inserted else { throw RecordError(Strings.jsonImportTwice(o.id.rawValue)) }
        doc.records.append(o)
      } catch {
        throw Failure(message: Strings.jsonImportRecord(k + 1, r["id"]?.stringValue ?? "?", error.message))
      }
    }
    if let team = v["team"] {
      guard case .array(let lines) = team else { throw Failure(message: Strings.jsonImportTeamShape) }
      for (k, line) in lines.enumerated() {
        do throws(RecordError) {
          guard let change = try TeamCodec.decodeSnapshot(line) else {
            throw RecordError(Strings.jsonImportTeamShape)
          }
          doc.team.append(change)
        } catch {
          throw Failure(message: Strings.jsonImportTeamLine(k + 1, error.message))
        }
      }
    }
    return doc
  }

  /// The plan to import `doc` into `store`.
  public static func plan(_ doc: Document, into store: OpportunityStore) -> JSONImportPlan {
    var plan = JSONImportPlan()
    for o in doc.records {
      guard let mine = store[o.id] else {
        plan.added.append(o.id)
        plan.commands.append(.create(o))
        continue
      }
      let merged = RecordMerge.merge(base: nil, ours: mine, theirs: o)
      if merged == mine {
        plan.unchanged += 1
        continue
      }
      plan.updated.append(o.id)
      if merged.conflict && !mine.conflict { plan.conflicted.append(o.id) }
      plan.commands.append(.replace(merged, was: mine))
    }
    var team = store.team
    // Rates are relative to the reporting currency: an export in another one keeps its rates out.
    let theirs = doc.team.lazy.compactMap { c -> String?? in
      if case .reporting(let code) = c { return .some(code) }
      return nil
    }.first
    let sameCurrency = team.reportingCurrency == nil || theirs.map { $0 == team.reportingCurrency } ?? false
    for change in doc.team {
      if case .rate = change, !sameCurrency {
        if !alreadyThere(change, in: team) { plan.teamKept.append(describe(change)) }
        continue
      }
      if let keep = teamChange(change, over: team) {
        plan.commands.append(.team(keep))
        _ = try? team.apply(keep)
        plan.teamChanged += 1
      } else if !alreadyThere(change, in: team) {
        plan.teamKept.append(describe(change))
      }
    }
    return plan
  }

  /// The change to make for an imported team line, or nil to keep what the store has: a rate
  /// the store lacks or an older one; a view or a standup it lacks; the reporting currency
  /// when it has none (rates are relative to it, so a different one is never taken).
  static func teamChange(_ c: TeamChange, over team: TeamData) -> TeamChange? {
    switch c {
    case .reporting(let code):
      return team.reportingCurrency == nil && code != nil ? c : nil
    case .rate(let code, let r):
      guard let r else { return nil }
      if let mine = team.rates[code], mine.date >= r.date { return nil }
      return c
    case .view(let name, let v):
      guard v != nil, team.view(named: name) == nil else { return nil }
      return c
    case .standup(let s):
      return team.standups.contains(where: { $0.at == s.at && $0.by == s.by }) ? nil : c
    case .unstandup:
      return nil
    }
  }

  /// Whether the store already holds exactly what the line says.
  static func alreadyThere(_ c: TeamChange, in team: TeamData) -> Bool {
    switch c {
    case .reporting(let code): return team.reportingCurrency == code
    case .rate(let code, let r): return team.rates[code] == r
    case .view(let name, let v): return team.view(named: name) == v
    case .standup(let s): return team.standups.contains(s)
    case .unstandup: return true
    }
  }

  /// A team line kept out, for the summary.
  static func describe(_ c: TeamChange) -> String {
    switch c {
    case .reporting(let code): return Strings.reportingLabel + " " + (code ?? "")
    case .rate(let code, _): return Strings.rateLabel(code)
    case .view(let name, _): return Strings.viewLabel(name)
    case .standup(let s), .unstandup(let s): return s.at.description
    }
  }

  /// The 1-based line and column of a byte offset.
  static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
    var line = 1
    var start = 0
    for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
      line += 1
      start = i + 1
    }
    return (line, offset - start + 1)
  }
}

/// What importing a JSON export would do.
public struct JSONImportPlan: Sendable {
  /// Records the store lacks, added as exported.
  public var added: [OpportunityID] = []
  /// Records merged into the store's copy (the merge changed something).
  public var updated: [OpportunityID] = []
  /// Of those, the ones the merge newly flagged `is:conflict`.
  public var conflicted: [OpportunityID] = []
  /// Records already exactly as in the store (or whose merge changes nothing).
  public var unchanged = 0
  /// Team lines taken in.
  public var teamChanged = 0
  /// Team lines that differ from the store's and were not taken (a different reporting
  /// currency, an older rate, a view of the same name): the store's are kept.
  public var teamKept: [String] = []
  /// The commands, to run as one undoable change.
  public var commands: [Command] = []
}
