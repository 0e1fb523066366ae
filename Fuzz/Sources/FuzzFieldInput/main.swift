// libFuzzer harness: values typed on the command line or in a form. Build and run with Fuzz/run.sh.
import ConvocaFuzzChecks
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFieldInputEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckFieldInput(bytes) { fatalError(failure) }
  return 0
}
