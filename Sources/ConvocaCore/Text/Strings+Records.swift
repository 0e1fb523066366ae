extension Strings {
  // MARK: - Records (RecordCodec, Field): what is wrong with a line of the data file

  static func recordMustBeString(_ field: String) -> String {
    t("record.mustBeString", "'{0}' must be a string", field)
  }
  static func recordNotADate(_ field: String, _ text: String) -> String {
    t("record.notADate", "'{0}' is not a date: {1}", field, text)
  }
  static func recordMustBeDateString(_ field: String) -> String {
    t("record.mustBeDateString", "'{0}' must be a date string", field)
  }
  static func recordMustNotBeEmpty(_ field: String) -> String {
    t("record.mustNotBeEmpty", "'{0}' must not be empty", field)
  }
  static var recordProbabilityRange: String {
    t("record.probabilityRange", "'probability' must be a whole number from 0 to 100")
  }
  static func recordMustBeNumber(_ field: String) -> String {
    t("record.mustBeNumber", "'{0}' must be a number", field)
  }
  static func recordMustHoldStrings(_ field: String) -> String {
    t("record.mustHoldStrings", "'{0}' must hold strings", field)
  }
  static func recordMustBeList(_ field: String) -> String {
    t("record.mustBeList", "'{0}' must be a list", field)
  }
  static func recordMustBeBool(_ field: String) -> String {
    t("record.mustBeBool", "'{0}' must be true or false", field)
  }
  static func recordMustBeObject(_ field: String) -> String {
    t("record.mustBeObject", "'{0}' must be an object", field)
  }
  static var recordSourceParts: String { t("record.sourceParts", "'source' needs 'system' and 'id'") }
  static func recordMoneyCurrency(_ field: String) -> String {
    t("record.moneyCurrency", "'{0}' needs a three-letter 'currency'", field)
  }
  static func recordMoneyValue(_ field: String) -> String {
    t("record.moneyValue", "'{0}' needs a numeric 'value'", field)
  }
  static func recordMoneyNotNumber(_ field: String, _ text: String) -> String {
    t("record.moneyNotNumber", "'{0}' value is not a number: {1}", field, text)
  }
  static func recordMoneyShape(_ field: String) -> String {
    t("record.moneyShape", "'{0}' must be an object with value and currency", field)
  }
  static func recordBadTime(_ field: String) -> String {
    t("record.badTime", "'{0}' must be a time like 2026-11-29T09:51:25Z", field)
  }
  static var recordNoteText: String { t("record.noteText", "a note needs 'text'") }
  static var recordHistoryFromTo: String {
    t("record.historyFromTo", "a history entry needs 'from' and 'to'")
  }
  static var recordNotObject: String { t("record.notObject", "a record must be a JSON object") }
  static var recordBadID: String { t("record.badID", "a record needs an 'id' of 1–8 letters or digits") }
  static func recordNoTitle(_ id: String) -> String { t("record.noTitle", "record {0} needs a 'title'", id) }
  static func recordUnknownStage(_ id: String, _ stage: String) -> String {
    t("record.unknownStage", "record {0} has an unknown stage '{1}'", id, stage)
  }
  static func recordUnknownField(_ id: String, _ field: String) -> String {
    t("record.unknownField", "record {0} has an unknown field '{1}'", id, field)
  }

  // MARK: - Journal lines (JournalCodec)

  static var journalBatchOps: String { t("journal.batchOps", "a batch needs 'ops'") }
  static var journalNoID: String { t("journal.noID", "a change needs an 'id'") }
  static var journalNoOp: String { t("journal.noOp", "a change needs an 'op'") }
  static var journalCreateRecord: String { t("journal.createRecord", "'create' needs a 'record'") }
  static var journalSetFields: String { t("journal.setFields", "'set' needs 'fields'") }
  static func journalUnknownField(_ name: String) -> String {
    t("journal.unknownField", "unknown field '{0}'", name)
  }
  static var journalMoveStages: String {
    t("journal.moveStages", "'move' needs 'from' and a known 'to' stage")
  }
  static var journalUnmoveEntry: String { t("journal.unmoveEntry", "'unmove' needs an 'entry'") }
  static var journalNoteText: String { t("journal.noteText", "'note' needs 'text'") }
  static var journalEditNote: String { t("journal.editNote", "'editnote' needs an 'old' or a 'new' note") }
  static var journalUnnoteNote: String { t("journal.unnoteNote", "'unnote' needs a 'note'") }
  static func journalUnknownOp(_ op: String) -> String { t("journal.unknownOp", "unknown change '{0}'", op) }
}
