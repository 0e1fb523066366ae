/// The release of Convoca, kept here and nowhere else: `convoca --version` prints it with the
/// data format version the release writes (`FileHeader.currentVersion`).
public enum ConvocaVersion {
  /// The release, `MAJOR.MINOR.PATCH`.
  public static let release = "0.3.0"

  /// The version of the data file format this release writes.
  public static var dataFormat: Int { FileHeader.currentVersion }

  /// `convoca 0.3.0 (data format 1)`.
  public static var line: String { Strings.versionLine(release, String(dataFormat)) }
}

extension Strings {
  static func versionLine(_ release: String, _ format: String) -> String {
    t("version.line", "convoca {0} (data format {1})", release, format)
  }
}
