/// Everything Convoca knows about one field of a call, in one place: its names, its type, how
/// it is stored, and where it appears (file, command line, form, detail, list column, query,
/// sort). The codec, the command line's flags, the form, the detail view, the list's
/// columns, the query language and its completion, and imports and exports read from here
/// (see `FieldCatalogue`). A class, immutable: views and queries pass descriptors around in
/// hot loops, and a reference is one retain where a struct of strings and arrays is a dozen.
public final class FieldDescriptor: Sendable, Identifiable {
  /// The name in the file, in `--columns`, `--sort` and as the command-line flag.
  public let name: String
  /// The label shown in English (translated through the strings table, key `field.NAME`).
  public let label: String
  /// The name a Spanish speaker types or reads in a spreadsheet header.
  public let spanishName: String
  /// Other names accepted wherever a field is named (`due` for deadline, `programme`, …).
  public let aliases: [String]
  /// What kind of value it holds.
  public let type: FieldType
  /// Where the value lives.
  public let access: FieldAccess
  /// Whether a record cannot be without it (title, kind).
  public let isRequired: Bool
  /// Whether it spans lines (the description).
  public let isMultiline: Bool
  /// Whether its values repeat a lot (owners, funders): decoding shares one copy of each.
  public let isInterned: Bool
  /// Whether people edit it (command-line flag and form). Id, stage, notes, history,
  /// created and updated change only through their own commands.
  public let isEditable: Bool
  /// The field's name in queries (`due` for the deadline), when a query can test it.
  public let queryName: String?
  /// What a query can ask of it.
  public let queryRole: QueryRole?
  /// Whether `has:`/`no:` can test it.
  public let canBeEmpty: Bool
  /// How it sorts, when a list can be sorted by it.
  public let sortRule: SortRule?
  /// Its place in the sort menu and `--sort`'s list (lower first).
  public let sortPlace: Int
  /// Its list column, when it can be one.
  public let column: ColumnPolicy?
  /// Its place in the form (lower first); nil when the form leaves it out.
  public let formPlace: Int?
  /// Its place among the detail view's rows (lower first); nil when shown otherwise.
  public let detailPlace: Int?
  /// For a date: shown with the days left while the application is still to be sent.
  public let countsDown: Bool
  /// For a money field, the money a list cell shows instead when it is set (the amount
  /// column shows the awarded amount once known).
  public let cellPrefers: MoneySlot?

  public var id: String { name }

  /// The editable field this descriptor stands for, when it is one.
  public var field: Field? { Field(rawValue: name) }

  /// Whether a list can be sorted by it.
  public var isSortable: Bool { sortRule != nil }

  /// Creates a descriptor; every placement is off unless given.
  public init(
    _ name: String, _ label: String, spanish: String, aliases: [String] = [], type: FieldType,
    access: FieldAccess, required: Bool = false, multiline: Bool = false, interned: Bool = false,
    editable: Bool = true, query: (String, QueryRole)? = nil, canBeEmpty: Bool = true,
    sort: (SortRule, Int)? = nil, column: ColumnPolicy? = nil, form: Int? = nil, detail: Int? = nil,
    countsDown: Bool = false, cellPrefers: MoneySlot? = nil
  ) {
    self.name = name
    self.label = label
    self.spanishName = spanish
    self.aliases = aliases
    self.type = type
    self.access = access
    self.isRequired = required
    self.isMultiline = multiline
    self.isInterned = interned
    self.isEditable = editable
    self.queryName = query?.0
    self.queryRole = query?.1
    self.canBeEmpty = canBeEmpty
    self.sortRule = sort?.0
    self.sortPlace = sort?.1 ?? Int.max
    self.column = column
    self.formPlace = form
    self.detailPlace = detail
    self.countsDown = countsDown
    self.cellPrefers = cellPrefers
  }

  /// Every name the field answers to: its name, query name, Spanish name and aliases.
  public var names: [String] {
    var out = [name]
    if let q = queryName, q != name { out.append(q) }
    out.append(spanishName)
    out += aliases
    return out
  }

  /// The label in the user's language.
  public var localizedLabel: String { Strings.fieldLabel(name, label) }
}
