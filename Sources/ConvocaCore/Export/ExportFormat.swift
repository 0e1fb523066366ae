/// The file formats `convoca export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// RFC 4180 text, one row per call (`--excel` for Excel's dialect).
  case csv
  /// An Office Open XML workbook with typed cells.
  case xlsx
  /// An iCalendar file: one all-day event per deadline and per decision date.
  case ics
  /// Whole records with notes and history, and the team's data (`JSONExport`): what
  /// `convoca import` reads back exactly.
  case json
}
