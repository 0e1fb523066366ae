/// The table of every field of a call (product.md's field list), one `FieldDescriptor` each,
/// in the canonical order of the file. Adding a field is one entry here plus its storage in
/// `Opportunity` (and, when editable, its case in `Field` and its flag in the command line's
/// `FieldOptions`, which swift-argument-parser declares statically); the codec, the form,
/// the detail view, the list columns, queries, completion, sorting and imports pick it up.
/// `docs/architecture.md` walks through an example.
public enum FieldCatalogue {
  /// Every field, in the file's canonical order (never reorder: the canonical form of
  /// existing files depends on it; add new fields where they read best, as they are absent
  /// from old files).
  public static let all: [FieldDescriptor] = [
    FieldDescriptor(
      "id", "id", spanish: "id", aliases: ["identificador"], type: .identifier, access: .id,
      editable: false, query: ("id", .id), canBeEmpty: false, sort: (.id, 11),
      column: ColumnPolicy(maxWidth: 8, screenWidth: 8, defaultPlace: 0, keepRank: 1), detail: 0),
    FieldDescriptor(
      "title", "title", spanish: "título", aliases: ["nombre", "convocatoria", "name"], type: .text,
      access: .text(.title), required: true, canBeEmpty: false,
      sort: (.foldedTitle, 4),
      column: ColumnPolicy(maxWidth: 60, screenWidth: 18, defaultPlace: 1, keepRank: 0), form: 0),
    FieldDescriptor(
      "kind", "kind", spanish: "tipo", aliases: ["tipo de convocatoria", "type"], type: .enumeration,
      access: .kind, required: true, interned: true, query: ("kind", .enumeration), canBeEmpty: false,
      sort: (.word, 9), column: ColumnPolicy(maxWidth: 24, screenWidth: 11, defaultPlace: 2, keepRank: 5),
      form: 10, detail: 20),
    FieldDescriptor(
      "stage", "stage", spanish: "etapa", aliases: ["estado", "status"], type: .enumeration, access: .stage,
      editable: false, query: ("stage", .enumeration), canBeEmpty: false, sort: (.stageOrder, 5),
      column: ColumnPolicy(maxWidth: 24, screenWidth: 10, defaultPlace: 5, keepRank: 2), detail: 10),
    FieldDescriptor(
      "funder", "funder", spanish: "financiador",
      aliases: ["cooperante", "entidad", "donante", "fuente de financiación"],
      type: .text, access: .text(.funder), interned: true,
      query: ("funder", .text), sort: (.text, 6),
      column: ColumnPolicy(maxWidth: 28, screenWidth: 18, defaultPlace: 3, keepRank: 6), form: 30, detail: 40),
    FieldDescriptor(
      "program", "program", spanish: "programa", aliases: ["programme"], type: .text,
      access: .text(.program), interned: true, query: ("program", .text),
      sort: (.text, 14), column: ColumnPolicy(maxWidth: 24, screenWidth: 16, keepRank: 9), form: 40,
      detail: 50),
    FieldDescriptor(
      "country", "country", spanish: "país", aliases: ["región"], type: .text,
      access: .text(.country), interned: true, query: ("country", .text),
      sort: (.text, 15), column: ColumnPolicy(maxWidth: 16, screenWidth: 12, keepRank: 10), form: 50,
      detail: 60),
    FieldDescriptor(
      "area", "area", spanish: "área", aliases: ["línea", "línea estratégica"],
      type: .enumeration, access: .area, interned: true, query: ("area", .enumeration), sort: (.word, 10),
      column: ColumnPolicy(maxWidth: 24, screenWidth: 18, defaultPlace: 4, keepRank: 8), form: 20, detail: 30),
    FieldDescriptor(
      "deadline", "deadline", spanish: "cierre",
      aliases: ["due", "fecha límite", "vence", "fecha de cierre"],
      type: .date, access: .date(.deadline), query: ("due", .date),
      sort: (.date(awaitingFirst: true), 0),
      column: ColumnPolicy(maxWidth: 24, screenWidth: 18, defaultPlace: 6, keepRank: 3),
      form: 60, detail: 70, countsDown: true),
    FieldDescriptor(
      "decision", "decision", spanish: "decisión", aliases: ["fecha de decisión", "resultados"], type: .date,
      access: .date(.decision), query: ("decision", .date),
      sort: (.date(awaitingFirst: false), 13),
      column: ColumnPolicy(maxWidth: 12, screenWidth: 10, keepRank: 11), form: 70,
      detail: 80),
    FieldDescriptor(
      "amount", "amount", spanish: "monto", aliases: ["valor", "cuantía", "presupuesto"], type: .money,
      access: .money(.amount), query: ("amount", .amount), sort: (.amount, 1),
      column: ColumnPolicy(maxWidth: 24, screenWidth: 15, alignRight: true, defaultPlace: 7, keepRank: 4),
      form: 80,
      detail: 90, cellPrefers: .awarded),
    FieldDescriptor(
      "awarded", "awarded", spanish: "adjudicado", aliases: ["otorgado", "ganado"], type: .money,
      access: .money(.awarded), query: ("awarded", .amount),
      sort: (.amount, 12),
      column: ColumnPolicy(maxWidth: 24, screenWidth: 15, alignRight: true, keepRank: 12), form: 90,
      detail: 100),
    FieldDescriptor(
      "probability", "probability", spanish: "probabilidad", aliases: ["chance"], type: .percent,
      access: .probability, canBeEmpty: false, sort: (.number, 8),
      column: ColumnPolicy(maxWidth: 6, screenWidth: 6, alignRight: true, keepRank: 13, header: "CHANCE"),
      form: 100),
    FieldDescriptor(
      "owner", "owner", spanish: "responsable", aliases: ["encargado", "dueño", "assignee"], type: .people,
      access: .text(.owner), interned: true, query: ("owner", .text),
      sort: (.text, 7), column: ColumnPolicy(maxWidth: 24, screenWidth: 12, defaultPlace: 8, keepRank: 7),
      form: 110, detail: 110),
    FieldDescriptor(
      "beneficiary", "beneficiary", spanish: "beneficiario",
      aliases: ["beneficiaria", "secretaría", "proyecto"], type: .text,
      access: .text(.beneficiary), interned: true,
      query: ("beneficiary", .text), sort: (.text, 16),
      column: ColumnPolicy(maxWidth: 28, screenWidth: 18, keepRank: 14), form: 160,
      detail: 115),
    FieldDescriptor(
      "tags", "tags", spanish: "etiquetas", aliases: ["tag", "etiqueta", "labels"], type: .tags,
      access: .tags,
      query: ("tag", .tags), column: ColumnPolicy(maxWidth: 24, screenWidth: 16, keepRank: 15), form: 120,
      detail: 120),
    FieldDescriptor(
      "url", "url", spanish: "enlace", aliases: ["link", "web", "sitio"], type: .url,
      access: .text(.url), query: ("url", .text),
      column: ColumnPolicy(maxWidth: 40, screenWidth: 24, keepRank: 18), form: 140, detail: 130),
    FieldDescriptor(
      "contact", "contact", spanish: "contacto", aliases: ["correo", "email"], type: .text,
      access: .text(.contact), query: ("contact", .text),
      column: ColumnPolicy(maxWidth: 28, screenWidth: 18, keepRank: 19), form: 150, detail: 140),
    FieldDescriptor(
      "description", "description", spanish: "descripción", aliases: ["detalle", "texto"],
      type: .text, access: .text(.description), multiline: true,
      query: ("description", .text), form: 130),
    FieldDescriptor(
      "notes", "notes", spanish: "notas", aliases: ["note", "nota"], type: .log, access: .notes,
      editable: false, query: ("note", .text)),
    FieldDescriptor(
      "history", "history", spanish: "historial", type: .log, access: .history, editable: false),
    FieldDescriptor(
      "created", "created", spanish: "creada", aliases: ["creado", "añadida"], type: .timestamp,
      access: .timestamp(.created), editable: false,
      query: ("created", .date), canBeEmpty: false, sort: (.instant, 3),
      column: ColumnPolicy(maxWidth: 11, screenWidth: 11, keepRank: 16), detail: 150),
    FieldDescriptor(
      "updated", "updated", spanish: "actualizada", aliases: ["actualizado", "modificada"], type: .timestamp,
      access: .timestamp(.updated), editable: false,
      query: ("updated", .date), canBeEmpty: false, sort: (.instant, 2),
      column: ColumnPolicy(maxWidth: 11, screenWidth: 11, keepRank: 17), detail: 160),
    FieldDescriptor(
      "source", "source", spanish: "origen", aliases: ["importada de"], type: .reference,
      access: .source, editable: false, detail: 170),
    FieldDescriptor(
      "archived", "archived", spanish: "archivada", aliases: ["archivado"], type: .flag,
      access: .flag(.archived), editable: false, canBeEmpty: false),
    FieldDescriptor(
      "conflict", "conflict", spanish: "conflicto", type: .flag, access: .flag(.conflict), editable: false,
      canBeEmpty: false),
  ]

  /// The descriptor with this file name.
  public static func named(_ name: String) -> FieldDescriptor? { index[name].map { all[$0] } }

  /// The descriptor a person means by `text`: its name, query name, Spanish name or an
  /// alias, case- and accent-insensitively (`Título`, `fecha limite`, `due`).
  public static func resolve(_ text: String) -> FieldDescriptor? {
    lookup[Self.key(text)].map { all[$0] }
  }

  /// The descriptor of an editable field.
  public static func descriptor(_ f: Field) -> FieldDescriptor {
    // Every `Field` has an entry: `FieldCatalogueTests` checks it.
    all[index[f.rawValue] ?? 0]
  }

  /// The editable fields, in the form's order.
  public static let formFields: [FieldDescriptor] = all.filter { $0.formPlace != nil }.sorted {
    ($0.formPlace ?? 0) < ($1.formPlace ?? 0)
  }

  /// The rows of the detail view, in order.
  public static let detailRows: [FieldDescriptor] = all.filter { $0.detailPlace != nil }.sorted {
    ($0.detailPlace ?? 0) < ($1.detailPlace ?? 0)
  }

  /// Fields a list can be sorted by.
  public static let sortable: [FieldDescriptor] = all.filter(\.isSortable)

  /// Fields that can be list columns.
  public static let columns: [FieldDescriptor] = all.filter { $0.column != nil }

  /// Fields a query can test by value.
  public static let queryable: [FieldDescriptor] = all.filter { $0.queryRole != nil }

  /// Fields `has:`/`no:` can test.
  public static let optional: [FieldDescriptor] = all.filter(\.canBeEmpty)

  static let index: [String: Int] = Dictionary(
    uniqueKeysWithValues: all.enumerated().map { ($1.name, $0) })

  static let lookup: [String: Int] = {
    var out: [String: Int] = [:]
    for (i, d) in all.enumerated() {
      for n in d.names where out[key(n)] == nil { out[key(n)] = i }
    }
    return out
  }()

  /// A name folded for lookup: lower case, accents removed, spaces, `-` and `_` dropped.
  static func key(_ text: String) -> String {
    String(TextFolding.folded(text).filter { $0 != " " && $0 != "-" && $0 != "_" })
  }
}
