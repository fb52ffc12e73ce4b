package org.brimine.report;

import java.util.List;
import java.util.Locale;

/**
 * Renders summaries as self-contained HTML pages with inline SVG charts, from the templates
 * {@code report/theme.jte} and {@code report/corpus.jte}. Every string from a document is
 * escaped, and marked {@code lang=zh} where it is Chinese (see {@link TextLanguage}).
 */
public final class HtmlRenderer {
  /** How many papers the page lists. */
  private static final int PAPER_ROWS = 25;

  private final String paperLinkBase;
  private final boolean siteLinks;

  /** @param paperLinkBase the URL a paper id is appended to, such as "/papers/" */
  public HtmlRenderer(String paperLinkBase) {
    this(paperLinkBase, false);
  }

  /**
   * @param paperLinkBase the URL a paper id is appended to, such as "/papers/"
   * @param siteLinks whether the page opens with links back to the site's themes and search,
   *     for a summary served by {@code bri serve}
   */
  public HtmlRenderer(String paperLinkBase, boolean siteLinks) {
    this.paperLinkBase = paperLinkBase;
    this.siteLinks = siteLinks;
  }

  /** A theme summary as a page. */
  public String render(ThemeSummary s) {
    return Templates.render("report/theme.jte", new ThemePage(s, paperLinkBase, siteLinks,
        Charts.svg(Charts.trend(s)), Charts.svg(Charts.cooccurrence(s)),
        MapChart.drawn(s) ? MapChart.svg(s.map(), MapChart.title(s.map())) : null,
        MapChart.caption(s)));
  }

  /** The five lines side by side. */
  public String render(CorpusSummary c) {
    return Templates.render("report/corpus.jte", new CorpusPage(c, siteLinks,
        Charts.svg(Charts.corpusTrend(c)), Charts.svg(Charts.heatMap(c))));
  }

  /**
   * What {@code report/theme.jte} shows.
   *
   * @param trendSvg the trend chart, SVG that the chart library wrote (not escaped again)
   * @param cooccurrenceSvg the co-occurrence chart, likewise
   * @param mapSvg the keyword map, likewise, or null when there is none to draw
   * @param mapCaption what the map shows, or why there is none
   */
  public record ThemePage(ThemeSummary summary, String paperLinkBase, boolean siteLinks,
      String trendSvg, String cooccurrenceSvg, String mapSvg, String mapCaption) {
    /** The papers the page lists. */
    public List<ThemeSummary.PaperRow> rows() {
      return summary.papers().subList(0, Math.min(PAPER_ROWS, summary.papers().size()));
    }

    /** Whether more papers carry the theme than the page lists. */
    public boolean truncated() {
      return summary.overview().papers() > PAPER_ROWS;
    }

    /** The link to a paper's page. */
    public String href(String id) {
      return paperLinkBase + Html.urlSegment(id);
    }
  }

  /** What {@code report/corpus.jte} shows; the charts are SVG as the chart library wrote it. */
  public record CorpusPage(CorpusSummary summary, boolean siteLinks, String trendSvg,
      String heatMapSvg) {}

  /** The first three names of a line's entities of one kind, such as "institutions". */
  public static String names(ThemeSummary line, String kind) {
    List<ThemeSummary.Count> counts = line.entities().get(kind);
    return counts == null ? "" : String.join(", ",
        counts.stream().limit(3).map(ThemeSummary.Count::name).toList());
  }

  /** A burst's strength as written, with two decimals. */
  public static String strength(double strength) {
    return String.format(Locale.ROOT, "%.2f", strength);
  }

  /** A share as a percentage with one decimal, such as "12.5%". */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
