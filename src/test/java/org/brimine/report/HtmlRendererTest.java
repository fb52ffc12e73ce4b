package org.brimine.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.brimine.maps.BurstReport;
import org.junit.jupiter.api.Test;

/** The HTML summaries escape every string of the documents they show. */
class HtmlRendererTest {
  private static final String TITLE = "<script>alert(1)</script> Ports & bonds";
  private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt; Ports &amp; bonds";

  private static ThemeSummary summary() {
    ThemeSummary.Count named = new ThemeSummary.Count(TITLE, 2);
    return new ThemeSummary("financial-integration", TITLE, TITLE, TITLE, "2015-2024",
        new ThemeSummary.Overview(1, 3, 1 / 3.0),
        List.of(new ThemeSummary.PaperRow("<b>id</b>", TITLE, 2020, TITLE, 0.5, List.of(TITLE))),
        List.of(new ThemeSummary.Evidence("<b>id</b>", TITLE, TITLE, 1.0, List.of(TITLE))),
        Map.of("institutions", List.of(named), "countries", List.of(named)),
        List.of(new ThemeSummary.PhraseCount(TITLE, 1, 1)),
        List.of(new ThemeSummary.YearPoint(2020, 1, 0.5)), List.of(named),
        List.of(new ThemeSummary.Citation("<b>id</b>", "<i>other</i>")), null,
        new BurstReport("keyword", List.of()));
  }

  @Test
  void aThemeSummaryEscapesATitleWithAScriptWhereverItShowsIt() {
    String html = new HtmlRenderer("/papers/").render(summary());
    assertFalse(html.contains("<script>"), html);
    assertFalse(html.contains("<b>id</b>") || html.contains("<i>other</i>"), html);
    assertTrue(html.contains("<title>Theme summary: " + ESCAPED + "</title>"), html);
    assertTrue(html.contains("<h1>" + ESCAPED + "</h1>"), html);
    assertTrue(html.contains("<a href=\"/papers/%3Cb%3Eid%3C%2Fb%3E\">" + ESCAPED + "</a>"),
        "the papers table and the evidence: " + html);
    assertTrue(html.contains("<code>" + ESCAPED + "</code>"), "the query: " + html);
    assertTrue(html.contains("&lt;i&gt;other&lt;/i&gt;</a>"), "a citation: " + html);
    assertFalse(html.contains("← themes"), "no links back to a site: " + html);
  }

  @Test
  void theCorpusSummaryEscapesLinesAndNames() {
    String html = new HtmlRenderer("/papers/", true).render(
        ThemeSummarizer.corpus(List.of(summary()), TITLE, null));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("<td>" + ESCAPED + "</td>"), html);
    assertTrue(html.contains("<a href=\"/themes\">← themes</a>"), "the site's links: " + html);
  }
}
