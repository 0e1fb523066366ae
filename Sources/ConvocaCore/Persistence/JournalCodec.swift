/// One journal line: the commands of one user action, stamped with when and by whom.
public struct JournalEntry: Hashable, Sendable {
  /// When.
  public var at: Timestamp
  /// Who.
  public var by: String
  /// What, in order (several when one action touched several records).
  public var commands: [Command]

  /// Creates an entry.
  public init(at: Timestamp, by: String, commands: [Command]) {
    self.at = at
    self.by = by
    self.commands = commands
  }
}

/// Encodes journal entries as JSON lines and reads them back. See docs/file-format.md.
public enum JournalCodec {
  /// The line for an entry (without the newline).
  public static func encode(_ e: JournalEntry) -> JSONValue {
    var m: [(String, JSONValue)] = [("at", .string(e.at.description)), ("by", .string(e.by))]
    if e.commands.count == 1, case .object(let c) = encode(e.commands[0]) {
      m += c
    } else {
      m.append(("op", .string("batch")))
      m.append(("ops", .array(e.commands.map(encode))))
    }
    return .object(m)
  }

  /// Appends the line for an entry (without the newline) to `bytes`: the same bytes as
  /// `JSONWriter` writes for `encode(e)`, but a created record goes straight through
  /// `RecordEncoder`. An import of 100,000 calls is one line; built as a `JSONValue` tree first,
  /// it took several times the records' own memory (measured: 1.4 GB for a 300 MB feed).
  public static func append(_ e: JournalEntry, to bytes: inout [UInt8]) {
    var head = JSONWriter()
    head.write(.object([("at", .string(e.at.description)), ("by", .string(e.by))]))
    bytes += head.bytes.dropLast()  // without the closing brace
    func command(_ c: Command, inBatch: Bool) {
      guard case .create(let o) = c else {
        var w = JSONWriter()
        w.write(encode(c))
        bytes += inBatch ? w.bytes[...] : w.bytes.dropFirst().dropLast()
        return
      }
      bytes += Array((inBatch ? #"{"op":"create","record":"# : #""op":"create","record":"#).utf8)
      RecordEncoder.append(o, to: &bytes)
      if inBatch { bytes.append(UInt8(ascii: "}")) }
    }
    // Every command encodes as an object: one alone puts its members in the line itself.
    if e.commands.count == 1 {
      bytes.append(UInt8(ascii: ","))
      command(e.commands[0], inBatch: false)
    } else {
      bytes += Array(#","op":"batch","ops":["#.utf8)
      for (k, c) in e.commands.enumerated() {
        if k > 0 { bytes.append(UInt8(ascii: ",")) }
        command(c, inBatch: true)
      }
      bytes.append(UInt8(ascii: "]"))
    }
    bytes.append(UInt8(ascii: "}"))
  }

  /// One command as a JSON object with an `op` member.
  public static func encode(_ c: Command) -> JSONValue {
    switch c {
    case .create(let o):
      return .object([("op", .string("create")), ("record", RecordCodec.encode(o))])
    case .delete(let id, let record):
      var m: [(String, JSONValue)] = [("op", .string("delete")), ("id", .string(id.rawValue))]
      if let r = record { m.append(("record", RecordCodec.encode(r))) }
      return .object(m)
    case .archive(let id, let on):
      return .object([("op", .string("archive")), ("id", .string(id.rawValue)), ("archived", .bool(on))])
    case .set(let id, let changes):
      var m: [(String, JSONValue)] = [
        ("op", .string("set")), ("id", .string(id.rawValue)),
        ("fields", .object(changes.map { ($0.field.rawValue, $0.value) })),
      ]
      let expected = changes.compactMap { c in c.expected.map { (c.field.rawValue, $0) } }
      if !expected.isEmpty { m.append(("expected", .object(expected))) }
      let logged = changes.filter(\.logged).map { JSONValue.string($0.field.rawValue) }
      if !logged.isEmpty { m.append(("log", .array(logged))) }
      let retracted = changes.compactMap { c in
        c.retracts.map { (c.field.rawValue, RecordCodec.encode(history: $0)) }
      }
      if !retracted.isEmpty { m.append(("retract", .object(retracted))) }
      return .object(m)
    case .move(let id, let entry, let awarded):
      var m: [(String, JSONValue)] = [
        ("op", .string("move")), ("id", .string(id.rawValue)), ("from", .string(entry.from)),
        ("to", .string(entry.to)),
      ]
      if let n = entry.note { m.append(("note", .string(n))) }
      if let a = awarded { m.append(("awarded", RecordCodec.encode(money: a))) }
      return .object(m)
    case .unmove(let id, let entry, let awarded):
      return .object([
        ("op", .string("unmove")), ("id", .string(id.rawValue)),
        ("entry", RecordCodec.encode(history: entry)),
        ("awarded", awarded.map(RecordCodec.encode(money:)) ?? .null),
      ])
    case .note(let id, let n):
      return .object([("op", .string("note")), ("id", .string(id.rawValue)), ("text", .string(n.text))])
    case .unnote(let id, let n):
      return .object([
        ("op", .string("unnote")), ("id", .string(id.rawValue)), ("note", RecordCodec.encode(note: n)),
      ])
    case .editNote(let id, let e):
      var m: [(String, JSONValue)] = [
        ("op", .string("editnote")), ("id", .string(id.rawValue)),
        ("old", e.old.map(RecordCodec.encode(note:)) ?? .null),
        ("new", e.new.map(RecordCodec.encode(note:)) ?? .null),
      ]
      if let r = e.retracts { m.append(("retract", RecordCodec.encode(history: r))) }
      if let k = e.index { m.append(("index", .number(String(k)))) }
      return .object(m)
    case .merge(let id, let other):
      return .object([
        ("op", .string("merge")), ("id", .string(id.rawValue)), ("other", RecordCodec.encode(other)),
      ])
    case .unmerge(let id, let other, let notes, let history):
      return .object([
        ("op", .string("unmerge")), ("id", .string(id.rawValue)), ("other", RecordCodec.encode(other)),
        ("notes", .array(notes.map(RecordCodec.encode(note:)))),
        ("history", .array(history.map { RecordCodec.encode(history: $0) })),
      ])
    case .replace(let o, let was):
      return .object([
        ("op", .string("replace")), ("record", RecordCodec.encode(o)), ("was", RecordCodec.encode(was)),
      ])
    case .resolve(let id, let choices):
      return .object([
        ("op", .string("resolve")), ("id", .string(id.rawValue)),
        ("fields", .object(choices.map { ($0.field, .string($0.value)) })),
      ])
    case .team(let t):
      return TeamCodec.encode(t)
    }
  }

  /// Reads a journal line.
  public static func decode(_ v: JSONValue) throws(RecordError) -> JournalEntry {
    let at = try RecordCodec.timestamp(v["at"], "at")
    let by = v["by"]?.stringValue ?? ""
    if v["op"]?.stringValue == "batch" {
      guard case .array(let ops)? = v["ops"] else { throw RecordError(Strings.journalBatchOps) }
      let commands = try ops.map { (o) throws(RecordError) in try decode(command: o, at: at, by: by) }
      return JournalEntry(at: at, by: by, commands: commands)
    }
    return JournalEntry(at: at, by: by, commands: [try decode(command: v, at: at, by: by)])
  }

  static func id(_ v: JSONValue) throws(RecordError) -> OpportunityID {
    guard let s = v["id"]?.stringValue, let id = OpportunityID(rawValue: s) else {
      throw RecordError(Strings.journalNoID)
    }
    return id
  }

  static func decode(command v: JSONValue, at: Timestamp, by: String) throws(RecordError) -> Command {
    guard let op = v["op"]?.stringValue else { throw RecordError(Strings.journalNoOp) }
    switch op {
    case "create":
      guard let r = v["record"] else { throw RecordError(Strings.journalCreateRecord) }
      return .create(try RecordCodec.decode(r))
    case "delete":
      let record = try v["record"].map { (r) throws(RecordError) in try RecordCodec.decode(r) }
      return .delete(try id(v), record: record)
    case "archive":
      guard case .bool(let on)? = v["archived"] else { throw RecordError(Strings.recordArchivedBool) }
      return .archive(try id(v), on)
    case "set":
      guard case .object(let fields)? = v["fields"] else { throw RecordError(Strings.journalSetFields) }
      var logged = Set<String>()
      if case .array(let names)? = v["log"] { logged = Set(names.compactMap(\.stringValue)) }
      var changes: [FieldChange] = []
      for (name, value) in fields {
        guard let f = Field(rawValue: name) else { throw RecordError(Strings.journalUnknownField(name)) }
        let retracts = try v["retract"]?[name].map { (e) throws(RecordError) in
          try RecordCodec.decodeHistory(e)
        }
        changes.append(
          FieldChange(
            f, value, expected: v["expected"]?[name], logged: logged.contains(name), retracts: retracts))
      }
      return .set(try id(v), changes)
    case "move":
      guard let from = v["from"]?.stringValue, let to = v["to"]?.stringValue, Stage(rawValue: to) != nil
      else {
        throw RecordError(Strings.journalMoveStages)
      }
      let awarded = try v["awarded"].flatMap { (a) throws(RecordError) in
        try RecordCodec.decodeMoney(a, field: "awarded")
      }
      return .move(
        try id(v), entry: HistoryEntry(from: from, to: to, at: at, by: by, note: v["note"]?.stringValue),
        awarded: awarded)
    case "unmove":
      guard let e = v["entry"] else { throw RecordError(Strings.journalUnmoveEntry) }
      let awarded = try RecordCodec.decodeMoney(v["awarded"] ?? .null, field: "awarded")
      return .unmove(try id(v), entry: try RecordCodec.decodeHistory(e), awarded: awarded)
    case "note":
      guard let t = v["text"]?.stringValue else { throw RecordError(Strings.journalNoteText) }
      return .note(try id(v), Note(at: at, by: by, text: t))
    case "unnote":
      guard let n = v["note"] else { throw RecordError(Strings.journalUnnoteNote) }
      return .unnote(try id(v), try RecordCodec.decodeNote(n))
    case "editnote":
      let note = { (x: JSONValue?) throws(RecordError) -> Note? in
        guard let x, x != .null else { return nil }
        return try RecordCodec.decodeNote(x)
      }
      let old = try note(v["old"])
      let new = try note(v["new"])
      guard old != nil || new != nil else { throw RecordError(Strings.journalEditNote) }
      let retracts = try v["retract"].map { (e) throws(RecordError) in try RecordCodec.decodeHistory(e) }
      var index: Int?
      if case .number(let k)? = v["index"] { index = Int(k) }
      return .editNote(try id(v), NoteEdit(old: old, new: new, retracts: retracts, index: index))
    case "merge":
      guard let r = v["other"] else { throw RecordError(Strings.journalMergeOther) }
      return .merge(try id(v), other: try RecordCodec.decode(r))
    case "unmerge":
      guard let r = v["other"] else { throw RecordError(Strings.journalMergeOther) }
      var notes: [Note] = []
      if case .array(let ns)? = v["notes"] {
        for n in ns { notes.append(try RecordCodec.decodeNote(n)) }
      }
      var history: [HistoryEntry] = []
      if case .array(let hs)? = v["history"] {
        for h in hs { history.append(try RecordCodec.decodeHistory(h)) }
      }
      return .unmerge(try id(v), other: try RecordCodec.decode(r), notes: notes, history: history)
    case "replace":
      guard let r = v["record"], let w = v["was"] else { throw RecordError(Strings.journalReplaceRecord) }
      let o = try RecordCodec.decode(r)
      let was = try RecordCodec.decode(w)
      guard o.id == was.id else { throw RecordError(Strings.journalReplaceRecord) }
      return .replace(o, was: was)
    case "resolve":
      guard case .object(let fields)? = v["fields"] else { throw RecordError(Strings.journalResolveFields) }
      var choices: [Conflicts.Choice] = []
      for (name, value) in fields {
        guard let text = value.stringValue else { throw RecordError(Strings.journalResolveFields) }
        choices.append(Conflicts.Choice(field: name, value: text))
      }
      return .resolve(try id(v), choices)
    default:
      if let t = try TeamCodec.decode(op: op, v) { return .team(t) }
      throw RecordError(Strings.journalUnknownOp(op))
    }
  }
}
