import Foundation

/// The merge driver's fast way for the files git almost always hands it: three canonical
/// compacted files (what `convoca sync` and every compaction commit). Their record lines are
/// sorted by id, so the three are walked side by side like a merge of sorted lists; a record
/// written the same on all three sides is only checked (it must decode) and its line copied,
/// and only the records that differ go through `RecordMerge`. Nothing is kept but the output:
/// no three stores, no search keys (issue 12's target: two 100,000-record sides with 1,000
/// changes each in ≤ 2 s and ≤ 500 MB).
///
/// Anything else (a journal tail, blank lines, records out of order, a line it cannot decode)
/// makes it step aside, and `FileMerge.merge` reads the three files whole, which words the
/// error exactly. Both ways give the same bytes (tests compare them).
extension FileMerge {
  /// Where a canonical file's lines are: the header, each record line with its id's bytes
  /// (ids ascending), and the team lines after them.
  struct CanonicalLines {
    var header: Range<Int>
    var records: [(id: Range<Int>, line: Range<Int>)] = []
    var team: [Range<Int>] = []
  }

  /// What a team line starts with; a canonical file has only these after its records.
  static let teamLineStarts: [[UInt8]] = ["{\"reporting\"", "{\"rate\"", "{\"view\"", "{\"standup\""].map {
    Array($0.utf8)
  }
  static let recordLineStart = Array("{\"id\":\"".utf8)

  /// The lines of `bytes` when it is a canonical compacted file (or empty: a side git has no
  /// copy of); nil otherwise.
  static func canonicalLines(_ bytes: [UInt8]) -> CanonicalLines? {
    if bytes.isEmpty { return CanonicalLines(header: 0..<0) }
    guard let last = bytes.last, last == 0x0A else { return nil }
    return bytes.withUnsafeBufferPointer { b -> CanonicalLines? in
      var lines = CanonicalLines(header: 0..<0)
      var start = 0
      var first = true
      var previousID: Range<Int>? = nil
      while start < b.count {
        // memchr: the scan for newlines is most of this function's time over 60 MB files.
        // The file ends with a newline, so one is always found.
        guard let base = b.baseAddress, let nl = memchr(base + start, 0x0A, b.count - start) else {
          return nil
        }
        let end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
        defer { start = end + 1 }
        let line = start..<end
        if first {
          first = false
          lines.header = line
          continue
        }
        if lines.team.isEmpty, hasPrefix(b, line, recordLineStart) {
          let idStart = start + recordLineStart.count
          var idEnd = idStart
          while idEnd < end, isIDByte(b[idEnd]) { idEnd += 1 }
          guard idEnd > idStart, idEnd < end, b[idEnd] == UInt8(ascii: "\"") else { return nil }
          let id = idStart..<idEnd
          if let p = previousID, !precedes(b, p, id) { return nil }
          previousID = id
          lines.records.append((id, line))
        } else if teamLineStarts.contains(where: { hasPrefix(b, line, $0) }) {
          lines.team.append(line)
        } else {
          return nil
        }
      }
      return lines
    }
  }

  /// The merge of three canonical files; nil when one is not canonical or holds a line the
  /// fast way does not take (the caller then reads them whole).
  static func mergeCanonical(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(FileMergeError) -> [UInt8]?
  {
    guard let lo = canonicalLines(base), let la = canonicalLines(ours), let lb = canonicalLines(theirs)
    else { return nil }
    // The header and team lines are few: read them the whole-file way (the version check).
    // (When one is refused, the whole-file way refuses it too, and says which line.)
    guard let o = try? read(smallPart(base, lo), "base"), let a = try? read(smallPart(ours, la), "ours"),
      let b = try? read(smallPart(theirs, lb), "theirs")
    else { return nil }
    let team = try mergeTeam(base: o.team, ours: a.team, theirs: b.team)

    var body = startCanonicalFile(capacity: max(ours.count, theirs.count) + 4096)
    var interner = StringInterner()
    var i = 0
    var j = 0
    var k = 0
    while i < lo.records.count || j < la.records.count || k < lb.records.count {
      // The smallest id among the three heads.
      var next: (bytes: [UInt8], range: Range<Int>)? = nil
      func consider(_ file: [UInt8], _ lines: CanonicalLines, _ n: Int) {
        guard n < lines.records.count else { return }
        let id = lines.records[n].id
        if let current = next, !precedes(file, id, current.bytes, current.range) { return }
        next = (file, id)
      }
      consider(base, lo, i)
      consider(ours, la, j)
      consider(theirs, lb, k)
      guard let head = next else { break }
      func take(_ file: [UInt8], _ lines: CanonicalLines, _ n: inout Int) -> Range<Int>? {
        guard n < lines.records.count, same(file, lines.records[n].id, head.bytes, head.range) else {
          return nil
        }
        defer { n += 1 }
        return lines.records[n].line
      }
      let ro = take(base, lo, &i)
      let ra = take(ours, la, &j)
      let rb = take(theirs, lb, &k)
      if let ro, let ra, let rb, same(base, ro, ours, ra), same(ours, ra, theirs, rb) {
        // The same on all three sides: checked (it must decode as a sound record) and copied.
        // Its bytes are what a Convoca compaction wrote, so they are already canonical; encoding
        // the record again would double the merge's time for nothing.
        guard decodeRecord(ours, ra, &interner) != nil else { return nil }
        body += ours[ra]
        body.append(0x0A)
        continue
      }
      var records: [Opportunity?] = []
      for (file, range) in [(base, ro), (ours, ra), (theirs, rb)] {
        guard let range else {
          records.append(nil)
          continue
        }
        guard let r = decodeRecord(file, range, &interner) else { return nil }
        records.append(r)
      }
      if let merged = mergeRecord(base: records[0], ours: records[1], theirs: records[2]) {
        RecordEncoder.append(merged, to: &body)
        body.append(0x0A)
      }
    }
    finishCanonicalFile(&body, team: team)
    return body
  }

  /// The header and team lines of a canonical file, as a small file of their own.
  static func smallPart(_ bytes: [UInt8], _ lines: CanonicalLines) -> [UInt8] {
    if bytes.isEmpty { return [] }
    var out = Array(bytes[lines.header])
    out.append(0x0A)
    for t in lines.team {
      out += bytes[t]
      out.append(0x0A)
    }
    return out
  }

  /// One record line decoded: the fast decoder, else the reference one; nil when it is not a
  /// sound record (the whole-file way then says where and why).
  static func decodeRecord(_ bytes: [UInt8], _ line: Range<Int>, _ interner: inout StringInterner)
    -> Opportunity?
  {
    bytes.withUnsafeBufferPointer { all -> Opportunity? in
      let slice = UnsafeBufferPointer(rebasing: all[line])
      if let r = try? RecordDecoder.decode(slice, interner: &interner) { return r }
      guard let value = try? JSONParser.parse(slice) else { return nil }
      return try? RecordCodec.decode(value)
    }
  }

  static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ prefix: [UInt8]) -> Bool {
    guard line.count >= prefix.count else { return false }
    for (n, p) in prefix.enumerated() where b[line.lowerBound + n] != p { return false }
    return true
  }

  /// The bytes an id is made of (`OpportunityID`: lower-case letters, digits, `-`, `_`).
  static func isIDByte(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x5F
  }

  /// Whether id `a` sorts strictly before id `b` in one file (ids are ASCII, so byte order is
  /// `OpportunityID`'s order).
  static func precedes(_ b: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ y: Range<Int>) -> Bool {
    let n = min(x.count, y.count)
    for d in 0..<n where b[x.lowerBound + d] != b[y.lowerBound + d] {
      return b[x.lowerBound + d] < b[y.lowerBound + d]
    }
    return x.count < y.count
  }

  /// Whether id `x` of `fx` sorts strictly before id `y` of `fy`.
  static func precedes(_ fx: [UInt8], _ x: Range<Int>, _ fy: [UInt8], _ y: Range<Int>) -> Bool {
    fx[x].lexicographicallyPrecedes(fy[y])
  }

  /// Whether two ranges of two files hold the same bytes.
  static func same(_ fx: [UInt8], _ x: Range<Int>, _ fy: [UInt8], _ y: Range<Int>) -> Bool {
    guard x.count == y.count else { return false }
    return fx.withUnsafeBufferPointer { px in
      fy.withUnsafeBufferPointer { py in
        guard let a = px.baseAddress, let b = py.baseAddress, !x.isEmpty else { return x.isEmpty }
        return memcmp(a + x.lowerBound, b + y.lowerBound, x.count) == 0
      }
    }
  }
}
