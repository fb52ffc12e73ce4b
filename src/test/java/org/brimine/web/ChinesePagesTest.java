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
import org.apache.commons.io.file.PathUtils;
import org.brimine.Fixtures;
import org.brimine.parse.WorkIds;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages over a real index of a mixed corpus (the English seed, a Chinese paper and an English
 * paper that cites it): Chinese text of a record is marked {@code lang=zh}, English text is not,
 * and a theme summary lists papers in both languages.
 */
class ChinesePagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ZH_TITLE = "“一带一路”倡议下亚投行的发展研究";
  private static final String ZH_ID = WorkIds.forWork(ZH_TITLE, 2021);
  private static final String EN_TITLE = "Currency Swaps and the AIIB";
  private static final String EN_ID = WorkIds.forWork(EN_TITLE, 2022);

  @TempDir
  static Path dir;
  private static RecordSearcher searcher;
  private static WebServer server;

  @BeforeAll
  static void start() throws IOException {
    Path corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    PathUtils.copyDirectory(Fixtures.CORPUS, corpus);
    write(corpus, "zh-aiib", "摘要：亚洲基础设施投资银行（AIIB）为“一带一路”沿线国家的基础设施提供"
        + "融资（financing），亚投行的贷款（loan）与本币结算（local currency settlement）不断增长。"
        + "\n\n一、引言\n\n亚投行与丝路基金（Silk Road Fund）共同支持沿线国家的基础设施建设，"
        + "货币互换（currency swap）的规模不断扩大。\n",
        "{\"title\": \"" + ZH_TITLE + "\", \"authors\": [\"李明\"], \"year\": 2021, "
            + "\"venue\": \"国际金融研究\", \"language\": \"zh\"}");
    write(corpus, "swap-lines", "Abstract: The AIIB lent to railways, and currency swap lines "
        + "and local currency settlement grew along the Belt and Road.\n\nReferences\n"
        + "[1] 李明. " + ZH_TITLE + "[J]. 国际金融研究, 2021, (3): 12-20.\n",
        "{\"title\": \"" + EN_TITLE + "\", \"authors\": [\"Tan Mei\"], \"year\": 2022, "
            + "\"venue\": \"Finance Letters\"}");
    WebFixture.run("ingest", "--corpus", corpus.toString(), "--index", index.toString());
    searcher = RecordSearcher.open(index.resolve("lucene"), Ranking.DEFAULT,
        Taxonomy.load().ids());
    server = new WebServer("127.0.0.1", 0, searcher, Taxonomy.load());
    server.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    searcher.close();
  }

  private static void write(Path corpus, String slug, String text, String meta)
      throws IOException {
    Files.writeString(corpus.resolve("papers/" + slug + ".txt"), text, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("papers/" + slug + ".meta.json"), meta,
        StandardCharsets.UTF_8);
  }

  private static String page(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theSearchPageMarksTheChineseHitsTitleAuthorsAndPassages() throws Exception {
    String html = page("/?q=" + q("AIIB"));
    assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"en\">"), html);
    assertTrue(html.contains("<a href=\"/papers/" + ZH_ID + "?q=AIIB\" lang=\"zh\">" + ZH_TITLE
        + "</a>"), html);
    assertTrue(html.contains("<a class=\"author\" href=\"/authors/%E6%9D%8E%E6%98%8E\" "
        + "lang=\"zh\">李明</a>"), "the author linked, its name URL-encoded: " + html);
    assertTrue(html.contains("<p class=\"passage\" lang=\"zh\">"), html);
    assertTrue(html.contains("<a href=\"/papers/" + EN_ID + "?q=AIIB\">" + EN_TITLE + "</a>"),
        "English text is not marked: " + html);
    assertTrue(html.contains("Tan Mei"), html);
    assertFalse(html.contains("<span lang=\"zh\">Tan Mei"), html);
  }

  @Test
  void theChinesePapersPageMarksItsTitleAndVenueAndListsTheEnglishPaperCitingIt()
      throws Exception {
    String html = page("/papers/" + ZH_ID);
    assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"en\">"), html);
    assertTrue(html.contains("<h1 id=\"title\" lang=\"zh\">" + ZH_TITLE + "</h1>"), html);
    assertTrue(html.contains("<a class=\"venue\" href=\"/venues/"
        + "%E5%9B%BD%E9%99%85%E9%87%91%E8%9E%8D%E7%A0%94%E7%A9%B6\" lang=\"zh\">国际金融研究</a>"),
        html);
    assertTrue(html.contains("<a href=\"/papers/" + EN_ID + "\">" + EN_TITLE + "</a>"),
        "cited by, not marked: " + html);
  }

  @Test
  void aChineseAuthorsPageListsThePaperAndTheReferenceOfItsWork() throws Exception {
    String html = page("/authors/%E6%9D%8E%E6%98%8E");
    assertTrue(html.contains("<h1 id=\"name\" lang=\"zh\">李明</h1>"), html);
    assertTrue(html.contains("author · 1 work · cited 1 time by papers of the index"), html);
    assertTrue(html.contains("<a href=\"/papers/" + ZH_ID + "\" lang=\"zh\">" + ZH_TITLE
        + "</a>"), html);
  }

  @Test
  void anEnglishPapersPageMarksOnlyItsChineseReference() throws Exception {
    String html = page("/papers/" + EN_ID);
    assertTrue(html.contains("<h1 id=\"title\">" + EN_TITLE + "</h1>"), html);
    assertTrue(html.contains("<li><a href=\"/papers/" + ZH_ID + "\" lang=\"zh\">李明. "
        + ZH_TITLE), "the reference, linked to the paper of its id: " + html);
  }

  @Test
  void aThemeSummaryOverTheMixedCorpusShowsPapersInBothLanguages() throws Exception {
    JsonNode summary = JSON.readTree(page("/api/summary/financial-integration"));
    List<String> ids = new ArrayList<>();
    summary.get("papers").forEach(p -> ids.add(p.get("id").asText()));
    assertTrue(ids.containsAll(List.of(ZH_ID, EN_ID, WebFixture.SEED_ID)), ids.toString());
    String html = page("/themes/financial-integration");
    assertTrue(html.contains("<a href=\"/papers/" + ZH_ID + "\" lang=\"zh\">" + ZH_TITLE + "</a>"),
        html);
    assertTrue(html.contains("<a href=\"/papers/" + EN_ID + "\">" + EN_TITLE + "</a>"), html);
    assertTrue(html.contains("<td lang=\"zh\">国际金融研究</td>"), html);
  }
}
