import Foundation

/// Generates large, realistic-looking stores for benchmarks and load tests: the same seed
/// always gives the same records.
public enum SyntheticData {
  static let funders: [(String, String, String)] = [
    ("European Commission", "Horizon Europe", "EU"), ("European Commission", "URBACT IV", "EU"),
    ("European Commission", "Erasmus+", "EU"), ("JICA", "Technical Cooperation", "JP"),
    ("KOICA", "Public Partnership Program", "KR"), ("AECID", "Convocatoria de Innovación", "ES"),
    ("GIZ", "Mercator Dialogue", "DE"), ("IDB", "Citizen Security Fund", "US"),
    ("CAF", "Ciudades con Futuro", "LATAM"),
    ("Bloomberg Philanthropies", "Mayors Challenge", "US"), ("C40", "Cities Finance Facility", "GB"),
    ("UCLG", "Peace Prize", "ES"), ("UN-Habitat", "Urban Lab", "KE"),
    ("World Bank", "City Resilience Program", "US"),
    ("British Council", "Chevening", "GB"), ("DAAD", "Public Policy Scholarships", "DE"),
  ]
  static let words = [
    "Medellín", "movilidad", "educación", "innovación", "seguridad", "urban", "resilience", "climate",
    "youth",
    "inclusion", "cooperación", "smart city", "water", "green corridors", "migrants", "culture", "peace",
    "startup",
    "digital", "transport", "housing", "energy", "gender", "women", "entrepreneurs", "schools", "libraries",
  ]
  static let owners = [
    "Laura Restrepo", "Andrés Gómez", "Mariana Vélez", "Juan Pablo Ochoa", "Catalina Zapata",
  ]
  static let currencies = ["USD", "EUR", "COP", "GBP", "JPY", "KRW"]

  /// `count` opportunities around `today`, with ids drawn from the generator.
  public static func records(count: Int, today: CalendarDate, seed: UInt64 = 42) -> [Opportunity] {
    var g = SeededGenerator(seed: seed)
    var seen = Set<OpportunityID>()
    var out: [Opportunity] = []
    out.reserveCapacity(count)
    let now = Int64(today.daysSinceEpoch) * 86_400
    for _ in 0..<count {
      var id = OpportunityID.random(using: &g)
      while seen.contains(id) { id = OpportunityID.random(using: &g) }
      seen.insert(id)
      let f = funders[Int(g.next() % UInt64(funders.count))]
      let w1 = words[Int(g.next() % UInt64(words.count))]
      let w2 = words[Int(g.next() % UInt64(words.count))]
      let created = Timestamp(seconds: now - Int64(g.next() % (400 * 86_400)))
      let stage = Stage.allCases[Int(g.next() % 6)]
      let kind = Kind.defaults[Int(g.next() % UInt64(Kind.defaults.count))]
      var o = Opportunity(
        id: id, title: "\(f.1): \(w1) and \(w2) for the city", kind: kind, stage: stage, created: created)
      o.funder = f.0
      o.program = f.1
      o.country = f.2
      o.area = Area.defaults[Int(g.next() % UInt64(Area.defaults.count))]
      o.owner = owners[Int(g.next() % UInt64(owners.count))]
      if g.next() % 10 < 8 { o.deadline = today.adding(days: Int(g.next() % 400) - 150) }
      if g.next() % 10 < 4 { o.decision = today.adding(days: Int(g.next() % 300) - 60) }
      if g.next() % 10 < 7 {
        o.amount = Money(
          Decimal(Int(g.next() % 2000) * 500 + 1000), currencies[Int(g.next() % UInt64(currencies.count))])
      }
      if stage == .won { o.awarded = o.amount }
      o.tags = [w1.lowercased(), f.2.lowercased()]
      o.url = "https://example.org/calls/\(id.rawValue)"
      o.description =
        "Call for \(w1) projects supporting \(w2) in Latin American cities. Eligible: local governments."
      var at = created
      var from = Stage.identified
      if stage != .identified {
        at = at.adding(seconds: Int64(g.next() % (20 * 86_400)))
        o.history.append(HistoryEntry(from: from.rawValue, to: stage.rawValue, at: at, by: o.owner))
        from = stage
      }
      if g.next() % 4 == 0 {
        at = at.adding(seconds: Int64(g.next() % (10 * 86_400)))
        o.notes.append(Note(at: at, by: o.owner, text: "Call with the \(f.0) desk about \(w2)."))
      }
      o.updated = at
      out.append(o)
    }
    return out
  }

  /// A complete data file of `count` records, sorted by id.
  public static func fileBytes(count: Int, today: CalendarDate, seed: UInt64 = 42) -> [UInt8] {
    var bytes = Array(FileHeader.line.utf8)
    bytes.append(0x0A)
    for o in records(count: count, today: today, seed: seed).sorted(by: { $0.id < $1.id }) {
      var w = JSONWriter()
      w.write(RecordCodec.encode(o))
      bytes += w.bytes
      bytes.append(0x0A)
    }
    return bytes
  }
}
