extension Pipeline {
  // MARK: - Deleting and archiving

  /// The commands that delete `records` as one action (one journal line); the database fills
  /// in each record's content as it writes, so the file keeps it until compaction.
  public static func delete(_ records: [Opportunity]) -> [Command] {
    var seen = Set<OpportunityID>()
    return records.filter { seen.insert($0.id).inserted }.map { .delete($0.id) }
  }

  /// The commands that archive (`on`) or unarchive `records` as one action, and the records
  /// already so (left out: archiving an archived call changes nothing).
  public static func archive(_ records: [Opportunity], _ on: Bool) -> (
    commands: [Command], unchanged: [Opportunity]
  ) {
    var seen = Set<OpportunityID>()
    let unique = records.filter { seen.insert($0.id).inserted }
    return (
      unique.filter { $0.archived != on }.map { .archive($0.id, on) },
      unique.filter { $0.archived == on }
    )
  }
}
