import ArgumentParser
import ConvocaCore

extension ImportCommand {
  /// Imports a JSON export (`convoca export --format json`): records the file lacks are added as
  /// exported, ids included; those it has are merged by id (`JSONImport`, `RecordMerge`). One
  /// undoable change.
  func runJSON(_ data: [UInt8], config: Configuration) throws {
    if !map.isEmpty || monthFirst || idColumn != nil || updateStage || latin1 || skipInvalid || since != nil
      || only != nil
    {
      throw ValidationError(Strings.cliImportJSONOptions)
    }
    let doc: JSONImport.Document
    do { doc = try JSONImport.read(data) } catch { throw CLIError(error.description) }
    let db = dryRun ? try globals.open(config) : try globals.openForWriting(config)
    let plan = JSONImport.plan(doc, into: db.store)
    func list() {
      for id in plan.added {
        Output.line(
          clean(Strings.cliImportJSONAdd(id.rawValue, doc.records.first { $0.id == id }?.title ?? "")))
      }
      for id in plan.updated {
        let title = db.store[id]?.title ?? ""
        Output.line(
          clean(
            plan.conflicted.contains(id)
              ? Strings.cliImportJSONConflict(id.rawValue, title)
              : Strings.cliImportJSONMerge(id.rawValue, title)))
      }
      for k in plan.teamKept { Output.line(clean(Strings.cliImportJSONTeamKept(k))) }
    }
    if dryRun {
      Output.line(
        Strings.cliImportJSONWould(
          plan.added.count, plan.updated.count, plan.conflicted.count, plan.unchanged, plan.teamChanged))
      list()
      return
    }
    if !plan.commands.isEmpty {
      do { try db.perform(plan.commands, asGiven: true) } catch { throw CLIError(error.description) }
    }
    for k in plan.teamKept { Output.warn(clean(Strings.cliImportJSONTeamKept(k))) }
    for id in plan.conflicted {
      Output.warn(clean(Strings.cliImportJSONConflict(id.rawValue, db.store[id]?.title ?? "")))
    }
    Output.line(
      Strings.cliImportJSONDone(
        plan.added.count, plan.updated.count, plan.conflicted.count, plan.unchanged, plan.teamChanged))
  }
}

extension Strings {
  static var cliImportJSONOptions: String {
    t(
      "cli.importJSON.options",
      "--map, --month-first, --id-column, --update-stage, --latin1, --skip-invalid, --since and --only do not apply to a JSON export"
    )
  }
  static func cliImportJSONWould(_ a: Int, _ u: Int, _ c: Int, _ s: Int, _ team: Int) -> String {
    t(
      "cli.importJSON.would",
      "would add {0}, merge {1} ({2} with a conflict to review), leave {3} unchanged, take {4} team lines (dry run: nothing written)",
      String(a), String(u), String(c), String(s), String(team))
  }
  static func cliImportJSONDone(_ a: Int, _ u: Int, _ c: Int, _ s: Int, _ team: Int) -> String {
    t(
      "cli.importJSON.done",
      "imported: {0} added, {1} merged ({2} with a conflict to review: is:conflict), {3} unchanged, {4} team lines",
      String(a), String(u), String(c), String(s), String(team))
  }
  static func cliImportJSONAdd(_ id: String, _ title: String) -> String {
    t("cli.importJSON.add", "add       {0} {1}", id, title)
  }
  static func cliImportJSONMerge(_ id: String, _ title: String) -> String {
    t("cli.importJSON.merge", "merge     {0} {1}", id, title)
  }
  static func cliImportJSONConflict(_ id: String, _ title: String) -> String {
    t(
      "cli.importJSON.conflict",
      "conflict  {0} {1}: both copies changed a field; the later won, the other is in its history", id, title)
  }
  static func cliImportJSONTeamKept(_ what: String) -> String {
    t("cli.importJSON.teamKept", "kept this file's {0} (the export's differs)", what)
  }
}
