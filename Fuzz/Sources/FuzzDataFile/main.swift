// libFuzzer harness: whole data files. Build and run with Fuzz/run.sh.
import ConvocaFuzzChecks

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataFileEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckDataFile(bytes) { fatalError(failure) }
  return 0
}
