import Foundation
import Testing

@testable import ConvocaCore

/// Keeps `Resources/strings/es.json` in step with the strings in the source: every key used
/// has a Spanish entry, no entry is stale, and each keeps the placeholders of its English text.
@Suite struct TranslationTests {
  /// The package root, three levels above this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every `t("key"` in the sources, with the English text when it follows as a literal
  /// (`t("key", "English"`, possibly over several lines); nil when it cannot be extracted.
  static let sourceStrings: [String: String?] = {
    let pattern = #"(?<![A-Za-z0-9_.])t\(\s*"((?:[^"\\]|\\.)*)"(?:\s*,\s*"((?:[^"\\]|\\.)*)")?"#
    let regex = try! NSRegularExpression(pattern: pattern)
    var out: [String: String?] = [:]
    let sources = root.appendingPathComponent("Sources")
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
    for case let url as URL in files where url.pathExtension == "swift" {
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      let ns = text as NSString
      for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
        let key = unescape(ns.substring(with: m.range(at: 1)))
        // `t("field." + name, name)`: a dynamic prefix, filled in by `dynamicKeys`.
        if key.hasSuffix(".") { continue }
        let english =
          m.range(at: 2).location == NSNotFound ? nil : unescape(ns.substring(with: m.range(at: 2)))
        if out[key] == nil || english != nil { out[key] = english }
      }
    }
    return out
  }()

  /// Keys built at run time: field labels and sort-field names.
  static var dynamicKeys: Set<String> {
    var keys = Set(Field.allCases.map { "field." + $0.rawValue })
    for name in ["id", "stage", "notes", "history", "created", "updated"] { keys.insert("field." + name) }
    for f in SortField.allCases { keys.insert("tui.sort." + f.rawValue) }
    for c in ListTable.Column.allCases { keys.insert("column." + c.rawValue) }
    for d in FieldCatalogue.all { keys.insert("field." + d.name) }
    for (field, entries) in SpanishValues.table {
      for e in entries { keys.insert("value." + field + "." + e.value) }
    }
    return keys
  }

  static func unescape(_ s: String) -> String {
    var out = ""
    var escaped = false
    for ch in s {
      if escaped {
        switch ch {
        case "n": out.append("\n")
        case "t": out.append("\t")
        default: out.append(ch)
        }
        escaped = false
      } else if ch == "\\" {
        escaped = true
      } else {
        out.append(ch)
      }
    }
    return out
  }

  static func placeholders(_ s: String) -> Set<String> {
    let regex = try! NSRegularExpression(pattern: #"\{\d+\}"#)
    let ns = s as NSString
    return Set(
      regex.matches(in: s, range: NSRange(location: 0, length: ns.length)).map {
        ns.substring(with: $0.range)
      })
  }

  static func spanish() throws -> [String: String] {
    let data = try Data(contentsOf: root.appendingPathComponent("Resources/strings/es.json"))
    let object = try JSONSerialization.jsonObject(with: data)
    return try #require(object as? [String: String], "es.json must map keys to strings")
  }

  @Test func spanishTableParses() throws {
    let es = try Self.spanish()
    #expect(!es.isEmpty)
  }

  @Test func everySourceKeyIsTranslated() throws {
    let es = try Self.spanish()
    #expect(Self.sourceStrings.count > 200, "the key scan found too few keys")
    let used = Set(Self.sourceStrings.keys).union(Self.dynamicKeys)
    let missing = used.subtracting(es.keys).sorted()
    #expect(missing.isEmpty, "keys without a Spanish text: \(missing)")
    let empty = es.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.keys.sorted()
    #expect(empty.isEmpty, "empty Spanish texts: \(empty)")
  }

  @Test func noStaleKeys() throws {
    let es = try Self.spanish()
    let used = Set(Self.sourceStrings.keys).union(Self.dynamicKeys)
    let stale = Set(es.keys).subtracting(used).sorted()
    #expect(stale.isEmpty, "es.json keys no longer used in the source: \(stale)")
  }

  @Test func placeholdersMatchTheEnglish() throws {
    let es = try Self.spanish()
    var checked = 0
    for (key, english) in Self.sourceStrings {
      guard let english, let spanish = es[key] else { continue }
      checked += 1
      #expect(
        Self.placeholders(spanish) == Self.placeholders(english),
        "\(key): '\(spanish)' has placeholders \(Self.placeholders(spanish).sorted()), English '\(english)' has \(Self.placeholders(english).sorted())"
      )
    }
    #expect(checked > 200, "too few English texts were extracted to compare")
  }

  @Test func spanishTableIsUsedByT() {
    let table = Strings.translation(for: "es")
    #expect(table["tui.menu.sort"] == "Ordenar por")
    #expect(Strings.t("tui.count", "{0} of {1}", ["3", "12"], table: table) == "3 de 12")
    #expect(Strings.t("field.deadline", "deadline", [], table: table) == "cierre")
    // A key the table lacks falls back to the English text.
    #expect(Strings.t("no.such.key", "English {0}", ["x"], table: table) == "English x")
  }
}
