/// A 128-bit fingerprint of a file's bytes: what tells a snapshot cache that the data file
/// still holds exactly the bytes the cache was built from.
///
/// Written by hand: no package this project may use offers a fast non-cryptographic hash
/// (swift-crypto's SHA-256 runs at about 1–2 GB/s, a third of the whole open budget for a 63 MB
/// file). The rounds are XXH64's (four 64-bit lanes, 32 bytes a step), so it runs at memory
/// speed. It detects changes, not attacks: whoever can write the data file can change what it
/// says anyway.
public struct ContentFingerprint: Hashable, Sendable, CustomStringConvertible {
  /// The first half.
  public var high: UInt64
  /// The second half.
  public var low: UInt64

  /// Creates a fingerprint from its halves.
  public init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// The fingerprint of `bytes`, in one go.
  public static func of(_ bytes: some Collection<UInt8>) -> ContentFingerprint {
    var h = FingerprintHasher()
    h.update(bytes)
    return h.finish()
  }

  /// The fingerprint of the bytes `raw` points to, in one go.
  public static func of(_ raw: UnsafeRawBufferPointer) -> ContentFingerprint {
    var h = FingerprintHasher()
    h.update(raw)
    return h.finish()
  }

  public var description: String {
    let a = String(high, radix: 16)
    let b = String(low, radix: 16)
    return String(repeating: "0", count: 16 - a.count) + a + String(repeating: "0", count: 16 - b.count) + b
  }
}

/// Computes a `ContentFingerprint` over bytes fed in pieces of any size: the same bytes cut
/// differently give the same fingerprint.
public struct FingerprintHasher: Sendable {
  private static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let p3: UInt64 = 0x1656_67B1_9E37_79F9
  private static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
  private static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

  private var v1: UInt64 = 0x60EA_27EE_ADC0_B5D6
  private var v2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private var v3: UInt64 = 0
  private var v4: UInt64 = 0x61C8_864E_7A14_3579
  /// Bytes waiting for a full 32-byte step (fewer than 32).
  private var pending: [UInt8] = []
  /// How many bytes were fed in all.
  public private(set) var count: UInt64 = 0

  /// A hasher with nothing fed yet.
  public init() { pending.reserveCapacity(32) }

  @inline(__always) private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 {
    (x << r) | (x >> (64 - r))
  }

  @inline(__always) private static func round(_ acc: UInt64, _ w: UInt64) -> UInt64 {
    rotl(acc &+ w &* p2, 31) &* p1
  }

  /// Feeds more bytes.
  public mutating func update(_ bytes: some Collection<UInt8>) {
    let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
    if done == nil { Array(bytes).withUnsafeBytes { update($0) } }
  }

  /// Feeds more bytes.
  public mutating func update(_ raw: UnsafeRawBufferPointer) {
    count &+= UInt64(raw.count)
    var at = 0
    if !pending.isEmpty {
      let take = min(32 - pending.count, raw.count)
      pending += raw[0..<take]
      at = take
      guard pending.count == 32 else { return }
      pending.withUnsafeBytes { step($0, 0) }
      pending.removeAll(keepingCapacity: true)
    }
    var a = v1, b = v2, c = v3, d = v4
    while raw.count - at >= 32 {
      a = Self.round(a, raw.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian)
      b = Self.round(b, raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self).littleEndian)
      c = Self.round(c, raw.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self).littleEndian)
      d = Self.round(d, raw.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self).littleEndian)
      at += 32
    }
    v1 = a
    v2 = b
    v3 = c
    v4 = d
    if at < raw.count { pending += raw[at...] }
  }

  private mutating func step(_ raw: UnsafeRawBufferPointer, _ at: Int) {
    v1 = Self.round(v1, raw.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian)
    v2 = Self.round(v2, raw.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self).littleEndian)
    v3 = Self.round(v3, raw.loadUnaligned(fromByteOffset: at + 16, as: UInt64.self).littleEndian)
    v4 = Self.round(v4, raw.loadUnaligned(fromByteOffset: at + 24, as: UInt64.self).littleEndian)
  }

  @inline(__always) private static func avalanche(_ x: UInt64) -> UInt64 {
    var h = x
    h ^= h >> 33
    h = h &* p2
    h ^= h >> 29
    h = h &* p3
    h ^= h >> 32
    return h
  }

  /// The fingerprint of everything fed so far.
  public func finish() -> ContentFingerprint {
    func merge(_ acc: UInt64, _ v: UInt64) -> UInt64 { (acc ^ Self.round(0, v)) &* Self.p1 &+ Self.p4 }
    var h = Self.rotl(v1, 1) &+ Self.rotl(v2, 7) &+ Self.rotl(v3, 12) &+ Self.rotl(v4, 18)
    h = merge(h, v1)
    h = merge(h, v2)
    h = merge(h, v3)
    h = merge(h, v4)
    h &+= count
    var g = (v1 ^ Self.rotl(v2, 17) ^ Self.rotl(v3, 29) ^ Self.rotl(v4, 43)) &+ count &* Self.p5
    for (k, byte) in pending.enumerated() {
      h = Self.rotl(h ^ (UInt64(byte) &* Self.p5), 11) &* Self.p1
      g = Self.rotl(g ^ (UInt64(byte) &+ UInt64(k)) &* Self.p3, 23) &* Self.p2
    }
    return ContentFingerprint(high: Self.avalanche(h), low: Self.avalanche(g ^ h))
  }
}
