package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/export}, {@code sort=} and the page's export, sort, year and cite controls. */
class ExportApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
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


  private static List<String> risTitles(String ris) {
    List<String> titles = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^TI  - (.*)$").matcher(ris);
    while (m.find()) {
      titles.add(m.group(1));
    }
    return titles;
  }

  @Test
  void exportsEveryPaperAsARisAttachmentNewestFirst() throws Exception {
    HttpResponse<String> r = web.get("/api/export?q=kind:paper&format=ris&sort=newest");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("application/x-research-info-systems; charset=utf-8",
        r.headers().firstValue("Content-Type").orElse(""));
    assertEquals("attachment; filename=\"bri-export.ris\"",
        r.headers().firstValue("Content-Disposition").orElse(""));
    List<String> titles = risTitles(r.body());
    assertEquals(List.of("The China-Laos Railway and Trade", WebFixture.XSS_TITLE,
        "Currency Swaps and the AIIB"), titles.subList(0, 3), r.body());
    assertEquals(4, titles.size(), "the seed paper, without a year, comes last");
  }

  @Test
  void exportsAsManyRecordsAsTheSearchFindsInEachFormat() throws Exception {
    int total = JSON.readTree(web.get("/api/search?kind=reference").body()).get("total").asInt();
    JsonNode items = JSON.readTree(web.get("/api/export?kind=reference&format=csljson").body());
    assertEquals(total, items.size());
    String bib = web.get("/api/export?kind=reference&format=bibtex").body();
    assertEquals(total, bib.split("\n@").length, bib);
    String csv = web.get("/api/export?kind=reference&format=csv").body();
    assertTrue(csv.startsWith("id,kind,type,title,authors,year,venue,"), csv);
    assertEquals(3, web.get("/api/export?q=railway&format=ris&limit=2").body().split("ER  - ").length,
        "two records and what follows the last");
  }

  @Test
  void aBadFormatOrQueryIsA400BeforeAnyOfTheFileIsSent() throws Exception {
    HttpResponse<String> r = web.get("/api/export?q=railway&format=endnote");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("format must be one of bibtex, ris, csv, csljson, got "
        + "'endnote'"), r.body());
    assertEquals(400, web.get("/api/export?q=title:(railway&format=ris").statusCode());
    assertEquals(400, web.get("/api/search?q=railway&sort=date").statusCode());
  }

  @Test
  void sortOrdersTheApisHitsByYearAndByCitations() throws Exception {
    JsonNode oldest = JSON.readTree(web.get("/api/search?kind=paper&sort=oldest").body());
    List<Integer> years = new ArrayList<>();
    oldest.get("hits").forEach(h -> years.add(h.get("year").isNull() ? null
        : h.get("year").asInt()));
    assertEquals(2019, years.get(0));
    assertEquals(2022, years.get(2));
    JsonNode cited = JSON.readTree(web.get("/api/search?q=*:*&sort=cited&size=1").body());
    assertEquals(1, cited.get("hits").get(0).get("citedBy").asInt(), cited.toString());
    JsonNode least = JSON.readTree(web.get("/api/search?kind=paper&sort=cited&size=1").body());
    assertEquals(0, least.get("hits").get(0).get("citedBy").asInt());
  }

  @Test
  void thePageOffersExportSortYearsAndCiteStrings() throws Exception {
    String html = web.get("/?q=railway&sort=newest").body();
    assertTrue(html.contains("href=\"/api/export?q=railway&amp;sort=newest&amp;format=ris\""),
        html);
    assertTrue(html.contains("<strong class=\"current\">newest</strong>"), html);
    assertTrue(html.contains("href=\"/?q=railway&amp;sort=cited\">most cited</a>"), html);
    assertTrue(html.contains("name=\"yearFrom\""), html);
    assertTrue(html.contains("<span class=\"gbt7714\">Li Wei. The China-Laos Railway and "
        + "Trade[J]. Asian Transport Review, 2022.</span>"), html);
    assertTrue(html.contains("<span class=\"apa\">Li Wei. (2022). The China-Laos Railway and "
        + "Trade. Asian Transport Review.</span>"), html);
  }
}
