import ConvocaTestSupport
import Foundation
import Testing

/// The growth curve's plot and slopes (issue 13, item 2): `convoca-bench growth` fits each
/// measure on log–log axes and draws docs/growth.svg with this writer.
@Suite struct LogLogPlotTests {
  let sizes: [Double] = [1_000, 10_000, 100_000, 1_000_000]

  @Test func slopeOfLinearGrowthIsOne() throws {
    let slope = try #require(LogLogPlot.slope(sizes.map { (x: $0, y: 0.0027 * $0) }))
    #expect(abs(slope - 1) < 1e-9)
  }

  @Test func slopeOfFlatLineIsZeroAndOfSquareRootIsOneHalf() throws {
    let flat = try #require(LogLogPlot.slope(sizes.map { (x: $0, y: 0.4) }))
    #expect(abs(flat) < 1e-9)
    let root = try #require(LogLogPlot.slope(sizes.map { (x: $0, y: $0.squareRoot()) }))
    #expect(abs(root - 0.5) < 1e-9)
  }

  @Test func slopeIsLeastSquaresOverNoisyPoints() throws {
    // log10 y = 0, 1.1, 1.9, 3 at log10 x = 3, 4, 5, 6: least squares gives 0.98.
    let ys = [1.0, pow(10, 1.1), pow(10, 1.9), 1_000]
    let slope = try #require(LogLogPlot.slope(zip(sizes, ys).map { (x: $0, y: $1) }))
    #expect(abs(slope - 0.98) < 1e-9)
  }

  @Test func slopeNeedsTwoUsablePoints() {
    #expect(LogLogPlot.slope([(x: 1_000, y: 2)]) == nil)
    #expect(LogLogPlot.slope([(x: 1_000, y: 2), (x: 10_000, y: 0)]) == nil)
    #expect(LogLogPlot.slope([(x: 1_000, y: 2), (x: 1_000, y: 3)]) == nil)
  }

  @Test func svgHasDecadeTicksOneLinePerSeriesAndLabelledSlopes() {
    let plot = LogLogPlot(
      title: "growth", xLabel: "records (N)", yLabel: "ms",
      series: [
        .init(name: "open", points: sizes.map { (x: $0, y: $0 / 400) }),
        .init(name: "a<b & c", points: sizes.map { (x: $0, y: 2) }),
      ])
    let svg = plot.svg()
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.hasSuffix("</svg>\n"))
    for label in ["1,000", "10,000", "100,000", "1,000,000"] { #expect(svg.contains(">\(label)</text>")) }
    // y from 1 (10^0) to 10,000 (10^4): every decade labelled.
    for label in ["1", "10", "100", "1,000", "10,000"] { #expect(svg.contains(">\(label)</text>")) }
    // Two series polylines plus the axes.
    #expect(svg.components(separatedBy: "<polyline").count - 1 == 3)
    #expect(svg.contains(">open (slope 1.00)</text>"))
    #expect(svg.contains(">a&lt;b &amp; c (slope 0.00)</text>"))
    #expect(!svg.contains("a<b"))
  }
}
