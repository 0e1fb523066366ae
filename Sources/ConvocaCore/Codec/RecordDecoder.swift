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
    guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw giveUp }
    repeat {
      let k = try c.key()
      switch k.count {
      case 2 where k.is("id"):
        guard let v = OpportunityID(rawValue: try c.string()) else { throw giveUp }
        id = v
      case 3 where k.is("url"): o.url = try c.string()
      case 4 where k.is("kind"): kind = try c.string(&intern)
      case 4 where k.is("area"):
        if !c.null() {
          let a = try c.string(&intern)
          o.area = a.isEmpty ? nil : Area(rawValue: a)
        }
      case 4 where k.is("tags"):
        var tags: [String] = []
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { tags.append(try c.string(&intern)) } while try c.next(UInt8(ascii: "]"))
        }
        o.tags = tags
      case 5 where k.is("title"): title = try c.string()
      case 5 where k.is("stage"):
        guard let s = Stage(rawValue: try c.string()) else { throw giveUp }
        stage = s
      case 5 where k.is("owner"): o.owner = try c.string(&intern)
      case 5 where k.is("notes"):
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { o.notes.append(try note(&c, &intern)) } while try c.next(UInt8(ascii: "]"))
        }
      case 6 where k.is("funder"): o.funder = try c.string(&intern)
      case 6 where k.is("amount"): o.amount = try money(&c, &intern)
      case 6 where k.is("source"):
        guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw giveUp }
        var system: String?
        var sid: String?
        repeat {
          let sk = try c.key()
          if sk.is("system") { system = try c.string() } else if sk.is("id") { sid = try c.string() } else { throw giveUp }
        } while try c.next(UInt8(ascii: "}"))
        guard let system, let sid else { throw giveUp }
        o.source = Source(system: system, id: sid)
      case 7 where k.is("program"): o.program = try c.string(&intern)
      case 7 where k.is("country"): o.country = try c.string(&intern)
      case 7 where k.is("awarded"): o.awarded = try money(&c, &intern)
      case 7 where k.is("contact"): o.contact = try c.string()
      case 7 where k.is("created"):
        guard let t = ByteParse.timestamp(try c.string()) else { throw giveUp }
        created = t
      case 7 where k.is("updated"):
        guard let t = ByteParse.timestamp(try c.string()) else { throw giveUp }
        updated = t
      case 7 where k.is("history"):
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { o.history.append(try history(&c, &intern)) } while try c.next(UInt8(ascii: "]"))
        }
      case 8 where k.is("deadline"): o.deadline = try date(&c)
      case 8 where k.is("decision"): o.decision = try date(&c)
      case 11 where k.is("description"): o.description = try c.string()
      case 11 where k.is("probability"):
        if !c.null() {
          let n = try c.numberBytes()
          guard let p = Int(String(decoding: n, as: UTF8.self)), (0...100).contains(p) else { throw giveUp }
          o.probabilityOverride = p
        }
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

  private static func money(_ c: inout JSONCursor, _ intern: inout StringInterner) throws(JSONError) -> Money? {
    if c.null() { return nil }
    guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw c.fail("give up") }
    var value: Decimal?
    var currency: String?
    repeat {
      let k = try c.key()
      if k.is("value") {
        guard c.peek() != UInt8(ascii: "\"") else { throw c.fail("give up") }
        value = ByteParse.decimal(try c.numberBytes())
      } else if k.is("currency") {
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
    repeat {
      let k = try c.key()
      if k.is("at") {
        at = ByteParse.timestamp(try c.string())
      } else if k.is("by") {
        by = try c.string(&intern)
      } else if k.is("text") {
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
    repeat {
      let k = try c.key()
      if k.is("field") {
        field = try c.string()
      } else if k.is("from") {
        from = try c.string(&intern)
      } else if k.is("to") {
        to = try c.string(&intern)
      } else if k.is("at") {
        at = ByteParse.timestamp(try c.string())
      } else if k.is("by") {
        by = try c.string(&intern)
      } else if k.is("note") {
        note = try c.string()
      } else {
        throw c.fail("give up")
      }
    } while try c.next(UInt8(ascii: "}"))
    guard let from, let to, let at else { throw c.fail("give up") }
    return HistoryEntry(field: field, from: from, to: to, at: at, by: by, note: note)
  }
}
