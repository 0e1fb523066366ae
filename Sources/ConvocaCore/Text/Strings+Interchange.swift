extension Strings {
  static var csvBadUTF8: String {
    t(
      "csv.badUTF8",
      "the file starts with a UTF-8 byte order mark but is not UTF-8; save it again as CSV UTF-8")
  }
  static var csvBadUTF16: String {
    t(
      "csv.badUTF16",
      "the file starts with a UTF-16 byte order mark but is not UTF-16; save it again as CSV UTF-8")
  }
  static var csvBinary: String {
    t("csv.binary", "the file holds NUL bytes: it is not a CSV text file (an .xlsx? save it as CSV UTF-8)")
  }
  static func csvUndefinedByte(_ b: UInt8) -> String {
    t(
      "csv.undefinedByte",
      "the file is neither UTF-8 nor Windows-1252 (Latin-1): byte 0x{0} means nothing in either; save it again as CSV UTF-8",
      String(b, radix: 16, uppercase: true))
  }
  static var csvReadAsLatin1: String {
    t(
      "csv.readAsLatin1",
      "the file is not UTF-8; it was read as Windows-1252 (Latin-1), as Excel saves CSV on Windows — check accents in the result, or pass --latin1 to say so"
    )
  }
  static func csvDuplicateHeader(_ name: String, _ first: Int, _ second: Int) -> String {
    t(
      "csv.duplicateHeader", "the header names '{0}' twice (columns {1} and {2}); rename one", name,
      String(first), String(second))
  }
  static func csvMapNoColumn(_ column: String, _ names: [String]) -> String {
    t(
      "csv.mapNoColumn", "--map names a column '{0}' the header does not have; its columns are {1}", column,
      names.joined(separator: ", "))
  }
  static func csvMapNoField(_ field: String) -> String {
    t(
      "csv.mapNoField",
      "--map: '{0}' is not a field an import sets (see convoca fields; also stage and currency)", field)
  }
  static func csvNotImported(_ column: String, _ field: String) -> String {
    t("csv.notImported", "column '{0}' ({1}) is not imported; ignored", column, field)
  }
  static func csvUnknownColumn(_ column: String) -> String {
    t(
      "csv.unknownColumn",
      "column '{0}' is not a field Convoca knows; ignored (--map \"{0}=FIELD\" imports it)",
      column)
  }
  static func csvSameField(_ a: String, _ b: String, _ field: String) -> String {
    t("csv.sameField", "columns '{0}' and '{1}' both give {2}; keep one or --map the other", a, b, field)
  }
  static func csvNoKeyColumn(_ k: String, _ names: [String]) -> String {
    t(
      "csv.noKeyColumn", "--id-column '{0}' is not a column; the columns are {1}", k,
      names.joined(separator: ", "))
  }
  static func csvNoKnownColumn(_ names: [String]) -> String {
    t(
      "csv.noKnownColumn",
      "no column of the header is a field Convoca knows ({0}); name them as in convoca fields, in English or Spanish, or use --map \"Column=field\"",
      names.joined(separator: ", "))
  }
  static var csvNoTitleColumn: String {
    t("csv.noTitleColumn", "no column gives the title (título, nombre, title); use --map \"Column=title\"")
  }
  static func csvLine(_ line: Int, _ reason: String) -> String {
    t("csv.line", "line {0}: {1}", String(line), reason)
  }
  static var csvEmpty: String { t("csv.empty", "the file is empty: there is no header row") }
  static var csvUnterminated: String {
    t("csv.unterminated", "a quoted cell is not closed before the end of the file (is the file cut short?)")
  }
  static func csvSameKey(_ earlier: Int) -> String {
    t("csv.sameKey", "the same call as line {0} (same title and funder, or same id column)", String(earlier))
  }
  static func csvShortRow(_ n: Int, _ width: Int) -> String {
    t("csv.shortRow", "{0} cells where the header has {1} (is the row cut short?)", String(n), String(width))
  }
  static func csvLongRow(_ n: Int, _ width: Int) -> String {
    t("csv.longRow", "{0} cells where the header has {1}", String(n), String(width))
  }
  static func csvBadCurrency(_ column: String, _ value: String) -> String {
    t("csv.badCurrency", "{0}: '{1}' is not a currency (three letters such as COP, USD, EUR)", column, value)
  }
  static func csvCell(_ column: String, _ message: String) -> String {
    t("csv.cell", "{0}: {1}", column, message)
  }
  static var csvNoTitle: String { t("csv.noTitle", "the title is empty") }
  static func csvEmptyKey(_ column: String) -> String {
    t("csv.emptyKey", "the id column '{0}' is empty", column)
  }
}

extension Strings {
  static func feedCannotOpen(_ path: String) -> String { t("feed.cannotOpen", "cannot open {0}", path) }
  static func feedMissing(_ name: String) -> String { t("feed.missing", "no {0}", name) }
  static func feedBadDate(_ name: String, _ text: String) -> String {
    t("feed.badDate", "{0}: '{1}' is not a date (MMDDYYYY)", name, text)
  }
  static func feedBadNumber(_ text: String) -> String { t("feed.badNumber", "'{0}' is not a number", text) }
  static func feedRepeated(_ id: String, _ first: Int, _ again: Int) -> String {
    t(
      "feed.repeated", "the id {0} appears twice (lines {1} and {2}); the first is imported", id,
      String(first),
      String(again))
  }
  static var feedDoctype: String {
    t(
      "feed.doctype",
      "the XML file has a DOCTYPE (entity declarations): refused, as it could read other files or expand without end; a grants.gov extract has none"
    )
  }
  static func feedLongProlog(_ n: Int) -> String {
    t("feed.longProlog", "no root element in the XML file's first {0} bytes: refused", String(n))
  }
  static func feedTooDeep(_ n: Int, _ line: Int) -> String {
    t("feed.tooDeep", "line {1}: nested deeper than {0} levels: refused", String(n), String(line))
  }
  static func feedWrongRoot(_ name: String) -> String {
    t("feed.wrongRoot", "the XML root is <{0}>, not <Grants>: not a grants.gov extract", name)
  }
  static func feedTruncatedXML(_ n: Int) -> String {
    t(
      "feed.truncatedXML", "the file ends before </Grants>, after {0} records: truncated? Nothing imported",
      String(n))
  }
  static var feedEmptyXML: String { t("feed.emptyXML", "the XML file has no <Grants> element") }
  static func feedMalformedXML(_ line: Int, _ column: Int, _ code: Int) -> String {
    t(
      "feed.malformedXML",
      "line {0}, column {1}: the XML is not well formed (libxml2 error {2}: a tag cut short or not closed, a stray & or <); nothing imported",
      String(line), String(column), String(code))
  }
  static func feedUnknownEntity(_ name: String, _ line: Int) -> String {
    t(
      "feed.unknownEntity", "line {1}: the entity &{0}; is not defined (write & as &amp;); nothing imported",
      name,
      String(line))
  }
  static var feedNotFundingData: String {
    t(
      "feed.notFundingData",
      "not a Funding & Tenders grantsTenders.json: expected an object with fundingData.GrantTenderObj")
  }
  static func feedNotObject(_ path: String) -> String {
    t("feed.notObject", "not a Funding & Tenders grantsTenders.json: {0} is not an object", path)
  }
  static func feedNotArray(_ path: String) -> String {
    t("feed.notArray", "not a Funding & Tenders grantsTenders.json: {0} is not an array", path)
  }
  static func feedBadRecord(_ n: Int, _ line: Int, _ why: String) -> String {
    t("feed.badRecord", "record {0} (line {1}): not JSON: {2}", String(n), String(line), why)
  }
  static func feedTruncatedJSON(_ n: Int) -> String {
    t("feed.truncatedJSON", "the file ends early, after {0} records: truncated? Nothing imported", String(n))
  }
  static func feedBadJSON(_ line: Int, _ expected: String) -> String {
    t("feed.badJSON", "line {0}: not JSON of the expected shape (expected {1})", String(line), expected)
  }
  static func feedRecordNotObject(_ n: Int) -> String {
    t("feed.recordNotObject", "record {0} is not an object", String(n))
  }
  static func feedRecordMissing(_ n: Int, _ name: String) -> String {
    t("feed.recordMissing", "record {0}: no {1}", String(n), name)
  }
  static func feedRecordBadDates(_ n: Int, _ name: String) -> String {
    t("feed.recordBadDates", "record {0}: {1} are not epoch milliseconds", String(n), name)
  }
}
