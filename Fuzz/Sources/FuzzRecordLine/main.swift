// libFuzzer harness: record lines, the file reader's fast path against the reference decoder.
// Build and run with Fuzz/run.sh.
import ConvocaCore

// BEGIN CHECKS FuzzRecordLine — keep identical to Tests/ConvocaCoreTests/FuzzRegressionTests.swift
/// Record lines: a file made of the header and the line (read through the fast decoder where
/// it applies) loads exactly when `RecordCodec.decode` accepts the line, and to the same record.
func fuzzCheckRecordLine(_ data: [UInt8]) -> String? {
  // One physical line; headers, journal lines and blank lines mean something else in a file.
  let line = Array(data.prefix { $0 != 0x0A })
  if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
  let json = try? JSONParser.parse(line)
  if let json, json["op"] != nil || json["format"] != nil { return nil }
  let reference: Result<Opportunity, RecordError>
  if let json {
    do { reference = .success(try RecordCodec.decode(json)) } catch { reference = .failure(error) }
  } else {
    reference = .failure(RecordError("not JSON"))
  }
  let file = Array((FileHeader.line + "\n").utf8) + line + [0x0A]
  let parsed = DataFileParser.parse(file)
  let text = String(decoding: line, as: UTF8.self)
  switch reference {
  case .success(let o):
    if let p = parsed.problem { return "reference reads \(text) but the file reader says: \(p)" }
    guard parsed.store.records == [o] else {
      return
        "file reader and reference disagree on \(text)\nfile:      \(parsed.store.records)\nreference: \(o)"
    }
  case .failure(let e):
    guard parsed.problem != nil else {
      return "reference refuses \(text) (\(e.message)) but the file reader takes it: \(parsed.store.records)"
    }
  }
  return nil
}
// END CHECKS FuzzRecordLine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordLineEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckRecordLine(bytes) { fatalError(failure) }
  return 0
}
