import Foundation
import Testing

@testable import ConvocaCore

/// Issue 11, item 3: queries in Spanish as well as English, mixed freely and accents ignored.
@Suite struct SpanishQueryTests {
  @Test func theIssuesSpanishQuerySelectsWhatItsEnglishTwinDoes() throws {
    let es = try QueryFixture.ids(
      "tipo:beca,subvencion etapa:identificada,postulada área:educación vence<30d")
    let en = try QueryFixture.ids("kind:scholarship,grant stage:identified,applied area:education due<30d")
    #expect(es == en)
    #expect(try QueryFixture.ids("responsable:yo") == QueryFixture.ids("owner:me"))
    #expect(try QueryFixture.ids("es:abierta") == QueryFixture.ids("is:open"))
    #expect(try QueryFixture.ids("es:vencida") == QueryFixture.ids("is:overdue"))
    #expect(try QueryFixture.ids("tiene:monto") == QueryFixture.ids("has:amount"))
    #expect(try QueryFixture.ids("sin:responsable") == QueryFixture.ids("no:owner"))
    #expect(try QueryFixture.ids("vence:hoy") == QueryFixture.ids("due:today"))
    #expect(try QueryFixture.ids("vence:semana") == QueryFixture.ids("due:week"))
    #expect(try QueryFixture.ids("vence:mes") == QueryFixture.ids("due:month"))
    #expect(try QueryFixture.ids("vence:año") == QueryFixture.ids("due:thisyear"))
    #expect(try QueryFixture.ids("vence:ano") == QueryFixture.ids("due:thisyear"))
    #expect(try QueryFixture.ids("vence<4s") == QueryFixture.ids("due<4w"))
    // Mixed freely.
    #expect(try QueryFixture.ids("kind:premio etapa:dropped") == QueryFixture.ids("kind:award stage:dropped"))
  }

  /// The error `q` gives, if any.
  static func failure(_ q: String) -> QueryError? {
    do throws(QueryError) {
      _ = try Query.parse(q)
      return nil
    } catch {
      return error
    }
  }

  @Test func errorsSuggestInTheUsersLanguage() {
    Strings.withLanguage("es") {
      let a = Self.failure("tpo:beca")
      #expect(a?.detail == "campo desconocido 'tpo' — ¿quiso decir 'tipo'?")
      let b = Self.failure("etapa:postulda")
      #expect(b?.suggestion == "postulada")
      #expect(b?.detail.contains("etapa") == true)
    }
    Strings.withLanguage("en") {
      let c = Self.failure("knd:award")
      #expect(c?.suggestion == "kind")
    }
  }

  @Test func completionOffersTheUsersLanguageFirst() {
    Strings.withLanguage("es") {
      #expect(QueryVocabulary.complete("ti", cursor: 2).first == "tipo:")
      #expect(QueryVocabulary.complete("etapa:pos", cursor: 9) == ["etapa:postulada"])
      #expect(QueryVocabulary.complete("es:ab", cursor: 5) == ["es:abierta"])
      #expect(QueryVocabulary.values(for: "tipo").first == "subvencion")
    }
    Strings.withLanguage("en") {
      #expect(QueryVocabulary.values(for: "kind").first == "grant")
      #expect(QueryVocabulary.complete("stage:app", cursor: 9) == ["stage:applied"])
    }
  }

  /// Generated queries, and the same queries with every word put into Spanish, select the
  /// same records of the sample list.
  @Test func generatedQueriesAndTheirSpanishTwinsSelectTheSameRecords() throws {
    let pairs: [(String, String)] = [
      ("kind:grant", "tipo:subvencion"), ("kind:scholarship", "tipo:beca"), ("kind:award", "tipo:premio"),
      ("kind:network", "tipo:red"), ("kind:technical", "tipo:\"asistencia técnica\""),
      ("stage:identified", "etapa:identificada"), ("stage:preparing", "etapa:preparacion"),
      ("stage:applied", "etapa:postulada"), ("stage:won", "etapa:ganada"), ("stage:lost", "etapa:perdida"),
      ("stage:dropped", "etapa:descartada"), ("area:urban-development", "área:\"desarrollo urbano\""),
      ("area:education-culture", "area:educacion"), ("area:innovation", "área:innovación"),
      ("is:open", "es:abierta"), ("is:closed", "es:cerrada"), ("is:overdue", "es:vencida"),
      ("is:stale", "es:estancada"), ("has:amount", "tiene:monto"), ("no:owner", "sin:responsable"),
      ("has:tag", "tiene:etiquetas"), ("due<30d", "vence<30d"), ("due:month", "cierre:mes"),
      ("due:week", "vence:semana"), ("due>today", "vence>hoy"), ("created:thisyear", "creada:año"),
      ("owner:me", "responsable:yo"), ("funder:jica", "financiador:jica"), ("amount>100000", "monto>100000"),
    ]
    var g = SeededGenerator(seed: 11)
    for _ in 0..<300 {
      var en: [String] = []
      var es: [String] = []
      for _ in 0..<Int.random(in: 1...3, using: &g) {
        let p = pairs[Int.random(in: 0..<pairs.count, using: &g)]
        let neg = Bool.random(using: &g) && Bool.random(using: &g) ? "-" : ""
        en.append(neg + p.0)
        es.append(neg + p.1)
      }
      let glue = Bool.random(using: &g) ? " " : " OR "
      let qe = en.joined(separator: glue)
      let qs = es.joined(separator: glue)
      #expect(try QueryFixture.ids(qs) == QueryFixture.ids(qe), "\(qs) ≠ \(qe)")
    }
  }
}
