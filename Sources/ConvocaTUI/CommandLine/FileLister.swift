import Foundation

/// Lists a folder for Tab completion of file names on the command line. Injected through
/// `AppData` so the reducer stays a function: tests pass a fixed listing, the tracker the
/// file system's.
public struct FileLister: Sendable {
  /// One name in a folder.
  public struct Entry: Hashable, Sendable {
    /// The name (no folder).
    public var name: String
    /// Whether it is a folder (completed with a trailing `/`).
    public var isDirectory: Bool
    /// Creates an entry.
    public init(name: String, isDirectory: Bool) {
      self.name = name
      self.isDirectory = isDirectory
    }
  }

  /// The entries of the folder `path` as typed (`""` is the working folder; `~/` is home).
  public let list: @Sendable (String) -> [Entry]

  /// A lister that answers with `list`.
  public init(_ list: @escaping @Sendable (String) -> [Entry]) { self.list = list }

  /// Lists nothing (the default for data without a file system).
  public static let none = FileLister { _ in [] }

  /// The file system's folders, `~/` expanded with `environment`'s HOME.
  public static func system(environment: [String: String]) -> FileLister {
    FileLister { typed in
      let folder = Tracker.expandHome(typed.isEmpty ? "." : typed, environment: environment)
      let fm = FileManager.default
      guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return [] }
      return names.map { name in
        var isDir: ObjCBool = false
        _ = fm.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDir)
        return Entry(name: name, isDirectory: isDir.boolValue)
      }
    }
  }
}
