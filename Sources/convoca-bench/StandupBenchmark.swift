import ConvocaCore
import ConvocaTUI
import Foundation

/// The standup's target (issue 9: a standup page ≤ 30 ms at 100,000 records): pressing `4`
/// (drawing up the agenda of every row and rendering the first person's page), `Tab` to each
/// next person, and the agenda again after a save.
struct StandupBenchmark {
  let path: String
  let today: CalendarDate

  func run() throws {
    print("")
    print("standup (160×48 canvas)")
    let db = try Database(path: path, user: "bench")
    let data = AppData(database: db)
    var state = AppState(
      configuration: Configuration(user: "bench"), today: today, width: 160, height: 48, data: data)
    func key(_ k: Key) -> Double {
      Measure.ms {
        reduce(&state, .key(k), data: data)
        var canvas = Canvas(width: 160, height: 48)
        render(state, data: data, into: &canvas)
      }
    }
    let conv = MoneyConverter(reporting: "USD")
    let since = StandupAgenda.since(last: nil, today: today, utcOffset: 0)
    var people = 0
    var listed = (activity: 0, due: 0, stale: 0, awaiting: 0)
    var alone: [Double] = []
    for _ in 0..<5 {
      alone.append(
        Measure.ms {
          let a = StandupAgenda(
            store: db.store, positions: db.store.records.indices, today: today, utcOffset: 0, staleDays: 14,
            since: since, converter: conv)
          people = a.people.count
          listed = (
            a.people.reduce(0) { $0 + $1.activity.count }, a.people.reduce(0) { $0 + $1.due.count },
            a.people.reduce(0) { $0 + $1.stale.count }, a.people.reduce(0) { $0 + $1.awaiting.count }
          )
        })
    }
    print(
      "  agenda alone, best of 5 (\(people) people; \(listed.activity) activity lines, \(listed.due) due, "
        + "\(listed.stale) stale, \(listed.awaiting) awaiting): " + Measure.fmt(alone.min() ?? 0) + " ms")
    var enters: [Double] = []
    for _ in 0..<5 {
      enters.append(key(.char("4")))
      _ = key(.char("1"))
    }
    _ = key(.char("4"))
    var tabs: [Double] = []
    for _ in 0..<20 { tabs.append(key(.tab)) }
    var saves: [Double] = []
    for _ in 0..<5 {
      saves.append(
        Measure.ms {
          reduce(&state, .dataChanged(.saved(ids: [], message: "")), data: data)
          var canvas = Canvas(width: 160, height: 48)
          render(state, data: data, into: &canvas)
        })
    }
    let e = Measure.summary(enters)
    Measure.report(
      "standup: press 4 (agenda of \(db.store.count) rows + page), worst", e.worst, unit: "ms", target: 30)
    print("  press 4 median: " + Measure.fmt(e.median) + " ms")
    let t = Measure.summary(tabs)
    Measure.report("standup: Tab to the next person, worst", t.worst, unit: "ms", target: 30)
    let s = Measure.summary(saves)
    Measure.report(
      "standup: agenda again after a save (re-filter + agenda + page), worst", s.worst, unit: "ms", target: 30
    )
  }
}
