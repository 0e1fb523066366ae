// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Convoca",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "convoca", targets: ["convoca"]),
    .executable(name: "convoca-bench", targets: ["convoca-bench"]),
    .library(name: "ConvocaCore", targets: ["ConvocaCore"]),
    .library(name: "ConvocaFuzzChecks", targets: ["ConvocaFuzzChecks"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    // Zips the XLSX export (Office Open XML is zipped XML); see docs/interchange.md.
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    // C shim: turns on ncurses' wide-character API and links ncursesw (see docs/architecture.md).
    .target(
      name: "CNcursesw",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    // Bundled data: the demo opportunities and the user-facing string tables.
    .target(
      name: "ConvocaResources",
      path: "Resources",
      exclude: ["README.md"],
      resources: [.copy("demo.jsonl"), .copy("strings")]
    ),
    .target(
      name: "ConvocaCore",
      dependencies: ["ConvocaResources", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    // The checks the fuzzers in Fuzz/ make, shared with the test suite's replay of their inputs.
    .target(
      name: "ConvocaFuzzChecks",
      dependencies: ["ConvocaCore"]
    ),
    .target(
      name: "ConvocaTUI",
      dependencies: ["ConvocaCore", "CNcursesw"]
    ),
    .executableTarget(
      name: "convoca",
      dependencies: [
        "ConvocaCore",
        "ConvocaTUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Test doubles (a fault-injecting file system, a scripted terminal) for the tests and the
    // benchmark; no shipped product depends on it.
    .target(
      name: "ConvocaTestSupport",
      dependencies: ["ConvocaCore", "ConvocaTUI"]
    ),
    .executableTarget(
      name: "convoca-bench",
      dependencies: ["ConvocaCore", "ConvocaTUI", "ConvocaTestSupport"]
    ),
    .testTarget(
      name: "ConvocaCoreTests",
      dependencies: [
        "ConvocaCore",
        "ConvocaFuzzChecks",
        "ConvocaTestSupport",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "ConvocaTUITests",
      dependencies: ["ConvocaTUI", "ConvocaCore", "ConvocaTestSupport"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
