/// A JSON export of whole records — every field, notes and history, ids included — and the
/// team's data (reporting currency, rates, views, standups). Importing it into an empty file
/// gives back the same data exactly; into a file that has some of the records, it merges them
/// by id (`JSONImport`, `RecordMerge`).
///
/// One JSON object, with one record per line so a diff or `grep` reads it:
///
///     {"format":"convoca-export","version":2,"records":[
///     {"id":"k3x9","title":"…",…},
///     …
///     ],"team":[
///     {"reporting":"COP"},
///     …
///     ]}
///
/// Records and team lines are written exactly as the data file writes them (docs/file-format.md).
public enum JSONExport {
  /// The value of the `format` member.
  public static let formatName = "convoca-export"

  /// The document for `records` (in the order given) and `team`.
  public static func bytes(
    _ records: some Sequence<Opportunity>, team: TeamData, progress: (Int) -> Void = { _ in }
  ) -> [UInt8] {
    var out = Array(#"{"format":"\#(formatName)","version":\#(FileHeader.currentVersion),"records":["#.utf8)
    var n = 0
    for o in records {
      out.append(n == 0 ? 0x0A : 0x2C)
      if n > 0 { out.append(0x0A) }
      RecordEncoder.append(o, to: &out)
      n += 1
      if n % 1024 == 0 { progress(n) }
    }
    progress(n)
    out += Array("\n],\"team\":[".utf8)
    for (k, line) in TeamCodec.snapshotLines(team.compacted).enumerated() {
      out += Array((k == 0 ? "\n" : ",\n").utf8)
      var w = JSONWriter()
      w.write(line)
      out += w.bytes
    }
    out += Array("\n]}\n".utf8)
    return out
  }
}
