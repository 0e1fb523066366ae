extension Strings {
  // MARK: - File problems

  static func corruptLine(_ line: Int, _ reason: String) -> String {
    t("file.corrupt", "line {0} is damaged: {1}", String(line), reason)
  }
  static func newerVersion(_ v: Int, _ mine: Int) -> String {
    t(
      "file.newer",
      "the file is in format version {0}, written by a newer Convoca; this one reads version {1}",
      String(v), String(mine))
  }
  static var notConvoca: String { t("file.notConvoca", "this is not a Convoca data file (no header line)") }
  static var headerNotFirst: String { t("file.headerNotFirst", "a header line may only be the first line") }
  static func duplicateID(_ id: String, _ first: Int) -> String {
    t("file.duplicateID", "id '{0}' appears again (first on line {1})", id, String(first))
  }
  static func notJSON(_ detail: String) -> String { t("file.notJSON", "not valid JSON ({0})", detail) }
  static var notObject: String { t("file.notObject", "not a JSON object") }
  static var badHeader: String {
    t("file.badHeader", "a header line needs \"format\":\"convoca\" and a numeric \"version\"")
  }

  // MARK: - Operating-system errors

  static func ioFailed(_ op: String, _ path: String, _ why: String) -> String {
    path.isEmpty
      ? t("io.failedNoPath", "{0} failed: {1}", op, why)
      : t("io.failed", "{0} {1} failed: {2}", op, path, why)
  }
  static var errnoNoSpace: String { t("errno.nospace", "no space left on the device") }
  static var errnoIO: String { t("errno.io", "input/output error") }
  static var errnoPermission: String { t("errno.permission", "permission denied") }
  static var errnoReadOnlyFS: String { t("errno.rofs", "read-only file system") }
  static var errnoMissing: String { t("errno.missing", "no such file or folder") }
  static var errnoIsDirectory: String { t("errno.isdir", "not a regular file") }
  static var errnoTooBig: String { t("errno.toobig", "file too large") }
  static var errnoSymlink: String {
    t("errno.symlink", "it is a symbolic link, and Convoca does not follow links there")
  }

  // MARK: - Database

  static func lockTimeout(_ path: String, _ seconds: String) -> String {
    t(
      "db.lockTimeout", "another Convoca is writing {0} and did not finish within {1} s; nothing was changed",
      path, seconds)
  }
  static func fileBusy(_ path: String, _ seconds: String) -> String {
    t(
      "db.fileBusy",
      "another program is writing {0} (its last line is unfinished, or it keeps changing); waited {1} s and changed nothing — try again when it has finished",
      path, seconds)
  }
  static func clockOutOfRange(_ now: String) -> String {
    t(
      "db.clockOutOfRange",
      "the system clock says {0}, outside the years 2000 to 2199; nothing was written — set the clock right and try again",
      now)
  }
  static func readOnly(_ why: String) -> String { t("db.readOnly", "the file is open read-only: {0}", why) }
  static func tornSaved(_ bytes: Int, _ path: String) -> String {
    t(
      "db.tornSaved",
      "the last change in the file was cut off mid-write ({0} bytes); those bytes were saved to {1}",
      String(bytes), path)
  }
  static func tornPending(_ bytes: Int) -> String {
    t(
      "db.tornPending",
      "the file ends with {0} bytes of a cut-off change; they will be saved aside on the next write",
      String(bytes))
  }
  static var notWritable: String { t("db.notWritable", "no permission to write the file or its folder") }
  static var notRegular: String { t("db.notRegular", "the data path is not a regular file") }
  static func editKept(_ why: String) -> String {
    t(
      "db.editKept",
      "could not save: {0}. The change is kept in memory and will be written in full on the next save", why)
  }
  static var nothingToUndo: String { t("db.nothingToUndo", "nothing to undo") }
  static var nothingToRedo: String { t("db.nothingToRedo", "nothing to redo") }
}

extension Strings {
  static func configBad(_ path: String, _ why: String) -> String {
    t("config.bad", "the configuration file {0} cannot be read: {1}", path, why)
  }
}
