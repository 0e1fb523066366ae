#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An opportunity's identifier: up to 8 characters from Crockford's base-32 alphabet in lower
/// case. New ids are random (40 bits), so copies of a file edited apart — two officers, two
/// git branches — do not hand out the same id; within one store a clash is re-drawn.
public struct OpportunityID: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The identifier text.
  public let rawValue: String

  /// Accepts 1–8 characters of letters, digits, `-` or `_` (ids from other tools are kept
  /// as they are, lower-cased).
  public init?(rawValue: String) {
    let lower = rawValue.lowercased()
    guard (1...8).contains(lower.utf8.count),
      lower.utf8.allSatisfy({
        ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F
      })
    else { return nil }
    self.rawValue = lower
  }

  init(unchecked: String) { rawValue = unchecked }

  public var description: String { rawValue }

  /// The id's bytes packed big-endian into one integer whose order is the ids' order (a
  /// shorter id sorts before any longer one it begins, since no id holds a NUL); nil for an
  /// id longer than 8 bytes (never written by Convoca, but kept from other tools). Sorting by
  /// it compares integers instead of strings.
  public var packed: UInt64? {
    var id = rawValue
    return id.withUTF8 { u -> UInt64? in
      guard u.count <= 8 else { return nil }
      var v: UInt64 = 0
      for (i, b) in u.enumerated() { v |= UInt64(b) << (56 - 8 * UInt64(i)) }
      return v
    }
  }
  public static func < (a: OpportunityID, b: OpportunityID) -> Bool { a.rawValue < b.rawValue }

  /// Crockford's base-32 digits without i, l, o, u: easy to read aloud and to type.
  static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

  /// A new random id of 8 characters.
  public static func random() -> OpportunityID {
    var g = SystemRandomNumberGenerator()
    return random(using: &g)
  }

  /// A new random id drawn from `generator` (seeded generators make tests repeatable).
  public static func random(using generator: inout some RandomNumberGenerator) -> OpportunityID {
    var bits = generator.next() as UInt64
    var bytes: [UInt8] = []
    bytes.reserveCapacity(8)
    for _ in 0..<8 {
      bytes.append(alphabet[Int(bits & 31)])
      bits >>= 5
    }
    return OpportunityID(unchecked: String(decoding: bytes, as: UTF8.self))
  }
}
