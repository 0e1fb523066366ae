import Foundation

/// A log–log line plot written as a small standalone SVG (axes, a tick and label at every
/// decade, one polyline and label per series), and the least-squares slope of each series on
/// log–log axes. Used by `convoca-bench growth` to draw docs/growth.svg.
public struct LogLogPlot: Sendable {
  /// One measured line: a name and its (x, y) points; points with x or y ≤ 0 are skipped.
  public struct Series: Sendable {
    public var name: String
    public var points: [(x: Double, y: Double)]
    public init(name: String, points: [(x: Double, y: Double)]) {
      self.name = name
      self.points = points
    }
  }

  public var title: String
  public var xLabel: String
  public var yLabel: String
  public var series: [Series]
  public var width = 760.0
  public var height = 480.0

  public init(title: String, xLabel: String, yLabel: String, series: [Series]) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.series = series
  }

  /// The least-squares slope of log10(y) against log10(x); nil with fewer than two usable
  /// points or all x equal. A slope of 1 is linear growth, 0 is flat.
  public static func slope(_ points: [(x: Double, y: Double)]) -> Double? {
    let p = points.filter { $0.x > 0 && $0.y > 0 }.map { (log10($0.x), log10($0.y)) }
    guard p.count >= 2 else { return nil }
    let n = Double(p.count)
    let mx = p.reduce(0) { $0 + $1.0 } / n
    let my = p.reduce(0) { $0 + $1.1 } / n
    let sxx = p.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }
    guard sxx > 0 else { return nil }
    let sxy = p.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
    return sxy / sxx
  }

  /// The decades [lo, hi] (as powers of ten) that hold every value.
  static func decades(_ values: [Double]) -> (Int, Int) {
    let v = values.filter { $0 > 0 }
    guard let lo = v.min(), let hi = v.max() else { return (0, 1) }
    let a = Int(floor(log10(lo)))
    let b = max(Int(ceil(log10(hi))), a + 1)
    return (a, b)
  }

  static let colours = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
  ]

  static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  static func decadeLabel(_ e: Int) -> String {
    if e >= 0 && e <= 7 {
      let n = Int(pow(10.0, Double(e)))
      return n.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
    return e < 0 ? String(format: "%g", pow(10.0, Double(e))) : "1e\(e)"
  }

  /// The SVG document.
  public func svg() -> String {
    let pts = series.flatMap(\.points).filter { $0.x > 0 && $0.y > 0 }
    let (x0, x1) = LogLogPlot.decades(pts.map(\.x))
    let (y0, y1) = LogLogPlot.decades(pts.map(\.y))
    let left = 70.0
    let right = width - 250
    let top = 40.0
    let bottom = height - 55
    func px(_ x: Double) -> Double { left + (log10(x) - Double(x0)) / Double(x1 - x0) * (right - left) }
    func py(_ y: Double) -> Double { bottom - (log10(y) - Double(y0)) / Double(y1 - y0) * (bottom - top) }
    func f(_ v: Double) -> String { String(format: "%.1f", v) }
    var s = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
      viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
      <rect width="100%" height="100%" fill="white"/>
      <text x="\(f(width / 2))" y="20" text-anchor="middle" font-size="14">\(LogLogPlot.escape(title))</text>

      """
    for e in x0...x1 {
      let x = f(px(pow(10, Double(e))))
      s += "<line x1=\"\(x)\" y1=\"\(f(top))\" x2=\"\(x)\" y2=\"\(f(bottom))\" stroke=\"#ddd\"/>\n"
      s += "<line x1=\"\(x)\" y1=\"\(f(bottom))\" x2=\"\(x)\" y2=\"\(f(bottom + 5))\" stroke=\"black\"/>\n"
      s +=
        "<text x=\"\(x)\" y=\"\(f(bottom + 18))\" text-anchor=\"middle\">\(LogLogPlot.decadeLabel(e))</text>\n"
    }
    for e in y0...y1 {
      let y = f(py(pow(10, Double(e))))
      s += "<line x1=\"\(f(left))\" y1=\"\(y)\" x2=\"\(f(right))\" y2=\"\(y)\" stroke=\"#ddd\"/>\n"
      s += "<line x1=\"\(f(left - 5))\" y1=\"\(y)\" x2=\"\(f(left))\" y2=\"\(y)\" stroke=\"black\"/>\n"
      s +=
        "<text x=\"\(f(left - 8))\" y=\"\(y)\" text-anchor=\"end\" dy=\"4\">\(LogLogPlot.decadeLabel(e))</text>\n"
    }
    s +=
      "<polyline points=\"\(f(left)),\(f(top)) \(f(left)),\(f(bottom)) \(f(right)),\(f(bottom))\" fill=\"none\" stroke=\"black\"/>\n"
    s +=
      "<text x=\"\(f((left + right) / 2))\" y=\"\(f(height - 15))\" text-anchor=\"middle\">\(LogLogPlot.escape(xLabel))</text>\n"
    s +=
      "<text x=\"18\" y=\"\(f((top + bottom) / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 18 \(f((top + bottom) / 2)))\">\(LogLogPlot.escape(yLabel))</text>\n"
    for (k, line) in series.enumerated() {
      let colour = LogLogPlot.colours[k % LogLogPlot.colours.count]
      let usable = line.points.filter { $0.x > 0 && $0.y > 0 }
      guard let last = usable.last else { continue }
      let poly = usable.map { "\(f(px($0.x))),\(f(py($0.y)))" }.joined(separator: " ")
      s += "<polyline points=\"\(poly)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
      for p in usable {
        s += "<circle cx=\"\(f(px(p.x)))\" cy=\"\(f(py(p.y)))\" r=\"3\" fill=\"\(colour)\"/>\n"
      }
      let slope = LogLogPlot.slope(usable).map { String(format: " (slope %.2f)", $0) } ?? ""
      // The label: in a legend to the right, tied to the line's last point by a thin leader.
      let ly = top + 10 + Double(k) * 22
      s +=
        "<line x1=\"\(f(px(last.x)))\" y1=\"\(f(py(last.y)))\" x2=\"\(f(right + 10))\" y2=\"\(f(ly))\" stroke=\"\(colour)\" stroke-dasharray=\"2,3\"/>\n"
      s +=
        "<text x=\"\(f(right + 14))\" y=\"\(f(ly))\" dy=\"4\" fill=\"\(colour)\">\(LogLogPlot.escape(line.name + slope))</text>\n"
    }
    s += "</svg>\n"
    return s
  }
}
