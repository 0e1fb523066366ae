import Foundation

/// Writes an iCalendar file (RFC 5545) of the calls' dates: one all-day VEVENT per deadline
/// and per decision date, each with a UID fixed by the call and the kind of date
/// (`<id>-deadline@convoca`), so a calendar that reads the file again updates its events
/// instead of adding new ones. Text is escaped (`\\`, `\;`, `\,`, `\n`), lines are folded at
/// 75 octets (never inside a UTF-8 sequence) and end in CRLF.
public struct ICSExport: Sendable {
  /// The kind of date an event marks.
  public enum DateKind: String, CaseIterable, Sendable {
    case deadline, decision
  }

  /// The instant written as every event's DTSTAMP (when the file was made).
  public let stamp: Timestamp
  /// Days before the date that the reminder rings; nil: no reminder.
  public let alarmDays: Int?

  /// The default reminder: a week before.
  public static let defaultAlarmDays = 7
  /// Most octets on one line, CRLF aside (RFC 5545, 3.1).
  public static let lineLimit = 75

  /// An exporter stamping its events with `stamp`.
  public init(stamp: Timestamp, alarmDays: Int? = ICSExport.defaultAlarmDays) {
    self.stamp = stamp
    self.alarmDays = alarmDays
  }

  /// The stable UID of a call's event for one kind of date.
  public static func uid(_ id: OpportunityID, _ kind: DateKind) -> String {
    id.rawValue + "-" + kind.rawValue + "@convoca"
  }

  /// The whole file for `rows`.
  public func bytes(_ rows: some Collection<Opportunity>, progress: ((Int) -> Void)? = nil) -> [UInt8] {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Convoca//Convoca " + ConvocaVersion.release + "//EN",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Convoca",
    ]
    var n = 0
    for o in rows {
      for kind in DateKind.allCases {
        let date = kind == .deadline ? o.deadline : o.decision
        if let date { lines += event(o, kind, date) }
      }
      n += 1
      if n & 4095 == 0 { progress?(n) }
    }
    progress?(n)
    lines.append("END:VCALENDAR")
    var out: [UInt8] = []
    for l in lines { ICSExport.fold(l, into: &out) }
    return out
  }

  /// The content lines (unfolded) of one event.
  func event(_ o: Opportunity, _ kind: DateKind, _ date: CalendarDate) -> [String] {
    let title = o.title.isEmpty ? o.id.rawValue : o.title
    let summary =
      kind == .deadline ? Strings.icsDeadlineSummary(title) : Strings.icsDecisionSummary(title)
    var description: [String] = []
    let url: String?
    if case .openable(let u) = CallURL.check(o.url), !u.lowercased().hasPrefix("mailto:") {
      url = u
    } else {
      url = nil
    }
    if let url { description.append(url) }
    description.append(Strings.icsStage(o.stage.rawValue))
    if !o.owner.isEmpty { description.append(Strings.icsOwner(o.owner)) }
    if !o.funder.isEmpty { description.append(Strings.icsFunder(o.funder)) }
    description.append("convoca show " + o.id.rawValue)
    var lines = [
      "BEGIN:VEVENT",
      "UID:" + ICSExport.uid(o.id, kind),
      "DTSTAMP:" + ICSExport.basic(stamp),
      "DTSTART;VALUE=DATE:" + ICSExport.basic(date),
      "DTEND;VALUE=DATE:" + ICSExport.basic(date.adding(days: 1)),
      "SUMMARY:" + ICSExport.escaped(summary),
      "DESCRIPTION:" + ICSExport.escaped(description.joined(separator: "\n")),
      "TRANSP:TRANSPARENT",
    ]
    if let url { lines.append("URL:" + url) }
    if let days = alarmDays {
      lines += [
        "BEGIN:VALARM", "ACTION:DISPLAY",
        "DESCRIPTION:" + ICSExport.escaped(summary),
        "TRIGGER:" + (days == 0 ? "PT0S" : "-P\(days)D"), "END:VALARM",
      ]
    }
    lines.append("END:VEVENT")
    return lines
  }

  /// `20270315`.
  static func basic(_ d: CalendarDate) -> String { d.description.replacingOccurrences(of: "-", with: "") }

  /// `20261202T044000Z`.
  static func basic(_ t: Timestamp) -> String {
    t.description.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
  }

  /// TEXT escaped by RFC 5545 (3.3.11): backslash, semicolon and comma behind a backslash, a
  /// line break as `\n`; other control characters (which TEXT may not hold) dropped.
  public static func escaped(_ s: String) -> String {
    var out = String()
    out.reserveCapacity(s.utf8.count)
    var lastCR = false
    for u in s.unicodeScalars {
      defer { lastCR = u == "\r" }
      switch u {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": if !lastCR { out += "\\n" }
      case "\r": out += "\\n"
      case "\t": out.unicodeScalars.append(u)
      default:
        if u.value < 0x20 || u.value == 0x7F { continue }
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// Appends `line` folded (RFC 5545, 3.1): at most 75 octets per physical line, each
  /// continuation starting with a space, never splitting a UTF-8 sequence; CRLF after each.
  public static func fold(_ line: String, into out: inout [UInt8]) {
    let bytes = Array(line.utf8)
    var start = 0
    var limit = lineLimit
    while bytes.count - start > limit {
      var end = start + limit
      // Back up to the start of a UTF-8 sequence (a continuation byte is 10xxxxxx).
      while end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
      out += bytes[start..<end]
      out += [0x0D, 0x0A, 0x20]
      start = end
      limit = lineLimit - 1
    }
    out += bytes[start...]
    out += [0x0D, 0x0A]
  }
}

extension Strings {
  static func icsDeadlineSummary(_ title: String) -> String { t("ics.deadline", "Deadline: {0}", title) }
  static func icsDecisionSummary(_ title: String) -> String { t("ics.decision", "Decision: {0}", title) }
  static func icsStage(_ stage: String) -> String { t("ics.stage", "Stage: {0}", stage) }
  static func icsOwner(_ owner: String) -> String { t("ics.owner", "Owner: {0}", owner) }
  static func icsFunder(_ funder: String) -> String { t("ics.funder", "Funder: {0}", funder) }
}
