import ConvocaCore
import ConvocaTUI
import Foundation

/// The tracker with one opportunity whose title and description are 10 MB each: drawing
/// must cost what is visible, not what is stored (list, detail, PageDown, a key in the form).
struct HugeFieldBenchmark {
  let today: CalendarDate
  /// Bytes in the title and in the description.
  var size = 10_000_000

  /// About `size` bytes of words (some accented, so the ASCII fast paths do not apply), in
  /// lines of a few hundred characters when `lines`.
  static func text(_ size: Int, lines: Bool) -> String {
    let words = ["Movilidad", "urbana", "sostenible", "Medellín", "cooperación", "internacional", "2026"]
    var s = ""
    s.reserveCapacity(size + 32)
    var k = 0
    while s.utf8.count < size {
      s += words[k % words.count]
      s += lines && k % 40 == 39 ? "\n" : " "
      k += 1
    }
    return s
  }

  func run() throws {
    print("")
    print("tracker with a 10 MB title and a 10 MB description (160×48 canvas)")
    let now = Timestamp.now()
    var o = Opportunity(
      id: OpportunityID.random(), title: HugeFieldBenchmark.text(size, lines: false), kind: .other,
      created: now)
    o.description = HugeFieldBenchmark.text(size, lines: true)
    let data = AppData(store: OpportunityStore([o]), now: now)
    var state = AppState(
      configuration: Configuration(user: "bench"), today: today, width: 160, height: 48, data: data, seed: 1)
    func frame() {
      var canvas = Canvas(width: 160, height: 48)
      render(state, data: data, into: &canvas)
    }
    func sample(_ n: Int, _ body: () -> Void) -> Double {
      Measure.summary((0..<n).map { _ in Measure.ms(body) }).median
    }
    let list = sample(5) { frame() }
    Measure.report("list frame, 10 MB title, median", list, unit: "ms", target: 16)
    let open = Measure.ms {
      reduce(&state, .key(.enter), data: data)
      frame()
    }
    Measure.report("open the detail (key + frame)", open, unit: "ms", target: 100)
    let idle = sample(5) { frame() }
    Measure.report("detail frame (idle redraw), median", idle, unit: "ms", target: 16)
    let page = sample(5) {
      reduce(&state, .key(.pageDown), data: data)
      frame()
    }
    Measure.report("detail PageDown (key + frame), median", page, unit: "ms", target: 16)
    reduce(&state, .key(.escape), data: data)
    let edit = Measure.ms {
      reduce(&state, .key(.char("e")), data: data)
      frame()
    }
    Measure.report("open the form (key + frame)", edit, unit: "ms", target: 200)
    let titleKey = sample(5) {
      reduce(&state, .key(.char("x")), data: data)
      frame()
    }
    Measure.report("form key in the 10 MB title, median", titleKey, unit: "ms", target: 16)
    for _ in 0..<13 { reduce(&state, .key(.tab), data: data) }  // the description
    let descKey = sample(5) {
      reduce(&state, .key(.char("x")), data: data)
      frame()
    }
    Measure.report("form key in the 10 MB description, median", descKey, unit: "ms", target: 16)
  }
}
