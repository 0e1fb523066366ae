/// What importing a file would change, decided before anything is written: the records it
/// adds, those it updates (with what), those already as the file says, the rows rejected,
/// and the commands that do it as one action.
public struct ImportPlan: Sendable {
  /// A record the import changes.
  public struct Update: Sendable {
    /// The record as it is now.
    public var before: Opportunity
    /// The fields that change (and `stage` when it moves).
    public var fields: [String]
    /// The line of the file.
    public var line: Int
  }
  /// New records, with the line each comes from.
  public var added: [(line: Int, record: Opportunity)] = []
  /// Records the file changes.
  public var updated: [Update] = []
  /// Records the file matches but does not change.
  public var unchanged: [(line: Int, record: Opportunity)] = []
  /// Rows that cannot be read.
  public var rejected: [ImportRejection] = []
  /// Rows left out by a feed's filters (`--since`, `--only`).
  public var filtered = 0
  /// Warnings: the encoding, ignored columns.
  public var warnings: [String] = []
  /// The commands, for one `Database.perform`.
  public var commands: [Command] = []

  /// Plans importing `data` into `store`: rows whose `source` (`csv:FILE` and the row key)
  /// matches a record update it — only the fields the row has a value for, never stage
  /// (unless `options.updateStage`), notes or history — the others are created, owned by
  /// `configuration.user` unless the row names an owner, stamped `at`.
  public static func make(
    _ data: [UInt8], options: CSVImportOptions, configuration: Configuration, store: OpportunityStore,
    today: CalendarDate, at: Timestamp, generator: inout some RandomNumberGenerator
  ) throws(InterchangeError) -> ImportPlan {
    let (_, rows, warnings) = try CSVImport.rows(
      data, options: options, configuration: configuration, today: today)
    var builder = Builder(
      system: options.system, updateStage: options.updateStage, configuration: configuration, store: store,
      at: at)
    builder.plan.warnings = warnings
    for row in rows { builder.add(row, generator: &generator) }
    return builder.finish()
  }

  /// Builds a plan one row at a time, so a feed read as a stream never holds its rows: the
  /// one set of rules (source matching, what an update may touch, new ids) for every format.
  public struct Builder {
    /// The plan so far.
    public var plan = ImportPlan()
    let system: String
    let updateStage: Bool
    let configuration: Configuration
    let store: OpportunityStore
    let at: Timestamp
    /// Keeps only the records it accepts (as they would be after the import); the others
    /// count in `plan.filtered`.
    var keep: ((Opportunity) -> Bool)?
    var existing: [String: Opportunity] = [:]
    var usedIDs = Set<OpportunityID>()

    /// A builder for rows from `system` (the `source.system` of the records they create).
    public init(
      system: String, updateStage: Bool, configuration: Configuration, store: OpportunityStore, at: Timestamp,
      keep: ((Opportunity) -> Bool)? = nil
    ) {
      self.system = system
      self.updateStage = updateStage
      self.configuration = configuration
      self.store = store
      self.at = at
      self.keep = keep
      for o in store.records where o.source?.system == system {
        if let s = o.source { existing[s.id] = o }
      }
    }

    /// Plans one row.
    public mutating func add(_ row: ImportRow, generator: inout some RandomNumberGenerator) {
      let r: CSVRow
      switch row {
      case .rejected(let why):
        plan.rejected.append(why)
        return
      case .record(let good): r = good
      }
      if let o = existing[r.key] {
        if let keep {
          var after = o
          for c in r.changes { try? c.field.set(c.value, in: &after) }
          if updateStage, let s = r.stage { after.stage = s }
          if !keep(after) {
            plan.filtered += 1
            return
          }
        }
        var commands: [Command] = []
        var fields: [String] = []
        let changes = r.changes.map { FieldChange($0.field, $0.value, expected: $0.field.value(in: o)) }
        if let c = Pipeline.edit(o, changes) {
          commands.append(c)
          if case .set(_, let kept) = c { fields = kept.map(\.field.rawValue) }
        }
        if updateStage, let s = r.stage, s != o.stage {
          do throws(CommandError) {
            commands.append(try Pipeline.move(o, to: s, at: at, by: configuration.user))
            fields.append("stage")
          } catch {
            plan.rejected.append(ImportRejection(line: r.line, reason: error.message))
            return
          }
        }
        if commands.isEmpty {
          plan.unchanged.append((r.line, o))
        } else {
          plan.updated.append(Update(before: o, fields: fields, line: r.line))
          plan.commands += commands
        }
        return
      }
      var id = store.newID(using: &generator)
      while usedIDs.contains(id) { id = store.newID(using: &generator) }
      do throws(CommandError) {
        var o = try Pipeline.create(
          id: id, fields: r.changes, stage: r.stage ?? .identified, owner: configuration.user, at: at)
        o.source = Source(system: system, id: r.key)
        if let keep, !keep(o) {
          plan.filtered += 1
          return
        }
        usedIDs.insert(id)
        plan.added.append((r.line, o))
        plan.commands.append(.create(o))
      } catch {
        plan.rejected.append(ImportRejection(line: r.line, reason: error.message))
      }
    }

    /// The plan, rejections in line order.
    public mutating func finish() -> ImportPlan {
      plan.rejected.sort { $0.line < $1.line }
      return plan
    }
  }
}
