package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API and the pages, over HTTP against the real server. */
class WebApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir
  static Path dir;
  private static WebFixture web;

  @BeforeAll
  static void start() throws IOException {
    web = new WebFixture(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    web.close();
  }



  private static List<String> ids(JsonNode search) {
    List<String> ids = new ArrayList<>();
    search.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String idOf(String title) throws Exception {
    List<String> ids = ids(web.json("/api/search?q=" + q("title:\"" + title + "\""), 200));
    assertEquals(1, ids.size(), title);
    return ids.get(0);
  }

  @Test
  void searchesWithEachFilter() throws Exception {
    String laos = idOf("The China-Laos Railway and Trade");
    String swaps = idOf("Currency Swaps and the AIIB");
    JsonNode all = web.json("/api/search?q=railway", 200);
    assertTrue(all.get("total").asInt() >= 2);
    assertEquals("railway", all.get("query").asText());
    assertEquals(List.of(laos), ids(web.json("/api/search?q=railway&yearFrom=2021&yearTo=2022",
        200)));
    assertEquals(java.util.Set.of(swaps, WebFixture.SEED_ID), new java.util.HashSet<>(ids(web.json(
        "/api/search?entity=" + q("Asian Infrastructure Investment Bank") + "&kind=paper",
        200))));
    assertEquals(List.of(swaps), ids(web.json("/api/search?entity=AIIB&yearTo=2019", 200)));
    JsonNode trade = web.json("/api/search?theme=unimpeded-trade", 200);
    assertTrue(ids(trade).contains(laos), trade.toString());
    assertFalse(ids(trade).contains(swaps), trade.toString());
    assertEquals(5, web.json("/api/search?kind=reference", 200).get("total").asInt(),
        "the seed's four and the one the script paper cites");
    assertEquals(List.of(laos), ids(web.json("/api/search?venue=" + q("Asian Transport Review"),
        200)));
  }

  @Test
  void entityTypeNarrowsTheEntityAndTheQueryShowsEveryFilterInTheSyntax() throws Exception {
    String swaps = idOf("Currency Swaps and the AIIB");
    assertTrue(ids(web.json("/api/search?entity=AIIB&entityType=FIN_INSTITUTION", 200))
        .contains(swaps));
    assertTrue(ids(web.json("/api/search?entity=AIIB&entityType=ORGANIZATION", 200))
        .contains(swaps), "an institution is an organisation");
    assertEquals(0, web.json("/api/search?entity=AIIB&entityType=COUNTRY", 200).get("total").asInt());
    assertTrue(web.json("/api/search?entity=AIIB&entityType=COLOUR", 400).get("detail").asText()
        .contains("'COLOUR'"));
    JsonNode quoted = web.json("/api/search?q=railway&entity=Laos&entityType=country&venue="
        + q("Asian \"Transport\" Review") + "&yearFrom=2021", 200);
    assertEquals("(railway) AND country:\"Laos\" AND venue:\"Asian \\\"Transport\\\" Review\""
        + " AND year:[2021 TO *]", quoted.get("lucene").asText());
  }

  @Test
  void filtersByLanguageAndCountsLanguages() throws Exception {
    JsonNode english = web.json("/api/search?lang=en", 200);
    assertEquals(web.json("/api/search?kind=paper", 200).get("total").asInt(),
        english.get("total").asInt(), "every paper is English; references have no language");
    assertEquals("en", english.at("/facets/lang/0/value").asText(), english.toString());
    assertEquals(0, web.json("/api/search?lang=zh", 200).get("total").asInt());
    assertTrue(web.json("/api/search?lang=" + q("zh OR x"), 400).get("detail").asText()
        .contains("'zh OR x'"));
  }

  @Test
  void searchHasFacetsAndPages() throws Exception {
    String all = q("*:* -title:gwadar");
    JsonNode first = web.json("/api/search?q=" + all + "&size=2&page=1", 200);
    JsonNode second = web.json("/api/search?q=" + all + "&size=2&page=2", 200);
    assertEquals(9, first.get("total").asInt(), "4 papers and 5 references");
    assertEquals(2, first.get("hits").size());
    assertFalse(ids(first).stream().anyMatch(ids(second)::contains));
    JsonNode kinds = first.at("/facets/kind");
    assertEquals("reference", kinds.at("/0/value").asText());
    assertEquals(5, kinds.at("/0/count").asInt());
    assertEquals("paper", kinds.at("/1/value").asText());
    assertEquals(4, kinds.at("/1/count").asInt());
    assertTrue(first.at("/facets/theme").size() > 0);
    assertTrue(first.at("/hits/0/highlights").isArray());
  }

  @Test
  void servesAPaperItsRelatedPapersThemesAndASummary() throws Exception {
    JsonNode paper = web.json("/api/papers/" + WebFixture.SEED_ID, 200);
    assertEquals(4, paper.get("references").size());
    assertEquals("financial-integration", paper.at("/themes/0/theme").asText());
    JsonNode related = web.json("/api/papers/" + WebFixture.SEED_ID + "/related", 200);
    assertTrue(related.size() >= 1);
    related.forEach(h -> assertFalse(h.get("id").asText().equals(WebFixture.SEED_ID)));
    JsonNode themes = web.json("/api/themes", 200);
    assertEquals("policy-coordination", themes.at("/0/id").asText());
    assertEquals(11, themes.size());
    JsonNode summary = web.json("/api/summary/financial-integration", 200);
    assertTrue(summary.at("/overview/papers").asInt() >= 2);
    assertTrue(summary.at("/overview/corpusPapers").asInt() >= 4);
  }

  @Test
  void answersErrorsAsJson() throws Exception {
    JsonNode syntax = web.json("/api/search?q=" + q("title:("), 400);
    assertEquals("query syntax error", syntax.get("error").asText());
    assertTrue(syntax.get("detail").asText().contains("column 7"), syntax.toString());
    assertEquals("not found", web.json("/api/papers/nope", 404).get("error").asText());
    web.json("/api/papers/nope/related", 404);
    web.json("/api/summary/no-such-theme", 404);
    web.json("/api/search?q=" + "a".repeat(2500), 413);
    assertTrue(web.json("/api/search?size=5000", 400).get("detail").asText().contains("5000"));
    web.json("/api/search?page=x", 400);
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(
        web.url("/api/search"))).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    web.json("/api/search?q=a&" + "x=y&".repeat(5000), 413);
  }

  @Test
  void refusesAnUnknownThemeOrFieldAsKindIsRefused() throws Exception {
    assertTrue(web.json("/api/search?kind=nope", 400).get("detail").asText().contains("'nope'"));
    JsonNode theme = web.json("/api/search?theme=nope", 400);
    assertEquals("bad request", theme.get("error").asText());
    assertTrue(theme.get("detail").asText().startsWith("theme must be a theme id, got 'nope'; "
        + "the themes are "), theme.toString());
    assertTrue(theme.get("detail").asText().contains("unimpeded-trade"), theme.toString());
    JsonNode inQuery = web.json("/api/search?q=" + q("railway theme:nope"), 400);
    assertEquals("query syntax error", inQuery.get("error").asText());
    assertTrue(inQuery.get("detail").asText().contains("column 15 of 'railway theme:nope': "
        + "unknown theme 'nope'"), inQuery.toString());
    JsonNode field = web.json("/api/search?q=" + q("tilte:railway"), 400);
    assertTrue(field.get("detail").asText().contains("unknown field 'tilte': did you mean "
        + "title?"), field.toString());
    assertEquals(200, web.get("/api/search?theme=geopolitics").statusCode(),
        "a theme of the taxonomy that no paper carries");
  }

  @Test
  void findsWordsJoinedBySlashesAndKeepsColonsOfUrls() throws Exception {
    String laos = idOf("The China-Laos Railway and Trade");
    assertEquals(laos, ids(web.json("/api/search?q=" + q("China/Laos railway"), 200)).get(0));
    assertEquals(200, web.get("/api/search?q=" + q("http://example.org/laos")).statusCode());
  }

  @Test
  void anErrorPageKeepsTheQueryInTheBoxAndSaysWhatIsWrong() throws Exception {
    HttpResponse<String> page = web.get("/?q=" + q("\"belt <road>"));
    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("name=\"q\" aria-label=\"Query\""), page.body());
    assertTrue(page.body().contains("value=\"&#34;belt &lt;road>\""), page.body());
    assertTrue(page.body().contains("unbalanced quote: the phrase starting at column 1 is not "
        + "closed"), page.body());
    HttpResponse<String> theme = web.get("/?q=railway&theme=nope");
    assertEquals(400, theme.statusCode());
    assertTrue(theme.body().contains("value=\"railway\""), theme.body());
  }

  @Test
  void servesNoFileOutsideTheStaticFolder() throws Exception {
    assertEquals(200, web.get("/static/style.css").statusCode());
    assertEquals(404, web.get("/static/../pom.xml").statusCode());
    assertEquals(404, web.get("/static/%2e%2e/%2e%2e/pom.xml").statusCode());
    assertEquals(404, web.get("/static/index.html").statusCode());
  }

  private static void assertNoMarkupFromDocuments(String html) {
    for (String raw : List.of("<script>", "<img src=x", "<i>Bonds</i>", "<b>bond</b>")) {
      assertFalse(html.contains(raw), raw);
    }
  }

  @Test
  void escapesDocumentStringsInPages() throws Exception {
    HttpResponse<String> page = web.get("/?q=" + q("bonds") + "&size=20");
    assertEquals(200, page.statusCode());
    assertNoMarkupFromDocuments(page.body());
    assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; Ports &amp; bonds"));
    assertTrue(page.body().contains("&lt;img src=x onerror=alert(3)&gt;"), "the author");
    assertTrue(page.body().contains("Ports &amp; &lt;i&gt;Bonds&lt;/i&gt; Review"), "the venue");
    // The highlighter's escaping is read back and the template escapes the text again.
    assertTrue(page.body().contains("&lt;script&gt;alert(2)&lt;/script&gt; The &lt;b&gt;"
        + "<mark>bond</mark>&lt;/b&gt; market &amp; ports"), "a passage, escaped, with the "
        + "highlighter's own mark");
    String id = ids(web.json("/api/search?q=" + q("title:bonds AND kind:paper"), 200)).get(0);
    HttpResponse<String> paper = web.get("/papers/" + id);
    assertNoMarkupFromDocuments(paper.body());
    assertTrue(paper.body().contains("&lt;script&gt;alert(4)&lt;/script&gt;"), "a reference");
    assertTrue(paper.headers().firstValue("Content-Security-Policy").orElse("")
        .contains("default-src 'none'"));
    assertNoMarkupFromDocuments(web.get("/themes/financial-integration").body());
    assertNoMarkupFromDocuments(web.get("/themes/corpus").body());
  }

  @Test
  void findsAPaperAddedByTheCliWithoutARestart() throws Exception {
    assertEquals(0, web.json("/api/search?q=" + q("Gwadar"), 200).get("total").asInt());
    Path file = dir.resolve("gwadar.txt");
    Files.writeString(file, "Gwadar port in Pakistan handles more cargo each year.\n");
    WebFixture.run("add", "--corpus", web.corpus.toString(), "--index", web.index.toString(),
        "--title", "Gwadar Port Traffic", "--year", "2023", file.toString());
    JsonNode after = web.json("/api/search?q=" + q("Gwadar"), 200);
    assertEquals(1, after.get("total").asInt(), after.toString());
    assertEquals("Gwadar Port Traffic", after.at("/hits/0/title").asText());
  }

  @Test
  void aTitleWithAScriptIsEscapedOnEveryPageThatShowsIt() throws Exception {
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; Ports &amp; bonds";
    String id = ids(web.json("/api/search?q=" + q("title:bonds AND kind:paper"), 200)).get(0);
    JsonNode paper = web.json("/api/papers/" + id, 200);
    String reference = paper.at("/references/0/id").asText();
    List<String> pages = new ArrayList<>(List.of("/?q=" + q("bonds"), "/papers/" + id,
        "/papers/" + q(reference).replace("+", "%20")));
    paper.get("themes").forEach(t -> pages.add("/themes/" + t.get("theme").asText()));
    assertTrue(pages.size() > 3, "the paper carries a theme: " + paper);
    for (String path : pages) {
      HttpResponse<String> page = web.get(path);
      assertEquals(200, page.statusCode(), path);
      assertTrue(page.body().contains(escaped), path + ": " + page.body());
      assertNoMarkupFromDocuments(page.body());
    }
    HttpResponse<String> missing = web.get("/papers/" + q("<script>alert(5)</script>"));
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("&lt;script&gt;alert(5)&lt;/script&gt;"), missing.body());
    assertFalse(missing.body().contains("<script>"), missing.body());
  }

  @Test
  void routesAnswerUnknownPaths404AndMalformedPathParameters400() throws Exception {
    assertEquals(404, web.get("/nowhere").statusCode());
    assertEquals(404, web.get("/papers/").statusCode());
    assertEquals("not found", web.json("/api/nowhere", 404).get("error").asText());
    JsonNode control = web.json("/api/papers/a%01b", 400);
    assertTrue(control.get("detail").asText().contains("control character"), control.toString());
    assertEquals(400, web.get("/papers/a%01b").statusCode());
    assertTrue(web.json("/api/summary/Not_A_Theme", 400).get("detail").asText()
        .contains("'Not_A_Theme' is no theme id"));
    assertEquals(400, web.get("/themes/Not_A_Theme").statusCode());
    assertEquals(404, web.get("/themes/no-such-theme").statusCode());
  }

  @Test
  void themesAnswerIdLabelGroupAndDescriptionInThatOrderCompact() throws Exception {
    HttpResponse<String> r = web.get("/api/themes");
    assertEquals(200, r.statusCode());
    List<String> themes = new ArrayList<>();
    for (org.brimine.themes.ThemeDefinition t : org.brimine.themes.Taxonomy.load().themes()) {
      themes.add("{\"id\":" + str(t.id()) + ",\"label\":" + str(t.label()) + ",\"group\":"
          + str(t.group()) + ",\"description\":" + str(t.description()) + "}");
    }
    assertEquals("[" + String.join(",", themes) + "]", r.body());
  }

  @Test
  void errorsAreCompactErrorThenDetail() throws Exception {
    assertEquals("{\"error\":\"not found\",\"detail\":\"no record with id 'n\\\"o'\"}",
        web.get("/api/papers/" + q("n\"o")).body());
  }

  @Test
  void searchAnswersTheResultsThenTheLuceneQueryAndThePage() throws Exception {
    HttpResponse<String> r = web.get("/api/search?q=railway&size=1&page=2");
    assertEquals(200, r.statusCode());
    JsonNode json = JSON.readTree(r.body());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("query", "total", "hits", "facets", "facetsEstimated", "lucene", "page",
        "size"), fields);
    assertEquals("railway", json.get("query").asText());
    assertEquals(2, json.get("page").asInt());
    assertEquals(1, json.get("size").asInt());
    assertTrue(r.body().startsWith("{\"query\":\"railway\",\"total\":"), r.body());
    assertTrue(r.body().contains("},\"facetsEstimated\":false,\"lucene\":"
        + str(json.get("lucene").asText()) + ",\"page\":2,\"size\":1}"), r.body());
  }

  @Test
  void paperRelatedAndSummaryAnswersAreTheirRecordsWrittenCompact() throws Exception {
    assertEquals(JSON.writeValueAsString(web.searcher.lookup().find(WebFixture.SEED_ID)
        .orElseThrow().view()), web.get("/api/papers/" + WebFixture.SEED_ID).body());
    assertEquals(JSON.writeValueAsString(web.searcher.related(WebFixture.SEED_ID, 10)),
        web.get("/api/papers/" + WebFixture.SEED_ID + "/related").body());
    assertEquals(JSON.writeValueAsString(new Summaries(web.searcher,
        org.brimine.themes.Taxonomy.load()).theme("financial-integration")),
        web.get("/api/summary/financial-integration").body());
  }

  private static String str(String s) throws IOException {
    return JSON.writeValueAsString(s);
  }
}
