import Foundation
import Testing

@testable import ConvocaCore

/// The director's report (`convoca report --format html|md`) on ReportFixture: every section,
/// the PipelineReport's own figures, escaping, partial totals, an empty store and Spanish.
@Suite struct DirectorReportTests {
  func director(_ period: ReportPeriod = .thisYear, store: OpportunityStore? = nil, filter: String = "")
    -> DirectorReport
  {
    let s = store ?? ReportFixture.store
    let r = PipelineReport(
      store: s, positions: ReportFixture.rows(s, filter: filter), converter: ReportFixture.converter,
      context: ReportFixture.context, period: period, collectMembers: true)
    return DirectorReport(report: r, store: s, today: ReportFixture.today, filter: filter, utcOffset: 0)
  }

  func count(_ s: String, _ needle: String) -> Int { s.components(separatedBy: needle).count - 1 }

  @Test func htmlHasEverySectionChartAndTable() {
    let d = director()
    let h = d.html
    #expect(h.hasPrefix("<!DOCTYPE html>"))
    for id in ["summary", "pipeline", "deadlines", "owners"] { #expect(h.contains("<section id=\"\(id)\">")) }
    #expect(h.contains("<h1>Pipeline report — this year (2026), totals in USD</h1>"))
    #expect(h.contains("<title>Pipeline report — this year (2026), totals in USD · 10 June 2026</title>"))
    #expect(h.contains("Generated on 10 June 2026"))
    #expect(count(h, "<svg") == 3)  // won per year, by stage, by area
    #expect(h.contains("viewBox=") && h.contains("width=\"100%\""))
    // Self-contained: no script, no external asset.
    #expect(!h.lowercased().contains("<script"))
    #expect(!h.contains("http://") && !h.contains("https://") && !h.contains("src="))
    // Printing on A4: page size, breaks between sections, charts and rows never cut.
    #expect(h.contains("@page { size: A4;"))
    #expect(h.contains("section + section { break-before: page;"))
    #expect(h.contains("figure { margin: 8px 0 16px 0; break-inside: avoid;"))
    #expect(h.contains("tr { break-inside: avoid;"))
  }

  @Test func htmlShowsThePipelineReportsFigures() {
    let d = director()
    let r = d.report
    let h = d.html
    for s in r.stages {
      let row =
        "<tr><td>\(s.stage.rawValue)</td><td class=\"num\">\(s.figure.count)</td><td class=\"num\">"
        + HTMLText.escape(DirectorReport.money(s.figure.total)) + "</td>"
      #expect(h.contains(row), "\(row)")
    }
    #expect(h.contains(">1,000 USD</td>"))  // preparing, as PipelineReportTests works it out
    #expect(h.contains(">" + PipelineReport.percent(r.winRateByCount) + "</div>"))
    for o in r.owners where !o.name.isEmpty { #expect(h.contains("<td>\(HTMLText.escape(o.name))</td>")) }
    // The deadlines table lists due30's calls by deadline; the stale table, stale's.
    let due = r.due30.members.map { ReportFixture.store.records[$0].title }
    #expect(due.count == 3)
    let at = ["Call a2", "Call p1", "Call i2"].map {
      h.range(of: "<td class=\"text title\">" + $0 + "</td>")?.lowerBound
    }
    #expect(at.allSatisfy { $0 != nil })
    #expect(at[0]! < at[1]! && at[1]! < at[2]!)
    #expect(d.upcoming.map(\.title).sorted() == due.sorted())
    #expect(d.staleItems.map(\.id) == r.stale.members.map { ReportFixture.store.records[$0].id.rawValue })
    #expect(
      h.contains(
        "<td class=\"nw\">12 Jun 2026</td><td class=\"num\">2</td><td class=\"text title\">Call a2</td>"))
  }

  @Test func partialTotalsAreMarkedAsTheDashboardMarksThem() {
    // Over 12 months w3's 1000 KRW has no rate: won is partial.
    let d = director(.last12Months)
    #expect(d.report.won.total.isPartial)
    let h = d.html
    let won = DirectorReport.money(d.report.won.total)
    #expect(won.hasSuffix("*") && won.contains("KRW"))
    #expect(h.contains(HTMLText.escape(won)))
    #expect(h.contains("* " + Strings.partialTotal(["KRW"])))
    #expect(d.markdown.contains(DirectorReport.md("* " + Strings.partialTotal(["KRW"]))))
    // Complete totals carry no mark.
    #expect(!DirectorReport.money(d.report.stages[1].figure.total).hasSuffix("*"))
  }

  @Test func textIsEscapedInHTMLAndMarkdown() {
    var recs = ReportFixture.records
    recs[9].title = "<script>alert('x')</script> & \"q\" | pipe"
    recs[9].owner = "Ana | <b>Gómez</b>"
    recs[9].funder = "\u{1b}[31mRed"
    var s = OpportunityStore(recs)
    s.team = ReportFixture.store.team
    let d = director(store: s)
    let h = d.html
    #expect(!h.lowercased().contains("<script"))
    #expect(!h.contains("<b>"))
    #expect(h.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; | pipe"))
    #expect(h.contains("Ana | &lt;b&gt;Gómez&lt;/b&gt;"))
    #expect(!h.contains("\u{1b}"))
    let m = d.markdown
    #expect(!m.contains("<script") && !m.contains("<b>") && !m.contains("\u{1b}"))
    #expect(m.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"q\" \\| pipe"))
    #expect(m.contains("| Ana \\| &lt;b&gt;Gómez&lt;/b&gt; |"))
    // Every table row has as many unescaped pipes as its header.
    for line in m.split(separator: "\n") where line.hasPrefix("| ") {
      let bare = line.replacingOccurrences(of: "\\|", with: "")
      #expect(count(bare, "|") >= 3, "\(line)")
    }
    #expect(HTMLText.escape("a\"b'c<d>&") == "a&quot;b&#39;c&lt;d&gt;&amp;")
  }

  @Test func markdownHasTheSameSectionsAsTables() {
    let d = director()
    let m = d.markdown
    #expect(m.hasPrefix("# Pipeline report — this year (2026), totals in USD\n"))
    for heading in [
      "## Summary", "### Money won per year", "## Pipeline", "### Pipeline by stage", "### Pipeline by area",
      "### By kind", "## Deadlines", "### Upcoming deadlines (next 30 days)", "### Stale calls",
      "## Per owner",
    ] {
      #expect(m.contains("\n" + heading + "\n"), "\(heading)")
    }
    #expect(m.contains("| stage | calls | total | weighted | query |"))
    #expect(m.contains("| preparing | 1 | 1,000 USD | 300 USD | `stage:preparing` |"))
    #expect(m.contains("| 12 Jun 2026 | 2 | Call a2 |"))
    #expect(m.contains("- Win rate by count (1/2 decided): **50%**"))
    // Filtered: each query carries the filter.
    let f = director(filter: "owner:luis").markdown
    #expect(f.contains("`owner:luis stage:applied`"))
  }

  @Test func anEmptyStoreRendersEverySection() {
    var s = OpportunityStore([])
    s.team.reportingCurrency = "USD"
    let d = director(store: s)
    let h = d.html
    #expect(d.report.callCount == 0)
    #expect(h.contains("<section id=\"owners\">") && h.hasSuffix("</html>\n"))
    #expect(h.contains("Nothing to show."))
    #expect(count(h, "<svg") == 1)  // the stage chart: every stage, at zero
    #expect(h.contains(">—</div>"))  // no win rate
    let m = d.markdown
    #expect(m.contains("## Per owner\n\n_Nothing to show._"))
  }

  @Test func limitCountsTheCallsLeftOut() {
    let s = ReportFixture.store
    let r = PipelineReport(
      store: s, positions: ReportFixture.rows(s), converter: ReportFixture.converter,
      context: ReportFixture.context, period: .thisYear, collectMembers: true)
    let d = DirectorReport(
      report: r, store: s, today: ReportFixture.today, filter: "", utcOffset: 0, limit: 1)
    #expect(d.upcoming.map(\.title) == ["Call a2"])
    #expect(d.html.contains("… and 2 more: convoca list is:open due&lt;30d"))
    #expect(d.markdown.contains("… and 2 more: convoca list is:open due&lt;30d"))
  }

  @Test func spanishLabelsNumbersAndDates() {
    Strings.withLanguage("es") {
      let d = director()
      let h = d.html
      #expect(h.contains("<html lang=\"es\">"))
      #expect(h.contains("<h1>Informe de convocatorias — este año (2026), totales en USD</h1>"))
      #expect(h.contains("Generado el 10 de junio de 2026"))
      #expect(h.contains(">Resumen</h2>") && h.contains(">Por responsable</h2>"))
      #expect(h.contains(">1.000 USD</td>"))  // preparing, with Spanish separators
      #expect(h.contains("<td class=\"nw\">12 jun 2026</td>"))
      let m = d.markdown
      #expect(m.contains("## Resumen") && m.contains("| etapa | convocatorias |"))
      #expect(DirectorReport.localized("1,250,000.5") == "1.250.000,5")
    }
    #expect(DirectorReport.localized("1,250,000.5") == "1,250,000.5")
  }
}
