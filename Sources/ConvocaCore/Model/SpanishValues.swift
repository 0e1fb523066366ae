/// The Spanish names of the enumerated values (kind, stage, area, and the query's `is:`): one table, for imports
/// (a spreadsheet says `beca`, `ganada`, `desarrollo económico`) and for showing values in
/// Spanish. The first name of each entry is the one to show; all are matched case- and
/// accent-insensitively, as whole words.
public enum SpanishValues {
  /// Field name → (value as stored, its Spanish names, the one to show first).
  public static let table: [String: [(value: String, names: [String])]] = [
    "kind": [
      ("grant", ["subvención", "donación", "financiación", "convocatoria de financiación", "fondo"]),
      ("scholarship", ["beca"]),
      ("award", ["premio", "reconocimiento"]),
      ("network", ["red"]),
      ("event", ["evento"]),
      ("alliance", ["alianza"]),
      ("technical", ["asistencia técnica", "cooperación técnica"]),
      ("other", ["otra", "otro"]),
    ],
    "stage": [
      ("identified", ["identificada", "identificado", "por revisar"]),
      ("preparing", ["en preparación", "preparación", "preparando"]),
      ("applied", ["postulada", "aplicada", "presentada", "enviada"]),
      ("won", ["ganada", "aprobada", "adjudicada"]),
      ("lost", ["perdida", "rechazada", "no aprobada"]),
      ("dropped", ["descartada", "desistida", "abandonada"]),
    ],
    "is": [
      ("open", ["abierta", "abiertas", "abierto"]),
      ("closed", ["cerrada", "cerradas", "cerrado"]),
      ("overdue", ["vencida", "vencidas", "vencido"]),
      ("stale", ["estancada", "estancadas", "quieta"]),
      ("archived", ["archivada", "archivadas", "archivado"]),
      ("conflict", ["conflicto", "conflictos"]),
    ],
    "area": [
      ("economic-development", ["desarrollo económico"]),
      ("urban-development", ["desarrollo urbano"]),
      ("security-peace", ["seguridad y paz", "seguridad", "paz"]),
      ("inclusion", ["inclusión", "inclusión social"]),
      ("education-culture", ["educación y cultura", "educación", "cultura"]),
      ("innovation", ["innovación"]),
    ],
  ]

  static let lookup: [String: [String: String]] = {
    var out: [String: [String: String]] = [:]
    for (field, entries) in table {
      for e in entries { for n in e.names { out[field, default: [:]][FieldCatalogue.key(n)] = e.value } }
    }
    return out
  }()

  /// The stored value a Spanish `text` names for `field` (`kind`, `stage`, `area`), if any.
  public static func value(_ field: String, _ text: String) -> String? {
    lookup[field]?[FieldCatalogue.key(text)]
  }

  /// The Spanish name to show for a stored value of `field`, if the table has one.
  public static func name(_ field: String, _ value: String) -> String? {
    table[field]?.first { $0.value == value }?.names.first
  }
}
