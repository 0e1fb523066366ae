import ConvocaCore
import Foundation

/// `convoca import` of a generated spreadsheet (issue 10: 100,000 CSV rows ≤ 2 s): an
/// Excel-in-Spanish file (`;`, BOM, CRLF, decimal comma, `dd/mm/yyyy`, Spanish values), read,
/// planned and written as one change into a new data file; then re-imported (all unchanged).
struct ImportBenchmark {
  let count: Int

  /// The CSV text of `count` rows.
  static func csv(count: Int) -> [UInt8] {
    let kinds = ["beca", "premio", "subvención", "red", "evento", "alianza", "asistencia técnica"]
    let areas = ["desarrollo económico", "inclusión", "innovación", "seguridad y paz", ""]
    let funders = ["Unión Europea", "BID", "GIZ", "AECID", "USAID", "Fundación Ford", "KOICA"]
    var out = "\u{FEFF}Título;Tipo;Financiador;Área;Fecha límite;Monto;Moneda;Responsable;Descripción\r\n"
    out.reserveCapacity(count * 160)
    for i in 0..<count {
      let day = 1 + i % 28
      let month = 1 + (i / 28) % 12
      out += "Convocatoria \(i) de cooperación;\(kinds[i % kinds.count]);\(funders[i % funders.count]);"
      out += "\(areas[i % areas.count]);\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/2027;"
      out += "\(1 + i % 900).\(100 + i % 900).000,50;\(i % 2 == 0 ? "COP" : "EUR");Laura;"
      out += i % 10 == 0 ? "\"Primera línea\r\nsegunda; con \"\"comillas\"\"\"\r\n" : "\r\n"
    }
    return Array(out.utf8)
  }

  func run() throws {
    let data = Self.csv(count: count)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "convoca-bench-import-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let config = Configuration(user: "Laura")
    let today = CalendarDate(iso: "2026-11-29") ?? LocalClock.today()
    var generator = SystemRandomNumberGenerator()
    let options = CSVImportOptions(fileName: "bench.csv")
    var runs: [Double] = []
    var reimport: [Double] = []
    for k in 0..<3 {
      let db = try Database(
        path: dir.appendingPathComponent("data\(k).jsonl").path, user: "Laura", lockTimeout: 5)
      var added = 0
      runs.append(
        try Measure.ms {
          let plan = try ImportPlan.make(
            data, options: options, configuration: config, store: db.store, today: today, at: db.clock(),
            generator: &generator)
          guard plan.rejected.isEmpty else { throw BenchError("rejected: \(plan.rejected.prefix(3))") }
          try db.perform(plan.commands)
          added = plan.added.count
        })
      guard added == count, db.store.count == count else { throw BenchError("imported \(added) of \(count)") }
      reimport.append(
        try Measure.ms {
          let plan = try ImportPlan.make(
            data, options: options, configuration: config, store: db.store, today: today, at: db.clock(),
            generator: &generator)
          guard plan.unchanged.count == count else {
            throw BenchError("re-import: \(plan.unchanged.count) unchanged")
          }
        })
    }
    print("  import: \(count) rows, \(data.count / 1_000_000) MB of CSV")
    Measure.report(
      "import \(count) CSV rows (read, plan, one durable write), median of 3",
      Measure.summary(runs).median, unit: "ms", target: 2000)
    Measure.report(
      "re-import of the same file (all unchanged), median of 3",
      Measure.summary(reimport).median, unit: "ms", target: 2000)
  }
}
