import Foundation

extension FieldDescriptor {
  /// How the value reads for a person (detail rows, list cells): dates with the days left
  /// where the field counts down, amounts grouped, the probability in effect. Raw: not yet
  /// sanitised.
  public func displayText(_ o: Opportunity, today: CalendarDate) -> String {
    switch access {
    case .date(let l) where countsDown:
      return Formatting.deadline(l.get(o), open: o.awaitsApplication, today: today)
    case .money(let l): return Formatting.money(l.get(o))
    case .date(let l): return l.get(o).map(Formatting.date) ?? ""
    case .probability: return String(o.probability) + "%"
    case .kind: return Strings.valueName("kind", o.kind.rawValue)
    case .stage: return Strings.valueName("stage", o.stage.rawValue)
    case .area: return o.area.map { Strings.valueName("area", $0.rawValue) } ?? ""
    default: return exportText(o)
    }
  }

  /// The text of a list cell: `displayText`, the money the cell shows for a money field, the
  /// day alone for an instant; a countdown compact (`2026-12-05 (6d)`, `05/12/2026 (6 d)`) as
  /// the column is narrow.
  public func cellText(_ o: Opportunity, today: CalendarDate) -> String {
    switch access {
    case .date(let l) where countsDown:
      return Formatting.deadline(l.get(o), open: o.awaitsApplication, today: today, width: .compact)
    case .money: return Formatting.money(cellMoney(o))
    case .timestamp(let l): return Formatting.date(l.get(o).utcDate)
    default: return displayText(o, today: today)
    }
  }

  /// For a money column, the amount the cell shows: `cellPrefers`' when set, else its own.
  public func cellMoney(_ o: Opportunity) -> Money? {
    guard case .money(let l) = access else { return nil }
    return cellPrefers?.get(o) ?? l.get(o)
  }

  /// The value for other programs (CSV, TSV cells): dates in ISO form, amounts as
  /// `1250000 EUR`, enumerated words by name, tags joined by `, `. Raw: not yet sanitised.
  public func exportText(_ o: Opportunity) -> String {
    switch access {
    case .id: return o.id.rawValue
    case .text(let l): return l.get(o)
    case .kind: return o.kind.rawValue
    case .stage: return o.stage.rawValue
    case .area: return o.area?.rawValue ?? ""
    case .date(let l): return l.get(o)?.description ?? ""
    case .money(let l): return l.get(o).map { "\($0.amount) \($0.currency)" } ?? ""
    case .probability: return String(o.probability)
    case .tags: return o.tags.joined(separator: ", ")
    case .notes: return o.notes.map(\.text).joined(separator: "\n")
    case .history: return o.history.map { $0.from + " → " + $0.to }.joined(separator: "\n")
    case .timestamp(let l): return l.get(o).description
    case .source: return o.source.map { $0.system + ":" + $0.id } ?? ""
    case .flag(let l): return l.get(o) ? "true" : ""
    }
  }

  /// How the value reads in the form: what `parse` takes back unchanged under `dateOrder`
  /// (the configuration's): dates and amounts as the language in force writes them
  /// (`15/03/2027`, `1.500.000 COP` in Spanish).
  public func inputText(_ o: Opportunity, dateOrder: DateOrder = .unspecified) -> String {
    switch access {
    case .money(let l): return l.get(o).map(Formatting.moneyInput) ?? ""
    case .date(let l): return l.get(o).map { Formatting.dateInput($0, order: dateOrder) } ?? ""
    case .probability: return o.probabilityOverride.map(String.init) ?? ""
    case .tags: return o.tags.joined(separator: ", ")
    default: return FieldText.display(value(o))
    }
  }

  /// The values a form offers to choose from, for an enumerated field (area may be empty).
  public func choices(_ vocabulary: Vocabulary) -> [String]? {
    switch access {
    case .kind: return vocabulary.kinds.map(\.rawValue)
    case .area: return [""] + vocabulary.areas.map(\.rawValue)
    case .stage: return Stage.allCases.map(\.rawValue)
    default: return nil
    }
  }

  /// Parses what a person typed for this field (command line, form, import) into the
  /// field's JSON value, by the field's type: empty text clears optional fields; `today`
  /// anchors typed dates such as `tomorrow` or `+6w` (see `DateInput`).
  public func parse(_ text: String, configuration c: Configuration, today: CalendarDate)
    throws(FieldInputError) -> JSONValue
  {
    guard let f = field else { throw FieldInputError(.title, Strings.inputNotEditable(name)) }
    // Multi-line text is taken as typed: trimming a 10 MB description on every keystroke in
    // the tracker's form would freeze it.
    if isMultiline { return .string(text) }
    let t = FieldInput.trimmingSpaces(text)
    switch access {
    case .text:
      if isRequired && t.isEmpty { throw FieldInputError(f, Strings.inputTitleRequired) }
      guard !FieldInput.hasNewline(t) else { throw FieldInputError(f, Strings.inputOneLine) }
      return .string(t)
    case .kind:
      guard let k = c.vocabulary.kind(t) else {
        throw FieldInputError(f, Strings.inputUnknown(t, c.vocabulary.kinds.map(\.rawValue)))
      }
      return .string(k.rawValue)
    case .area:
      if t.isEmpty { return .null }
      guard let a = c.vocabulary.area(t) else {
        throw FieldInputError(f, Strings.inputUnknown(t, c.vocabulary.areas.map(\.rawValue)))
      }
      return .string(a.rawValue)
    case .date:
      if t.isEmpty { return .null }
      do throws(DateInputError) {
        return .string(
          try DateInput.parse(t, today: today, order: Formatting.inputOrder(c.dateOrder)).description)
      } catch {
        throw FieldInputError(f, error.message)
      }
    case .money:
      guard let m = try FieldInput.money(f, t, configuration: c) else { return .null }
      return RecordCodec.encode(money: m)
    case .probability:
      if t.isEmpty { return .null }
      guard let p = Int(t.hasSuffix("%") ? String(t.dropLast()) : t), (0...100).contains(p) else {
        throw FieldInputError(f, Strings.inputBadProbability(t))
      }
      return .number(String(p))
    case .tags:
      let tags = t.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
      return .array(tags.map(JSONValue.string))
    case .source:
      if t.isEmpty { return .null }
      guard let colon = t.firstIndex(of: ":"), colon != t.startIndex, t.index(after: colon) != t.endIndex
      else { throw FieldInputError(f, Strings.inputBadSource) }
      return .object([
        ("system", .string(String(t[..<colon]))), ("id", .string(String(t[t.index(after: colon)...]))),
      ])
    case .id, .stage, .notes, .history, .timestamp, .flag:
      throw FieldInputError(f, Strings.inputNotEditable(name))
    }
  }
}

extension Strings {
  static func inputNotEditable(_ name: String) -> String {
    t("input.notEditable", "{0} is not edited directly", name)
  }
}
