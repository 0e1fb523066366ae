// libFuzzer harness: values typed on the command line or in a form. Build and run with Fuzz/run.sh.
import ConvocaCore
import Foundation

// BEGIN CHECKS FuzzFieldInput — keep identical to Tests/ConvocaCoreTests/FuzzRegressionTests.swift
let fuzzFieldConfiguration = Configuration(user: "fuzz", defaultCurrency: "EUR")

/// Typed values: the first byte picks a field, the rest is the text. A value `FieldInput`
/// accepts is accepted by the record and survives its file line; dates, ids, amounts, money
/// and timestamps that parse print as text that parses to the same value.
func fuzzCheckFieldInput(_ data: [UInt8]) -> String? {
  guard let selector = data.first else { return nil }
  let field = Field.allCases[Int(selector) % Field.allCases.count]
  let text = String(decoding: data.dropFirst(), as: UTF8.self)
  if let value = try? FieldInput.parse(field, text, configuration: fuzzFieldConfiguration) {
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
  if let a = Money.parseAmount(text) {
    guard Money.parseAmount(a.description) == a else {
      return
        "amount \(text.debugDescription) is \(a.description) which parses to \(String(describing: Money.parseAmount(a.description)))"
    }
  }
  if let m = Money.parse(text, defaultCurrency: "EUR") {
    guard Money.parse(m.description, defaultCurrency: nil) == m else {
      return
        "money \(text.debugDescription) prints as \(m.description.debugDescription) which does not parse back"
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
// END CHECKS FuzzFieldInput

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFieldInputEntry(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let failure = fuzzCheckFieldInput(bytes) { fatalError(failure) }
  return 0
}
