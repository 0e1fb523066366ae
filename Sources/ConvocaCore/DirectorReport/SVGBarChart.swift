import Foundation

/// A horizontal bar chart drawn as inline SVG: one row per label, one bar per series in each
/// row, each bar followed by its value's text. It scales to the width of its container
/// (`viewBox`, `width="100%"`), so it is never wider than the page.
public struct SVGBarChart: Sendable {
  /// One bar: its length (in the chart's unit) and the text written after it.
  public struct Bar: Sendable {
    /// Its length, compared with the longest bar of the chart.
    public var value: Double
    /// What is written after it.
    public var text: String
    /// Creates a bar.
    public init(_ value: Double, _ text: String) {
      self.value = value
      self.text = text
    }
  }

  /// One row: its label and its bars (one per series).
  public struct Row: Sendable {
    /// The label on the left.
    public var label: String
    /// One bar per series.
    public var bars: [Bar]
    /// Whether the label is drawn bold (the best year).
    public var emphasised: Bool
    /// Creates a row.
    public init(_ label: String, _ bars: [Bar], emphasised: Bool = false) {
      self.label = label
      self.bars = bars
      self.emphasised = emphasised
    }
  }

  /// The series' names for the legend (none drawn for one series) and their colours.
  public var series: [(name: String, colour: String)]
  /// The rows, top to bottom.
  public var rows: [Row]
  /// What the chart shows, for screen readers (`<title>`).
  public var caption: String

  /// The drawing's width in its own units.
  static let width = 680.0
  static let labelWidth = 180.0
  static let valueWidth = 190.0
  static let barHeight = 14.0
  static let rowGap = 10.0
  static let labelChars = 26

  /// Creates a chart.
  public init(caption: String, series: [(name: String, colour: String)], rows: [Row]) {
    self.caption = caption
    self.series = series
    self.rows = rows
  }

  /// The `<svg>` element.
  public var svg: String {
    let n = max(1, series.count)
    let rowHeight = Double(n) * Self.barHeight + Self.rowGap
    let legend = series.count > 1 ? 22.0 : 0
    let height = legend + Double(max(1, rows.count)) * rowHeight + 4
    let top = rows.flatMap { $0.bars.map(\.value) }.filter(\.isFinite).max() ?? 0
    let barSpace = Self.width - Self.labelWidth - Self.valueWidth
    func f(_ x: Double) -> String { String(format: "%.1f", x) }
    var out = HTMLText.open(
      "svg",
      [
        ("class", "chart"), ("role", "img"),
        ("viewBox", "0 0 \(f(Self.width)) \(f(height))"), ("width", "100%"),
        ("preserveAspectRatio", "xMinYMin meet"),
      ])
    out += HTMLText.element("title", caption)
    if series.count > 1 {
      var x = Self.labelWidth
      for s in series {
        out +=
          HTMLText.open(
            "rect", [("x", f(x)), ("y", "4"), ("width", "12"), ("height", "12"), ("fill", s.colour)])
          + "</rect>"
        out += HTMLText.element("text", s.name, [("x", f(x + 17)), ("y", "14.5"), ("class", "legend")])
        x += 30 + Double(s.name.count) * 7
      }
    }
    for (i, row) in rows.enumerated() {
      let y = legend + Double(i) * rowHeight
      let mid = y + Double(n) * Self.barHeight / 2
      let label = Self.shortened(row.label)
      out +=
        HTMLText.open(
          "text",
          [
            ("x", f(Self.labelWidth - 8)), ("y", f(mid + 4)), ("text-anchor", "end"),
            ("class", row.emphasised ? "label best" : "label"),
          ]) + (label != row.label ? HTMLText.element("title", row.label) : "") + HTMLText.escape(label)
        + "</text>"
      for (j, bar) in row.bars.enumerated() {
        let by = y + Double(j) * Self.barHeight
        let v = bar.value.isFinite ? max(0, bar.value) : 0
        var w = top > 0 ? v / top * barSpace : 0
        if v > 0 { w = max(w, 2) }
        let colour = j < series.count ? series[j].colour : "#4c72b0"
        out +=
          HTMLText.open(
            "rect",
            [
              ("x", f(Self.labelWidth)), ("y", f(by + 1)), ("width", f(w)), ("height", f(Self.barHeight - 2)),
              ("fill", colour),
            ]) + "</rect>"
        out += HTMLText.element(
          "text", bar.text,
          [("x", f(Self.labelWidth + w + 6)), ("y", f(by + Self.barHeight - 3)), ("class", "value")])
      }
    }
    return out + "</svg>"
  }

  /// A label cut to fit the label column, with `…`.
  static func shortened(_ s: String) -> String {
    let one = s.replacingOccurrences(of: "\n", with: " ")
    return one.count <= labelChars ? one : String(one.prefix(labelChars - 1)) + "…"
  }
}
