import Foundation

/// The text of a CSV file as UTF-8 bytes, and how it was read.
public struct CSVText: Sendable {
  /// The encodings a file is read in.
  public enum Encoding: String, Sendable {
    case utf8, utf16, windows1252
  }
  /// UTF-8 bytes, without a byte order mark.
  public var bytes: [UInt8]
  /// What the file was written in.
  public var encoding: Encoding

  /// Decodes a file: UTF-8 with or without a BOM; UTF-16 with a BOM; otherwise, when
  /// `latin1` is set or the bytes are not UTF-8, Windows-1252 (a superset of Latin-1's
  /// printable characters, what Excel writes as "CSV" on Windows). Refused: bytes with NUL
  /// (not a text file) and bytes Windows-1252 leaves undefined.
  public static func decode(_ data: [UInt8], latin1: Bool = false) throws(InterchangeError) -> CSVText {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
      let rest = Array(data.dropFirst(3))
      guard String(validating: rest, as: UTF8.self) != nil else { throw .notText(Strings.csvBadUTF8) }
      return CSVText(bytes: rest, encoding: .utf8)
    }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      guard let s = String(data: Data(data), encoding: .utf16) else { throw .notText(Strings.csvBadUTF16) }
      return CSVText(bytes: Array(s.utf8), encoding: .utf16)
    }
    if data.contains(0) { throw .notText(Strings.csvBinary) }
    if !latin1, String(validating: data, as: UTF8.self) != nil {
      return CSVText(bytes: data, encoding: .utf8)
    }
    var out: [UInt8] = []
    out.reserveCapacity(data.count + data.count / 8)
    for b in data {
      if b < 0x80 {
        out.append(b)
        continue
      }
      let scalar: UInt32
      if b >= 0xA0 {
        scalar = UInt32(b)
      } else {
        scalar = windows1252[Int(b - 0x80)]
        guard scalar != 0 else { throw .notText(Strings.csvUndefinedByte(b)) }
      }
      guard let u = Unicode.Scalar(scalar) else { continue }
      out.append(contentsOf: Array(String(Character(u)).utf8))
    }
    return CSVText(bytes: out, encoding: .windows1252)
  }

  /// Windows-1252's characters for 0x80–0x9F (0: undefined).
  static let windows1252: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178,
  ]
}

/// Why a file cannot be imported at all (a row that cannot be read is an `ImportRow`
/// rejection instead).
public enum InterchangeError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The bytes are not text Convoca can decode.
  case notText(String)
  /// The header cannot be used.
  case header(String)
  public var description: String {
    switch self {
    case .notText(let m), .header(let m): return m
    }
  }
}
