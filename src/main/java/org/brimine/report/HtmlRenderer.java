package org.brimine.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders summaries as self-contained HTML pages with inline SVG charts. Every string from a
 * document is escaped, and marked {@code lang=zh} where it is Chinese (see {@link TextLanguage}).
 */
public final class HtmlRenderer {
  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
      margin:0 auto;max-width:980px;padding:1rem 1.25rem;color:#1a202c;line-height:1.5}
      h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:1.8rem;
      border-bottom:2px solid #e2e8f0;padding-bottom:.2rem}
      .muted{color:#4a5568}.stat{display:inline-block;margin-right:2rem}
      .stat b{display:block;font-size:1.6rem;color:#2b6cb0}
      table{border-collapse:collapse;width:100%;font-size:.92rem}
      th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e2e8f0;vertical-align:top}
      th{background:#f7fafc}td.num,th.num{text-align:right;white-space:nowrap}
      blockquote{margin:.6rem 0;padding:.5rem .8rem;border-left:4px solid #2b6cb0;
      background:#f7fafc}blockquote .src{font-size:.85rem;color:#4a5568;margin-top:.3rem}
      .terms{font-size:.8rem;color:#2f855a}.chart svg{width:100%;max-width:760px;height:auto}
      .scroll{overflow-x:auto}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:1rem}
      .grid ul{margin:.2rem 0;padding-left:1.1rem}a{color:#2b6cb0}
      .tag{display:inline-block;background:#edf2f7;border-radius:3px;padding:0 .35rem;
      margin:.1rem;font-size:.8rem}
      @media (max-width:600px){body{padding:.6rem}.stat{margin-right:1rem}
      table{font-size:.82rem}}
      """;

  /** How many papers the page lists. */
  private static final int PAPER_ROWS = 25;

  private final String paperLinkBase;

  /** @param paperLinkBase the URL a paper id is appended to, such as "/papers/" */
  public HtmlRenderer(String paperLinkBase) {
    this.paperLinkBase = paperLinkBase;
  }

  /** A theme summary as a page. */
  public String render(ThemeSummary s) {
    StringBuilder h = page("Theme summary: " + s.label());
    h.append("<h1").append(lang(s.label())).append(">").append(e(s.label()))
        .append("</h1><p class=muted").append(lang(s.description())).append(">")
        .append(e(s.description())).append("</p>");
    scope(h, s.query(), s.years());
    h.append("<h2>Overview</h2>")
        .append(stat(Integer.toString(s.overview().papers()), "papers carry the theme"))
        .append(stat(percent(s.overview().share()), "of " + s.overview().corpusPapers()
            + " papers"));
    h.append("<h2>Trend</h2><div class=chart>").append(Charts.svg(Charts.trend(s)))
        .append("</div>");
    papers(h, s.papers(), s.overview().papers());
    h.append("<h2>Evidence</h2>");
    for (ThemeSummary.Evidence ev : s.evidence()) {
      h.append("<blockquote><span").append(lang(ev.text())).append(">").append(e(ev.text()))
          .append("</span><div class=src>").append(link(
          ev.paperId(), ev.paperTitle())).append(" <span class=terms>")
          .append(e(String.join(", ", ev.terms()))).append("</span></div></blockquote>");
    }
    h.append("<h2>Entities</h2><div class=grid>");
    for (Map.Entry<String, List<ThemeSummary.Count>> type : s.entities().entrySet()) {
      if (!type.getValue().isEmpty()) {
        h.append("<div><b>").append(e(type.getKey())).append("</b><ul>");
        type.getValue().forEach(c -> h.append("<li>").append(TextLanguage.marked(c.name()))
            .append(" <span "
            + "class=muted>(").append(c.count()).append(")</span></li>"));
        h.append("</ul></div>");
      }
    }
    h.append("</div><h2>Keyphrases the taxonomy does not name</h2><p>");
    s.keyphrases().forEach(k -> h.append("<span class=tag").append(lang(k.phrase())).append(">")
        .append(e(k.phrase()))
        .append(" (").append(k.papers()).append(")</span> "));
    h.append("</p><h2>Co-occurring themes</h2><div class=chart>")
        .append(Charts.svg(Charts.cooccurrence(s))).append("</div>");
    h.append("<h2>Citation links among these papers</h2>");
    if (s.citations().isEmpty()) {
      h.append("<p class=muted>None: no paper of this theme cites another one.</p>");
    } else {
      h.append("<ul>");
      s.citations().forEach(c -> h.append("<li>").append(link(c.from(), c.from()))
          .append(" cites ").append(link(c.to(), c.to())).append("</li>"));
      h.append("</ul>");
    }
    return h.append("</body></html>\n").toString();
  }

  /** The five lines side by side. */
  public String render(CorpusSummary c) {
    StringBuilder h = page("Connectivity lines: corpus summary");
    h.append("<h1>The five connectivity lines</h1>");
    scope(h, c.query(), c.years());
    h.append("<p class=muted>").append(c.corpusPapers()).append(" papers.</p>");
    h.append("<div class=scroll><table><tr><th>line</th><th class=num>papers</th>"
        + "<th class=num>share</th><th>top institutions</th><th>top countries</th></tr>");
    for (ThemeSummary l : c.lines()) {
      h.append("<tr><td").append(lang(l.label())).append(">").append(e(l.label()))
          .append("</td><td class=num>")
          .append(l.overview().papers()).append("</td><td class=num>")
          .append(percent(l.overview().share())).append("</td><td>")
          .append(TextLanguage.marked(names(l.entities().get("institutions"))))
          .append("</td><td>")
          .append(TextLanguage.marked(names(l.entities().get("countries")))).append("</td></tr>");
    }
    h.append("</table></div><h2>Trends</h2><div class=chart>")
        .append(Charts.svg(Charts.corpusTrend(c))).append("</div>")
        .append("<h2>Which lines are discussed together</h2><div class=chart>")
        .append(Charts.svg(Charts.heatMap(c))).append("</div>");
    return h.append("</body></html>\n").toString();
  }

  private void papers(StringBuilder h, List<ThemeSummary.PaperRow> rows, int carrying) {
    h.append("<h2>Papers</h2><p class=muted>Ranked by the theme's share of each paper");
    if (carrying > PAPER_ROWS) {
      h.append("; the first ").append(Math.min(PAPER_ROWS, rows.size())).append(" of ")
          .append(carrying).append(" (the JSON summary lists the first ").append(rows.size())
          .append(')');
    }
    h.append(".</p><div class=scroll><table><tr><th>paper</th><th class=num>year</th>"
        + "<th>venue</th><th class=num>weight</th><th>other themes</th></tr>");
    for (ThemeSummary.PaperRow r : rows.subList(0, Math.min(PAPER_ROWS, rows.size()))) {
      h.append("<tr><td>").append(link(r.id(), r.title())).append("</td><td class=num>")
          .append(r.year() == null ? "" : r.year()).append("</td><td")
          .append(lang(r.venue())).append(">").append(e(r.venue()))
          .append("</td><td class=num>").append(percent(r.weight())).append("</td><td>")
          .append(e(String.join(", ", r.otherThemes()))).append("</td></tr>");
    }
    h.append("</table></div>");
  }

  private static StringBuilder page(String title) {
    return new StringBuilder(64 * 1024).append("<!DOCTYPE html><html lang=en><head>"
        + "<meta charset=utf-8><meta name=viewport content=\"width=device-width,"
        + "initial-scale=1\"><title>").append(e(title)).append("</title><style>").append(CSS)
        .append("</style></head><body>");
  }

  private static void scope(StringBuilder h, String query, String years) {
    if (query != null || years != null) {
      h.append("<p class=muted>Papers matching ")
          .append(query == null ? "all papers" : "<code>" + e(query) + "</code>")
          .append(years == null ? "" : ", years " + e(years)).append(".</p>");
    }
  }

  private String link(String id, String text) {
    return "<a href=\"" + e(paperLinkBase + Html.urlSegment(id)) + "\"" + lang(text) + ">"
        + e(text) + "</a>";
  }

  /** The {@code lang} attribute of an element showing this text, or nothing (English). */
  private static String lang(String text) {
    return TextLanguage.attribute(text);
  }

  private static String stat(String value, String label) {
    return "<span class=stat><b>" + e(value) + "</b>" + e(label) + "</span>";
  }

  private static String names(List<ThemeSummary.Count> counts) {
    return counts == null ? "" : String.join(", ",
        counts.stream().limit(3).map(ThemeSummary.Count::name).toList());
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static String e(String s) {
    return Html.escape(s);
  }
}
