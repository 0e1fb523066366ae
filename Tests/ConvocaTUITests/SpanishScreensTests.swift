import ConvocaCore
import ConvocaTestSupport
import Foundation
import Testing

@testable import ConvocaTUI

/// Issue 11, item 3's gaps: values and numbers the Spanish screens still showed in English.
@Suite struct SpanishScreensTests {
  static func screen(_ keys: [Key], _ language: Language, width: Int = 140) throws -> String {
    let data = TUIFixture.data(OpportunityStore(try DemoData.records(shiftedTo: TUIFixture.today)))
    return Strings.withLanguage(language) {
      var s = TUIFixture.state(data, width: width, height: 30)
      TUIFixture.send(&s, keys, data)
      return TUIFixture.screen(s, data).lines.joined(separator: "\n")
    }
  }

  @Test func dashboardNamesKindsAndAreasAndWritesNumbersInSpanish() throws {
    let es = try Self.screen([.char("3")], .es)
    for word in ["desarrollo urbano", "inclusión", "beca", "alianza", "asistencia técnica"] {
      #expect(es.contains(word), "\(word) missing:\n\(es)")
    }
    for word in ["urban-development", "scholarship", "alliance", "technical "] {
      #expect(!es.contains(word), "\(word) still shown:\n\(es)")
    }
    #expect(es.contains(",5K ") || es.contains(",2M "), "compact amounts with a decimal comma:\n\(es)")
    let en = try Self.screen([.char("3")], .en)
    #expect(en.contains("urban-development") && en.contains("scholarship"))
  }

  @Test func stageMenuAndBoardTotalsAreSpanish() throws {
    let menu = try Self.screen([.char("m")], .es, width: 80)
    for word in ["identificada", "en preparación", "postulada", "ganada", "perdida", "descartada"] {
      #expect(menu.contains(word), "\(word) missing:\n\(menu)")
    }
    #expect(!menu.contains(" preparing "))
    let board = try Self.screen([.char("2")], .es)
    #expect(!board.contains(".7M "), "board totals in English numbers:\n\(board)")
  }

  @Test func textReportNamesStagesKindsAndAreasInSpanish() throws {
    let recs = try DemoData.records(shiftedTo: TUIFixture.today)
    let store = OpportunityStore(recs)
    let s = TUIFixture.state(TUIFixture.data(store))
    let text = Strings.withLanguage(Language.es) {
      PipelineReport(
        store: store, positions: Array(0..<store.count), converter: MoneyConverter(reporting: "USD"),
        context: s.queryContext, period: .thisYear, collectMembers: false
      ).lines(today: TUIFixture.today, filter: "", markdown: false).joined(separator: "\n")
    }
    #expect(text.contains("en preparación") && text.contains("desarrollo urbano") && text.contains("beca"))
    #expect(!text.contains("preparing") && !text.contains("urban-development"))
  }
}
