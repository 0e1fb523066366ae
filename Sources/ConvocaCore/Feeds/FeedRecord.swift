/// One call read from a feed, on its way to an `ImportRow`: each value goes through the
/// field catalogue's own parser (`FieldDescriptor.parse`), as a CSV cell or a flag's would.
struct FeedRecord {
  /// Where the record starts (a line of the file).
  let line: Int
  /// Its id in the feed (`source.id`).
  let key: String
  let configuration: Configuration
  let today: CalendarDate
  var changes: [FieldChange] = []
  /// Why it cannot be imported, once something fails.
  var failure: String?

  init(line: Int, key: String, configuration: Configuration, today: CalendarDate) {
    self.line = line
    self.key = key
    var conf = configuration
    // Feeds write amounts as plain numbers with a decimal point, whatever the user's locale.
    conf.numberStyle = .dotDecimal
    self.configuration = conf
    self.today = today
  }

  /// Sets `field` from `text` (nothing when empty); `name` is the feed's name for it.
  mutating func set(_ field: Field, _ text: String, from name: String) {
    guard failure == nil, !text.isEmpty else { return }
    do throws(FieldInputError) {
      var v = try field.descriptor.parse(text, configuration: configuration, today: today)
      // Kept for the whole import: a copy of exact size, not a buffer grown while decoding
      // (a 300 MB extract holds ~250 MB of descriptions).
      if case .string(let s) = v, s.utf8.count > 64 {
        v = .string(String(decoding: Array(s.utf8), as: UTF8.self))
      }
      changes.append(FieldChange(field, v))
    } catch {
      failure = Strings.csvCell(name, error.message)
    }
  }

  /// Fails the record with `why`.
  mutating func fail(_ why: String) { if failure == nil { failure = why } }

  /// The import row.
  var row: ImportRow {
    if let f = failure { return .rejected(ImportRejection(line: line, reason: f)) }
    guard changes.contains(where: { $0.field == .title }) else {
      return .rejected(ImportRejection(line: line, reason: Strings.csvNoTitle))
    }
    return .record(CSVRow(line: line, key: key, changes: changes, stage: nil))
  }
}
