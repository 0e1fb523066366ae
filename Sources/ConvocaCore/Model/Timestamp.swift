#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An instant, to the second, in UTC. Written as `2026-11-29T09:51:25Z` in the file.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00:00Z.
  public let seconds: Int64

  /// Creates a timestamp from seconds since the Unix epoch.
  public init(seconds: Int64) { self.seconds = seconds }

  /// The current instant from the system clock.
  public static func now() -> Timestamp {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Timestamp(seconds: Int64(ts.tv_sec))
  }

  /// Parses `YYYY-MM-DDTHH:MM:SSZ` (also accepts a `+00:00` suffix and fractional seconds).
  public init?(iso text: some StringProtocol) {
    let u = Array(text.utf8)
    guard u.count >= 20, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "),
      u[13] == 0x3A, u[16] == 0x3A,
      let date = CalendarDate(iso: String(decoding: u[0..<10], as: UTF8.self))
    else { return nil }
    func num(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        let c = u[i]
        guard c >= 0x30, c <= 0x39 else { return nil }
        v = v * 10 + Int(c - 0x30)
      }
      return v
    }
    guard let h = num(11..<13), let mi = num(14..<16), let s = num(17..<19), h < 24, mi < 60, s < 61
    else { return nil }
    var i = 19
    if i < u.count, u[i] == UInt8(ascii: ".") {
      i += 1
      while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
    }
    var offset = 0
    guard i < u.count else { return nil }
    if u[i] == UInt8(ascii: "Z") {
      i += 1
    } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-"), i + 6 == u.count, u[i + 3] == 0x3A,
      let oh = num(i + 1..<i + 3), let om = num(i + 4..<i + 6)
    {
      offset = (oh * 3600 + om * 60) * (u[i] == UInt8(ascii: "+") ? 1 : -1)
      i += 6
    } else {
      return nil
    }
    guard i == u.count else { return nil }
    let total = Int64(date.daysSinceEpoch) * 86_400 + Int64(h * 3600 + mi * 60 + s) - Int64(offset)
    // An offset or a leap second can carry 9999-12-31 into year 10000 (or 0001-01-01 into
    // year 0), which `description` cannot write in a form this parser reads back.
    guard Timestamp.writable.contains(total) else { return nil }
    seconds = total
  }

  /// The instants `description` writes as a four-digit year that parses back: from
  /// 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
  public static let writable: ClosedRange<Int64> =
    Int64(CalendarDate.days(year: 1, month: 1, day: 1)) * 86_400...Int64(
      CalendarDate.days(year: 9999, month: 12, day: 31)) * 86_400 + 86_399

  /// The instants a clock may sanely report, 2000-01-01 to 2199-12-31 (UTC): an edit stamped
  /// outside them is refused rather than written, since it would sort before or after every
  /// real change and make every call look fresh or stale.
  public static let sane: ClosedRange<Int64> =
    Int64(CalendarDate.days(year: 2000, month: 1, day: 1)) * 86_400...Int64(
      CalendarDate.days(year: 2199, month: 12, day: 31)) * 86_400 + 86_399

  /// The UTC calendar date of this instant.
  public var utcDate: CalendarDate {
    CalendarDate(daysSinceEpoch: Int32(clamping: floorDiv(seconds, 86_400)))
  }

  /// The calendar date of this instant at a fixed offset from UTC (in seconds).
  public func date(utcOffset: Int) -> CalendarDate {
    CalendarDate(daysSinceEpoch: Int32(clamping: floorDiv(seconds + Int64(utcOffset), 86_400)))
  }

  /// `YYYY-MM-DDTHH:MM:SSZ`.
  public var description: String {
    let day = utcDate
    let rest = Int(seconds - Int64(day.daysSinceEpoch) * 86_400)
    return day.description + "T" + pad(rest / 3600, 2) + ":" + pad(rest / 60 % 60, 2) + ":"
      + pad(rest % 60, 2) + "Z"
  }

  /// This instant moved by a number of seconds.
  public func adding(seconds s: Int64) -> Timestamp { Timestamp(seconds: seconds + s) }

  public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }
}

func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

/// The local calendar's idea of "today" and its UTC offset, read once from the C library.
public enum LocalClock {
  /// Seconds east of UTC for the local time zone right now.
  public static func utcOffset() -> Int {
    var t = time(nil)
    var parts = tm()
    localtime_r(&t, &parts)
    return Int(parts.tm_gmtoff)
  }

  /// Today's date in the local time zone.
  public static func today() -> CalendarDate {
    Timestamp.now().date(utcOffset: utcOffset())
  }
}
