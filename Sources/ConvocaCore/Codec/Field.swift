/// The fields a command can set, named as in the file and on the command line: the keys of
/// the editable entries of `FieldCatalogue`, which holds everything else about them. Stage,
/// notes and history change only through moves and notes; id, created and updated are kept
/// by the store.
public enum Field: String, CaseIterable, Sendable, Hashable {
  case title, kind, funder, program, country, area, deadline, decision, amount, awarded, probability,
    owner, beneficiary, tags, url, contact, description, source

  /// The field's entry in the catalogue.
  public var descriptor: FieldDescriptor { FieldCatalogue.descriptor(self) }

  /// The field's value in `o`, as JSON (`null` when unset).
  public func value(in o: Opportunity) -> JSONValue { descriptor.value(o) }

  /// Whether the field holds nothing in `o` (such fields are left out of the file).
  public func isEmpty(in o: Opportunity) -> Bool { descriptor.isEmpty(in: o) }

  /// Sets the field in `o` from JSON; throws when the value has the wrong shape.
  public func set(_ v: JSONValue, in o: inout Opportunity) throws(RecordError) {
    try descriptor.decode(v, into: &o)
  }
}

/// A record or journal line that does not have the expected shape.
public struct RecordError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// Creates the error.
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
