package org.brimine.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders summaries as Markdown, with the charts and the keyword map written as PNG files beside
 * the Markdown file and linked from it.
 */
public final class MarkdownRenderer {
  private final Path chartDir;
  private final String chartPrefix;
  private final String paperLinkBase;

  /**
   * @param chartDir where the PNG charts go (the folder of the Markdown file)
   * @param chartPrefix the start of the chart file names (the Markdown file's name)
   * @param paperLinkBase the URL a paper id is appended to
   */
  public MarkdownRenderer(Path chartDir, String chartPrefix, String paperLinkBase) {
    this.chartDir = chartDir;
    this.chartPrefix = chartPrefix;
    this.paperLinkBase = paperLinkBase;
  }

  /** A theme summary as Markdown; writes its two charts, and its keyword map when it has one. */
  public String render(ThemeSummary s) throws IOException {
    String trend = chartPrefix + "-trend.png";
    String co = chartPrefix + "-cooccurrence.png";
    Charts.png(Charts.trend(s), chartDir.resolve(trend));
    Charts.png(Charts.cooccurrence(s), chartDir.resolve(co));
    StringBuilder m = new StringBuilder();
    m.append("# ").append(s.label()).append("\n\n").append(s.description()).append("\n\n");
    if (s.query() != null || s.years() != null) {
      m.append("Papers matching ").append(s.query() == null ? "all" : "`" + s.query() + "`")
          .append(s.years() == null ? "" : ", years " + s.years()).append(".\n\n");
    }
    m.append("## Overview\n\n").append(s.overview().papers()).append(" of ")
        .append(s.overview().corpusPapers()).append(" papers carry the theme (")
        .append(HtmlRenderer.percent(s.overview().share())).append(").\n\n");
    m.append("## Trend\n\n![papers and weight per year](").append(trend).append(")\n\n");
    m.append("| year | papers | mean weight |\n| ---: | ---: | ---: |\n");
    s.trend().forEach(p -> m.append("| ").append(p.year()).append(" | ").append(p.papers())
        .append(" | ").append(HtmlRenderer.percent(p.meanWeight())).append(" |\n"));
    m.append("\n## Papers\n\n");
    if (s.papers().size() < s.overview().papers()) {
      m.append("The first ").append(s.papers().size()).append(" of ")
          .append(s.overview().papers()).append(", by the theme's weight.\n\n");
    }
    m.append("| paper | year | venue | weight | other themes |\n"
        + "| --- | ---: | --- | ---: | --- |\n");
    for (ThemeSummary.PaperRow r : s.papers()) {
      m.append("| ").append(link(r.id(), r.title())).append(" | ")
          .append(r.year() == null ? "" : r.year()).append(" | ").append(cell(r.venue()))
          .append(" | ").append(HtmlRenderer.percent(r.weight())).append(" | ")
          .append(String.join(", ", r.otherThemes())).append(" |\n");
    }
    m.append("\n## Evidence\n\n");
    for (ThemeSummary.Evidence e : s.evidence()) {
      m.append("> ").append(e.text().replace("\n", " ")).append("\n>\n> — ")
          .append(link(e.paperId(), e.paperTitle())).append(" (").append(String.join(", ",
              e.terms())).append(")\n\n");
    }
    m.append("## Entities\n\n");
    for (Map.Entry<String, List<ThemeSummary.Count>> type : s.entities().entrySet()) {
      if (!type.getValue().isEmpty()) {
        m.append("- **").append(type.getKey()).append("**: ").append(String.join(", ",
            type.getValue().stream().map(c -> c.name() + " (" + c.count() + ")").toList()))
            .append('\n');
      }
    }
    m.append("\n## Keyphrases the taxonomy does not name\n\n").append(String.join(", ",
        s.keyphrases().stream().map(k -> k.phrase() + " (" + k.papers() + ")").toList()))
        .append("\n\n## Keyword map\n\n");
    if (MapChart.drawn(s)) {
      String map = chartPrefix + "-map.png";
      MapChart.png(s.map(), MapChart.title(s.map()), chartDir.resolve(map));
      m.append("![keyword map](").append(map).append(")\n\n");
    }
    m.append(MapChart.caption(s)).append("\n\n## Keyword bursts\n\n");
    if (s.bursts().bursts().isEmpty()) {
      m.append("None: no keyword of the theme's papers was used at an unusual rate for a few "
          + "years.\n");
    } else {
      m.append("Keywords used at an unusual rate for a few years (Kleinberg's two-state "
          + "automaton), strongest first.\n\n| keyword | start | end | strength |\n"
          + "| --- | ---: | ---: | ---: |\n");
      s.bursts().bursts().forEach(b -> m.append("| ").append(cell(b.term())).append(" | ")
          .append(b.start()).append(" | ").append(b.end()).append(" | ")
          .append(HtmlRenderer.strength(b.strength())).append(" |\n"));
    }
    m.append("\n## Co-occurring themes\n\n![themes discussed together](").append(co)
        .append(")\n\n");
    s.cooccurrence().forEach(c -> m.append("- ").append(c.name()).append(": ")
        .append(c.count()).append(" papers\n"));
    m.append("\n## Citation links among these papers\n\n");
    if (s.citations().isEmpty()) {
      m.append("None.\n");
    }
    s.citations().forEach(c -> m.append("- ").append(c.from()).append(" cites ")
        .append(c.to()).append('\n'));
    return m.toString();
  }

  /** The five lines side by side; writes the trend chart and the heat map. */
  public String render(CorpusSummary c) throws IOException {
    String trend = chartPrefix + "-trend.png";
    String heat = chartPrefix + "-heatmap.png";
    Charts.png(Charts.corpusTrend(c), chartDir.resolve(trend));
    Charts.png(Charts.heatMap(c), chartDir.resolve(heat));
    StringBuilder m = new StringBuilder("# The five connectivity lines\n\n");
    m.append(c.corpusPapers()).append(" papers.\n\n| line | papers | share | top institutions |"
        + " top countries |\n| --- | ---: | ---: | --- | --- |\n");
    for (ThemeSummary l : c.lines()) {
      m.append("| ").append(l.label()).append(" | ").append(l.overview().papers())
          .append(" | ").append(HtmlRenderer.percent(l.overview().share())).append(" | ")
          .append(top(l.entities().get("institutions"))).append(" | ")
          .append(top(l.entities().get("countries"))).append(" |\n");
    }
    m.append("\n![papers per year by line](").append(trend).append(")\n\n![lines discussed "
        + "together](").append(heat).append(")\n");
    return m.toString();
  }

  private String link(String id, String text) {
    return "[" + cell(text).replace("[", "\\[").replace("]", "\\]") + "](" + paperLinkBase
        + Html.urlSegment(id) + ")";
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }

  private static String top(List<ThemeSummary.Count> counts) {
    return counts == null ? "" : String.join(", ",
        counts.stream().limit(3).map(ThemeSummary.Count::name).toList());
  }
}
