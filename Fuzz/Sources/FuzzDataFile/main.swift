// libFuzzer harness: whole data files. Build and run with Fuzz/run.sh.
import ConvocaCore

// BEGIN CHECKS FuzzDataFile — keep identical to Tests/ConvocaCoreTests/FuzzRegressionTests.swift
/// The canonical file for `records`: the header, then one line per record sorted by id.
func fuzzCanonicalFile(_ records: [Opportunity]) -> [UInt8] {
  var text = FileHeader.line + "\n"
  for o in records.sorted(by: { $0.id < $1.id }) { text += JSONWriter.line(RecordCodec.encode(o)) + "\n" }
  return Array(text.utf8)
}

/// Data files: never crash; a file that reads cleanly (no problem, no torn tail) saves back
/// to a canonical file that reads cleanly to the same records.
func fuzzCheckDataFile(_ data: [UInt8]) -> String? {
  let parsed = DataFileParser.parse(data)
  guard parsed.goodLength <= data.count else {
    return "goodLength \(parsed.goodLength) past the end (\(data.count))"
  }
  guard parsed.problem == nil, parsed.tornTail.isEmpty else { return nil }
  let records = parsed.store.records
  guard Set(records.map(\.id)).count == records.count else { return "duplicate ids in the store" }
  let saved = fuzzCanonicalFile(records)
  let reread = DataFileParser.parse(saved)
  if let p = reread.problem {
    return "saved file does not read back: \(p)\n" + String(decoding: saved, as: UTF8.self)
  }
  guard reread.tornTail.isEmpty, reread.journalLines == 0 else {
    return "saved file reads with a torn tail or journal"
  }
  guard Set(reread.store.records) == Set(records), reread.store.count == records.count else {
    return "saved file reads back different records\n" + String(decoding: saved, as: UTF8.self)
  }
  return nil
}
// END CHECKS FuzzDataFile

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataFileEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckDataFile(bytes) { fatalError(failure) }
  return 0
}
