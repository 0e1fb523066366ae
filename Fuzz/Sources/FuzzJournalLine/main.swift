// libFuzzer harness: journal lines. Build and run with Fuzz/run.sh.
import ConvocaCore

// BEGIN CHECKS FuzzJournalLine — keep identical to Tests/ConvocaCoreTests/FuzzRegressionTests.swift
/// Journal lines: a line that decodes encodes to a line (through JSON text, as in the file)
/// that decodes to the same entry.
func fuzzCheckJournalLine(_ data: [UInt8]) -> String? {
  guard let value = try? JSONParser.parse(data), let entry = try? JournalCodec.decode(value) else {
    return nil
  }
  let line = JSONWriter.line(JournalCodec.encode(entry))
  guard !line.utf8.contains(0x0A) else { return "encoded journal line has a raw newline: \(line)" }
  let reparsed: JSONValue
  do {
    reparsed = try JSONParser.parse(line)
  } catch {
    return "encoded journal line is not JSON (\(error)): \(line)"
  }
  do {
    let again = try JournalCodec.decode(reparsed)
    guard again == entry else {
      return "journal line does not round-trip: \(line)\nfirst:  \(entry)\nsecond: \(again)"
    }
  } catch {
    return "encoded journal line does not decode (\(error.message)): \(line)"
  }
  return nil
}
// END CHECKS FuzzJournalLine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournalLineEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckJournalLine(bytes) { fatalError(failure) }
  return 0
}
