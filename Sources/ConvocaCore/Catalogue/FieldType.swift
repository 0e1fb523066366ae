/// What kind of value a field holds. The type decides, once for every field of that type, how
/// the value is written to the file, read back, typed in, shown, compared and sorted.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
  /// One line of free text (a description may span lines).
  case text
  /// One word out of a list (kind, stage, area).
  case enumeration = "enum"
  /// A calendar date without a time.
  case date
  /// A decimal amount with its ISO 4217 currency.
  case money
  /// A whole number from 0 to 100.
  case percent
  /// A person's name (completed from the names already in the data).
  case people
  /// A list of free labels.
  case tags
  /// A web address.
  case url
  /// The record's own short id.
  case identifier
  /// An instant (created, updated), kept by the store.
  case timestamp
  /// Dated entries appended over time (notes, history).
  case log
  /// Where an imported record came from (`system:id`).
  case reference
  /// Yes or no (archived).
  case flag
}

/// How a field's list column is laid out.
public struct ColumnPolicy: Sendable, Hashable {
  /// The widest the column grows on a terminal (piped output is never cut).
  public var maxWidth: Int
  /// Its width in the tracker's list (the title's is its narrowest; it takes the rest).
  public var screenWidth: Int
  /// Whether values align right (numbers).
  public var alignRight: Bool
  /// Shown when the user has not chosen columns; its place in that default order.
  public var defaultPlace: Int?
  /// When space runs out, lower ranks give way last (the title never gives way).
  public var keepRank: Int
  /// The English header when it is not the label in capitals (a narrow column's).
  public var header: String?

  /// Creates a policy.
  public init(
    maxWidth: Int, screenWidth: Int, alignRight: Bool = false, defaultPlace: Int? = nil, keepRank: Int,
    header: String? = nil
  ) {
    self.header = header
    self.maxWidth = maxWidth
    self.screenWidth = screenWidth
    self.alignRight = alignRight
    self.defaultPlace = defaultPlace
    self.keepRank = keepRank
  }
}

/// How a field sorts. Missing values always sort last, whatever the direction.
public enum SortRule: Sendable, Hashable {
  /// By the folded title key the store keeps (accent- and case-insensitive).
  case foldedTitle
  /// By the text, case-insensitively.
  case text
  /// By the enumerated word as written.
  case word
  /// By the pipeline's order of stages.
  case stageOrder
  /// By date; with `awaitingFirst`, calls still to be applied for come before the rest.
  case date(awaitingFirst: Bool)
  /// By amount.
  case amount
  /// By the number in effect.
  case number
  /// By instant.
  case instant
  /// By id only.
  case id
}

/// What a query can ask of a field.
public enum QueryRole: Sendable, Hashable {
  /// `field:word` matches by folded substring.
  case text
  /// `tag:word` matches by folded prefix of a whole label.
  case tags
  /// `field:value,value` matches one of the enumerated words (a unique prefix is enough).
  case enumeration
  /// `field<30d`, `field:thisweek`, `field>=2027-01-01`.
  case date
  /// `field>=50k`.
  case amount
  /// `id:prefix`.
  case id
}
