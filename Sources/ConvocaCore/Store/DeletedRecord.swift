/// A record that was deleted, as it was, with who deleted it and when. The file keeps it in
/// the delete's journal line until compaction; `convoca restore` brings it back.
public struct DeletedRecord: Hashable, Sendable {
  /// The record as it was removed: notes and history included.
  public var record: Opportunity
  /// When it was deleted.
  public var at: Timestamp
  /// Who deleted it.
  public var by: String

  /// Creates the value.
  public init(record: Opportunity, at: Timestamp, by: String) {
    self.record = record
    self.at = at
    self.by = by
  }

  /// The id it had.
  public var id: OpportunityID { record.id }
}

extension OpportunityStore {
  /// The records deleted since the file was last compacted and not brought back, oldest
  /// first; one per id (its latest deletion).
  public var deletedRecords: [DeletedRecord] {
    var latest: [OpportunityID: Int] = [:]
    for (k, d) in deleted.enumerated() { latest[d.id] = k }
    return deleted.enumerated().filter { latest[$0.element.id] == $0.offset }.map(\.element)
  }

  /// A record that comes back (an undone delete, a restore) is no longer deleted. A new
  /// record that reuses the id (another `created`) leaves the deleted one listed.
  mutating func forgetDeleted(_ o: Opportunity) {
    guard !deleted.isEmpty else { return }
    deleted.removeAll { $0.id == o.id && $0.record.created == o.created }
  }

  /// Resolves what the user typed as the id of a deleted record: the exact id, or a prefix
  /// only one deleted record has.
  public func resolveDeleted(_ text: String) throws(CommandError) -> DeletedRecord {
    let t = text.lowercased()
    guard !t.isEmpty else { throw CommandError(Strings.idMissing) }
    let all = deletedRecords
    if let exact = all.last(where: { $0.id.rawValue == t }) { return exact }
    let hits = all.filter { $0.id.rawValue.hasPrefix(t) }
    switch hits.count {
    case 0: throw CommandError(Strings.deletedNotFound(text))
    case 1: return hits[0]
    default:
      throw CommandError(Strings.idAmbiguous(text, hits.prefix(5).map(\.id.rawValue).sorted()))
    }
  }

  /// The command that brings a deleted record back; refused when its id is in use again.
  public func restoreCommand(_ d: DeletedRecord) throws(CommandError) -> Command {
    if let now = self[d.id] {
      throw CommandError(Strings.restoreIDReused(d.id.rawValue, now.title))
    }
    return .create(d.record)
  }
}
