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
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.brimine.Fixtures;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest, search, show, list and parse-refs commands on a copy of the bundled corpus. */
class SearchCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  private static String[] where;
  private static CliRun firstIngest;

  @BeforeAll
  static void ingestTheCorpus() throws IOException {
    Path corpus = work.resolve("corpus");
    PathUtils.copyDirectory(Fixtures.CORPUS, corpus);
    where = new String[] {"--corpus", corpus.toString(), "--index", work.resolve("index").toString()};
    firstIngest = run("ingest");
  }

  private static CliRun run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(where));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void ingestAddsTheSeedAndItsReferences() {
    assertEquals(0, firstIngest.exitCode(), firstIngest.err());
    assertTrue(firstIngest.out().contains("1 file: 1 added, 0 replaced, 0 unchanged, 0 rejected; "
        + "index holds 5 records (1 papers, 4 references)"), firstIngest.out());
  }

  @Test
  void ingestingAgainChangesNothing() {
    CliRun again = run("ingest");
    assertEquals(0, again.exitCode());
    assertTrue(again.out().contains("1 file: 0 added, 0 replaced, 1 unchanged, 0 rejected; "
        + "index holds 5 records (1 papers, 4 references)"), again.out());
  }

  @Test
  void searchJsonHasTheDocumentedShape() throws IOException {
    CliRun r = run("search", "--json", "year:[2016 TO 2017]");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = JSON.readTree(r.out());
    assertEquals("year:[2016 TO 2017]", json.get("query").asText());
    assertEquals(3, json.get("total").asInt());
    for (JsonNode hit : json.get("hits")) {
      for (String field : List.of("id", "kind", "title", "authors", "year", "venue", "score",
          "highlights")) {
        assertTrue(hit.has(field), field + " missing in " + hit);
      }
      assertEquals("reference", hit.get("kind").asText());
    }
    assertFalse(json.has("facets"));
  }

  @Test
  void searchTextEndsWithASummaryLine() {
    CliRun r = run("search", "financial cooperation");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().startsWith("1. [paper] " + Fixtures.SEED_TITLE), r.out());
    assertTrue(r.out().contains("**financial** **cooperation**"), r.out());
    assertTrue(r.out().strip().lines().reduce((a, b) -> b).orElseThrow()
        .startsWith("search: 4 of 4 hits for 'financial cooperation'"), r.out());
  }

  @Test
  void brokenQueryExitsTwoWithAPointerAndNoStackTrace() {
    CliRun r = run("search", "title:(");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("query syntax error at column 7"), r.err());
    assertTrue(r.err().contains("        ^"), r.err());
    assertFalse(r.err().contains("at org."), r.err());
  }

  @Test
  void searchRetrievalLexicalRanksByTheWordsAndAnUnknownModeIsQuoted() {
    CliRun lexical = run("search", "--retrieval", "lexical", "financial cooperation");
    assertEquals(0, lexical.exitCode(), lexical.err());
    assertTrue(lexical.out().startsWith("1. [paper] " + Fixtures.SEED_TITLE), lexical.out());
    CliRun unknown = run("search", "--retrieval", "words-only", "financial cooperation");
    assertEquals(2, unknown.exitCode(), unknown.out());
    assertTrue(unknown.err().contains("retrieval must be lexical, dense or hybrid, got "
        + "'words-only'"), unknown.err());
  }

  @Test
  void searchWithWordsRunsWhatTheSyntaxRefusesAsTheWordsTyped() {
    CliRun broken = run("search", "\"financial cooperation AND");
    assertEquals(2, broken.exitCode());
    assertTrue(broken.err().contains("(--words searches for the words as typed)"), broken.err());
    CliRun words = run("search", "--words", "\"financial cooperation AND");
    assertEquals(0, words.exitCode(), words.err());
    assertTrue(words.out().startsWith("1. [paper] " + Fixtures.SEED_TITLE), words.out());
    assertTrue(words.out().strip().lines().reduce((a, b) -> b).orElseThrow()
        .startsWith("search: 4 of 4 hits for '\"financial cooperation AND'"), words.out());
  }

  @Test
  void showPrintsReferencesAndCitedBy() throws IOException {
    String seedId = "nd-international-financial-cooperation-strategy-context-d6789895";
    JsonNode paper = JSON.readTree(run("show", seedId, "--json").out());
    assertEquals(4, paper.get("references").size());
    JsonNode r4 = paper.get("references").get(3);
    assertEquals("Humanities Magazine", r4.get("venue").asText());
    assertEquals(4, paper.get("sections").size());
    JsonNode ref = JSON.readTree(run("show", r4.get("id").asText(), "--json").out());
    assertEquals(seedId, ref.get("citedBy").get(0).get("id").asText());
    CliRun missing = run("show", "nope");
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("no record with id 'nope'"));
  }

  @Test
  void findsThePaperByAnEntityAliasOrCanonicalName() throws IOException {
    String seedId = "nd-international-financial-cooperation-strategy-context-d6789895";
    for (String query : List.of("org:AIIB", "institution:\"Asian Infrastructure Investment Bank\"",
        "country:Burma", "country:Myanmar", "currency:RMB", "initiative:OBOR",
        "entity:\"Eurasian Economic Union\"", "person:\"Wang Nan\"", "loc:Kazakhstan")) {
      JsonNode json = JSON.readTree(run("search", "--json", query).out());
      assertEquals(1, json.get("total").asInt(), query);
      assertEquals(seedId, json.get("hits").get(0).get("id").asText(), query);
    }
    assertEquals(0, JSON.readTree(run("search", "--json", "loc:Road").out()).get("total").asInt());
  }

  @Test
  void countsEntityFacetsByType() throws IOException {
    JsonNode facets = JSON.readTree(run("search", "--json", "--facets", "kind:paper").out())
        .get("facets");
    assertEquals(List.of("Asian Infrastructure Investment Bank", "International Monetary Fund",
        "New Development Bank", "World Bank"), values(facets.get("institution")));
    assertTrue(values(facets.get("country")).containsAll(List.of("China", "United States",
        "Russia", "Kazakhstan", "Belarus", "Myanmar")));
    assertEquals(List.of("renminbi"), values(facets.get("currency")));
    assertEquals(1, facets.get("initiative").get(0).get("count").asInt());
  }

  private static List<String> values(JsonNode facet) {
    List<String> values = new ArrayList<>();
    facet.forEach(v -> values.add(v.get("value").asText()));
    return values;
  }

  @Test
  void annotatePrintsSentencesAndNormalisedMentions() throws IOException {
    Path text = work.resolve("text.txt");
    Files.writeString(text, "The AIIB lent to Burma. Trade with the US grew.");
    CliRun r = CliRun.of("annotate", text.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = JSON.readTree(r.out());
    assertEquals(2, json.get("sentences").size());
    assertEquals(24, json.get("sentences").get(1).get("start").asInt());
    List<String> mentions = new ArrayList<>();
    json.get("mentions").forEach(m -> mentions.add(m.get("type").asText() + ":"
        + m.get("text").asText() + "->" + m.get("canonical").asText()));
    assertEquals(List.of("FIN_INSTITUTION:AIIB->Asian Infrastructure Investment Bank",
        "COUNTRY:Burma->Myanmar", "COUNTRY:US->United States"), mentions);
    assertFalse(json.get("sentences").get(0).has("tokens"));
    assertTrue(r.err().contains("annotate: 2 sentences, 3 entity mentions"), r.err());
    assertTrue(json.has("themeHits") && json.has("themes"));
    assertEquals(golden("annotate-aiib-burma.json"), r.out());
  }

  @Test
  void annotateWithTokensPrintsTheSameJsonWithEachSentencesTokens() throws IOException {
    Path text = work.resolve("tokens.txt");
    Files.writeString(text, "The AIIB lent to Burma. Trade with the US grew.");
    CliRun r = CliRun.of("annotate", "--tokens", text.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(golden("annotate-aiib-burma-tokens.json"), r.out());
  }

  private static String golden(String file) throws IOException {
    return Files.readString(GoldenEndToEndTest.GOLDEN.resolve(file));
  }

  @Test
  void listsRecordsByKind() {
    CliRun r = run("list", "--kind", "reference");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("list: 4 records"), r.out());
  }

  @Test
  void listSaysWhenItShowsTheFirstRecordsOnlyAndPagesThroughTheRest(@TempDir Path dir)
      throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir.resolve("lucene"))) {
      for (int i = 0; i < 30; i++) {
        writer.write(new CollectionDoc(String.format("r%02d", i), "Note " + i, "Ann",
            "A note on the railway.").asPaper());
      }
      writer.commit();
    }
    String[] index = {"--index", dir.toString()};
    CliRun first = CliRun.of("list", index[0], index[1], "--limit", "10");
    assertEquals(0, first.exitCode(), first.err());
    assertEquals("list: first 10 of 30 records; --offset 10 for the next", lastLine(first));
    assertEquals(List.of("r00", "r01", "r02", "r03", "r04", "r05", "r06", "r07", "r08", "r09"),
        listed(first));
    CliRun second = CliRun.of("list", index[0], index[1], "--limit", "10", "--offset", "10");
    assertEquals("list: records 11-20 of 30; --offset 20 for the next", lastLine(second));
    assertEquals("r10", listed(second).get(0));
    assertEquals("r19", listed(second).get(9));
    CliRun last = CliRun.of("list", index[0], index[1], "--limit", "10", "--offset", "20");
    assertEquals("list: records 21-30 of 30", lastLine(last));
    assertEquals(10, listed(last).size());
    assertEquals("list: 30 records", lastLine(CliRun.of("list", index[0], index[1])));
    CliRun json = CliRun.of("list", index[0], index[1], "--limit", "10", "--json");
    assertEquals(10, JSON.readTree(json.out()).size());
    assertTrue(json.err().contains("list: first 10 of 30 records"), json.err());
  }

  private static String lastLine(CliRun r) {
    return r.out().strip().lines().reduce((a, b) -> b).orElse("");
  }

  private static List<String> listed(CliRun r) {
    return r.out().strip().lines().filter(l -> !l.startsWith("list:"))
        .map(l -> l.split("\\s+")[0]).toList();
  }

  @Test
  void searchRefusesAnUnknownFieldOrThemeWithTheNearestName() {
    CliRun field = run("search", "railway AND tilte:belt");
    assertEquals(2, field.exitCode(), field.out());
    assertTrue(field.err().contains("query syntax error at column 13 of 'railway AND tilte:belt':"
        + " unknown field 'tilte': did you mean title?"), field.err());
    assertTrue(field.err().contains("\n              ^"), field.err());
    CliRun theme = run("search", "theme:financial-integratoin");
    assertEquals(2, theme.exitCode(), theme.out());
    assertTrue(theme.err().contains("unknown theme 'financial-integratoin': did you mean "
        + "financial-integration?"), theme.err());
    CliRun known = run("search", "theme:geopolitics");
    assertEquals(0, known.exitCode(), "a theme of the taxonomy that no paper carries: "
        + known.err());
  }

  @Test
  void searchTreatsASlashAsText() {
    for (String query : List.of("China/Laos railway", "PPP/BOT", "type:EB/OL")) {
      CliRun r = run("search", query);
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().contains("hits for '" + query + "'"), r.out());
    }
  }

  @Test
  void parseRefsPrintsOneJsonLinePerReference() throws IOException {
    Path refs = work.resolve("refs.txt");
    Files.writeString(refs, "[2] Wang Nan. Discussion on Financial Cooperation under the "
        + "Background of \"The Belt and Road\" [J]. Modern Marketing (Late), 2017, (11): 133-134\n");
    CliRun r = CliRun.of("parse-refs", refs.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = JSON.readTree(r.out().strip());
    assertEquals("Wang Nan", json.get("authors").get(0).asText());
    assertEquals("J", json.get("type").asText());
    assertEquals("Modern Marketing (Late)", json.get("venue").asText());
    assertEquals(2017, json.get("year").asInt());
    assertEquals("11", json.get("issue").asText());
    assertEquals("133-134", json.get("pages").asText());
    assertTrue(r.err().contains("parse-refs: 1 parsed, 0 unparsed"));
  }

  @Test
  void benchSearchReportsEachRunAfterItsWarmUp() throws IOException {
    Path queries = work.resolve("bench-queries.txt");
    Files.writeString(queries, "## words\nfinancial cooperation\n## year ranges\nyear:2016\n");
    CliRun r = CliRun.of("bench", "search", "--index", work.resolve("index").toString(),
        "--queries", queries.toString(), "--warmup", "1", "--runs", "2");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("2 queries (0 without hits); 1 warm-up runs, 2 measured runs"),
        r.out());
    assertTrue(r.out().contains("| product: RecordSearcher.search"), r.out());
    // one warm-up figure, then one a measured run, for each searcher
    for (String searcher : List.of("product", "floor")) {
      assertTrue(r.out().lines().anyMatch(l -> l.matches(
          "- " + searcher + ": \\d+\\.\\d\\d \\| \\d+\\.\\d\\d \\d+\\.\\d\\d")), r.out());
    }
    assertTrue(r.out().contains("| year ranges | 1 |"), r.out());
    CliRun none = CliRun.of("bench", "search", "--index", work.resolve("index").toString(),
        "--queries", queries.toString(), "--runs", "0");
    assertEquals(2, none.exitCode(), none.err());
    assertTrue(none.err().contains("--runs must be 1 or more and --warmup 0 or more, got --runs 0"
        + " --warmup 12"), none.err());
  }
}
