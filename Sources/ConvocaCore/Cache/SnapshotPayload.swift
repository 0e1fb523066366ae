import Dispatch

/// The body of a snapshot cache: the store as reading the file's snapshot part left it —
/// records in file order with their folded search text, and the team lines as they were
/// written — in `CacheWriter`'s binary form, cut into parts that decode on all cores.
enum SnapshotPayload {
  /// How many parts the records are cut into (decoded side by side).
  static let parts = 4

  /// Encodes the records and search text of `store` and the raw `teamLines`.
  static func encode(_ store: OpportunityStore, teamLines: [[UInt8]]) -> [UInt8] {
    var body = CacheWriter()
    body.bytes.reserveCapacity(store.count * 512 + 4096)
    let per = max(1, (store.count + parts - 1) / parts)
    var starts: [(offset: Int, count: Int)] = []
    store.records.withUnsafeBufferPointer { rs in
      // By index: `enumerated()` would copy each record out (a retain of every string).
      for k in rs.indices {
        if k % per == 0 { starts.append((body.bytes.count, min(per, rs.count - k))) }
        CachedRecordCodec.encode(rs[k], to: &body)
      }
    }
    var out = CacheWriter()
    out.bytes.reserveCapacity(body.bytes.count + store.count * 260 + 65_536)
    out.count(body.table.count)
    for s in body.table { out.text(s) }
    out.count(teamLines.count)
    for line in teamLines { out.raw(line) }
    out.count(store.count)
    out.count(starts.count)
    for s in starts {
      out.fixed64(UInt64(s.offset))
      out.count(s.count)
    }
    out.fixed64(UInt64(body.bytes.count))
    out.bytes += body.bytes
    store.withSearchText { text, starts, lengths in
      var total = 0
      for k in 0..<lengths.count {
        out.fixed64(UInt64(UInt32(bitPattern: lengths[k])))
        total += Int(lengths[k])
      }
      out.fixed64(UInt64(total))
      for k in 0..<lengths.count {
        out.bytes += UnsafeBufferPointer(rebasing: text[starts[k]..<starts[k] + Int(lengths[k])])
      }
    }
    return out.bytes
  }

  /// What `encode` wrote, read back: the store, its team lines applied as the parser applies
  /// them.
  static func decode(_ raw: UnsafeRawBufferPointer) throws(CacheDamage) -> OpportunityStore {
    var r = CacheReader(raw)
    let tableCount = try r.count()
    var table: [String] = []
    table.reserveCapacity(tableCount)
    for _ in 0..<tableCount { table.append(try r.text()) }
    let teamCount = try r.count()
    var teamLines: [[UInt8]] = []
    for _ in 0..<teamCount {
      let n = try r.count()
      teamLines.append(Array(try r.bytes(n)))
    }
    let total = try r.count()
    let partCount = try r.count(limit: 1024)
    var parts: [(offset: Int, count: Int)] = []
    var sum = 0
    for _ in 0..<partCount {
      let offset = try r.fixed64()
      let n = try r.count()
      guard offset < UInt64(Int.max) else { throw CacheDamage() }
      parts.append((Int(offset), n))
      sum += n
    }
    guard sum == total else { throw CacheDamage() }
    let regionLength = try r.fixed64()
    guard regionLength <= UInt64(r.end - r.at) else { throw CacheDamage() }
    let region = try r.bytes(Int(regionLength))
    for (k, p) in parts.enumerated() {
      let next = k + 1 < parts.count ? parts[k + 1].offset : region.count
      guard p.offset <= next, next <= region.count else { throw CacheDamage() }
    }
    var lengths: [Int32] = []
    lengths.reserveCapacity(total)
    var textTotal = 0
    for _ in 0..<total {
      let n = try r.fixed64()
      guard n <= UInt64(Int32.max) else { throw CacheDamage() }
      lengths.append(Int32(n))
      textTotal += Int(n)
    }
    guard try r.fixed64() == UInt64(textTotal) else { throw CacheDamage() }
    let textBytes = try r.bytes(textTotal)
    let text = Array(textBytes)
    MappedFile.release(textBytes)
    guard r.at == r.end else { throw CacheDamage() }
    let records = try decodeRecords(region, parts, total: total, table: table)
    guard var store = OpportunityStore(cached: records, keyLengths: lengths, searchText: text) else {
      throw CacheDamage()
    }
    for line in teamLines {
      guard case .team(let t) = DataFileParser.decodeLine(line[...]) else { throw CacheDamage() }
      do throws(CommandError) {
        try store.apply(Change(.team(t), at: Timestamp(seconds: 0), by: ""))
      } catch {
        throw CacheDamage()
      }
    }
    return store
  }

  /// Decodes the records of every part side by side, straight into one array.
  private static func decodeRecords(
    _ region: UnsafeRawBufferPointer, _ parts: [(offset: Int, count: Int)], total: Int, table: [String]
  ) throws(CacheDamage) -> [Opportunity] {
    var failed = false
    let records = [Opportunity](unsafeUninitializedCapacity: total) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      nonisolated(unsafe) let out = base
      // How many records each part initialised, so a damaged part frees exactly those.
      let done = UnsafeMutableBufferPointer<Int>.allocate(capacity: parts.count)
      done.initialize(repeating: 0)
      defer { done.deallocate() }
      nonisolated(unsafe) let doneOut = done
      var starts: [Int] = []
      var at = 0
      for p in parts {
        starts.append(at)
        at += p.count
      }
      let firsts = starts
      nonisolated(unsafe) let region = region
      DispatchQueue.concurrentPerform(iterations: parts.count) { k in
        let end = k + 1 < parts.count ? parts[k + 1].offset : region.count
        var r = CacheReader(region, from: parts[k].offset, to: end)
        var n = 0
        var released = r.at
        do {
          while n < parts[k].count {
            (out + firsts[k] + n).initialize(to: try CachedRecordCodec.decode(&r, table))
            n += 1
            // What is decoded no longer needs its pages in memory.
            if r.at - released >= 1 << 20 {
              MappedFile.release(UnsafeRawBufferPointer(rebasing: region[released..<r.at]))
              released = r.at
            }
          }
          if r.at != end { n = -n - 1 }
        } catch {
          n = -n - 1
        }
        doneOut[k] = n
      }
      if done.contains(where: { $0 < 0 }) {
        for k in parts.indices {
          let n = done[k] < 0 ? -done[k] - 1 : done[k]
          (out + firsts[k]).deinitialize(count: n)
        }
        failed = true
        initialized = 0
        return
      }
      initialized = total
    }
    if failed { throw CacheDamage() }
    return records
  }
}
