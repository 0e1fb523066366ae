extension Strings {
  // MARK: - Delete, restore, archive

  static var recordArchivedBool: String { t("record.archivedBool", "'archived' must be true or false") }
  static func deletedNotFound(_ id: String) -> String {
    t("deleted.notFound", "no record deleted since the last compaction has id '{0}'", id)
  }
  static func restoreIDReused(_ id: String, _ title: String) -> String {
    t(
      "restore.idReused", "can't restore '{0}': the id is in use again, by '{1}'; nothing was restored", id,
      title)
  }
}

extension Strings {
  /// The line the detail (`convoca show`, the tracker) shows under an archived call's title.
  public static var detailArchived: String {
    t("detail.archived", "ARCHIVED — hidden from the default views (is:archived shows it)")
  }
}
