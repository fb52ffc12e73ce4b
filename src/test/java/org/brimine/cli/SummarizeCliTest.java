package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.Keyphrase;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.ThemeHit;
import org.brimine.model.ThemeScore;
import org.brimine.model.Themes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bri summarize} on a small real index of four papers whose themes, evidence, entities
 * and years are known, so that every part of the summary can be checked exactly.
 */
class SummarizeCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FI = "financial-integration";
  @TempDir
  static Path dir;
  private static JsonNode summary;

  private static AnnotatedPaper paper(String id, String title, Integer year, double fiWeight,
      List<String> sentences, List<Entity> entities, List<String> cites) {
    Paper p = new Paper(id, "papers/" + id + ".txt", String.join(" ", sentences),
        new PaperMetadata(title, List.of("Author " + id), year, "Venue " + id, null, null, "en"),
        "hash-" + id);
    ParsedPaper parsed = new ParsedPaper(id, p, title, false, null, List.of(), List.of(),
        List.of());
    List<ThemeHit> hits = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      hits.add(new ThemeHit(FI, i, 5 - i, List.of("currency swap"), sentences.get(i)));
    }
    List<ThemeScore> scores = new ArrayList<>();
    scores.add(new ThemeScore(FI, fiWeight, sentences.size()));
    if (fiWeight < 1) {
      scores.add(new ThemeScore("unimpeded-trade", 1 - fiWeight, 1));
    }
    scores.sort((a, b) -> Double.compare(b.weight(), a.weight()));
    return new AnnotatedPaper(withCites(parsed, cites),
        new AnnotatedText(p.text(), List.of(), List.of()), entities,
        new Themes(hits, scores, List.of(new Keyphrase("port finance", 2, 3),
            new Keyphrase("currency swaps", 2, 2, "currency swap"))));
  }

  private static ParsedPaper withCites(ParsedPaper p, List<String> cites) {
    List<org.brimine.model.CitedReference> refs = new ArrayList<>();
    for (String id : cites) {
      refs.add(new org.brimine.model.CitedReference(id,
          new org.brimine.model.Reference("raw " + id, org.brimine.model.ReferenceStyle.GBT7714,
              List.of(), "Title of " + id, "J", null, null, 2020, null, null, null, null, null,
              null)));
    }
    return new ParsedPaper(p.id(), p.paper(), p.title(), false, null, List.of(), refs, List.of());
  }

  private static Entity e(String name, String type) {
    return new Entity(name, type, 1, List.of());
  }

  @BeforeAll
  static void buildIndexAndSummarize() throws IOException {
    Path lucene = dir.resolve("index/lucene");
    try (RecordWriter writer = RecordWriter.open(lucene)) {
      writer.write(paper("p1", "Swaps and <script>alert(1)</script>", 2017, 0.9,
          List.of("China and Laos signed a currency swap worth ten billion yuan.",
              "China and Laos signed a currency swap worth ten billion yuan in 2017."),
          List.of(e("Asian Infrastructure Investment Bank", "FIN_INSTITUTION"),
              e("Laos", "COUNTRY"), e("renminbi", "CURRENCY")), List.of("p2")));
      writer.write(paper("p2", "Banks along the route", 2019, 0.4,
          List.of("Policy banks lend to ports along the route."),
          List.of(e("Asian Infrastructure Investment Bank", "FIN_INSTITUTION"),
              e("Pakistan", "COUNTRY")), List.of()));
      writer.write(paper("p3", "Bond markets", 2019, 0.6,
          List.of("Opening the bond market draws foreign investors."),
          List.of(e("Silk Road Fund", "FIN_INSTITUTION")), List.of("p1", "elsewhere")));
      writer.write(new AnnotatedPaper(withCites(new ParsedPaper("p4", new Paper("p4",
          "papers/p4.txt", "Tourism grew.", new PaperMetadata("Tourists", List.of(), 2020,
              null, null, null, "en"), "hash-p4"), "Tourists", false, null, List.of(), List.of(),
          List.of()), List.of()), new AnnotatedText("Tourism grew.", List.of(), List.of()),
          List.of(), Themes.NONE));
      writer.commit();
    }
    CliRun run = CliRun.of("summarize", "--index", dir.resolve("index").toString(), "--theme",
        FI, "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    summary = JSON.readTree(run.out());
  }

  @Test
  void overviewCountsThePapersThatCarryTheTheme() {
    assertEquals(3, summary.at("/overview/papers").asInt());
    assertEquals(4, summary.at("/overview/corpusPapers").asInt());
    assertEquals(0.75, summary.at("/overview/share").asDouble(), 1e-9);
  }

  @Test
  void ranksPapersByThemeWeight() {
    List<String> ids = new ArrayList<>();
    summary.get("papers").forEach(p -> ids.add(p.get("id").asText()));
    assertEquals(List.of("p1", "p3", "p2"), ids);
    assertEquals(0.9, summary.at("/papers/0/weight").asDouble(), 1e-6);
    assertEquals("unimpeded-trade", summary.at("/papers/1/otherThemes/0").asText());
  }

  @Test
  void evidenceComesFromThosePapersWithoutNearDuplicates() {
    Set<String> texts = new HashSet<>();
    Set<String> papers = new HashSet<>();
    summary.get("evidence").forEach(ev -> {
      texts.add(ev.get("text").asText());
      papers.add(ev.get("paperId").asText());
    });
    assertEquals(Set.of("p1", "p2", "p3"), papers);
    assertEquals(3, texts.size(), "the second, near-identical sentence of p1 is left out");
    assertTrue(texts.contains("China and Laos signed a currency swap worth ten billion yuan."));
  }

  @Test
  void entityCountsMatchTheIndex() {
    JsonNode institutions = summary.at("/entities/institutions");
    assertEquals("Asian Infrastructure Investment Bank", institutions.at("/0/name").asText());
    assertEquals(2, institutions.at("/0/count").asInt());
    assertEquals("Silk Road Fund", institutions.at("/1/name").asText());
    assertEquals(1, institutions.at("/1/count").asInt());
    assertEquals(2, summary.at("/entities/countries").size());
    assertEquals("renminbi", summary.at("/entities/currencies/0/name").asText());
  }

  @Test
  void trendYearsMatchThePapers() {
    assertEquals(2017, summary.at("/trend/0/year").asInt());
    assertEquals(1, summary.at("/trend/0/papers").asInt());
    assertEquals(2019, summary.at("/trend/1/year").asInt());
    assertEquals(2, summary.at("/trend/1/papers").asInt());
    assertEquals(0.5, summary.at("/trend/1/meanWeight").asDouble(), 1e-6);
    assertEquals(2, summary.get("trend").size(), "2020's paper does not carry the theme");
  }

  @Test
  void keyphrasesLeaveOutWhatTheTaxonomyNames() {
    List<String> phrases = new ArrayList<>();
    summary.get("keyphrases").forEach(k -> phrases.add(k.get("phrase").asText()));
    assertEquals(List.of("port finance"), phrases, "'currency swaps' is a taxonomy term");
    assertEquals(3, summary.at("/keyphrases/0/papers").asInt());
  }

  @Test
  void coOccurrenceAndCitationsAmongTheThemesPapers() {
    assertEquals("unimpeded-trade", summary.at("/cooccurrence/0/name").asText());
    assertEquals(3, summary.at("/cooccurrence/0/count").asInt());
    List<String> links = new ArrayList<>();
    summary.get("citations").forEach(c -> links.add(c.get("from").asText() + ">"
        + c.get("to").asText()));
    assertEquals(List.of("p1>p2", "p3>p1"), links);
  }

  @Test
  void htmlEscapesTextFromDocumentsAndHasEveryPart() throws IOException {
    Path out = dir.resolve("fi.html");
    CliRun run = CliRun.of("summarize", "--index", dir.resolve("index").toString(), "--theme",
        FI, "--format", "html", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(out);
    assertFalse(html.contains("<script>alert(1)</script>"));
    assertTrue(html.contains("Swaps and &lt;script&gt;alert(1)&lt;/script&gt;"));
    for (String part : List.of("Overview", "Trend", "Papers", "Evidence", "Entities",
        "Keyphrases", "Co-occurring themes", "Citation links")) {
      assertTrue(html.contains("<h2>" + part), part);
    }
    assertEquals(2, html.split("<svg").length - 1, "trend and co-occurrence charts");
  }

  @Test
  void markdownWritesItsChartsBesideIt() throws IOException {
    Path out = dir.resolve("corpus.md");
    CliRun run = CliRun.of("summarize", "--index", dir.resolve("index").toString(),
        "--corpus", "--format", "md", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(out).contains("| Financial integration | 3 | 75.0% |"));
    assertTrue(Files.size(dir.resolve("corpus-trend.png")) > 1000);
    assertTrue(Files.size(dir.resolve("corpus-heatmap.png")) > 1000);
  }

  @Test
  void refusesAnUnknownThemeNamingIt() {
    CliRun run = CliRun.of("summarize", "--index", dir.resolve("index").toString(), "--theme",
        "nope");
    assertEquals(2, run.exitCode(), "a usage error");
    assertTrue(run.err().contains("unknown theme 'nope'"), run.err());
  }

  @Test
  void benchSummaryTimesBothSummariesOverTheIndex() {
    CliRun run = CliRun.of("bench", "summary", "--index", dir.resolve("index").toString(),
        "--runs", "2");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("4 papers, 3 of them carry financial-integration"), run.out());
    assertTrue(run.out().contains("| --theme financial-integration |"), run.out());
    assertTrue(run.out().contains("| --corpus (five lines) |"), run.out());
    CliRun none = CliRun.of("bench", "summary", "--index", dir.resolve("index").toString(),
        "--runs", "0");
    assertEquals(2, none.exitCode(), "a usage error");
    assertTrue(none.err().contains("got 0"), none.err());
  }

  private static JsonNode summaryOf(String query, String years) throws IOException {
    CliRun run = CliRun.of("summarize", "--index", dir.resolve("index").toString(), "--theme",
        FI, "--format", "json", "--query", query, "--years", years);
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void queryAndYearsScopeTheSummaryTogether() throws IOException {
    JsonNode scoped = summaryOf("title:swaps OR title:bond", "2019");
    assertEquals(1, scoped.at("/overview/corpusPapers").asInt(), scoped.toString());
    assertEquals(2, summaryOf("title:swaps OR title:bond", "2017-2019").at("/overview/corpusPapers").asInt());
  }

  @Test
  void queryIsReadAsTypedNotGluedToTheYears() {
    // "(" + query + ") AND year:[...]" made this a valid query that dropped the swaps
    CliRun unbalanced = CliRun.of("summarize", "--index", dir.resolve("index").toString(),
        "--theme", FI, "--format", "json", "--query", "title:swaps) OR (title:bond", "--years", "2017-2019");
    assertEquals(2, unbalanced.exitCode(), unbalanced.out() + unbalanced.err());
    // and an error points at what the reviewer typed, without a year clause they did not type
    CliRun dangling = CliRun.of("summarize", "--index", dir.resolve("index").toString(),
        "--theme", FI, "--query", "swap AND", "--years", "2019");
    assertEquals(2, dangling.exitCode(), dangling.err());
    assertFalse(dangling.err().contains("year:["), dangling.err());
  }
}
