/// Two records that look like the same call, how likely that is, and why.
public struct DuplicatePair: Hashable, Sendable {
  /// One record (the older of the two).
  public var first: OpportunityID
  /// The other.
  public var second: OpportunityID
  /// How likely they are the same call, 0…1 (1: the same URL).
  public var score: Double
  /// Whether their URLs are the same once normalised.
  public var sameURL: Bool
  /// Whether their funders are the same once normalised (both named).
  public var sameFunder: Bool
  /// How alike their titles are, 0…1.
  public var titleSimilarity: Double
  /// Days between their deadlines, when both have one.
  public var deadlineDays: Int?

  /// Creates a pair.
  public init(
    first: OpportunityID, second: OpportunityID, score: Double, sameURL: Bool, sameFunder: Bool,
    titleSimilarity: Double, deadlineDays: Int?
  ) {
    self.first = first
    self.second = second
    self.score = score
    self.sameURL = sameURL
    self.sameFunder = sameFunder
    self.titleSimilarity = titleSimilarity
    self.deadlineDays = deadlineDays
  }

  /// Why they look alike: "same URL", or "same funder, titles 92% alike, deadlines 3 days apart".
  public var reason: String {
    if sameURL { return Strings.dupSameURL }
    var parts: [String] = []
    if sameFunder { parts.append(Strings.dupSameFunder) }
    parts.append(Strings.dupTitlesAlike(Int((titleSimilarity * 100).rounded(.down))))
    if let d = deadlineDays {
      parts.append(d == 0 ? Strings.dupSameDeadline : Strings.dupDeadlinesApart(d))
    }
    return parts.joined(separator: ", ")
  }
}

extension Strings {
  static var dupSameURL: String { t("dup.sameURL", "same URL") }
  static var dupSameFunder: String { t("dup.sameFunder", "same funder") }
  static func dupTitlesAlike(_ p: Int) -> String { t("dup.titlesAlike", "titles {0}% alike", String(p)) }
  static var dupSameDeadline: String { t("dup.sameDeadline", "same deadline") }
  static func dupDeadlinesApart(_ d: Int) -> String {
    d == 1
      ? t("dup.deadlineApart1", "deadlines 1 day apart")
      : t("dup.deadlinesApart", "deadlines {0} days apart", String(d))
  }
}
