import ConvocaCore

// The checks each libFuzzer harness in Fuzz/ makes on one input, shared with the test suite
// (Tests/ConvocaCoreTests/FuzzRegressionTests.swift replays every seed and every input that
// once crashed through them). Each returns nil when the input passes, else what went wrong.
// Only ConvocaCore's public API is used: the fuzzers see the library as any client does.

// MARK: - FuzzQuery

/// The day the query checks count relative dates from (docs/query-language.md's "today").
let fuzzQueryToday = CalendarDate(daysSinceEpoch: 20_775)  // 2026-11-18
let fuzzQueryContext = QueryContext(today: fuzzQueryToday)
/// A small fixed store: 12 of the bundled demo records, or three records if they cannot be read.
let fuzzQueryStore: OpportunityStore = {
  if let demo = try? DemoData.records(shiftedTo: fuzzQueryToday), !demo.isEmpty {
    return OpportunityStore(Array(demo.prefix(12)))
  }
  let t = Timestamp(seconds: Int64(fuzzQueryToday.daysSinceEpoch) * 86_400)
  var a = Opportunity(
    id: OpportunityID(rawValue: "aecid") ?? .random(), title: "Cooperación urbana",
    kind: Kind(rawValue: "grant"), stage: .won, created: t)
  a.funder = "AECID"
  a.deadline = fuzzQueryToday.adding(days: -3)
  var b = Opportunity(
    id: OpportunityID(rawValue: "koica") ?? .random(), title: "KOICA fellowship",
    kind: Kind(rawValue: "scholarship"), stage: .preparing, created: t)
  b.amount = Money(20_000, "USD")
  b.deadline = fuzzQueryToday.adding(days: 20)
  b.tags = ["education"]
  let c = Opportunity(
    id: OpportunityID(rawValue: "c40") ?? .random(), title: "C40 award", kind: Kind(rawValue: "award"),
    stage: .applied, created: t.adding(seconds: -40 * 86_400))
  return OpportunityStore([a, b, c])
}()
let fuzzQueryKeys = fuzzQueryStore.records.map(FoldedText.init(searchable:))

/// Query lines: a query that parses has a canonical text that parses back to an equal query
/// selecting the same records (by `filter` and by `matches`); a refused line has an error
/// that points inside the line and says something.
public func fuzzCheckQuery(_ data: [UInt8]) -> String? {
  let text = String(decoding: data, as: UTF8.self)
  let query: Query
  do {
    query = try Query.parse(text)
  } catch {
    let length = text.count
    guard error.range.lowerBound >= 0, error.range.upperBound <= length, !error.range.isEmpty else {
      return "error range \(error.range) outside the line \(text.debugDescription) (\(length) characters)"
    }
    guard !error.detail.isEmpty, !error.message.isEmpty else {
      return "empty error message for \(text.debugDescription)"
    }
    return nil
  }
  let canonical = query.description
  let again: Query
  do {
    again = try Query.parse(canonical)
  } catch {
    return
      "canonical \(canonical.debugDescription) of \(text.debugDescription) does not parse: \(error.message)"
  }
  guard again == query else {
    return
      "canonical \(canonical.debugDescription) of \(text.debugDescription) parses to \(again.description.debugDescription)"
  }
  guard again.description == canonical else {
    return "canonical text not stable: \(canonical.debugDescription) → \(again.description.debugDescription)"
  }
  let hits = fuzzQueryStore.filter(query, context: fuzzQueryContext)
  let hitsAgain = fuzzQueryStore.filter(again, context: fuzzQueryContext)
  guard hits == hitsAgain else {
    return
      "\(text.debugDescription) selects \(hits) but its canonical \(canonical.debugDescription) selects \(hitsAgain)"
  }
  let oneByOne = fuzzQueryStore.records.indices.filter { i in
    query.matches(fuzzQueryStore.records[i], key: fuzzQueryKeys[i], in: fuzzQueryContext)
  }
  guard hits == oneByOne else {
    return "\(text.debugDescription): filter selects \(hits) but matches selects \(oneByOne)"
  }
  return nil
}

// MARK: - FuzzDataFile

/// The canonical file for `records`: the header, then one line per record sorted by id.
func fuzzCanonicalFile(_ records: [Opportunity]) -> [UInt8] {
  var text = FileHeader.line + "\n"
  for o in records.sorted(by: { $0.id < $1.id }) { text += JSONWriter.line(RecordCodec.encode(o)) + "\n" }
  return Array(text.utf8)
}

/// Data files: never crash; a file that reads cleanly (no problem, no torn tail) saves back
/// to a canonical file that reads cleanly to the same records.
public func fuzzCheckDataFile(_ data: [UInt8]) -> String? {
  let parsed = DataFileParser.parse(data)
  guard parsed.goodLength <= data.count else {
    return "goodLength \(parsed.goodLength) past the end (\(data.count))"
  }
  guard parsed.problem == nil, parsed.tornTail.isEmpty else { return nil }
  let records = parsed.store.records
  guard Set(records.map(\.id)).count == records.count else { return "duplicate ids in the store" }
  let saved = fuzzCanonicalFile(records)
  let reread = DataFileParser.parse(saved)
  if let p = reread.problem {
    return "saved file does not read back: \(p)\n" + String(decoding: saved, as: UTF8.self)
  }
  guard reread.tornTail.isEmpty, reread.journalLines == 0 else {
    return "saved file reads with a torn tail or journal"
  }
  guard Set(reread.store.records) == Set(records), reread.store.count == records.count else {
    return "saved file reads back different records\n" + String(decoding: saved, as: UTF8.self)
  }
  return nil
}

// MARK: - FuzzJournalLine

/// Journal lines: a line that decodes encodes to a line (through JSON text, as in the file)
/// that decodes to the same entry.
public func fuzzCheckJournalLine(_ data: [UInt8]) -> String? {
  guard let value = try? JSONParser.parse(data), let entry = try? JournalCodec.decode(value) else {
    return nil
  }
  let line = JSONWriter.line(JournalCodec.encode(entry))
  guard !line.utf8.contains(0x0A) else { return "encoded journal line has a raw newline: \(line)" }
  let reparsed: JSONValue
  do {
    reparsed = try JSONParser.parse(line)
  } catch {
    return "encoded journal line is not JSON (\(error)): \(line)"
  }
  do {
    let again = try JournalCodec.decode(reparsed)
    guard again == entry else {
      return "journal line does not round-trip: \(line)\nfirst:  \(entry)\nsecond: \(again)"
    }
  } catch {
    return "encoded journal line does not decode (\(error.message)): \(line)"
  }
  return nil
}

// MARK: - FuzzRecordLine

/// Record lines: a file made of the header and the line (read through the fast decoder where
/// it applies) loads exactly when `RecordCodec.decode` accepts the line, and to the same record.
public func fuzzCheckRecordLine(_ data: [UInt8]) -> String? {
  // One physical line; headers, journal lines and blank lines mean something else in a file.
  let line = Array(data.prefix { $0 != 0x0A })
  if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
  let json = try? JSONParser.parse(line)
  if let json, json["op"] != nil || json["format"] != nil { return nil }
  let reference: Result<Opportunity, RecordError>
  if let json {
    do { reference = .success(try RecordCodec.decode(json)) } catch { reference = .failure(error) }
  } else {
    reference = .failure(RecordError("not JSON"))
  }
  let file = Array((FileHeader.line + "\n").utf8) + line + [0x0A]
  let parsed = DataFileParser.parse(file)
  let text = String(decoding: line, as: UTF8.self)
  switch reference {
  case .success(let o):
    if let p = parsed.problem { return "reference reads \(text) but the file reader says: \(p)" }
    guard parsed.store.records == [o] else {
      return
        "file reader and reference disagree on \(text)\nfile:      \(parsed.store.records)\nreference: \(o)"
    }
  case .failure(let e):
    guard parsed.problem != nil else {
      return "reference refuses \(text) (\(e.message)) but the file reader takes it: \(parsed.store.records)"
    }
  }
  return nil
}

// MARK: - FuzzFieldInput

let fuzzFieldConfiguration = Configuration(user: "fuzz", defaultCurrency: "EUR")

/// Typed values: the first byte picks a field, the rest is the text. A value `FieldInput`
/// accepts is accepted by the record and survives its file line; dates, ids, amounts, money
/// and timestamps that parse print as text that parses to the same value.
public func fuzzCheckFieldInput(_ data: [UInt8]) -> String? {
  guard let selector = data.first else { return nil }
  let field = Field.allCases[Int(selector) % Field.allCases.count]
  let text = String(decoding: data.dropFirst(), as: UTF8.self)
  if let value = try? FieldInput.parse(
    field, text, configuration: fuzzFieldConfiguration, today: CalendarDate(daysSinceEpoch: 20_000))
  {
    var o = Opportunity(
      id: OpportunityID(rawValue: "fuzz1") ?? .random(), title: "Fuzz", created: Timestamp(seconds: 0))
    do {
      try field.set(value, in: &o)
    } catch {
      return
        "\(field) input \(text.debugDescription) gives \(value) but the record refuses it: \(error.message)"
    }
    let line = JSONWriter.line(RecordCodec.encode(o))
    let again = try? RecordCodec.decode(JSONParser.parse(line))
    guard again == o else {
      return "\(field) input \(text.debugDescription): record line does not read back: \(line)"
    }
  }
  if let d = CalendarDate(iso: text) {
    guard d.description == text, CalendarDate(iso: d.description) == d else {
      return "date \(text.debugDescription) prints as \(d.description.debugDescription)"
    }
  }
  if let id = OpportunityID(rawValue: text) {
    guard OpportunityID(rawValue: id.rawValue) == id else {
      return "id \(text.debugDescription) does not round-trip"
    }
  }
  for style in NumberStyle.allCases {
    if let a = Money.parseAmount(text, style: style) {
      for back in NumberStyle.allCases where Money.parseAmount(a.amountInput, style: back) != a {
        return
          "amount \(text.debugDescription) is \(a.amountInput) which parses (\(back)) to \(String(describing: Money.parseAmount(a.amountInput, style: back)))"
      }
    }
    if let m = Money.parse(text, defaultCurrency: "EUR", style: style) {
      guard Money.parse(m.input, defaultCurrency: nil, style: .unspecified) == m else {
        return
          "money \(text.debugDescription) prints as \(m.input.debugDescription) which does not parse back"
      }
    }
  }
  if let t = Timestamp(iso: text) {
    guard Timestamp(iso: t.description) == t else {
      return
        "time \(text.debugDescription) prints as \(t.description.debugDescription) which does not parse back"
    }
  }
  return nil
}
