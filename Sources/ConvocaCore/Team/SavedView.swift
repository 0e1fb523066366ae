import Foundation

/// A named filter, sort, set of columns and screen, shared by the team in the data file
/// (`V` in the tracker, `convoca views add`).
public struct SavedView: Hashable, Sendable {
  /// The name people choose it by (unique, compared ignoring case and accents).
  public var name: String
  /// The query text, as typed (it may be empty: everything).
  public var query: String
  /// The sort, as `SortOrder.description` writes it (`deadline`, `amount:desc`); nil keeps
  /// the user's own.
  public var sort: String?
  /// Column names, in order; nil keeps the user's own.
  public var columns: [String]?
  /// The tracker screen it opens on (`list`, `board`, `dashboard`, `standup`); nil: the list.
  public var screen: String?

  /// Creates a view.
  public init(
    name: String, query: String, sort: String? = nil, columns: [String]? = nil, screen: String? = nil
  ) {
    self.name = name
    self.query = query
    self.sort = sort
    self.columns = columns
    self.screen = screen
  }

  /// The name folded for comparison: case and accents do not make two views different.
  public var key: [UInt8] { FoldedText(name.trimmingCharacters(in: .whitespaces)).bytes }
}
