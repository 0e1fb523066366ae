// swift-tools-version: 6.1
// Coverage-guided fuzzers for ConvocaCore (libFuzzer). A package of its own because
// `--sanitize=fuzzer` makes every executable parse as a library: build one product at a time
// with `./run.sh` (see docs/reliability.md).
import PackageDescription

let harnesses = ["FuzzQuery", "FuzzDataFile", "FuzzJournalLine", "FuzzRecordLine", "FuzzFieldInput"]

let package = Package(
  name: "ConvocaFuzz",
  platforms: [.macOS(.v14)],
  products: harnesses.map { .executable(name: $0, targets: [$0]) },
  dependencies: [.package(name: "Convoca", path: "..")],
  targets: harnesses.map {
    .executableTarget(
      name: $0,
      dependencies: [
        .product(name: "ConvocaCore", package: "Convoca"), .product(name: "ConvocaFuzzChecks", package: "Convoca"),
      ])
  },
  swiftLanguageModes: [.v6]
)
