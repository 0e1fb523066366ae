/// Near-duplicates planted among synthetic records, to check and time the duplicate finder.
extension SyntheticData {
  /// `count` pairs of near-duplicate records (the second of each: a typo or changed case and
  /// punctuation in the title, the same funder, a deadline a few days off), with ids drawn
  /// from the generator and none in `taken`. Returns the records and the planted id pairs.
  public static func plantedDuplicates(
    count: Int, today: CalendarDate, taken: Set<OpportunityID>, seed: UInt64 = 7
  ) -> (records: [Opportunity], pairs: [(OpportunityID, OpportunityID)]) {
    var g = SeededGenerator(seed: seed)
    var seen = taken
    func newID() -> OpportunityID {
      var id = OpportunityID.random(using: &g)
      while seen.contains(id) { id = OpportunityID.random(using: &g) }
      seen.insert(id)
      return id
    }
    var records: [Opportunity] = []
    var pairs: [(OpportunityID, OpportunityID)] = []
    let created = Timestamp(seconds: Int64(today.daysSinceEpoch) * 86_400 - 86_400 * 30)
    for k in 0..<count {
      let f = funders[Int(g.next() % UInt64(funders.count))]
      let w = words[Int(g.next() % UInt64(words.count))]
      // A number only this pair has (like a call's reference code), and a common word.
      let title = "\(f.1) call \(10_000 + k * 37): \(w) pilots for intermediate cities"
      var a = Opportunity(id: newID(), title: title, kind: Kind(rawValue: "grant"), created: created)
      a.funder = f.0
      a.deadline = today.adding(days: Int(g.next() % 200))
      var b = a
      b.id = newID()
      b.created = created.adding(seconds: 3600)
      b.updated = b.created
      b.deadline = a.deadline?.adding(days: Int(g.next() % 5))
      switch k % 3 {
      case 0: b.title = title.uppercased() + "!"
      case 1: b.title = title.replacingOccurrences(of: "pilots", with: "pilot")
      default: b.title = title.replacingOccurrences(of: "intermediate", with: "intermedate")
      }
      records += [a, b]
      pairs.append((a.id, b.id))
    }
    return (records, pairs)
  }
}
