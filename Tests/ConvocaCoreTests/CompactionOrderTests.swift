import Testing

@testable import ConvocaCore

/// Compaction writes records in id order through `Database.idOrder`, which packs ids into
/// integers: its order must be the ids' own, prefixes and odd characters included.
@Suite struct CompactionOrderTests {
  @Test func packedIDsSortAsTheIDsThemselves() {
    var rng = SeededGenerator(seed: 13)
    let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz-_")
    for round in 0..<40 {
      var ids: Set<String> = []
      while ids.count < 300 {
        var id = ""
        for _ in 0..<Int.random(in: 1...8, using: &rng) { id.append(alphabet.randomElement(using: &rng)!) }
        ids.insert(id)
        // Prefixes of one another: "ab" before "ab0" before "ab00".
        if id.count > 1, Bool.random(using: &rng) { ids.insert(String(id.dropLast())) }
      }
      let records = ids.shuffled(using: &rng).map {
        Opportunity(id: OpportunityID(rawValue: $0)!, title: $0, created: Timestamp(seconds: 0))
      }
      let expected = records.indices.sorted { records[$0].id.rawValue < records[$1].id.rawValue }
      #expect(Database.idOrder(records) == expected, "round \(round)")
    }
    // An id longer than eight bytes (from another tool) takes the string sort.
    let long = [
      OpportunityID(unchecked: "zzzzzzzzz1"), OpportunityID(unchecked: "a"),
      OpportunityID(unchecked: "zzzzzzzzz0"),
    ]
    .map { Opportunity(id: $0, title: "x", created: Timestamp(seconds: 0)) }
    #expect(Database.idOrder(long) == [1, 2, 0])
  }

  /// Sorting breaks ties by id through the packed integers when every id packs, and through
  /// the ids themselves when one does not: both give the order of (key, id).
  @Test func tiesBreakByIDWhetherTheIDsPackOrNot() throws {
    var rng = SeededGenerator(seed: 21)
    let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz-_")
    var records: [Opportunity] = []
    var seen: Set<String> = []
    while records.count < 400 {
      var id = ""
      for _ in 0..<Int.random(in: 1...8, using: &rng) { id.append(alphabet.randomElement(using: &rng)!) }
      guard seen.insert(id).inserted else { continue }
      var o = Opportunity(id: OpportunityID(rawValue: id)!, title: "t", created: Timestamp(seconds: 0))
      o.deadline =
        Bool.random(using: &rng) ? CalendarDate(daysSinceEpoch: Int32.random(in: 0..<4, using: &rng)) : nil
      o.probabilityOverride = Int.random(in: 0..<3, using: &rng)
      records.append(o)
    }
    for withLong in [false, true] {
      var rs = records
      if withLong {
        rs.append(
          Opportunity(id: OpportunityID(unchecked: "zzzzzzzzzz"), title: "t", created: Timestamp(seconds: 0)))
      }
      let store = OpportunityStore(rs)
      let positions = Array(0..<store.count)
      for desc in [false, true] {
        let byProbability = SortOrder(.probability, descending: desc).sort(positions, in: store)
        let expected = positions.sorted { a, b in
          let x = store.records[a], y = store.records[b]
          if x.probability != y.probability {
            return desc ? x.probability > y.probability : x.probability < y.probability
          }
          return x.id.rawValue < y.id.rawValue
        }
        #expect(byProbability == expected, "probability, desc \(desc), long id \(withLong)")
        let byID = SortOrder(.id, descending: desc).sort(positions, in: store)
        #expect(
          byID
            == positions.sorted {
              desc ? store.records[$0].id > store.records[$1].id : store.records[$0].id < store.records[$1].id
            })
      }
    }
  }
}
