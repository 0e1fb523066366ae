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

  /// What the loop needs of the catalogue, read once per record: member names in a small
  /// open-addressing hash table over one byte buffer (no per-member retains of arrays of
  /// names), and each field's storage and flags (never a copy of the descriptors, whose
  /// strings would be retained and released for every member of every record).
  final class Plan: Sendable {
    let names: [UInt8]
    let starts: [Int]
    let lengths: [Int]
    /// Hash of a name → field index + 1 (0: empty slot).
    let table: [UInt8]
    let accesses: [FieldAccess]
    let interned: [Bool]
    let required: [Bool]
    let titleIndex: Int
    let createdIndex: Int
    let updatedIndex: Int
    let idIndex: Int

    init() {
      var names: [UInt8] = []
      var starts: [Int] = []
      var lengths: [Int] = []
      var table = [UInt8](repeating: 0, count: 256)
      for (i, d) in FieldCatalogue.all.enumerated() {
        let bytes = Array(d.name.utf8)
        starts.append(names.count)
        lengths.append(bytes.count)
        names += bytes
        var h = bytes.withUnsafeBufferPointer(Plan.hash)
        while table[h] != 0 { h = (h + 1) & 255 }
        table[h] = UInt8(i + 1)
      }
      self.names = names
      self.starts = starts
      self.lengths = lengths
      self.table = table
      accesses = FieldCatalogue.all.map(\.access)
      interned = FieldCatalogue.all.map(\.isInterned)
      required = FieldCatalogue.all.map(\.isRequired)
      titleIndex = FieldCatalogue.index["title"] ?? 0
      createdIndex = FieldCatalogue.index["created"] ?? 0
      updatedIndex = FieldCatalogue.index["updated"] ?? 0
      idIndex = FieldCatalogue.index["id"] ?? 0
    }

    @inline(__always)
    static func hash(_ k: UnsafeBufferPointer<UInt8>) -> Int {
      guard let first = k.first, let last = k.last else { return 0 }
      return (k.count &* 37 &+ Int(first) &* 11 &+ Int(last) &* 3 &+ Int(k[k.count / 2])) & 255
    }

    /// The catalogue index of a member name, if it names a field.
    @inline(__always)
    func field(_ k: UnsafeBufferPointer<UInt8>) -> Int? {
      guard let kb = k.baseAddress else { return nil }
      var h = Plan.hash(k)
      while true {
        let e = Int(table[h])
        if e == 0 { return nil }
        let i = e - 1
        if lengths[i] == k.count,
          names.withUnsafeBufferPointer({ n in
            n.baseAddress.map { memcmp($0 + starts[i], kb, k.count) == 0 } ?? false
          })
        {
          return i
        }
        h = (h + 1) & 255
      }
    }
  }

  private static let plan = Plan()

  private static func decode(_ c: inout JSONCursor, _ intern: inout StringInterner) throws(JSONError)
    -> Opportunity
  {
    let plan = Self.plan
    var o = Opportunity(id: OpportunityID(unchecked: "-"), title: "-", created: Timestamp(seconds: 0))
    let giveUp = c.fail("give up")
    var seen = SeenMembers()
    guard try c.open(UInt8(ascii: "{"), UInt8(ascii: "}")) else { throw giveUp }
    repeat {
      let k = try c.key()
      guard k.count > 0, let i = plan.field(k), seen.insert(i) else { throw giveUp }
      // Only the plain facts the loop needs, never a copy of the descriptor (its strings and
      // arrays would be retained and released for every member of every record).
      switch plan.accesses[i] {
      case .id:
        guard let v = OpportunityID(rawValue: try c.string()) else { throw giveUp }
        o.id = v
      case .text(let l):
        let v = plan.interned[i] ? try c.string(&intern) : try c.string()
        if plan.required[i] && v.isEmpty { throw giveUp }
        l.set(&o, v)
      case .kind:
        let v = try c.string(&intern)
        guard !v.isEmpty else { throw giveUp }
        o.kind = Kind(rawValue: v)
      case .stage:
        guard let s = Stage(rawValue: try c.string()) else { throw giveUp }
        o.stage = s
      case .area:
        if !c.null() {
          let a = try c.string(&intern)
          o.area = a.isEmpty ? nil : Area(rawValue: a)
        }
      case .date(let l): l.set(&o, try date(&c))
      case .money(let l): l.set(&o, try money(&c, &intern))
      case .probability:
        if !c.null() {
          let n = try c.numberBytes()
          guard let p = Int(String(decoding: n, as: UTF8.self)), (0...100).contains(p) else { throw giveUp }
          o.probabilityOverride = p
        }
      case .tags:
        var tags: [String] = []
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { tags.append(try c.string(&intern)) } while try c.next(UInt8(ascii: "]"))
        }
        o.tags = tags
      case .notes:
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { o.notes.append(try note(&c, &intern)) } while try c.next(UInt8(ascii: "]"))
        }
      case .history:
        if try c.open(UInt8(ascii: "["), UInt8(ascii: "]")) {
          repeat { o.history.append(try history(&c, &intern)) } while try c.next(UInt8(ascii: "]"))
        }
      case .timestamp(let l):
        guard let t = ByteParse.timestamp(try c.string()) else { throw giveUp }
        l.set(&o, t)
      case .source:
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
      case .flag(let l):
        guard case .bool(let b) = try c.value() else { throw giveUp }
        l.set(&o, b)
      }
    } while try c.next(UInt8(ascii: "}"))
    c.skipSpace()
    guard c.atEnd, seen.contains(plan.idIndex), seen.contains(plan.titleIndex),
      seen.contains(plan.createdIndex)
    else {
      throw giveUp
    }
    if !seen.contains(plan.updatedIndex) { o.updated = o.created }
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
  private var bits: UInt64 = 0

  /// Marks member `k` (0–63) as met; false when it already was.
  @inline(__always)
  mutating func insert(_ k: Int) -> Bool {
    let bit = UInt64(1) << UInt64(k)
    guard bits & bit == 0 else { return false }
    bits |= bit
    return true
  }

  /// Whether member `k` was met.
  @inline(__always)
  func contains(_ k: Int) -> Bool { bits & (UInt64(1) << UInt64(k)) != 0 }
}
