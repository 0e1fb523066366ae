extension Strings {
  // MARK: - Team data: rates, views, standups

  static func badCurrency(_ c: String) -> String {
    t("team.badCurrency", "'{0}' is not a currency code (three letters, as USD, EUR, COP)", c)
  }
  static func badRate(_ r: String) -> String {
    t("team.badRate", "a rate must be a positive number, not '{0}'", r)
  }
  static var viewNameEmpty: String { t("team.viewNameEmpty", "a view needs a name") }
  static var standupNotFound: String { t("team.standupNotFound", "that standup is not recorded (any more)") }
  static func teamLineBad(_ what: String) -> String { t("team.lineBad", "bad team line: {0}", what) }
}

extension Strings {
  static func teamLineInOldFile(_ v: Int) -> String {
    t(
      "team.lineInOldFile", "a team line (rate, view, standup) in a version-{0} file, which cannot hold one",
      String(v))
  }
}

extension Strings {
  /// After a total some of whose amounts have no rate.
  public static func partialTotal(_ missing: [String]) -> String {
    t("team.partial", "partial: no rate for {0}", missing.joined(separator: ", "))
  }
}
