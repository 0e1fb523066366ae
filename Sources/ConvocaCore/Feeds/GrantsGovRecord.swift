/// One grants.gov record (`OpportunitySynopsisDetail_1_0` or `OpportunityForecastDetail_1_0`)
/// mapped to a call: see docs/interchange.md, "Feeds".
enum GrantsGovRecord {
  /// The record elements of the extract.
  static let names: Set<String> = ["OpportunitySynopsisDetail_1_0", "OpportunityForecastDetail_1_0"]

  /// The row for a record's fields (element name → text), and the day it was posted or last
  /// updated (for `--since`).
  static func row(
    _ f: [String: String], line: Int, configuration: Configuration, today: CalendarDate
  ) -> (row: ImportRow, posted: CalendarDate?) {
    let id = f["OpportunityID", default: ""].trimmingSpaces
    var r = FeedRecord(line: line, key: id, configuration: configuration, today: today)
    if id.isEmpty { r.fail(Strings.feedMissing("OpportunityID")) }
    r.set(
      .title, HTMLText.plain(f["OpportunityTitle", default: ""], multiline: false), from: "OpportunityTitle")
    r.set(.kind, "grant", from: "kind")
    r.set(.funder, HTMLText.plain(f["AgencyName", default: ""], multiline: false), from: "AgencyName")
    r.set(.country, "US", from: "country")
    for name in ["CloseDate", "EstimatedSynopsisCloseDate"] {
      guard let text = f[name]?.trimmingSpaces, !text.isEmpty else { continue }
      guard let d = date(text) else {
        r.fail(Strings.feedBadDate(name, text))
        break
      }
      r.set(.deadline, d.description, from: name)
      break
    }
    if let text = f["EstimatedAwardDate"]?.trimmingSpaces, !text.isEmpty {
      if let d = date(text) { r.set(.decision, d.description, from: "EstimatedAwardDate") }
    }
    if let text = f["AwardCeiling"]?.trimmingSpaces, !text.isEmpty, text.lowercased() != "none" {
      let n = text.replacingOccurrences(of: ",", with: "")
      if n.allSatisfy({ $0 == "0" || $0 == "." }) {
        // `0` means no ceiling was given, as `none` does.
      } else if n.first?.isNumber == true, n.allSatisfy({ $0.isNumber || $0 == "." }) {
        r.set(.amount, n + " USD", from: "AwardCeiling")
      } else {
        r.fail(Strings.csvCell("AwardCeiling", Strings.feedBadNumber(text)))
      }
    }
    let url = f["AdditionalInformationURL", default: ""].trimmingSpaces
    r.set(
      .url, url.isEmpty ? (id.isEmpty ? "" : "https://www.grants.gov/search-results-detail/" + id) : url,
      from: "AdditionalInformationURL")
    r.set(.description, HTMLText.plain(f["Description", default: ""], multiline: true), from: "Description")
    let categories = (f["CategoryOfFundingActivity"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," })
      .compactMap { categoryTags[String($0).uppercased()] }
    if !categories.isEmpty {
      r.set(.tags, categories.joined(separator: ","), from: "CategoryOfFundingActivity")
    }
    var posted: CalendarDate?
    for name in ["LastUpdatedDate", "PostDate", "EstimatedSynopsisPostDate"] {
      if let text = f[name]?.trimmingSpaces, let d = date(text) {
        posted = d
        break
      }
    }
    return (r.row, posted)
  }

  /// A grants.gov date: `MMDDYYYY` (also ISO `YYYY-MM-DD`, which some tools rewrite it to).
  static func date(_ text: String) -> CalendarDate? {
    let b = Array(text.utf8)
    if b.count == 8, b.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      func n(_ r: Range<Int>) -> Int { b[r].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
      return CalendarDate(year: n(4..<8), month: n(0..<2), day: n(2..<4))
    }
    return CalendarDate(iso: text)
  }

  /// grants.gov's funding activity categories, as tags.
  static let categoryTags: [String: String] = [
    "ACA": "health", "AG": "agriculture", "AR": "arts", "BC": "business", "CD": "community-development",
    "CP": "consumer-protection", "DPR": "disaster-relief", "ED": "education", "ELT": "employment",
    "EN": "energy", "ENV": "environment", "FN": "food-nutrition", "HL": "health", "HO": "housing",
    "HU": "humanities", "IIJ": "infrastructure", "IS": "information-statistics", "ISS": "social-services",
    "LJL": "justice", "NR": "natural-resources", "RA": "recovery", "RD": "regional-development",
    "ST": "science-technology", "T": "transportation",
  ]
}

extension String {
  /// Without leading and trailing white space.
  var trimmingSpaces: String { FieldInput.trimmingSpaces(self) }
}
