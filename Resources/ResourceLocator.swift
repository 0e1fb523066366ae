import Foundation

/// Finds the files bundled with Convoca (demo data, string tables) without SwiftPM's
/// generated `Bundle.module`, which stops the process when the bundle is missing; here a
/// missing bundle is an error the caller can report.
public enum ResourceLocator {
  /// The folder holding the bundled resources, if one can be found: `CONVOCA_RESOURCES`, the
  /// bundle beside the executable (as `swift build` lays it out), or this source folder.
  public static func directory() -> URL? {
    let fm = FileManager.default
    var candidates: [URL] = []
    if let env = ProcessInfo.processInfo.environment["CONVOCA_RESOURCES"], !env.isEmpty {
      candidates.append(URL(fileURLWithPath: env))
    }
    let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    if let real = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      let dir = URL(fileURLWithPath: real).deletingLastPathComponent()
      candidates.append(dir.appendingPathComponent("Convoca_ConvocaResources.resources"))
      candidates.append(dir.deletingLastPathComponent().appendingPathComponent("Convoca_ConvocaResources.resources"))
    }
    candidates.append(exe.deletingLastPathComponent().appendingPathComponent("Convoca_ConvocaResources.resources"))
    candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
    for c in candidates where fm.fileExists(atPath: c.appendingPathComponent("demo.jsonl").path) {
      return c
    }
    return nil
  }

  /// The path of a bundled file, if the bundle is found and holds it.
  public static func url(_ name: String) -> URL? {
    guard let dir = directory() else { return nil }
    let u = dir.appendingPathComponent(name)
    return FileManager.default.fileExists(atPath: u.path) ? u : nil
  }
}
