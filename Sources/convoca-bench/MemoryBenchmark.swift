import ConvocaCore
import Foundation

/// The store's resident size per record and where it goes (issue 13, item 4): records,
/// search text, the id index, and the strings and arrays the records point to. Each N is
/// measured in a fresh child process (`memory-point`) on a file written by another child.
///
/// Heap figures come from glibc's `malloc_info` report (bytes in use, small and mmapped blocks):
/// in-use heap before and after `Database(path:)`, so what open allocates and frees again
/// (read chunks, decode buffers) is not counted. RSS is `/proc/self/statm`'s resident size,
/// which also counts pages freed but kept by the allocator.
struct MemoryBenchmark {
  let sizes: [Int]
  let today: CalendarDate

  func run() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("convoca-bench-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    print(
      "| N | RSS after open − before (MB) | per record | heap in use (MB) | per record | records inline | search text + offsets | id index | strings and arrays (rest) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for n in sizes {
      let path = dir.appendingPathComponent("data-\(n).jsonl").path
      let out = dir.appendingPathComponent("memory-\(n).txt").path
      try Spawn.run(CommandLine.arguments[0], ["generate", String(n), path, today.description])
      try Spawn.run(CommandLine.arguments[0], ["memory-point", path, out])
      print(try String(contentsOfFile: out, encoding: .utf8), terminator: "")
      try? FileManager.default.removeItem(atPath: path)
    }
    print("")
    print("per record: bytes; the parts are bytes per record (share of the heap in use)")
  }

  /// Heap bytes in use (small blocks plus mmapped ones), from glibc's `malloc_info` report:
  /// the heap obtained from the system, less its free chunks, plus the mmapped blocks.
  /// (`malloc.h` is not visible from Swift's Glibc module, so the function is looked up.)
  static func heapInUse() -> Int {
    typealias MallocInfo = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
    guard let symbol = dlsym(nil, "malloc_info") else { return 0 }
    let mallocInfo = unsafeBitCast(symbol, to: MallocInfo.self)
    var buffer: UnsafeMutablePointer<CChar>?
    var size = 0
    guard let stream = open_memstream(&buffer, &size) else { return 0 }
    _ = mallocInfo(0, stream)
    fclose(stream)
    guard let buffer else { return 0 }
    defer { free(buffer) }
    let xml = String(cString: buffer)
    // The totals after the last </heap>: fast and rest (free), mmap (in use), system current.
    guard let tail = xml.range(of: "</heap>", options: .backwards).map({ xml[$0.upperBound...] }) else {
      return 0
    }
    func value(_ prefix: String) -> Int {
      guard let r = tail.range(of: prefix) else { return 0 }
      let digits = tail[r.upperBound...].prefix { $0.isNumber }
      return Int(digits) ?? 0
    }
    let free = totalSize(tail, "fast") + totalSize(tail, "rest")
    return value("<system type=\"current\" size=\"") - free + totalSize(tail, "mmap")
  }

  /// The `size` of `<total type="TYPE" count="…" size="…"/>` in a `malloc_info` report.
  static func totalSize(_ text: Substring, _ type: String) -> Int {
    guard let r = text.range(of: "<total type=\"\(type)\"") else { return 0 }
    let rest = text[r.upperBound...]
    guard let s = rest.range(of: "size=\"") else { return 0 }
    return Int(rest[s.upperBound...].prefix { $0.isNumber }) ?? 0
  }

  /// Resident set size in bytes.
  static func resident() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  /// One size: opens the file, measures, writes one Markdown table row to `out`.
  static func point(path: String, out: String) throws {
    let heap0 = heapInUse()
    let rss0 = resident()
    let db = try Database(path: path, user: "bench")
    let heap1 = heapInUse()
    let rss1 = resident()
    let n = db.store.count
    guard n > 0 else { throw BenchError("memory: empty store") }
    let inline = n * MemoryLayout<Opportunity>.stride
    let search = db.store.withSearchText { text, starts, lengths in
      text.count + starts.count * MemoryLayout<Int>.stride + lengths.count * MemoryLayout<Int32>.stride
    }
    // The id index rebuilt the way the store builds it (reserved, then filled) and measured.
    let before = heapInUse()
    var index: [OpportunityID: Int] = [:]
    index.reserveCapacity(n)
    for (k, r) in db.store.records.enumerated() { index[r.id] = k }
    let indexBytes = heapInUse() - before
    withExtendedLifetime(index) {}
    let heap = heap1 - heap0
    let rest = heap - inline - search - indexBytes
    func mb(_ b: Int) -> String { String(format: "%.1f", Double(b) / 1_048_576) }
    func part(_ b: Int) -> String {
      "\(b / n) B (\(Int((Double(b) / Double(heap) * 100).rounded())) %)"
    }
    let nText = n.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    let row =
      "| \(nText) | \(mb(rss1 - rss0)) | \((rss1 - rss0) / n) B | \(mb(heap)) | \(heap / n) B | "
      + "\(part(inline)) | \(part(search)) | \(part(indexBytes)) | \(part(rest)) |\n"
    try row.write(toFile: out, atomically: true, encoding: .utf8)
    withExtendedLifetime(db) {}
  }
}
