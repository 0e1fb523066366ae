import Foundation

/// Why a cache file cannot be used: it is cut short, damaged, or from another build. Never
/// shown to the user; the cache is then ignored and rebuilt.
struct CacheDamage: Error {}

/// Writes the snapshot cache's binary form: little-endian integers, LEB128 lengths, strings
/// that repeat (funders, owners, kinds, tags, names) written once in a table and referred to
/// by number. Hand-written: the format is private to this build and read back only by
/// `CacheReader`; no listed package offers a compact binary coder for these types.
struct CacheWriter {
  var bytes: [UInt8] = []
  /// The repeated strings, in the order they were first met.
  private(set) var table: [String] = []
  private var numbers: [String: Int] = [:]

  mutating func u8(_ v: UInt8) { bytes.append(v) }

  mutating func varint(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func count(_ n: Int) { varint(UInt64(n)) }

  /// A signed number, zig-zag encoded.
  mutating func signed(_ v: Int64) { varint(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }

  mutating func fixed64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }

  /// A string written out in full.
  mutating func text(_ s: String) {
    var s = s
    s.withUTF8 { u in
      count(u.count)
      bytes += u
    }
  }

  /// A string written once in the table and referred to by number.
  mutating func shared(_ s: String) {
    if let n = numbers[s] {
      count(n)
      return
    }
    numbers[s] = table.count
    count(table.count)
    table.append(s)
  }

  mutating func decimal(_ d: Decimal) { withUnsafeBytes(of: d) { bytes += $0 } }

  mutating func raw(_ b: some Collection<UInt8>) {
    count(b.count)
    bytes += b
  }
}

/// Reads what `CacheWriter` wrote; every read is bounds-checked, and anything out of place
/// throws `CacheDamage`.
struct CacheReader {
  let base: UnsafeRawBufferPointer
  var at: Int
  var end: Int

  init(_ base: UnsafeRawBufferPointer, from: Int = 0, to: Int? = nil) {
    self.base = base
    at = from
    end = to ?? base.count
  }

  mutating func u8() throws(CacheDamage) -> UInt8 {
    guard at < end else { throw CacheDamage() }
    defer { at += 1 }
    return base[at]
  }

  mutating func varint() throws(CacheDamage) -> UInt64 {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard at < end, shift < 64 else { throw CacheDamage() }
      let b = base[at]
      at += 1
      v |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return v }
      shift += 7
    }
  }

  mutating func count(limit: Int = Int(Int32.max)) throws(CacheDamage) -> Int {
    let v = try varint()
    guard v <= UInt64(limit) else { throw CacheDamage() }
    return Int(v)
  }

  mutating func signed() throws(CacheDamage) -> Int64 {
    let u = try varint()
    return Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1)
  }

  mutating func fixed64() throws(CacheDamage) -> UInt64 {
    guard end - at >= 8 else { throw CacheDamage() }
    defer { at += 8 }
    return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))
  }

  mutating func bytes(_ n: Int) throws(CacheDamage) -> UnsafeRawBufferPointer {
    guard n >= 0, end - at >= n else { throw CacheDamage() }
    defer { at += n }
    return UnsafeRawBufferPointer(rebasing: base[at..<at + n])
  }

  mutating func text() throws(CacheDamage) -> String {
    let n = try count()
    let b = try bytes(n)
    return String(decoding: b, as: UTF8.self)
  }

  mutating func shared(_ table: [String]) throws(CacheDamage) -> String {
    let n = try count()
    guard n < table.count else { throw CacheDamage() }
    return table[n]
  }

  mutating func decimal() throws(CacheDamage) -> Decimal {
    let b = try bytes(MemoryLayout<Decimal>.size)
    var d = Decimal()
    withUnsafeMutableBytes(of: &d) { $0.copyMemory(from: b) }
    return d
  }
}
