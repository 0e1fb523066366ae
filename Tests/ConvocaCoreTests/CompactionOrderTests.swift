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
}
