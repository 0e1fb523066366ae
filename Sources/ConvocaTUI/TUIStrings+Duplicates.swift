import ConvocaCore

// MARK: - Duplicates and merging

extension Strings {
  static var tuiKeyMerge: String { t("tui.key.merge", "merge the two marked calls (asks which to keep)") }
  static var tuiKeySaveAnyway: String { t("tui.key.saveAnyway", "save the new call anyway") }
  static var tuiHintSaveAnyway: String { t("tui.hint.saveAnyway", "save anyway") }
  static var tuiKeyOpenExisting: String { t("tui.key.openExisting", "open the existing call") }
  static var tuiHintOpenExisting: String { t("tui.hint.openExisting", "open the existing one") }
  static var tuiKeyKeepFirst: String {
    t("tui.key.keepFirst", "keep the first call, merge the second into it")
  }
  static var tuiHintKeepFirst: String { t("tui.hint.keepFirst", "keep 1") }
  static var tuiKeyKeepSecond: String {
    t("tui.key.keepSecond", "keep the second call, merge the first into it")
  }
  static var tuiHintKeepSecond: String { t("tui.hint.keepSecond", "keep 2") }
  static var tuiDuplicateTitle: String { t("tui.duplicate.title", "Likely a duplicate") }
  static var tuiDuplicateIntro: String {
    t("tui.duplicate.intro", "A call with the same title and funder, or the same URL, exists:")
  }
  static var tuiMergeTitle: String { t("tui.merge.title", "Merge two calls: which one to keep?") }
  static var tuiMergeExplain: String {
    t(
      "tui.merge.explain",
      "The other's notes, history and the fields the kept one lacks move over; it is removed.")
  }
  static func tuiMergeNeedsTwo(_ n: Int) -> String {
    t("tui.msg.mergeNeedsTwo", "mark exactly two calls to merge (Space marks; {0} marked)", String(n))
  }
  static func tuiMerged(_ other: String, _ title: String, _ filled: [String]) -> String {
    filled.isEmpty
      ? t("tui.msg.merged", "merged {0} into '{1}' (u undoes)", other, title)
      : t(
        "tui.msg.mergedFilled", "merged {0} into '{1}', filled {2} (u undoes)", other, title,
        filled.joined(separator: ", "))
  }
}
