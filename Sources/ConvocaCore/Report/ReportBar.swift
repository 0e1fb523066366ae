/// Horizontal bars drawn with Unicode block characters at ⅛-cell resolution.
public enum ReportBar {
  /// The partial blocks, one eighth to seven eighths of a cell.
  public static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
  /// A full cell.
  public static let full: Character = "█"

  /// A bar `fraction` (0…1) of `width` cells long, rounded to the nearest eighth of a cell:
  /// full blocks, then one partial block. A positive fraction always shows at least ⅛.
  public static func bar(_ fraction: Double, width: Int) -> String {
    guard width > 0, fraction > 0, fraction.isFinite else { return "" }
    var eighthsLong = Int((min(fraction, 1) * Double(width * 8)).rounded())
    eighthsLong = max(1, eighthsLong)
    var s = String(repeating: full, count: eighthsLong / 8)
    let rest = eighthsLong % 8
    if rest > 0 { s.append(eighths[rest - 1]) }
    return s
  }
}
