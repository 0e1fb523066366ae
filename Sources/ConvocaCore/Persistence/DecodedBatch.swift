import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lines of one chunk, decoded in the background on all cores. `wait()` before reading;
/// each decoded line is moved out once with `take(_:)`; whatever is left is freed with it.
final class DecodedBatch: @unchecked Sendable {
  let bytes: [UInt8]
  let lines: [Range<Int>]
  let tailStart: Int
  private let items: UnsafeMutableBufferPointer<DataFileParser.Decoded>
  /// One folded-text arena per part, written by that part's worker only.
  private let arenas: UnsafeMutableBufferPointer<[UInt8]>
  private let per: Int
  private var taken: [Bool]
  private let group = DispatchGroup()

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var lines: [Range<Int>] = []
    lines.reserveCapacity(bytes.count / 200 + 4)
    var tail = 0
    bytes.withUnsafeBufferPointer { buf in
      guard let base = buf.baseAddress else { return }
      var start = 0
      while start < buf.count {
        guard let nl = memchr(base + start, 0x0A, buf.count - start) else { break }
        let end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
        lines.append(start..<end)
        start = end + 1
      }
      tail = start
    }
    self.lines = lines
    tailStart = tail
    items = .allocate(capacity: lines.count)
    taken = [Bool](repeating: false, count: lines.count)
    let parts = lines.count < 2000 ? 1 : 4
    let per = max(1, (lines.count + parts - 1) / parts)
    self.per = per
    arenas = .allocate(capacity: parts)
    _ = arenas.initialize(from: repeatElement([UInt8](), count: parts))
    guard let base = items.baseAddress, let arenaBase = arenas.baseAddress else { return }
    nonisolated(unsafe) let out = base
    nonisolated(unsafe) let arenaOut = arenaBase
    let textEstimate = bytes.count * 6 / 10 / parts
    for part in 0..<parts {
      let lo = part * per
      let hi = min(lines.count, lo + per)
      guard lo < hi else { continue }
      let work: @Sendable () -> Void = { [bytes, lines] in
        var interner = StringInterner()
        var arena: [UInt8]? = []
        arena?.reserveCapacity(textEstimate)
        for k in lo..<hi {
          (out + k).initialize(to: DataFileParser.decodeLine(bytes[lines[k]], &interner, arena: &arena))
        }
        (arenaOut + part).pointee = arena ?? []
      }
      if parts == 1 { work() } else { DispatchQueue.global().async(group: group, execute: work) }
    }
  }

  /// The folded bytes a decoded record's key refers to.
  func keyBytes(_ ref: DataFileParser.KeyBytes, line k: Int) -> ArraySlice<UInt8> {
    switch ref {
    case .own(let f): return f.bytes[...]
    case .arena(let start, let length): return arenas[k / per][start..<start + length]
    }
  }

  /// Waits until every line is decoded.
  func wait() { group.wait() }

  /// Moves line `k` out (once).
  func take(_ k: Int) -> DataFileParser.Decoded? {
    guard k < lines.count, !taken[k], let base = items.baseAddress else { return nil }
    taken[k] = true
    return (base + k).move()
  }

  deinit {
    group.wait()
    if let base = items.baseAddress {
      for k in 0..<lines.count where !taken[k] { (base + k).deinitialize(count: 1) }
    }
    items.deallocate()
    arenas.deinitialize()
    arenas.deallocate()
  }
}
