/// Messages about the bundled demo data (`convoca --demo`).
extension Strings {
  static var demoMissing: String {
    t(
      "demo.missing",
      "the bundled demo data (demo.jsonl) was not found; set CONVOCA_RESOURCES to the folder that holds it")
  }
  static func demoUnreadable(_ path: String, _ why: String) -> String {
    t("demo.unreadable", "could not read the demo data at {0}: {1}", path, why)
  }
  static var demoEmpty: String { t("demo.empty", "the demo data is empty: it has no header line") }
  static var demoBadHeader: String {
    t(
      "demo.badHeader",
      "not a Convoca demo header: it needs \"format\":\"convoca\" and a \"demoAnchor\" date")
  }
  static func demoBadLine(_ line: Int, _ why: String) -> String {
    t("demo.badLine", "demo data, line {0}: {1}", String(line), why)
  }
  static func demoDuplicateID(_ id: String) -> String {
    t("demo.duplicateID", "id '{0}' appears more than once", id)
  }
}
