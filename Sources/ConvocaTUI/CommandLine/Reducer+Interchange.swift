import ConvocaCore
import Foundation

extension Reducer {
  // MARK: - :export

  /// `:export FORMAT FILE`: the screen's rows (its filter and sort) in the list's columns,
  /// made by the core's exporters and written atomically by the app loop.
  static func runExport(_ state: inout AppState, format: String, path: String, data: AppData) -> [Effect] {
    guard let chosen = ExportFormat(rawValue: format) else { return [] }
    guard !path.isEmpty else {
      state.fail(Strings.tuiCommandEmptyFile)
      return []
    }
    let rows = state.rows.compactMap { data.store[$0] }
    let table = ExportTable(fields: state.columns)
    let bytes: [UInt8]
    switch chosen {
    case .csv: bytes = CSVExport(table: table, dialect: .standard).bytes(rows)
    case .xlsx:
      do { bytes = Array(try XLSXExport(table: table).bytes(rows)) } catch {
        state.fail(error.message)
        return []
      }
    case .ics: bytes = ICSExport(stamp: data.now, alarmDays: state.configuration.alarmDays).bytes(rows)
    case .json: bytes = JSONExport.bytes(rows, team: data.store.team)
    }
    return [.writeFile(path: path, bytes: bytes, message: Strings.tuiExported(rows.count, path))]
  }

  // MARK: - :report

  /// `:report html|md FILE`: the director's report (`DirectorReport`) of the screen's rows,
  /// for the dashboard's period, written atomically by the app loop.
  static func runReport(_ state: inout AppState, format: String, path: String, data: AppData) -> [Effect] {
    guard !path.isEmpty else {
      state.fail(Strings.tuiCommandEmptyFile)
      return []
    }
    let store = data.store
    let context = state.queryContext
    let converter =
      store.team.converter(fallback: state.configuration.defaultCurrency)
      ?? MoneyConverter(reporting: state.configuration.defaultCurrency)
    // The report lists the calls behind two figures: it keeps each figure's calls.
    let report = PipelineReport(
      store: store, positions: state.rows.compactMap { store.position(of: $0) }, converter: converter,
      context: context, period: state.dashboard.period, collectMembers: true)
    let document = DirectorReport(
      report: report, store: store, today: state.today, filter: state.filterText,
      utcOffset: context.utcOffset,
      vocabulary: state.configuration.vocabulary)
    let text = format == "md" ? document.markdown : document.html
    return [.writeFile(path: path, bytes: Array(text.utf8), message: Strings.tuiReportWritten(path))]
  }

  // MARK: - :import

  /// `:import FILE`: asks the app loop for the file; its dry run comes next (`fileRead`).
  static func runImport(_ state: inout AppState, path: String, data: AppData) -> [Effect] {
    if data.isReadOnly {
      state.fail(Strings.tuiReadOnly(data.readOnlyReason ?? Strings.tuiReadOnlyUnknown))
      return []
    }
    guard !path.isEmpty else {
      state.fail(Strings.tuiCommandEmptyFile)
      return []
    }
    return [.readFile(path: path)]
  }

  /// The file `:import` asked for: plans the import (`ImportPlan`, nothing written) and
  /// shows its summary to confirm; a file that cannot be read gives the import's message.
  static func fileRead(_ state: inout AppState, path: String, _ outcome: FileReadOutcome, data: AppData)
    -> [Effect]
  {
    let bytes: [UInt8]
    switch outcome {
    case .failed(let why):
      state.fail(why)
      return []
    case .read(let b): bytes = b
    }
    if JSONImport.looksLikeExport(bytes) { return jsonFileRead(&state, path: path, bytes, data: data) }
    let options = CSVImportOptions(fileName: URL(fileURLWithPath: path).lastPathComponent)
    var generator = SeededGenerator(seed: state.randomState)
    let plan: ImportPlan
    do {
      plan = try ImportPlan.make(
        bytes, options: options, configuration: state.configuration, store: data.store, today: state.today,
        at: data.now, generator: &generator)
    } catch {
      state.fail(Strings.tuiImportFailed(path, error.description))
      return []
    }
    state.randomState = generator.state
    state.mode = .confirm(ConfirmState(.importFile(preview(plan, path: path))))
    return []
  }

  /// A JSON export read by `:import`: its merge plan (`JSONImport`), shown to confirm.
  static func jsonFileRead(_ state: inout AppState, path: String, _ bytes: [UInt8], data: AppData) -> [Effect]
  {
    let plan: JSONImportPlan
    do { plan = JSONImport.plan(try JSONImport.read(bytes), into: data.store) } catch {
      state.fail(Strings.tuiImportFailed(path, error.description))
      return []
    }
    var lines = plan.conflicted.map {
      Strings.tuiImportConflictLine($0.rawValue, data.store[$0]?.title ?? "")
    }
    lines += plan.teamKept.map { Strings.tuiImportTeamKeptLine($0) }
    let shown = Array(lines.prefix(importPreviewLines))
    state.mode = .confirm(
      ConfirmState(
        .importFile(
          ImportPreview(
            path: path, added: plan.added.count, updated: plan.updated.count, unchanged: plan.unchanged,
            rejected: 0, lines: shown, more: lines.count - shown.count, warnings: [], commands: plan.commands,
            asGiven: true))))
    return []
  }

  /// How many listing lines the confirmation shows.
  static let importPreviewLines = 8

  /// The summary of a plan: counts, then the first lines (rejected first: they matter most).
  static func preview(_ plan: ImportPlan, path: String) -> ImportPreview {
    var lines = plan.rejected.map { Strings.tuiImportRejectLine($0.line, $0.reason) }
    lines += plan.added.map { Strings.tuiImportAddLine($0.line, $0.record.title) }
    lines += plan.updated.map {
      Strings.tuiImportUpdateLine($0.line, $0.before.title, $0.fields.joined(separator: ", "))
    }
    let shown = Array(lines.prefix(importPreviewLines))
    return ImportPreview(
      path: path, added: plan.added.count, updated: plan.updated.count, unchanged: plan.unchanged.count,
      rejected: plan.rejected.count, lines: shown, more: lines.count - shown.count, warnings: plan.warnings,
      commands: plan.commands)
  }

  /// `y` on the import's summary: the commands as one change (`u` undoes it all).
  static func confirmImport(_ state: inout AppState, _ p: ImportPreview, data: AppData) -> [Effect] {
    state.mode = .normal
    if data.isReadOnly {
      state.fail(Strings.tuiReadOnly(data.readOnlyReason ?? Strings.tuiReadOnlyUnknown))
      return []
    }
    guard !p.commands.isEmpty else {
      state.inform(Strings.tuiImportNothing)
      return []
    }
    let description = Strings.tuiImported(p.added, p.updated, p.path)
    // A JSON export's records and standups carry their own times: written as given.
    return [
      p.asGiven
        ? .performAsGiven(p.commands, description: description)
        : .perform(p.commands, description: description)
    ]
  }
}
