import Foundation

extension Decimal {
  /// `description` for the amounts money holds, without Foundation's general formatter: that
  /// one divides the mantissa by ten digit by digit in 16-bit words and allocates, and was an
  /// eighth of an import's time (measured: `convoca-bench import`, 12.8 % of 5.5 s in
  /// `jsonNumber`). Read from `Decimal`'s bytes (see `PreparedAmount.wholeFromLayout`) when the
  /// mantissa fits 64 bits and the exponent is small; nil otherwise, and always nil unless
  /// `plainTextReadable` confirmed, at first use, that this agrees with `description`.
  var fastPlainText: String? {
    guard Decimal.plainTextReadable else { return nil }
    return plainTextFromLayout
  }

  /// The reading itself (`fastPlainText` guards it).
  var plainTextFromLayout: String? {
    var bytes: [UInt8] = []
    guard appendPlainTextFromLayout(to: &bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `jsonNumber`'s bytes appended to `bytes`, without a `String` on the fast path (compaction
  /// writes two amounts a record).
  func appendJSONNumber(to bytes: inout [UInt8]) {
    if Decimal.plainTextReadable, appendPlainTextFromLayout(to: &bytes) { return }
    bytes.append(contentsOf: jsonNumber.utf8)
  }

  /// Appends `plainTextFromLayout` to `out`; false, with nothing appended, when it is nil.
  func appendPlainTextFromLayout(to out: inout [UInt8]) -> Bool {
    withUnsafeBytes(of: self) { b -> Bool in
      let exponent = Int(Int8(bitPattern: b[0]))
      let length = Int(b[1] >> 4)
      let negative = b[1] & 0x08 != 0
      // Length 0 is zero, or NaN when the sign bit is set: that one the slow path names.
      if length == 0 {
        guard !negative else { return false }
        out.append(UInt8(ascii: "0"))
        return true
      }
      guard length <= 4, (-30...30).contains(exponent) else { return false }
      var m: UInt64 = 0
      for w in stride(from: length - 1, through: 0, by: -1) {
        m = m << 16 | UInt64(b[4 + 2 * w]) | UInt64(b[5 + 2 * w]) << 8
      }
      ISOBytes.withScratch { d in
        // The digits of m, most significant first, end at d[end].
        let end = d.count
        var start = end
        repeat {
          start -= 1
          d[start] = UInt8(truncatingIfNeeded: 0x30 + m % 10)
          m /= 10
        } while m > 0
        let count = end - start
        if negative { out.append(UInt8(ascii: "-")) }
        if exponent >= 0 {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: d[start..<end]))
          out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent))
        } else {
          let point = -exponent
          if count <= point {
            out.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: ".")])
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: point - count))
            out.append(contentsOf: UnsafeBufferPointer(rebasing: d[start..<end]))
          } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: d[start..<end - point]))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: UnsafeBufferPointer(rebasing: d[end - point..<end]))
          }
        }
      }
      return true
    }
  }

  /// Whether `plainTextFromLayout` agrees with `description` on this Foundation (checked once,
  /// on values of every length, sign and exponent, trailing zeros included).
  static let plainTextReadable: Bool = {
    guard MemoryLayout<Decimal>.size == 20 else { return false }
    let samples = [
      "0", "1", "-1", "7", "125000", "-125000", "65535", "65536", "4294967296", "281474976710655",
      "18446744073709551615", "99999999999999", "12.5", "-0.25", "0.001", "-0.0001", "1e3", "1.50",
      "100.00", "4420.15", "5000000", "1250000.5", "0.5", "123456789012.345678", "1e-20", "7e25",
      "-98765432101.01",
    ]
    if let fast = Decimal.nan.plainTextFromLayout, fast != Decimal.nan.description { return false }
    let posix = Locale(identifier: "en_US_POSIX")
    for s in samples {
      guard let d = Decimal(string: s, locale: posix) else { return false }
      if let fast = d.plainTextFromLayout, fast != d.description { return false }
    }
    var computed = Decimal(1)
    computed /= 3
    if let fast = computed.plainTextFromLayout, fast != computed.description { return false }
    return true
  }()
}
