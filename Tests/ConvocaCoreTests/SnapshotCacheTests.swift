import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaCore

/// The snapshot cache (`SnapshotCache`) is a shortcut only: an open through it must reach the
/// very state a full read of the JSON reaches — every field of every record, the search text,
/// the team data, the journal's effects and the anchors the writer relies on — and a file
/// changed behind it, or a cache damaged, cut short or written for something else, must never
/// be read as if it were right.
@Suite struct SnapshotCacheTests {
  static let today = CalendarDate(iso: "2026-12-01")!

  /// A cache in its own folder beside `dir`'s data files (never the same folder).
  static func cache(_ dir: TempDir, minimum: Int = 1) -> SnapshotCache {
    SnapshotCache(directory: dir.path + "/cache/convoca", minimumRecords: minimum)
  }

  static func open(_ path: String, _ cache: SnapshotCache?, fs: FileSystem = PosixFileSystem()) throws
    -> Database
  {
    let db = try Database(
      path: path, fileSystem: fs, user: "Laura", lockTimeout: 1, clock: Fixture.clock(), cache: cache)
    db.tailQuietPeriod = 0
    return db
  }

  /// Compares everything an open leaves behind.
  static func expectSame(_ a: Database, _ b: Database, _ label: String) {
    #expect(a.store.count == b.store.count, "\(label): count")
    #expect(a.store.records == b.store.records, "\(label): records")
    for k in 0..<min(a.store.count, b.store.count) {
      var x: [UInt8] = []
      var y: [UInt8] = []
      RecordEncoder.append(a.store.records[k], to: &x)
      RecordEncoder.append(b.store.records[k], to: &y)
      #expect(x == y, "\(label): record \(k) bytes")
      #expect(a.store.searchKey(at: k) == b.store.searchKey(at: k), "\(label): search key \(k)")
      let id = a.store.records[k].id
      #expect(a.store.lastChange(id) == b.store.lastChange(id), "\(label): stamp \(id)")
    }
    #expect(a.store.team == b.store.team, "\(label): team")
    #expect(a.store.deleted == b.store.deleted, "\(label): deleted")
    #expect(a.store.sortedIDs() == b.store.sortedIDs(), "\(label): ids")
    #expect(a.parsed.goodLength == b.parsed.goodLength, "\(label): goodLength")
    #expect(a.parsed.lineCount == b.parsed.lineCount, "\(label): lineCount")
    #expect(a.parsed.journalLines == b.parsed.journalLines, "\(label): journalLines")
    #expect(a.parsed.version == b.parsed.version, "\(label): version")
    #expect(a.parsed.head == b.parsed.head, "\(label): head")
    #expect(a.parsed.lastBytes == b.parsed.lastBytes, "\(label): lastBytes")
    #expect(a.parsed.tornTail == b.parsed.tornTail, "\(label): tornTail")
    #expect(a.parsed.endsWithoutNewline == b.parsed.endsWithoutNewline, "\(label): endsWithoutNewline")
    #expect(a.readOnlyReason == b.readOnlyReason, "\(label): readOnly")
    #expect(a.warnings == b.warnings, "\(label): warnings")
  }

  /// A record with every optional field set and hostile text in it.
  static func hostile(_ k: Int, _ rng: inout SeededGenerator) -> Opportunity {
    let ids = "0123456789abcdefghjkmnpqrstvwxyz"
    var id = "h"
    for _ in 0..<7 { id.append(ids.randomElement(using: &rng) ?? "x") }
    var o = Opportunity(
      id: OpportunityID(rawValue: id)!, title: "Línea \(k) \u{1B}[31m\"q\" \\ \u{2028} 😀 漢字 \u{202E}evil",
      kind: Kind(rawValue: ["grant", "award", "beca-propia"][k % 3]),
      stage: Stage.allCases[k % Stage.allCases.count],
      created: Timestamp(seconds: Int64(k) * 86_400 - 4_000_000_000))
    o.funder = k % 2 == 0 ? "Fundación Ñandú" : ""
    o.program = "P\u{0}\u{7}"
    o.country = "CO"
    o.area = Area(rawValue: "innovation")
    o.deadline = CalendarDate(daysSinceEpoch: Int32(-700_000 + k))
    o.decision = CalendarDate(iso: "9999-12-31")
    o.amount = Money(Decimal(string: "1234567.891")!, "COP")
    o.awarded = Money(Decimal(string: "-0.5")!, "USD")
    o.probabilityOverride = k % 101
    o.owner = "ana"
    o.beneficiary = String(repeating: "ß", count: 300)
    o.tags = ["a b", "ñ", "", "😀"]
    o.url = "https://example.org/?q=\u{7F}"
    o.contact = "x@y"
    o.description = String(repeating: "línea\n\t", count: k % 50)
    o.notes = [
      Note(at: Timestamp(seconds: 1), by: "", text: "nota \u{1B}"), Note(at: Fixture.t0, by: "bo", text: ""),
    ]
    o.history = [
      HistoryEntry(
        field: "deadline", from: "", to: "2027-01-01", at: Fixture.t0, by: "ana", note: "conflict"),
      HistoryEntry(from: "identified", to: "preparing", at: Fixture.t0, by: "bo"),
    ]
    o.updated = Timestamp(seconds: 253_402_300_799)
    o.source = Source(system: "grants.gov", id: "A-1")
    o.archived = k % 2 == 1
    o.conflict = k % 3 == 0
    return o
  }

  /// A data file: synthetic records and hostile ones in the snapshot, team lines, and a
  /// random journal after it (creates, notes, moves, edits, deletes, archives, rates).
  static func makeFile(_ path: String, seed: UInt64) throws -> Int {
    var rng = SeededGenerator(seed: seed)
    let n = Int.random(in: 0...120, using: &rng)
    var records = SyntheticData.records(count: n, today: today, seed: seed)
    for k in 0..<Int.random(in: 0...6, using: &rng) { records.append(hostile(k, &rng)) }
    var store = OpportunityStore()
    for r in records { store.upsert(r) }
    let db = try open(path, nil)
    if !records.isEmpty { try db.perform(records.map { Command.create($0) }) }
    if Bool.random(using: &rng) {
      try db.perform(.team(.reporting("COP")))
      try db.perform(.team(.rate("USD", ExchangeRate(currency: "USD", rate: Decimal(4000), date: today))))
      try db.perform(.team(.view("mías", SavedView(name: "mías", query: "owner:yo"))))
    }
    try db.compact()
    let snapshotRecords = db.store.count
    let ids = db.store.records.map(\.id)
    for step in 0..<Int.random(in: 0...25, using: &rng) {
      guard let id = ids.randomElement(using: &rng), db.store[id] != nil else { continue }
      switch Int.random(in: 0..<7, using: &rng) {
      case 0: try db.perform(.note(id, Note(at: Fixture.t0, by: "Laura", text: "nota \(step) ñ")))
      case 1:
        _ = try? db.perform(
          .move(
            id,
            entry: HistoryEntry(from: db.store[id]!.stage.rawValue, to: "applied", at: Fixture.t0, by: "L"),
            awarded: nil))
      case 2: try db.perform(.set(id, [FieldChange(.title, .string("Nuevo título \(step) 😀"))]))
      case 3: try db.perform(.delete(id))
      case 4: try db.perform(.archive(id, true))
      case 5: try db.perform(.create(Fixture.opportunity("j\(seed % 1000)x\(step)", "Journal \(step)")))
      default:
        try db.perform(
          .team(.rate("EUR", ExchangeRate(currency: "EUR", rate: Decimal(step + 1), date: today))))
      }
    }
    return snapshotRecords
  }

  /// A fresh folder with a generated data file (`makeFile`) and a cache beside it.
  static func setUp(seed: UInt64) throws -> (dir: TempDir, path: String, cache: SnapshotCache) {
    let dir = TempDir()
    let path = dir.file()
    _ = try makeFile(path, seed: seed)
    return (dir, path, cache(dir))
  }

  @Test func cachedAndUncachedOpensAgreeOverGeneratedFilesAndJournalTails() throws {
    var cachedOpens = 0
    for seed in UInt64(1)...24 {
      let dir = TempDir()
      let path = dir.file()
      let snapshotRecords = try Self.makeFile(path, seed: seed)
      let cache = Self.cache(dir)
      let plain = try Self.open(path, nil)
      let writing = try Self.open(path, cache)
      #expect(!writing.openedFromCache)
      Self.expectSame(plain, writing, "seed \(seed), writing")
      let cached = try Self.open(path, cache)
      #expect(cached.openedFromCache == (snapshotRecords >= 1), "seed \(seed): from the cache")
      if cached.openedFromCache { cachedOpens += 1 }
      Self.expectSame(plain, cached, "seed \(seed), cached")
      // And it keeps working after an edit made through the cached database.
      if let id = cached.store.records.first?.id {
        try cached.perform(.note(id, Note(at: Fixture.t0, by: "Laura", text: "after the cache")))
        let again = try Self.open(path, cache)
        #expect(again.openedFromCache == (snapshotRecords >= 1))
        Self.expectSame(try Self.open(path, nil), again, "seed \(seed), after an edit")
      }
    }
    #expect(cachedOpens >= 20)
  }

  @Test func aFileChangedBehindTheCacheIsNeverMisread() throws {
    let (dir, path, cache) = try Self.setUp(seed: 7)
    _ = try Self.open(path, cache)
    #expect(try Self.open(path, cache).openedFromCache)
    var bytes = Fixture.bytes(path)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)

    // One letter of a title in the middle changed, size and modification time kept.
    let marker = Array("\"title\":\"".utf8)
    var at = bytes.count / 2
    while at + marker.count < bytes.count, !bytes[at..<at + marker.count].elementsEqual(marker) { at += 1 }
    bytes[at + marker.count] =
      bytes[at + marker.count] == UInt8(ascii: "Z") ? UInt8(ascii: "Y") : UInt8(ascii: "Z")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes(
      [.modificationDate: attributes[.modificationDate]!], ofItemAtPath: path)
    let edited = try Self.open(path, cache)
    #expect(!edited.openedFromCache)
    Self.expectSame(try Self.open(path, nil), edited, "one byte changed")
    #expect(try Self.open(path, cache).openedFromCache, "rebuilt")

    // Lines appended by another writer: the cache still serves the snapshot part.
    let other = try Self.open(path, nil)
    try other.perform(.note(other.store.records[0].id, Note(at: Fixture.t0, by: "bo", text: "appended")))
    let appended = try Self.open(path, cache)
    #expect(appended.openedFromCache)
    Self.expectSame(try Self.open(path, nil), appended, "appended")

    // A compaction (a new generation and new bytes).
    try other.compact()
    let compacted = try Self.open(path, cache)
    #expect(!compacted.openedFromCache)
    Self.expectSame(try Self.open(path, nil), compacted, "compacted")

    // Cut shorter than the part the cache covers.
    let whole = Fixture.bytes(path)
    #expect(try Self.open(path, cache).openedFromCache)
    try Data(whole.prefix(whole.count / 3)).write(to: URL(fileURLWithPath: path))
    let cut = try Self.open(path, cache)
    #expect(!cut.openedFromCache)
    Self.expectSame(try Self.open(path, nil), cut, "cut")

    // Another data file copied over it.
    let elsewhere = dir.file("other.jsonl")
    _ = try Self.makeFile(elsewhere, seed: 8)
    try? FileManager.default.removeItem(atPath: path)
    try FileManager.default.copyItem(atPath: elsewhere, toPath: path)
    let replaced = try Self.open(path, cache)
    #expect(!replaced.openedFromCache)
    Self.expectSame(try Self.open(path, nil), replaced, "replaced")

    // The same bytes back from a backup (a new inode): the content decides, so it is used.
    #expect(try Self.open(path, cache).openedFromCache)
    let backup = dir.file("backup.jsonl")
    try FileManager.default.copyItem(atPath: path, toPath: backup)
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.copyItem(atPath: backup, toPath: path)
    let restored = try Self.open(path, cache)
    #expect(restored.openedFromCache)
    Self.expectSame(try Self.open(path, nil), restored, "restored")
  }

  @Test func aFileReplacedUnderAnOpenDatabaseIsReadAgainAndCachedAgain() throws {
    let (dir, path, cache) = try Self.setUp(seed: 12)
    // The folder is removed when `dir` goes: it must outlive the test.
    defer { withExtendedLifetime(dir) {} }
    let tracker = try Self.open(path, cache)
    #expect(try Self.open(path, cache).openedFromCache)
    // Another officer's process edits and compacts: the file is replaced as a whole.
    let other = try Self.open(path, nil)
    try other.perform(.note(other.store.records[0].id, Note(at: Fixture.t0, by: "bo", text: "from bo")))
    try other.compact()
    _ = try tracker.refresh()
    Self.expectSame(try Self.open(path, nil), tracker, "refreshed")
    #expect(try Self.open(path, cache).openedFromCache, "the refresh wrote the new cache")
  }

  @Test func damagedCutOrForeignCachesAreIgnoredAndRebuilt() throws {
    let (dir, path, cache) = try Self.setUp(seed: 3)
    _ = try Self.open(path, cache)
    let cacheFile = cache.file(for: Database.resolve(path))
    let good = Fixture.bytes(cacheFile)
    #expect(good.count > 1000)
    let reference = try Self.open(path, nil)
    var rng = SeededGenerator(seed: 11)
    var positions = Array(stride(from: 0, to: min(good.count, 600), by: 3))
    for _ in 0..<60 { positions.append(Int.random(in: 0..<good.count, using: &rng)) }
    for p in positions {
      var bad = good
      bad[p] ^= UInt8.random(in: 1...255, using: &rng)
      try Data(bad).write(to: URL(fileURLWithPath: cacheFile))
      let db = try Self.open(path, cache)
      #expect(!db.openedFromCache, "byte \(p) damaged but used")
      Self.expectSame(reference, db, "byte \(p)")
      let rebuilt = Fixture.bytes(cacheFile) == good
      #expect(rebuilt, "byte \(p): rebuilt")
    }
    for length in [0, 5, 30, good.count / 2, good.count - 1] {
      try Data(good.prefix(length)).write(to: URL(fileURLWithPath: cacheFile))
      let db = try Self.open(path, cache)
      #expect(!db.openedFromCache, "cut to \(length)")
      Self.expectSame(reference, db, "cut to \(length)")
    }
    // Another file's cache under this file's name.
    let other = dir.file("other.jsonl")
    _ = try Self.makeFile(other, seed: 4)
    _ = try Self.open(other, cache)
    try FileManager.default.removeItem(atPath: cacheFile)
    try FileManager.default.copyItem(atPath: cache.file(for: Database.resolve(other)), toPath: cacheFile)
    let foreign = try Self.open(path, cache)
    #expect(!foreign.openedFromCache)
    Self.expectSame(reference, foreign, "foreign")
    // A cache from another build.
    var built = Fixture.bytes(cacheFile)
    let version = Array(ConvocaVersion.release.utf8)
    let k = try #require(
      (0..<built.count - version.count).first { built[$0..<$0 + version.count].elementsEqual(version) })
    built[k] = UInt8(ascii: "9")
    try Data(built).write(to: URL(fileURLWithPath: cacheFile))
    let otherBuild = try Self.open(path, cache)
    #expect(!otherBuild.openedFromCache)
    Self.expectSame(reference, otherBuild, "another build")
  }

  @Test func aFailedOrKilledCacheWriteLosesNothingAndLeavesNoHalfCache() throws {
    let (dir, path, cache) = try Self.setUp(seed: 5)
    let reference = try Self.open(path, nil)
    let cacheFile = cache.file(for: Database.resolve(path))
    // Count the calls a cache-writing open makes, then fail each in turn, once and sticky,
    // with a full disk and an I/O error.
    let counting = FaultInjectingFileSystem()
    _ = try Self.open(path, cache, fs: counting)
    let ops: [FaultInjectingFileSystem.Operation] = [.open, .write, .rename, .unlink]
    let counts = ops.map { counting.count($0) }
    #expect(counts[0] >= 1 && counts[1] >= 1 && counts[2] >= 1)
    var points = 0
    for (op, n) in zip(ops, counts) {
      for nth in 1...max(1, n) {
        for sticky in [false, true] {
          for code: Int32 in [28, 5] {
            try? FileManager.default.removeItem(atPath: dir.path + "/cache")
            let fs = FaultInjectingFileSystem()
            fs.set(.init(op, nth: nth, sticky: sticky, code: code))
            let db = try Self.open(path, cache, fs: fs)
            Self.expectSame(reference, db, "\(op) #\(nth) \(code)")
            let left = (try? FileManager.default.contentsOfDirectory(atPath: cache.directory)) ?? []
            #expect(!left.contains { $0.contains(".tmp-") }, "\(op) #\(nth): a temporary file was left")
            // Whatever was left is either a whole cache that opens right, or nothing.
            let next = try Self.open(path, cache)
            Self.expectSame(reference, next, "\(op) #\(nth) \(code), next open")
            points += 1
          }
        }
      }
    }
    #expect(points >= 12)
    print(
      "fault-stepping: an open writing the snapshot cache, \(points) points (calls \(zip(ops, counts).map { "\($0.0) ×\($0.1)" }.joined(separator: ", ")); ENOSPC and EIO, once and sticky)"
    )

    // A writer killed before its rename leaves a temporary file: never read, and removed by
    // the next writer. One killed after the rename but before its bytes reached the disk
    // leaves a short cache: ignored.
    try? FileManager.default.removeItem(atPath: dir.path + "/cache")
    _ = try Self.open(path, cache)
    let good = Fixture.bytes(cacheFile)
    let abandoned = cacheFile + ".tmp-999999-1"
    try Data(good.prefix(good.count / 2)).write(to: URL(fileURLWithPath: abandoned))
    try Data(good.prefix(good.count / 2)).write(to: URL(fileURLWithPath: cacheFile))
    let afterKill = try Self.open(path, cache)
    #expect(!afterKill.openedFromCache)
    Self.expectSame(reference, afterKill, "after a kill")
    #expect(!FileManager.default.fileExists(atPath: abandoned))
    let rebuilt = Fixture.bytes(cacheFile) == good
    #expect(rebuilt)
  }

  @Test func smallFilesTheDataFolderAndDamagedFilesGetNoCache() throws {
    let dir = TempDir()
    let path = dir.file()
    _ = try Self.makeFile(path, seed: 9)
    let records = try Self.open(path, nil).store.count
    // Below the minimum.
    let big = Self.cache(dir, minimum: records + 10_000)
    _ = try Self.open(path, big)
    #expect(!FileManager.default.fileExists(atPath: big.file(for: Database.resolve(path))))
    // The data file's own folder.
    let beside = SnapshotCache(directory: dir.path, minimumRecords: 1)
    _ = try Self.open(path, beside)
    #expect(!FileManager.default.fileExists(atPath: beside.file(for: Database.resolve(path))))
    // A damaged line: read-only, and no cache of a file that cannot be trusted.
    let damaged = dir.file("damaged.jsonl")
    var lines = Fixture.lines(path)
    lines.insert("{not json", at: lines.count / 2)
    Fixture.write(damaged, lines.joined(separator: "\n") + "\n")
    let cache = Self.cache(dir)
    let db = try Self.open(damaged, cache)
    #expect(db.isReadOnly)
    #expect(!FileManager.default.fileExists(atPath: cache.file(for: Database.resolve(damaged))))
    // The environment: off, the XDG folder, HOME, the minimum.
    #expect(SnapshotCache.standard(environment: ["HOME": "/h", "CONVOCA_CACHE": "off"]) == nil)
    #expect(SnapshotCache.standard(environment: ["HOME": "/h"])?.directory == "/h/.cache/convoca")
    #expect(
      SnapshotCache.standard(environment: ["HOME": "/h", "XDG_CACHE_HOME": "/x"])?.directory == "/x/convoca")
    #expect(
      SnapshotCache.standard(environment: ["HOME": "/h", "CONVOCA_CACHE_MIN_RECORDS": "5"])?.minimumRecords
        == 5)
  }

  @Test func theFingerprintIsTheSameHoweverTheBytesAreCutAndChangesWithAnyByte() {
    var rng = SeededGenerator(seed: 1)
    let bytes = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &rng) }
    let whole = ContentFingerprint.of(bytes)
    for _ in 0..<200 {
      var h = FingerprintHasher()
      var at = 0
      while at < bytes.count {
        let n = min(bytes.count - at, Int.random(in: 0...70, using: &rng))
        h.update(bytes[at..<at + n])
        at += n
      }
      #expect(h.finish() == whole)
    }
    var seen: Set<ContentFingerprint> = [whole]
    for p in stride(from: 0, to: bytes.count, by: 7) {
      var changed = bytes
      changed[p] ^= 1
      #expect(seen.insert(ContentFingerprint.of(changed)).inserted, "byte \(p)")
    }
    for n in 0..<64 { #expect(seen.insert(ContentFingerprint.of(bytes.prefix(n))).inserted, "prefix \(n)") }
  }
}
