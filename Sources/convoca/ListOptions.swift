import ArgumentParser
import ConvocaCore

/// The options `list` and `export` read alike — `--columns`, `--sort` and the query words —
/// checked before the file is opened, each refused with the same message in both.
struct ListOptions {
  /// The columns given, or nil for the default.
  var columns: [ListTable.Column]?
  /// The order given, or the standard one.
  var order: SortOrder
  /// The query.
  var query: Query

  init(columns: String?, sort: String?, query words: [String], config: Configuration) throws {
    if let columns {
      do { self.columns = try ListTable.Column.parseList(columns) } catch {
        throw ValidationError(error.description)
      }
    }
    order = .standard
    if let sort {
      guard let o = SortOrder(parsing: sort) else {
        throw ValidationError(Strings.cliBadSort(sort, SortField.allCases.map(\.rawValue)))
      }
      order = o
    }
    do { query = try Query.parse(words.joined(separator: " "), vocabulary: config.vocabulary) } catch {
      throw CLIError(error.description)
    }
  }
}
