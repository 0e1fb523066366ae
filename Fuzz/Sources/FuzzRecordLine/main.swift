// libFuzzer harness: record lines, the file reader's fast path against the reference decoder.
// Build and run with Fuzz/run.sh.
import ConvocaFuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRecordLineEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckRecordLine(bytes) { fatalError(failure) }
  return 0
}
