// libFuzzer harness: journal lines. Build and run with Fuzz/run.sh.
import ConvocaFuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournalLineEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckJournalLine(bytes) { fatalError(failure) }
  return 0
}
