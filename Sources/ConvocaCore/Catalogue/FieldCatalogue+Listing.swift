extension FieldCatalogue {
  /// The catalogue as JSON, for `convoca fields --json` (and tools that map columns).
  public static func json() -> JSONValue {
    .array(
      all.map { d in
        .object([
          ("name", .string(d.name)), ("label", .string(d.localizedLabel)),
          ("spanish", .string(d.spanishName)),
          ("aliases", .array(d.aliases.map(JSONValue.string))), ("type", .string(d.type.rawValue)),
          ("editable", .bool(d.isEditable)), ("required", .bool(d.isRequired)),
          ("query", d.queryName.map(JSONValue.string) ?? .null), ("sortable", .bool(d.isSortable)),
          ("column", .bool(d.column != nil)), ("canBeEmpty", .bool(d.canBeEmpty)),
        ])
      })
  }

  /// The catalogue as table rows (a header first), for `convoca fields`.
  public static func rows() -> [[String]] {
    let yes = Strings.fieldsYes
    var out = [Strings.fieldsHeader]
    for d in all {
      out.append([
        d.name, d.spanishName, d.type.rawValue,
        d.isEditable ? "--" + (d.name == "tags" ? "tag" : d.name) : "",
        d.queryName.map { $0 + ":" } ?? "", d.isSortable ? yes : "", d.column != nil ? yes : "",
        d.aliases.joined(separator: ", "),
      ])
    }
    return out
  }
}

extension Strings {
  static var fieldsHeader: [String] {
    [
      t("fields.name", "FIELD"), t("fields.spanish", "SPANISH"), t("fields.type", "TYPE"),
      t("fields.flag", "FLAG"), t("fields.query", "QUERY"), t("fields.sort", "SORT"),
      t("fields.column", "COLUMN"), t("fields.aliases", "ALIASES"),
    ]
  }
  static var fieldsYes: String { t("fields.yes", "yes") }
}
