extension DirectorReport {
  /// The report's style sheet, inline: A4 pages, a page break before each section after the
  /// first, charts and table rows never cut, nothing wider than the page.
  static let css = """
    @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
      color: #1d2430; margin: 0 auto; padding: 24px; max-width: 980px; line-height: 1.35; }
    h1 { font-size: 19pt; margin: 0 0 4px 0; color: #0f2a4a; }
    h2 { font-size: 14pt; margin: 0 0 10px 0; padding-bottom: 4px; border-bottom: 2px solid #0f2a4a;
      color: #0f2a4a; }
    h3 { font-size: 11.5pt; margin: 16px 0 6px 0; color: #0f2a4a; }
    .subtitle { color: #555e6b; margin: 0 0 18px 0; }
    section { margin: 0 0 28px 0; }
    section + section { break-before: page; page-break-before: always; }
    .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 14px 0; }
    .card { flex: 1 1 150px; border: 1px solid #cfd6e0; border-radius: 6px; padding: 8px 10px;
      background: #f5f7fa; break-inside: avoid; }
    .card .figure { font-size: 16pt; font-weight: bold; color: #0f2a4a; overflow-wrap: anywhere; }
    .card .what { font-size: 9pt; color: #555e6b; }
    figure { margin: 8px 0 16px 0; break-inside: avoid; page-break-inside: avoid; max-width: 100%; }
    figcaption { font-size: 8.5pt; color: #555e6b; margin-top: 2px; }
    svg.chart { display: block; width: 100%; max-width: 720px; height: auto; }
    svg.chart text { font-family: inherit; font-size: 12px; fill: #1d2430; }
    svg.chart text.best { font-weight: bold; }
    svg.chart text.value { fill: #333a45; }
    table { border-collapse: collapse; width: 100%; margin: 4px 0 12px 0; font-size: 9.5pt; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #dde2e9; vertical-align: top;
      overflow-wrap: break-word; }
    th { background: #e8edf3; font-weight: bold; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    td.nw { white-space: nowrap; }
    td.text { overflow-wrap: anywhere; min-width: 6em; }
    td.title { width: 40%; min-width: 12em; }
    td.funder { min-width: 7em; hyphens: auto; }
    td.warn { color: #a11d1d; font-weight: bold; }
    code { font-size: 8.5pt; color: #555e6b; overflow-wrap: anywhere; }
    .note { font-size: 9pt; color: #555e6b; }
    .empty { color: #555e6b; font-style: italic; }
    @media print {
      body { padding: 0; max-width: none; font-size: 10pt; }
      table { font-size: 8.5pt; }
      th, td { padding: 3px 4px; }
    }
    """
}
