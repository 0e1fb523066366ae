import ConvocaCore

// MARK: - The `:` command line

extension Strings {
  static var tuiKeyCommandLine: String {
    t("tui.key.commandLine", "command line: :export csv|xlsx|ics FILE, :import FILE, :help")
  }
  static var tuiKeyCommandRun: String { t("tui.key.commandRun", "run the command") }
  static var tuiHintRun: String { t("tui.hint.run", "run") }
  static var tuiKeyCommandComplete: String {
    t("tui.key.commandComplete", "complete the command, format or file name (again: the next one)")
  }
  static var tuiKeyCommandOlder: String { t("tui.key.commandOlder", "earlier command of this session") }
  static var tuiKeyCommandNewer: String { t("tui.key.commandNewer", "later command of this session") }
  static var tuiKeyCommandEdit: String {
    t("tui.key.commandEdit", "edit: move, start, end, delete, clear, delete the word before the cursor")
  }
  static var tuiKeyImportYes: String { t("tui.key.importYes", "import (one change: u undoes it)") }
  static var tuiHintImportYes: String { t("tui.hint.importYes", "import") }
  static var tuiKeyImportNo: String { t("tui.key.importNo", "do not import (nothing is written)") }
  static var tuiHintImportNo: String { t("tui.hint.importNo", "cancel") }
  static var tuiKeyCloseCommands: String { t("tui.key.closeCommands", "close the command list") }

  static var tuiCommandFileWord: String { t("tui.command.fileWord", "FILE") }
  static var tuiCommandExportSummary: String {
    t("tui.command.exportSummary", "write the screen's calls (filter, sort, columns) to FILE")
  }
  static var tuiCommandImportSummary: String {
    t(
      "tui.command.importSummary",
      "import calls from a CSV file or a JSON export, after showing what would change")
  }
  static var tuiCommandReportSummary: String {
    t("tui.command.reportSummary", "write the director's report (HTML or Markdown) of these calls")
  }
  static func tuiReportWritten(_ path: String) -> String {
    t("tui.report.written", "Wrote the report to {0}", path)
  }
  static func tuiImportConflictLine(_ id: String, _ title: String) -> String {
    t(
      "tui.import.conflictLine", "conflict {0} {1}: the later value won, the other is in its history", id,
      title)
  }
  static func tuiImportTeamKeptLine(_ what: String) -> String {
    t("tui.import.teamKeptLine", "kept this file's {0}", what)
  }
  static var tuiCommandHelpSummary: String { t("tui.command.helpSummary", "list the commands") }
  static var tuiCommandsTitle: String { t("tui.command.title", "Commands") }
  static var tuiCommandsTab: String {
    t(
      "tui.command.tab", "Tab completes commands, formats and file names; ↑/↓ recall this session's commands."
    )
  }
  static var tuiCommandEmpty: String { t("tui.command.empty", "type a command (:help lists them)") }
  static func tuiCommandUnknown(_ name: String) -> String {
    t("tui.command.unknown", "unknown command '{0}' (:help lists the commands)", name)
  }
  static func tuiCommandUnknownNear(_ name: String, _ near: String) -> String {
    t("tui.command.unknownNear", "unknown command '{0}': did you mean :{1}? (:help lists them)", name, near)
  }
  static func tuiCommandMissing(_ name: String, _ word: String, _ usage: String) -> String {
    t("tui.command.missing", ":{0} needs {1}: :{2}", name, word, usage)
  }
  static func tuiCommandBadChoice(_ word: String, _ name: String, _ usage: String) -> String {
    t("tui.command.badChoice", "'{0}' is not a format of :{1}: :{2}", word, name, usage)
  }
  static func tuiCommandBadChoiceNear(_ word: String, _ name: String, _ near: String, _ usage: String)
    -> String
  {
    t(
      "tui.command.badChoiceNear", "'{0}' is not a format of :{1}: did you mean {2}? (:{3})", word, name,
      near, usage)
  }
  static func tuiCommandTooMany(_ name: String, _ usage: String) -> String {
    t("tui.command.tooMany", "too many words for :{0}: :{1}", name, usage)
  }
  static var tuiCommandNoCompletion: String { t("tui.command.noCompletion", "nothing to complete here") }
  static var tuiCommandEmptyFile: String { t("tui.command.emptyFile", "the file name is empty") }
  static func tuiCannotRead(_ path: String, _ why: String) -> String {
    t("tui.cannotRead", "cannot read {0}: {1}", path, why)
  }
  static func tuiExported(_ n: Int, _ path: String) -> String {
    t("tui.exported", "Exported {0} calls to {1}", String(n), path)
  }

  // MARK: Import

  static func tuiImportFailed(_ path: String, _ why: String) -> String {
    t("tui.import.failed", "cannot import {0}: {1}", path, why)
  }
  static func tuiImportTitle(_ path: String) -> String { t("tui.import.title", "Import {0}?", path) }
  static func tuiImportCounts(_ a: Int, _ u: Int, _ s: Int, _ r: Int) -> String {
    t(
      "tui.import.counts", "would add {0}, update {1}, leave {2} unchanged, reject {3}", String(a), String(u),
      String(s), String(r))
  }
  static func tuiImportAddLine(_ line: Int, _ title: String) -> String {
    t("tui.import.addLine", "add     line {0}: {1}", String(line), title)
  }
  static func tuiImportUpdateLine(_ line: Int, _ title: String, _ fields: String) -> String {
    t("tui.import.updateLine", "update  line {0}: {1} ({2})", String(line), title, fields)
  }
  static func tuiImportRejectLine(_ line: Int, _ reason: String) -> String {
    t("tui.import.rejectLine", "reject  line {0}: {1}", String(line), reason)
  }
  static func tuiImportMore(_ n: Int) -> String { t("tui.import.more", "… and {0} more", String(n)) }
  static var tuiImportNothing: String {
    t("tui.import.nothing", "Nothing to import: the file changes nothing.")
  }
  static func tuiImportSkipsRejected(_ n: Int) -> String {
    t("tui.import.skipsRejected", "y imports the rows that read; the {0} rejected are skipped.", String(n))
  }
  static var tuiImportUndoable: String { t("tui.import.undoable", "The import is one change: u undoes it.") }
  static var tuiImportCancelled: String { t("tui.import.cancelled", "Import cancelled: nothing written.") }
  static func tuiImported(_ a: Int, _ u: Int, _ path: String) -> String {
    t("tui.imported", "Imported {0}: {1} added, {2} updated", path, String(a), String(u))
  }
}
