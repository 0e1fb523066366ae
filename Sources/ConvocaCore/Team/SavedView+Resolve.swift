import Foundation

/// A saved view read for use: its query, sort and columns parsed.
public struct ResolvedView: Hashable, Sendable {
  /// The view as saved.
  public var view: SavedView
  /// Its query, parsed.
  public var query: Query
  /// Its sort; nil keeps the user's own.
  public var sort: SortOrder?
  /// Its columns; nil keeps the user's own.
  public var columns: [ListTable.Column]?

  /// The view's query AND `extra` (`convoca list --view NAME MORE…`): every term of both
  /// must hold.
  public func query(and extra: Query) -> Query { Query(terms: query.terms + extra.terms) }
}

extension SavedView {
  /// The screens a view may open on, as written in the file.
  public static let screens = ["list", "board", "dashboard", "standup"]

  /// A view checked as `convoca views add` and `V` check it: the name is not empty, the
  /// query parses, the sort and columns are ones `list --sort/--columns` take, the screen is
  /// one of `screens`. The sort and columns are kept in their canonical spelling.
  public static func make(
    name: String, query: String, sort: String? = nil, columns: String? = nil, screen: String? = nil,
    vocabulary: Vocabulary = .standard
  ) throws(SavedViewError) -> SavedView {
    let n = name.trimmingCharacters(in: .whitespaces)
    let v = SavedView(name: n, query: query.trimmingCharacters(in: .whitespaces))
    guard !v.key.isEmpty else { throw SavedViewError(Strings.viewNameEmpty) }
    var out = v
    if let sort {
      guard let o = SortOrder(parsing: sort) else {
        throw SavedViewError(Strings.viewBadSort(sort, SortField.allCases.map(\.rawValue)))
      }
      out.sort = o.description
    }
    if let columns {
      do { out.columns = try ListTable.Column.parseList(columns).map(\.name) } catch {
        throw SavedViewError(error.description)
      }
    }
    if let screen {
      let s = screen.lowercased()
      guard screens.contains(s) else { throw SavedViewError(Strings.viewBadScreen(screen, screens)) }
      out.screen = s
    }
    _ = try out.resolve(vocabulary: vocabulary)
    return out
  }

  /// The view parsed; an error names what no longer parses (a view saved by a colleague
  /// whose configuration knows other kinds, say).
  public func resolve(vocabulary: Vocabulary = .standard) throws(SavedViewError) -> ResolvedView {
    let q: Query
    do { q = try Query.parse(query, vocabulary: vocabulary) } catch {
      throw SavedViewError(Strings.viewBadQuery(name, error.message))
    }
    var order: SortOrder?
    if let sort {
      guard let o = SortOrder(parsing: sort) else {
        throw SavedViewError(Strings.viewBadSort(sort, SortField.allCases.map(\.rawValue)))
      }
      order = o
    }
    var cols: [ListTable.Column]?
    if let columns {
      do { cols = try ListTable.Column.parseList(columns.joined(separator: ",")) } catch {
        throw SavedViewError(error.description)
      }
    }
    return ResolvedView(view: self, query: q, sort: order, columns: cols)
  }
}

extension TeamData {
  /// How many calls each view matches now (archived ones only when its query asks for
  /// them, as in the list), by folded name; a view whose query no longer parses is absent.
  public func viewCounts(
    in store: OpportunityStore, context: QueryContext, vocabulary: Vocabulary = .standard
  ) -> [[UInt8]: Int] {
    var out: [[UInt8]: Int] = [:]
    for (key, v) in views {
      guard let r = try? v.resolve(vocabulary: vocabulary) else { continue }
      out[key] = store.filter(r.query.hidingArchived, context: context).count
    }
    return out
  }
}

/// A view that cannot be saved or used; the message says why.
public struct SavedViewError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, ready to show.
  public var message: String
  /// Creates the error.
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

extension Strings {
  static func viewBadSort(_ s: String, _ fields: [String]) -> String {
    t("view.badSort", "cannot sort by '{0}'; use one of {1}", s, fields.joined(separator: ", "))
  }
  static func viewBadScreen(_ s: String, _ screens: [String]) -> String {
    t("view.badScreen", "no screen '{0}'; use one of {1}", s, screens.joined(separator: ", "))
  }
  static func viewBadQuery(_ name: String, _ why: String) -> String {
    t("view.badQuery", "view '{0}': {1}", name, why)
  }
}
