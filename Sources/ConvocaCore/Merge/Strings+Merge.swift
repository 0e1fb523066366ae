extension Strings {
  static var journalReplaceRecord: String {
    t("journal.replaceRecord", "'replace' needs a 'record' and the 'was' it replaces, with the same id")
  }
}

extension Strings {
  static func jsonImportSyntax(_ line: Int, _ column: Int, _ message: String) -> String {
    t("jsonImport.syntax", "not JSON at line {0}, column {1}: {2}", String(line), String(column), message)
  }
  static var jsonImportNotExport: String {
    t(
      "jsonImport.notExport",
      "not a Convoca JSON export (it needs \"format\":\"convoca-export\" and a \"version\")")
  }
  static func jsonImportNewer(_ version: Int, _ known: Int) -> String {
    t(
      "jsonImport.newer", "the export is version {0}, newer than this Convoca reads ({1}); update Convoca",
      String(version), String(known))
  }
  static var jsonImportNotRows: String {
    t(
      "jsonImport.notRows",
      "a Convoca JSON export is merged by id (convoca import reads it whole), not read as rows")
  }
  static var jsonImportNoRecords: String {
    t("jsonImport.noRecords", "a Convoca JSON export needs a \"records\" array")
  }
  static func jsonImportTwice(_ id: String) -> String {
    t("jsonImport.twice", "the id {0} appears twice", id)
  }
  static func jsonImportRecord(_ n: Int, _ id: String, _ message: String) -> String {
    t("jsonImport.record", "record {0} (id {1}): {2}", String(n), id, message)
  }
  static var jsonImportTeamShape: String {
    t("jsonImport.teamShape", "\"team\" must be an array of team lines (reporting, rate, view, standup)")
  }
  static func jsonImportTeamLine(_ n: Int, _ message: String) -> String {
    t("jsonImport.teamLine", "team line {0}: {1}", String(n), message)
  }
}
