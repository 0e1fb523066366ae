import Foundation
import PropertyBased
import Testing

@testable import ConvocaCore

extension GitProcessTests {
  /// Three officers each edit their clone offline (random scripts: add, move, edit fields, note,
  /// tag, delete, team data), then sync in a random order and once more each to catch up: the
  /// three stores end identical, equal to the record-level three-way merge (which is the same
  /// in any order, FileMergePropertyTests), and no note anyone wrote is lost.
  @Suite struct SyncOfficersTests {
    @Test func threeOfficersSyncingInAnyOrderEndWithTheSameStore() async throws {
      let gen = Property.gen { g -> (OpportunityStore, [OpportunityStore], [Int]) in
        let base = OpportunityStore(
          Gens.records(&g, g.int(0...5)).map { r in
            var r = r
            r.created = Fixture.t0
            r.updated = Fixture.t0
            r.conflict = false
            r.notes = []
            r.history = []
            return r
          })
        let officers = (0..<3).map { k in FileMergePropertyTests.edit(base, officer: k, &g) }
        var order = [0, 1, 2]
        order.shuffle(using: &g)
        return (base, officers, order)
      }
      await Property.check("three officers sync in any order", count: Property.cases(5, scale: 0.05), gen) {
        let (base, officers, order) = $0
        let dir = TempDir()
        var team = try SyncTeam(dir)
        let names = ["ana", "carlos", "lucia"]
        var paths: [String] = []
        for name in names { paths.append(try team.officer(name, base: FileMerge.canonicalBytes(base))) }
        // Offline edits: each officer's file becomes their edited store.
        for (k, s) in officers.enumerated() {
          try ensure((try? AtomicFile.write(FileMerge.canonicalBytes(s), to: paths[k])) != nil, "write")
        }
        func sync(_ k: Int) throws {
          let db = try Database(path: paths[k], user: names[k], lockTimeout: 5)
          let r = try Sync.run(db, options: team.options)
          try ensure(!r.offline, "\(names[k]) offline")
        }
        for k in order { try sync(k) }
        for k in order.prefix(2) { try sync(k) }
        let finals = paths.map { Fixture.normalised(Fixture.bytes($0)) }
        try ensure(finals[0] == finals[1] && finals[1] == finals[2], "the three stores differ")
        let o = FileMerge.canonicalBytes(base)
        let files = officers.map(FileMerge.canonicalBytes)
        let pq = try FileMerge.merge(base: o, ours: files[order[0]], theirs: files[order[1]])
        let expected = try FileMerge.merge(base: o, ours: pq, theirs: files[order[2]])
        let final = DataFileParser.parse(Fixture.bytes(paths[0])).store
        let want = DataFileParser.parse(expected).store
        try ensure(
          final.records.sorted { $0.id < $1.id } == want.records.sorted { $0.id < $1.id }, "not the merge")
        for s in officers {
          for r in s.records {
            guard let m = final[r.id] else { continue }
            for n in r.notes { try ensure(m.notes.contains(n), "note \(n.text) of \(r.id) lost") }
          }
        }
      }
    }
  }
}
