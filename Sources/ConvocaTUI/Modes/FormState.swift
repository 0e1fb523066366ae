import ConvocaCore

/// The add / edit form: one entry per field, validated as it is typed.
public struct FormState: Hashable, Sendable {
  /// Adding a new opportunity, or editing one.
  public enum Purpose: Hashable, Sendable {
    case add
    case edit(OpportunityID)
  }

  /// One field of the form.
  public struct Entry: Hashable, Sendable {
    /// Which field.
    public var field: Field
    /// The text typed (for kind and area: the chosen value).
    public var editor: LineEditor
    /// What is wrong with the text, if anything.
    public var error: String?

    /// The fields that are chosen from a list rather than typed.
    public var isChoice: Bool { field.descriptor.type == .enumeration }
    /// The field that spans lines (Enter inserts a newline).
    public var isMultiline: Bool { field.descriptor.isMultiline }
  }

  /// The fields the form shows, in the catalogue's form order. Source is kept by imports
  /// and not edited here.
  public static let fields: [Field] = FieldCatalogue.formFields.compactMap(\.field)

  /// What the form is for.
  public var purpose: Purpose
  /// The fields, in `FormState.fields` order.
  public var entries: [Entry]
  /// The field with the cursor.
  public var focus: Int
  /// The text of each field when the form opened (to tell what changed).
  public var initialTexts: [String]
  /// The value of each field when the form opened (sent as `expected`).
  public var original: [Field: JSONValue]
  /// Whether someone else changed the record since the form opened.
  public var changedElsewhere: Bool
  /// Tab completion of the focused field in progress (see `Reducer.completeField`).
  public var completion: FilterEditor.Completion? = nil

  /// A form for a new opportunity (owner filled in with the user's name).
  public static func add(configuration c: Configuration) -> FormState {
    var texts = [Field: String]()
    texts[.kind] = Kind.other.rawValue
    texts[.owner] = c.user
    return FormState(purpose: .add, texts: texts, original: [:])
  }

  /// A form editing `o`; `dateOrder` is the configuration's (how typed dates read back).
  public static func edit(_ o: Opportunity, dateOrder: DateOrder = .unspecified) -> FormState {
    var texts = [Field: String]()
    var original = [Field: JSONValue]()
    for f in fields {
      texts[f] = FormState.text(of: f, in: o, dateOrder: dateOrder)
      original[f] = f.value(in: o)
    }
    return FormState(purpose: .edit(o.id), texts: texts, original: original)
  }

  init(purpose: Purpose, texts: [Field: String], original: [Field: JSONValue]) {
    self.purpose = purpose
    entries = FormState.fields.map { Entry(field: $0, editor: LineEditor(texts[$0] ?? ""), error: nil) }
    initialTexts = entries.map(\.editor.text)
    self.original = original
    focus = 0
    changedElsewhere = false
  }

  /// How a field's value reads in the form (what `FieldInput.parse` takes back).
  public static func text(of f: Field, in o: Opportunity, dateOrder: DateOrder = .unspecified) -> String {
    f.descriptor.inputText(o, dateOrder: dateOrder)
  }

  static func moneyText(_ m: Money) -> String { Formatting.moneyInput(m) }

  /// `current` with the values the form started from (what "unchanged" means for the form).
  public func originalRecord(_ current: Opportunity) -> Opportunity {
    var o = current
    for (f, v) in original { try? f.set(v, in: &o) }
    return o
  }

  /// Whether anything was changed since the form opened.
  public var isDirty: Bool { entries.map(\.editor.text) != initialTexts }

  /// The entry with the cursor.
  public var focused: Entry { entries[max(0, min(focus, entries.count - 1))] }

  /// The id being edited, if editing.
  public var editedID: OpportunityID? {
    if case .edit(let id) = purpose { return id }
    return nil
  }

  /// The index of a field's entry.
  public func index(of f: Field) -> Int? { entries.firstIndex { $0.field == f } }

  /// The text of a field.
  public func text(_ f: Field) -> String { index(of: f).map { entries[$0].editor.text } ?? "" }
}
