package org.brimine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brimine.index.RecordWriter;
import org.brimine.maps.BurstReport;
import org.brimine.maps.ScienceMap;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Keyphrase;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.ThemeScore;
import org.brimine.model.Themes;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.brimine.themes.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme summary carries the keyword map and the keyword bursts of the theme's papers in scope,
 * and draws the map in HTML (inline SVG) and Markdown (a PNG beside it); a scope with too few
 * papers says so instead of drawing a map.
 *
 * <p>The corpus is built so that the answer is known: sixteen papers of financial integration, two
 * a year, eight (2015-2018) with "bond market" and "currency swap", eight (2019-2022) with "port
 * construction" and "rail corridor"; "green bond" is in the six papers of 2020-2022 only, a burst;
 * two papers without the theme have the same keyphrases but must not count.
 */
class ThemeSummaryMapTest {
  private static final String FI = "financial-integration";
  @TempDir
  Path dir;

  private static AnnotatedPaper paper(String id, int year, String theme, String... phrases) {
    String text = String.join(". ", phrases) + ".";
    Paper p = new Paper(id, "papers/" + id + ".txt", text,
        new PaperMetadata("Paper " + id, List.of(), year, null, null, null, "en"), "hash-" + id);
    ParsedPaper parsed = new ParsedPaper(id, p, "Paper " + id, false, null, List.of(), List.of(),
        List.of());
    List<Keyphrase> keyphrases = new ArrayList<>();
    for (String phrase : phrases) {
      keyphrases.add(new Keyphrase(phrase, 1.0, 2));
    }
    return new AnnotatedPaper(parsed, new AnnotatedText(text, List.of(), List.of()), List.of(),
        new Themes(List.of(), List.of(new ThemeScore(theme, 1.0, 1)), keyphrases));
  }

  private Path index(boolean all) throws IOException {
    Path lucene = dir.resolve(all ? "all" : "few").resolve("lucene");
    try (RecordWriter writer = RecordWriter.open(lucene)) {
      for (int i = 0; i < 8; i++) {
        writer.write(paper("fin" + i, 2015 + i / 2, FI, "bond market", "currency swap"));
      }
      for (int i = 0; i < 8; i++) {
        int year = 2019 + i / 2;
        writer.write(year >= 2020
            ? paper("port" + i, year, FI, "port construction", "rail corridor", "green bond")
            : paper("port" + i, year, FI, "port construction", "rail corridor"));
      }
      writer.write(paper("other0", 2016, "geopolitics", "bond market", "rail corridor"));
      writer.write(paper("other1", 2021, "geopolitics", "bond market", "rail corridor"));
      writer.commit();
    }
    return lucene;
  }

  private static ThemeSummary summarize(Path lucene, String years) throws IOException {
    Taxonomy taxonomy = Taxonomy.load();
    try (RecordSearcher searcher = RecordSearcher.open(lucene, Ranking.DEFAULT, taxonomy.ids())) {
      return new ThemeSummarizer(taxonomy, searcher).summarize(FI, null,
          years == null ? SearchFilters.NONE : SearchFilters.NONE.withYears(
              Integer.parseInt(years.substring(0, 4)), Integer.parseInt(years.substring(5))),
          years);
    }
  }

  @Test
  void mapsTheKeywordsOfTheThemesPapersIntoTheirTwoTopics() throws IOException {
    ScienceMap map = summarize(index(true), null).map();
    assertEquals("keywords", map.kind());
    Map<String, Integer> weights = new HashMap<>();
    Map<String, Integer> clusters = new HashMap<>();
    map.nodes().forEach(n -> weights.put(n.id(), n.weight()));
    map.nodes().forEach(n -> clusters.put(n.id(), n.cluster()));
    assertEquals(Map.of("bond market", 8, "currency swap", 8, "port construction", 8,
        "rail corridor", 8, "green bond", 6), weights, "papers without the theme do not count");
    List<String> edges = map.edges().stream()
        .map(e -> (e.source().compareTo(e.target()) < 0 ? e.source() + " - " + e.target()
            : e.target() + " - " + e.source()) + ": " + (int) e.weight()).sorted().toList();
    assertEquals(List.of("bond market - currency swap: 8", "green bond - port construction: 6",
        "green bond - rail corridor: 6", "port construction - rail corridor: 8"), edges);
    assertEquals(clusters.get("bond market"), clusters.get("currency swap"));
    assertEquals(clusters.get("port construction"), clusters.get("green bond"));
    assertNotEquals(clusters.get("bond market"), clusters.get("rail corridor"));
  }

  @Test
  void findsTheBurstOfAKeywordOfTheLastYears() throws IOException {
    BurstReport bursts = summarize(index(true), null).bursts();
    assertEquals("keyword", bursts.field());
    BurstReport.Burst green = bursts.bursts().stream().filter(b -> b.term().equals("green bond"))
        .findFirst().orElseThrow(() -> new AssertionError(bursts.toString()));
    assertEquals(2020, green.start());
    assertEquals(2022, green.end());
  }

  @Test
  void drawsTheMapAsSvgInHtmlAndAsAPngBesideTheMarkdown() throws IOException {
    ThemeSummary s = summarize(index(true), null);
    String html = new HtmlRenderer("/papers/").render(s);
    String section = html.substring(html.indexOf("<h2>Keyword map</h2>"),
        html.indexOf("<h2>Co-occurring themes</h2>"));
    assertTrue(section.contains("<svg"), section);
    assertTrue(section.contains("bond market"), "a label and a tooltip: " + section);
    assertTrue(section.contains("<h2>Keyword bursts</h2>") && section.contains("<td>green bond</td>"
        + "<td class=\"num\">2020</td><td class=\"num\">2022</td>"), section);
    String svg = MapChart.svg(s.map(), MapChart.title(s.map()));
    assertTrue(section.contains(svg), "the map as MapChart draws it");
    assertEquals(svg, MapChart.svg(s.map(), MapChart.title(s.map())), "the same map each time");
    String md = new MarkdownRenderer(dir, "fi", "/papers/").render(s);
    assertTrue(md.contains("## Keyword map\n\n![keyword map](fi-map.png)"), md);
    assertTrue(md.contains("| green bond | 2020 | 2022 |"), md);
    assertTrue(Files.size(dir.resolve("fi-map.png")) > 1000, "a PNG was written");
  }

  @Test
  void writesTheMapAndTheBurstsInTheJson() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode tree = json.readTree(json.writeValueAsString(summarize(index(true), null)));
    assertEquals(List.of("kind", "nodes", "edges", "clusters", "modularity", "silhouette"),
        names(tree.get("map")), "the shape of bri map --format json");
    assertEquals(List.of("field", "bursts"), names(tree.get("bursts")),
        "the shape of bri bursts --json");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void leavesTheMapAndBurstsOutOfTheLinesOfACorpusSummary() throws IOException {
    Taxonomy taxonomy = Taxonomy.load();
    try (RecordSearcher searcher = RecordSearcher.open(index(true), Ranking.DEFAULT,
        taxonomy.ids())) {
      CorpusSummary corpus = new ThemeSummarizer(taxonomy, searcher).corpus(null,
          SearchFilters.NONE, null);
      ThemeSummary fi = corpus.lines().stream().filter(l -> l.theme().equals(FI)).findFirst()
          .orElseThrow();
      assertEquals(16, fi.overview().papers());
      assertNull(fi.map(), "the corpus summary shows no map: none is computed");
      assertNull(fi.bursts());
    }
  }

  @Test
  void saysThereAreTooFewPapersInsteadOfDrawingAnEmptyMap() throws IOException {
    ThemeSummary s = summarize(index(false), "2015-2015");
    assertEquals(2, s.overview().papers());
    assertNull(s.map());
    String html = new HtmlRenderer("/papers/").render(s);
    String section = html.substring(html.indexOf("<h2>Keyword map</h2>"),
        html.indexOf("<h2>Keyword bursts</h2>"));
    assertFalse(section.contains("<svg"), section);
    assertTrue(section.contains("Too few papers for a map: 2 of the theme's papers are in scope,"
        + " and a map needs at least 5."), section);
    String md = new MarkdownRenderer(dir, "few", "/papers/").render(s);
    assertTrue(md.contains("## Keyword map\n\nToo few papers for a map"), md);
    assertFalse(Files.exists(dir.resolve("few-map.png")));
  }
}
