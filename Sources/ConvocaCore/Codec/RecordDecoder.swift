import Foundation

/// The fast way to read a record line: straight from bytes into an `Opportunity`. It
/// handles the shapes Convoca itself writes; anything else (a missing member, a value of an
/// unexpected type) makes it give up, and the caller falls back to `RecordCodec.decode`,
/// which is the reference and words the error. Tests check both agree.
enum RecordDecoder {
  struct GiveUp: Error {}

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, interner: inout StringInterner) throws(GiveUp)
    -> Opportunity
  {
    var c = JSONCursor(bytes)
    do throws(JSONError) {
      return try decode(&c, &interner)
    } catch {
      throw GiveUp()
    }
  }

  private static func decode(_ c: inout JSONCursor, _ intern: inout StringInterner) throws(JSONError)
    -> Opportunity
  {
    var id: OpportunityID?
    var title: String?
    var kind = "other"
    var stage = Stage.identified
    var created: Timestamp?
    var updated: Timestamp?
    var o = Opportunity(id: OpportunityID(unchecked: "-"), title: "-", created: Timestamp(seconds: 0))
    let giveUp = c.fail("give up")
    var seen = SeenMembers()
    guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw giveUp }
    repeat {
      let k = try c.key()
      switch k.count {
      case 2 where k.is("id"):
        guard seen.insert(0) else { throw giveUp }
        guard let v = OpportunityID(rawValue: try c.string()) else { throw giveUp }
        id = v
      case 3 where k.is("url"):
        guard seen.insert(1) else { throw giveUp }
        o.url = try c.string()
      case 4 where k.is("kind"):
        guard seen.insert(2) else { throw giveUp }
        kind = try c.string(&intern)
      case 4 where k.is("area"):
        guard seen.insert(3) else { throw giveUp }
        if !c.null() {
          let a = try c.string(&intern)
          o.area = a.isEmpty ? nil : Area(rawValue: a)
        }
      case 4 where k.is("tags"):
        guard seen.insert(4) else { throw giveUp }
        var tags: [String] = []
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { tags.append(try c.string(&intern)) } while try c.next(UInt8(ascii: "]"))
        }
        o.tags = tags
      case 5 where k.is("title"):
        guard seen.insert(5) else { throw giveUp }
        title = try c.string()
      case 5 where k.is("stage"):
        guard seen.insert(6) else { throw giveUp }
        guard let s = Stage(rawValue: try c.string()) else { throw giveUp }
        stage = s
      case 5 where k.is("owner"):
        guard seen.insert(7) else { throw giveUp }
        o.owner = try c.string(&intern)
      case 5 where k.is("notes"):
        guard seen.insert(8) else { throw giveUp }
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { o.notes.append(try note(&c, &intern)) } while try c.next(UInt8(ascii: "]"))
        }
      case 6 where k.is("funder"):
        guard seen.insert(9) else { throw giveUp }
        o.funder = try c.string(&intern)
      case 6 where k.is("amount"):
        guard seen.insert(10) else { throw giveUp }
        o.amount = try money(&c, &intern)
      case 6 where k.is("source"):
        guard seen.insert(11) else { throw giveUp }
        guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw giveUp }
        var system: String?
        var sid: String?
        var seenInSource = SeenMembers()
        repeat {
          let sk = try c.key()
          if sk.is("system"), seenInSource.insert(0) {
            system = try c.string()
          } else if sk.is("id"), seenInSource.insert(1) {
            sid = try c.string()
          } else {
            throw giveUp
          }
        } while try c.next(UInt8(ascii: "}"))
        guard let system, let sid else { throw giveUp }
        o.source = Source(system: system, id: sid)
      case 7 where k.is("program"):
        guard seen.insert(12) else { throw giveUp }
        o.program = try c.string(&intern)
      case 7 where k.is("country"):
        guard seen.insert(13) else { throw giveUp }
        o.country = try c.string(&intern)
      case 7 where k.is("awarded"):
        guard seen.insert(14) else { throw giveUp }
        o.awarded = try money(&c, &intern)
      case 7 where k.is("contact"):
        guard seen.insert(15) else { throw giveUp }
        o.contact = try c.string()
      case 7 where k.is("created"):
        guard seen.insert(16) else { throw giveUp }
        guard let t = ByteParse.timestamp(try c.string()) else { throw giveUp }
        created = t
      case 7 where k.is("updated"):
        guard seen.insert(17) else { throw giveUp }
        guard let t = ByteParse.timestamp(try c.string()) else { throw giveUp }
        updated = t
      case 7 where k.is("history"):
        guard seen.insert(18) else { throw giveUp }
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { o.history.append(try history(&c, &intern)) } while try c.next(UInt8(ascii: "]"))
        }
      case 8 where k.is("deadline"):
        guard seen.insert(19) else { throw giveUp }
        o.deadline = try date(&c)
      case 8 where k.is("decision"):
        guard seen.insert(20) else { throw giveUp }
        o.decision = try date(&c)
      case 11 where k.is("description"):
        guard seen.insert(21) else { throw giveUp }
        o.description = try c.string()
      case 11 where k.is("probability"):
        guard seen.insert(22) else { throw giveUp }
        if !c.null() {
          let n = try c.numberBytes()
          guard let p = Int(String(decoding: n, as: UTF8.self)), (0...100).contains(p) else { throw giveUp }
          o.probabilityOverride = p
        }
      case 8 where k.is("archived"):
        guard seen.insert(23) else { throw giveUp }
        guard case .bool(let b) = try c.value() else { throw giveUp }
        o.archived = b
      default: throw giveUp
      }
    } while try c.next(UInt8(ascii: "}"))
    c.skipSpace()
    guard c.atEnd, let id, let title, !title.isEmpty, !kind.isEmpty, let created else { throw giveUp }
    o.id = id
    o.title = title
    o.kind = Kind(rawValue: kind)
    o.stage = stage
    o.created = created
    o.updated = updated ?? created
    return o
  }

  private static func date(_ c: inout JSONCursor) throws(JSONError) -> CalendarDate? {
    if c.null() { return nil }
    guard let d = CalendarDate(iso: try c.string()) else { throw c.fail("give up") }
    return d
  }

  private static func money(_ c: inout JSONCursor, _ intern: inout StringInterner) throws(JSONError) -> Money?
  {
    if c.null() { return nil }
    guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw c.fail("give up") }
    var value: Decimal?
    var currency: String?
    var seen = SeenMembers()
    repeat {
      let k = try c.key()
      if k.is("value"), seen.insert(0) {
        guard c.peek() != UInt8(ascii: "\"") else { throw c.fail("give up") }
        value = ByteParse.decimal(try c.numberBytes())
      } else if k.is("currency"), seen.insert(1) {
        currency = try c.string(&intern)
      } else {
        throw c.fail("give up")
      }
    } while try c.next(UInt8(ascii: "}"))
    guard let value, let currency, Money.isCurrencyCode(currency) else { throw c.fail("give up") }
    return Money(value, currency)
  }

  private static func note(_ c: inout JSONCursor, _ intern: inout StringInterner) throws(JSONError) -> Note {
    guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw c.fail("give up") }
    var at: Timestamp?
    var by = ""
    var text: String?
    var seen = SeenMembers()
    repeat {
      let k = try c.key()
      if k.is("at"), seen.insert(0) {
        at = ByteParse.timestamp(try c.string())
      } else if k.is("by"), seen.insert(1) {
        by = try c.string(&intern)
      } else if k.is("text"), seen.insert(2) {
        text = try c.string()
      } else {
        throw c.fail("give up")
      }
    } while try c.next(UInt8(ascii: "}"))
    guard let at, let text else { throw c.fail("give up") }
    return Note(at: at, by: by, text: text)
  }

  private static func history(_ c: inout JSONCursor, _ intern: inout StringInterner) throws(JSONError)
    -> HistoryEntry
  {
    guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw c.fail("give up") }
    var field: String?
    var from: String?
    var to: String?
    var at: Timestamp?
    var by = ""
    var note: String?
    var seen = SeenMembers()
    repeat {
      let k = try c.key()
      if k.is("field"), seen.insert(0) {
        field = try c.string()
      } else if k.is("from"), seen.insert(1) {
        from = try c.string(&intern)
      } else if k.is("to"), seen.insert(2) {
        to = try c.string(&intern)
      } else if k.is("at"), seen.insert(3) {
        at = ByteParse.timestamp(try c.string())
      } else if k.is("by"), seen.insert(4) {
        by = try c.string(&intern)
      } else if k.is("note"), seen.insert(5) {
        note = try c.string()
      } else {
        throw c.fail("give up")
      }
    } while try c.next(UInt8(ascii: "}"))
    guard let from, let to, let at else { throw c.fail("give up") }
    return HistoryEntry(field: field, from: from, to: to, at: at, by: by, note: note)
  }
}

/// The members already met in one object, one bit each. A name that comes twice makes the
/// fast path give up, and the reference parser refuses the line (JSONParser rejects duplicate
/// member names): otherwise the two would keep different copies.
struct SeenMembers {
  private var bits: UInt32 = 0

  /// Marks member `k` (0–31) as met; false when it already was.
  mutating func insert(_ k: Int) -> Bool {
    let bit = UInt32(1) << UInt32(k)
    guard bits & bit == 0 else { return false }
    bits |= bit
    return true
  }
}
